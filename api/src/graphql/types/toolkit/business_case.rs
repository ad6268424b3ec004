//! The Business Case Generator's answer: the case as entered and what
//! follows from it (`domain::business_case`).

use async_graphql::{Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::{
    domain::business_case::{self, Figures},
    graphql::types::{initiative::Initiative, toolkit::enums::CashFlowCategory},
};

/// One amount in one year of a business case.
#[derive(SimpleObject)]
pub struct CashFlow {
    /// 0 (now, undiscounted) to 30.
    pub year: i32,
    /// Whether it is a cost or a benefit, and of which kind.
    pub category: CashFlowCategory,
    /// The amount, in the case's currency.
    pub amount: f64,
}

/// Present values, net present value, benefit-cost ratio and discounted payback year.
#[derive(SimpleObject)]
pub struct BusinessCaseFigures {
    /// Σ benefits_t / (1 + r)^t.
    pub present_value_benefits: f64,
    /// Σ costs_t / (1 + r)^t.
    pub present_value_costs: f64,
    /// presentValueBenefits − presentValueCosts.
    pub npv: f64,
    /// presentValueBenefits / presentValueCosts; null when there are no costs.
    pub benefit_cost_ratio: Option<f64>,
    /// The first year whose cumulative discounted benefits minus costs is 0 or more; null if none.
    pub payback_year: Option<i32>,
}

impl From<Figures> for BusinessCaseFigures {
    fn from(f: Figures) -> Self {
        Self {
            present_value_benefits: f.present_value_benefits,
            present_value_costs: f.present_value_costs,
            npv: f.npv,
            benefit_cost_ratio: f.benefit_cost_ratio,
            payback_year: f.payback_year,
        }
    }
}

/// One year of a business case, as a finance officer's table shows it.
#[derive(SimpleObject)]
pub struct BusinessCaseYear {
    /// 0 (now) to 30.
    pub year: i32,
    /// Benefits of the year.
    pub benefits: f64,
    /// Costs of the year.
    pub costs: f64,
    /// 1 / (1 + r)^year.
    pub discount_factor: f64,
    /// (benefits − costs) × discountFactor.
    pub discounted_net: f64,
    /// The discounted net of this year and every year before.
    pub cumulative_discounted_net: f64,
}

pub struct BusinessCase {
    pub case: business_case::BusinessCase,
    pub updated_at: DateTime<Utc>,
}

/// An initiative's business case (Focus It): yearly costs and benefits over up to 30 years, discounted; every figure computed by the server.
#[Object]
impl BusinessCase {
    /// A fraction (0.035 is the Green Book's 3.5%).
    async fn discount_rate(&self) -> f64 {
        self.case.discount_rate
    }
    /// ISO 4217.
    async fn currency(&self) -> &str {
        &self.case.currency
    }
    /// The amounts as entered, by year then category.
    async fn flows(&self) -> Vec<CashFlow> {
        self.case
            .flows
            .iter()
            .map(|f| CashFlow {
                year: f.year,
                category: f.category.into(),
                amount: f.amount,
            })
            .collect()
    }
    /// Every year from 0 to the last with an amount.
    async fn years(&self) -> Vec<BusinessCaseYear> {
        self.case
            .years()
            .into_iter()
            .map(|y| BusinessCaseYear {
                year: y.year,
                benefits: y.benefits,
                costs: y.costs,
                discount_factor: y.discount_factor,
                discounted_net: y.discounted_net,
                cumulative_discounted_net: y.cumulative_discounted_net,
            })
            .collect()
    }
    /// Σ benefits_t / (1 + r)^t, year 0 undiscounted.
    async fn present_value_benefits(&self) -> f64 {
        self.case.figures().present_value_benefits
    }
    /// Σ costs_t / (1 + r)^t, year 0 undiscounted.
    async fn present_value_costs(&self) -> f64 {
        self.case.figures().present_value_costs
    }
    /// Net present value: presentValueBenefits − presentValueCosts.
    async fn npv(&self) -> f64 {
        self.case.figures().npv
    }
    /// presentValueBenefits / presentValueCosts; null when there are no costs.
    async fn benefit_cost_ratio(&self) -> Option<f64> {
        self.case.figures().benefit_cost_ratio
    }
    /// The first year whose cumulative discounted benefits minus costs is 0 or more; null if none.
    async fn payback_year(&self) -> Option<i32> {
        self.case.figures().payback_year
    }
    /// The same figures with benefits 20% lower and costs 20% higher.
    async fn sensitivity(&self) -> BusinessCaseFigures {
        self.case.sensitivity().into()
    }
    /// When the case was last set.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

/// An initiative in a council's ranking of its options.
#[derive(SimpleObject)]
pub struct RankedOption {
    /// 1 for the best.
    pub rank: i32,
    /// The option ranked.
    pub initiative: Initiative,
}
