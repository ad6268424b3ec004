//! The Focus It appraisal of an initiative: the Impact Matrix (impact and
//! ease, each 1 to 5, and the quadrant they place it in) and the business
//! case (annual cost and benefit, and the benefit-cost ratio). The derived
//! values are computed here and nowhere else.

use entity::initiative::Model;
use serde::{Deserialize, Serialize};

use crate::{
    domain::validate,
    error::{AppError, Result},
};

/// The currency assumed when amounts come without one.
pub const DEFAULT_CURRENCY: &str = "GBP";

/// A score on the Impact Matrix's 1-to-5 scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Score(i16);

impl Score {
    pub fn new(field: &str, value: i32) -> Result<Self> {
        validate::one_to_five(field, value, "a score").map(Self)
    }

    pub fn get(self) -> i16 {
        self.0
    }

    /// 3 to 5 is the high half of the scale.
    fn is_high(self) -> bool {
        self.0 >= 3
    }

    fn stored(value: Option<i16>) -> Option<Self> {
        value.filter(|v| (1..=5).contains(v)).map(Self)
    }
}

/// Where the Impact Matrix places an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quadrant {
    /// High impact, easy: do first.
    QuickWin,
    /// High impact, hard: plan for it.
    MajorProject,
    /// Low impact, easy: do when there is room.
    FillIn,
    /// Low impact, hard: set aside.
    ThanklessTask,
}

/// An initiative's appraisal; every part may be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Appraisal {
    pub impact: Option<Score>,
    pub ease: Option<Score>,
    pub annual_cost: Option<f64>,
    pub annual_benefit: Option<f64>,
    /// ISO 4217, upper case; set whenever an amount is.
    pub currency: Option<String>,
}

fn amount(field: &str, value: Option<f64>) -> Result<Option<f64>> {
    match value {
        Some(v) if !v.is_finite() || v < 0.0 => Err(AppError::bad_input(
            field,
            format!("{field} must be a finite amount of 0 or more"),
        )),
        other => Ok(other),
    }
}

pub(crate) fn currency(field: &str, value: Option<&str>) -> Result<Option<String>> {
    let Some(code) = value.map(str::trim) else {
        return Ok(None);
    };
    let code = code.to_ascii_uppercase();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(Some(code))
    } else {
        Err(AppError::bad_input(
            field,
            format!("{field} must be an ISO 4217 code such as GBP or EUR"),
        ))
    }
}

impl Appraisal {
    /// Checks amounts and currency; amounts without a currency are in
    /// [`DEFAULT_CURRENCY`].
    pub fn validated(self, prefix: &str) -> Result<Self> {
        let annual_cost = amount(&format!("{prefix}.annualCost"), self.annual_cost)?;
        let annual_benefit = amount(&format!("{prefix}.annualBenefit"), self.annual_benefit)?;
        let mut currency = currency(&format!("{prefix}.currency"), self.currency.as_deref())?;
        if currency.is_none() && (annual_cost.is_some() || annual_benefit.is_some()) {
            currency = Some(DEFAULT_CURRENCY.to_owned());
        }
        Ok(Self {
            annual_cost,
            annual_benefit,
            currency,
            ..self
        })
    }

    pub fn of(model: &Model) -> Self {
        Self {
            impact: Score::stored(model.impact_score),
            ease: Score::stored(model.ease_score),
            annual_cost: model.annual_cost,
            annual_benefit: model.annual_benefit,
            currency: model.currency.clone(),
        }
    }

    /// Benefit per unit of cost; unknown when either amount is missing or
    /// the cost is zero (a ratio to nothing ranks nothing).
    pub fn benefit_cost_ratio(&self) -> Option<f64> {
        match (self.annual_benefit, self.annual_cost) {
            // A ratio too large to write down (a cost near zero) is none.
            (Some(benefit), Some(cost)) if cost > 0.0 => {
                Some(benefit / cost).filter(|r| r.is_finite())
            }
            _ => None,
        }
    }

    /// Benefit minus cost, when both are known: defined where the ratio is
    /// not (a zero cost).
    pub fn net_annual_benefit(&self) -> Option<f64> {
        Some(self.annual_benefit? - self.annual_cost?)
    }

