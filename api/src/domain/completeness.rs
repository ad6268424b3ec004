//! How complete a case study is: the recommended parts it has, of those
//! that apply to it, and the names of those it lacks.

/// What a case study holds, as the completeness rule reads it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Facts {
    pub has_co_type: bool,
    /// Its initiative places it on the Co-Production Star's steps.
    pub has_star_step: bool,
    /// Its initiative measures an outcome (not only a process).
    pub has_outcome_indicator: bool,
    /// Some link of its initiative's pathway holds evidence.
    pub has_evidence: bool,
    pub summary_chars: usize,
    /// Its council works in Wales, where text is published in both languages.
    pub welsh_council: bool,
    /// Readable in Welsh: written in it, or translated into it.
    pub in_welsh: bool,
}

/// A summary this long tells a reader enough to decide to read on.
pub const SUMMARY_RECOMMENDED: usize = 200;

/// The share of the applicable parts present (0 to 1), and the names of
/// those missing, in the order an editor would add them.
pub fn assess(facts: &Facts) -> (f64, Vec<&'static str>) {
    let parts = [
        ("coType", facts.has_co_type, true),
        ("starStep", facts.has_star_step, true),
        ("outcomeIndicator", facts.has_outcome_indicator, true),
        ("evidence", facts.has_evidence, true),
        ("summary", facts.summary_chars >= SUMMARY_RECOMMENDED, true),
        ("welshTranslation", facts.in_welsh, facts.welsh_council),
    ];
    let applicable: Vec<_> = parts.iter().filter(|(_, _, applies)| *applies).collect();
    let missing: Vec<&'static str> = applicable
        .iter()
        .filter(|(_, present, _)| !present)
        .map(|(name, _, _)| *name)
        .collect();
    let score = (applicable.len() - missing.len()) as f64 / applicable.len() as f64;
    (score, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_english_case_scores_one_and_a_welsh_one_needs_welsh() {
        let complete = Facts {
            has_co_type: true,
            has_star_step: true,
            has_outcome_indicator: true,
            has_evidence: true,
            summary_chars: 240,
            welsh_council: false,
            in_welsh: false,
        };
        assert_eq!(assess(&complete), (1.0, vec![]));
        let welsh = Facts {
            welsh_council: true,
            ..complete
        };
        let (score, missing) = assess(&welsh);
        assert_eq!(missing, ["welshTranslation"]);
        assert!((score - 5.0 / 6.0).abs() < 1e-9);
    }

    #[test]
    fn an_empty_case_lacks_every_part_in_order() {
        let (score, missing) = assess(&Facts::default());
        assert_eq!(score, 0.0);
        assert_eq!(
            missing,
            [
                "coType",
                "starStep",
                "outcomeIndicator",
                "evidence",
                "summary"
            ]
        );
    }
}
