//! The Barriers to Co-production survey: what one council's answers say
//! about each barrier, and the benchmark across councils, which is shown
//! only where enough councils with enough answers contribute that no one
//! council's figures can be read from it.

/// A score of this or more reports the barrier (1 is "not a barrier", 5
/// "a major barrier").
pub const REPORTING_SCORE: i16 = 4;
/// The benchmark needs at least this many councils ...
pub const MIN_COUNCILS: usize = 5;
/// ... each with at least this many answers on the barrier.
pub const MIN_ANSWERS: i64 = 10;

/// The answers on one barrier from one council.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub answers: i64,
    pub score_total: i64,
    pub reporting: i64,
}

impl Tally {
    pub fn mean_score(&self) -> Option<f64> {
        (self.answers > 0).then(|| self.score_total as f64 / self.answers as f64)
    }

    pub fn share_reporting(&self) -> Option<f64> {
        (self.answers > 0).then(|| self.reporting as f64 / self.answers as f64)
    }

    fn add(self, other: Self) -> Self {
        Self {
            answers: self.answers + other.answers,
            score_total: self.score_total + other.score_total,
            reporting: self.reporting + other.reporting,
        }
    }
}

/// The pooled answers of the councils that count towards a benchmark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Benchmark {
    pub councils: usize,
    pub pooled: Tally,
}

/// The benchmark of one barrier from each council's tally (whose they are
/// is not needed): only councils with [`MIN_ANSWERS`] count, and none is
/// shown unless [`MIN_COUNCILS`] do.
pub fn benchmark(per_council: impl IntoIterator<Item = Tally>) -> Option<Benchmark> {
    let counted: Vec<Tally> = per_council
        .into_iter()
        .filter(|t| t.answers >= MIN_ANSWERS)
        .collect();
    (counted.len() >= MIN_COUNCILS).then(|| Benchmark {
        councils: counted.len(),
        pooled: counted.into_iter().fold(Tally::default(), Tally::add),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn council(answers: i64) -> Tally {
        Tally {
            answers,
            score_total: answers * 3,
            reporting: answers / 2,
        }
    }

    #[test]
    fn a_benchmark_needs_five_councils_of_ten_answers() {
        assert_eq!(benchmark([council(10); 4]), None);
        assert_eq!(
            benchmark([
                council(10),
                council(10),
                council(10),
                council(10),
                council(9)
            ]),
            None
        );
        let shown = benchmark([
            council(10),
            council(12),
            council(10),
            council(10),
            council(10),
            council(3),
        ])
        .expect("five councils of ten");
        assert_eq!(shown.councils, 5);
        assert_eq!(shown.pooled.answers, 52);
        assert_eq!(shown.pooled.mean_score(), Some(3.0));
    }
}