    pub fn quadrant(&self) -> Option<Quadrant> {
        let (impact, ease) = (self.impact?, self.ease?);
        Some(match (impact.is_high(), ease.is_high()) {
            (true, true) => Quadrant::QuickWin,
            (true, false) => Quadrant::MajorProject,
            (false, true) => Quadrant::FillIn,
            (false, false) => Quadrant::ThanklessTask,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(cost: Option<f64>, benefit: Option<f64>) -> Appraisal {
        Appraisal {
            annual_cost: cost,
            annual_benefit: benefit,
            ..Default::default()
        }
        .validated("appraisal")
        .expect("valid")
    }

    #[test]
    fn the_ratio_is_benefit_over_cost() {
        assert_eq!(
            case(Some(40_000.0), Some(100_000.0)).benefit_cost_ratio(),
            Some(2.5)
        );
        assert_eq!(case(Some(10.0), Some(0.0)).benefit_cost_ratio(), Some(0.0));
    }

    #[test]
    fn the_ratio_is_unknown_for_a_zero_cost_or_a_missing_amount() {
        assert_eq!(case(Some(0.0), Some(5_000.0)).benefit_cost_ratio(), None);
        assert_eq!(case(Some(0.0), Some(0.0)).benefit_cost_ratio(), None);
        assert_eq!(case(None, Some(5_000.0)).benefit_cost_ratio(), None);
        assert_eq!(case(Some(5_000.0), None).benefit_cost_ratio(), None);
        assert_eq!(case(None, None).benefit_cost_ratio(), None);
        // The net benefit still says which zero-cost option is worth more.
        assert_eq!(
            case(Some(0.0), Some(5_000.0)).net_annual_benefit(),
            Some(5_000.0)
        );
        assert_eq!(case(None, Some(5_000.0)).net_annual_benefit(), None);
    }

    #[test]
    fn amounts_must_be_finite_and_not_negative() {
        for bad in [-1.0, f64::NAN, f64::INFINITY] {
            let err = Appraisal {
                annual_cost: Some(bad),
                ..Default::default()
            }
            .validated("appraisal")
            .expect_err("refused");
            assert_eq!(err.code(), "BAD_USER_INPUT");
            assert!(err.to_string().contains("appraisal.annualCost"), "{err}");
        }
    }

    #[test]
    fn amounts_default_to_pounds_and_codes_are_checked() {
        assert_eq!(
            case(Some(1.0), None).currency.as_deref(),
            Some(DEFAULT_CURRENCY)
        );
        assert_eq!(case(None, None).currency, None);
        let eur = Appraisal {
            currency: Some("eur".into()),
            ..Default::default()
        };
        assert_eq!(
            eur.validated("a").expect("valid").currency.as_deref(),
            Some("EUR")
        );
        for bad in ["", "POUNDS", "G1P"] {
            let bad = Appraisal {
                currency: Some(bad.into()),
                ..Default::default()
            };
            assert!(bad.validated("a").is_err());
        }
    }

    #[test]
    fn scores_place_an_option_in_a_quadrant() {
        let at = |impact, ease| Appraisal {
            impact: Some(Score::new("impact", impact).expect("score")),
            ease: Some(Score::new("ease", ease).expect("score")),
            ..Default::default()
        };
        assert_eq!(at(5, 4).quadrant(), Some(Quadrant::QuickWin));
        assert_eq!(at(3, 3).quadrant(), Some(Quadrant::QuickWin));
        assert_eq!(at(4, 1).quadrant(), Some(Quadrant::MajorProject));
        assert_eq!(at(2, 5).quadrant(), Some(Quadrant::FillIn));
        assert_eq!(at(1, 2).quadrant(), Some(Quadrant::ThanklessTask));
        let half = Appraisal {
            impact: Some(Score::new("impact", 5).expect("score")),
            ..Default::default()
        };
        assert_eq!(half.quadrant(), None);
    }

    #[test]
    fn scores_outside_one_to_five_are_refused() {
        for bad in [0, 6, -1, 40_000] {
            assert!(Score::new("appraisal.impact", bad).is_err(), "{bad}");
        }
    }
}
