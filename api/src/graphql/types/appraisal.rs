use async_graphql::{Enum, Object};

use crate::domain::{
    appraisal::{self, Quadrant},
    business_case::BusinessCase,
};

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

pub struct Appraisal {
    pub appraisal: appraisal::Appraisal,
    /// The initiative's business case, when it has one and the ratio is asked for.
    pub business_case: Option<BusinessCase>,
}

/// The Focus It appraisal of an initiative: the Impact Matrix and the business case. Derived values are null when what they need is missing.
#[Object]
impl Appraisal {
    /// The outcome improvement or efficiency it could bring, 1 to 5.
    async fn impact(&self) -> Option<i16> {
        self.appraisal.impact.map(appraisal::Score::get)
    }
    /// How easy it is, 1 to 5.
    async fn ease(&self) -> Option<i16> {
        self.appraisal.ease.map(appraisal::Score::get)
    }
    /// The Impact Matrix quadrant; null unless both scores are set.
    async fn quadrant(&self) -> Option<ImpactQuadrant> {
        self.appraisal.quadrant().map(Into::into)
    }
    /// Cost per year, in `currency`.
    async fn annual_cost(&self) -> Option<f64> {
        self.appraisal.annual_cost
    }
    /// Benefit per year in money terms, in `currency`.
    async fn annual_benefit(&self) -> Option<f64> {
        self.appraisal.annual_benefit
    }
    /// ISO 4217 code of the amounts.
    async fn currency(&self) -> Option<&str> {
        self.appraisal.currency.as_deref()
    }
    /// The benefit-cost ratio: the business case's (present values) when the initiative has one, else annual benefit divided by annual cost; null when what it needs is missing or the cost is zero. Ordering initiatives by BENEFIT_COST_RATIO uses the annual ratio.
    async fn benefit_cost_ratio(&self) -> Option<f64> {
        match &self.business_case {
            Some(case) => case.figures().benefit_cost_ratio,
            None => self.appraisal.benefit_cost_ratio(),
        }
    }
    /// Annual benefit minus annual cost; null when either is missing.
    async fn net_annual_benefit(&self) -> Option<f64> {
        self.appraisal.net_annual_benefit()
    }
}
