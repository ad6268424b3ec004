use async_graphql::{Enum, Object};

use crate::domain::appraisal::{self, Quadrant};

/// Where the Impact Matrix places an initiative (a score of 3 or more is high).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "Quadrant")]
pub enum ImpactQuadrant {
    /// High impact and easy: do first.
    QuickWin,
    /// High impact but hard: plan for it.
    MajorProject,
    /// Low impact but easy: do when there is room.
    FillIn,
    /// Low impact and hard: set aside.
    ThanklessTask,
}

pub struct Appraisal(pub appraisal::Appraisal);

/// The Focus It appraisal of an initiative: the Impact Matrix and the business case. Derived values are null when what they need is missing.
#[Object]
impl Appraisal {
    /// The outcome improvement or efficiency it could bring, 1 to 5.
    async fn impact(&self) -> Option<i16> {
        self.0.impact.map(appraisal::Score::get)
    }
    /// How easy it is, 1 to 5.
    async fn ease(&self) -> Option<i16> {
        self.0.ease.map(appraisal::Score::get)
    }
    /// The Impact Matrix quadrant; null unless both scores are set.
    async fn quadrant(&self) -> Option<ImpactQuadrant> {
        self.0.quadrant().map(Into::into)
    }
    /// Cost per year, in `currency`.
    async fn annual_cost(&self) -> Option<f64> {
        self.0.annual_cost
    }
    /// Benefit per year in money terms, in `currency`.
    async fn annual_benefit(&self) -> Option<f64> {
        self.0.annual_benefit
    }
    /// ISO 4217 code of the amounts.
    async fn currency(&self) -> Option<&str> {
        self.0.currency.as_deref()
    }
    /// Annual benefit divided by annual cost; null when either is missing or the cost is zero.
    async fn benefit_cost_ratio(&self) -> Option<f64> {
        self.0.benefit_cost_ratio()
    }
    /// Annual benefit minus annual cost; null when either is missing.
    async fn net_annual_benefit(&self) -> Option<f64> {
        self.0.net_annual_benefit()
    }
}
