//! The Business Case Generator (Focus It): yearly costs and benefits
//! discounted to present values, the net present value, the benefit-cost
//! ratio, the discounted payback year and a sensitivity row, computed here
//! and nowhere else (formulas as in the API contract).

use entity::{business_case::CashFlow, vocabulary::CashFlowCategory};

use crate::{
    domain::appraisal,
    error::{AppError, Result},
};

/// The HM Treasury Green Book's discount rate.
pub const DEFAULT_DISCOUNT_RATE: f64 = 0.035;
/// The longest horizon: years 0 to 30.
pub const LAST_YEAR: i32 = 30;
/// The largest amount a year holds: a trillion, far above any council's
/// budget, and far enough below the float range that no sum overflows.
pub const MAX_AMOUNT: f64 = 1e12;
/// One amount per year and category at most.
pub const MAX_FLOWS: usize = (LAST_YEAR as usize + 1) * 5;
/// The sensitivity row's pessimism: benefits lower, costs higher.
const SENSITIVITY_BENEFITS: f64 = 0.8;
const SENSITIVITY_COSTS: f64 = 1.2;

/// Whether an amount of `category` is a cost (else a benefit).
pub fn is_cost(category: CashFlowCategory) -> bool {
    matches!(
        category,
        CashFlowCategory::CouncilCost | CashFlowCategory::PartnerCost
    )
}

/// A checked business case.
#[derive(Debug, Clone, PartialEq)]
pub struct BusinessCase {
    pub currency: String,
    pub discount_rate: f64,
    /// By year, then category.
    pub flows: Vec<CashFlow>,
}

/// What the figures say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    pub present_value_benefits: f64,
    pub present_value_costs: f64,
    pub npv: f64,
    pub benefit_cost_ratio: Option<f64>,
    pub payback_year: Option<i32>,
}

/// One year of the case, as a finance officer's table shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Year {
    pub year: i32,
    pub benefits: f64,
    pub costs: f64,
    pub discount_factor: f64,
    pub discounted_net: f64,
    pub cumulative_discounted_net: f64,
}

impl BusinessCase {
    /// Checks a case as a client sent it: a known currency, a rate from 0
    /// to 1, years 0 to 30, finite amounts of 0 or more, one amount per
    /// year and category, at least one amount.
    pub fn new(currency: &str, discount_rate: f64, mut flows: Vec<CashFlow>) -> Result<Self> {
        let currency = appraisal::currency("input.currency", Some(currency))?
            .unwrap_or_else(|| appraisal::DEFAULT_CURRENCY.to_owned());
        if !discount_rate.is_finite() || !(0.0..=1.0).contains(&discount_rate) {
            return Err(AppError::bad_input(
                "input.discountRate",
                "input.discountRate is a fraction from 0 to 1 (0.035 for 3.5%)",
            ));
        }
        if flows.is_empty() || flows.len() > MAX_FLOWS {
            return Err(AppError::bad_input(
                "input.flows",
                format!("input.flows holds 1 to {MAX_FLOWS} yearly amounts"),
            ));
        }
        for (i, flow) in flows.iter().enumerate() {
            if !(0..=LAST_YEAR).contains(&flow.year) {
                return Err(AppError::bad_input(
                    format!("input.flows[{i}].year"),
                    format!("input.flows[{i}].year is from 0 (now) to {LAST_YEAR}"),
                ));
            }
            if !(0.0..=MAX_AMOUNT).contains(&flow.amount) {
                return Err(AppError::bad_input(
                    format!("input.flows[{i}].amount"),
                    format!(
                        "input.flows[{i}].amount is from 0 to {MAX_AMOUNT:e} \
                         (its category says whether it is a cost)"
                    ),
                ));
            }
        }
        flows.sort_by_key(|f| (f.year, f.category.as_str()));
        if let Some(pair) = flows
            .windows(2)
            .find(|w| (w[0].year, w[0].category) == (w[1].year, w[1].category))
        {
            return Err(AppError::bad_input(
                "input.flows",
                format!(
                    "input.flows gives year {} {} twice; give one amount per year and category",
                    pair[0].year,
                    pair[0].category.as_str()
                ),
            ));
        }
        Ok(Self {
            currency,
            discount_rate,
            flows,
        })
    }

    /// The last year with an amount: the case's horizon.
    fn horizon(&self) -> i32 {
        self.flows.iter().map(|f| f.year).max().unwrap_or(0)
    }

    fn discount_factor(&self, year: i32) -> f64 {
        1.0 / (1.0 + self.discount_rate).powi(year)
    }

    /// Benefits and costs of each year from 0 to the horizon, scaled.
    fn yearly(&self, benefit_scale: f64, cost_scale: f64) -> Vec<(i32, f64, f64)> {
        let mut years: Vec<(i32, f64, f64)> = (0..=self.horizon()).map(|y| (y, 0.0, 0.0)).collect();
        for flow in &self.flows {
            let year = &mut years[flow.year as usize];
            if is_cost(flow.category) {
                year.2 += flow.amount * cost_scale;
            } else {
                year.1 += flow.amount * benefit_scale;
            }
        }
        years
    }

    /// The years of the case, with their discounting.
    pub fn years(&self) -> Vec<Year> {
        self.years_scaled(1.0, 1.0)
    }

    fn years_scaled(&self, benefit_scale: f64, cost_scale: f64) -> Vec<Year> {
        let mut cumulative = 0.0;
        self.yearly(benefit_scale, cost_scale)
            .into_iter()
            .map(|(year, benefits, costs)| {
                let discount_factor = self.discount_factor(year);
                let discounted_net = (benefits - costs) * discount_factor;
                cumulative += discounted_net;
                Year {
                    year,
                    benefits,
                    costs,
                    discount_factor,
                    discounted_net,
                    cumulative_discounted_net: cumulative,
                }
            })
            .collect()
    }

    fn figures_scaled(&self, benefit_scale: f64, cost_scale: f64) -> Figures {
        let years = self.years_scaled(benefit_scale, cost_scale);
        let present_value_benefits: f64 =
            years.iter().map(|y| y.benefits * y.discount_factor).sum();
        let present_value_costs: f64 = years.iter().map(|y| y.costs * y.discount_factor).sum();
        Figures {
            present_value_benefits,
            present_value_costs,
            npv: present_value_benefits - present_value_costs,
            // A ratio too large to write down (costs near zero) is none.
            benefit_cost_ratio: (present_value_costs > 0.0)
                .then(|| present_value_benefits / present_value_costs)
                .filter(|r| r.is_finite()),
            payback_year: years
                .iter()
                .find(|y| y.cumulative_discounted_net >= 0.0)
                .map(|y| y.year),
        }
    }

    pub fn figures(&self) -> Figures {
        self.figures_scaled(1.0, 1.0)
    }

    /// The figures with benefits 20% lower and costs 20% higher.
    pub fn sensitivity(&self) -> Figures {
        self.figures_scaled(SENSITIVITY_BENEFITS, SENSITIVITY_COSTS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(year: i32, category: CashFlowCategory, amount: f64) -> CashFlow {
        CashFlow {
            year,
            category,
            amount,
        }
    }

    #[test]
    fn refuses_what_a_finance_officer_would() {
        let ok = |flows| BusinessCase::new("GBP", 0.035, flows);
        assert!(ok(vec![]).is_err());
        assert!(ok(vec![flow(31, CashFlowCategory::CouncilCost, 1.0)]).is_err());
        assert!(ok(vec![flow(1, CashFlowCategory::CouncilCost, -1.0)]).is_err());
        assert!(ok(vec![flow(1, CashFlowCategory::CouncilCost, f64::NAN)]).is_err());
        assert!(ok(vec![flow(1, CashFlowCategory::CouncilCost, 1e300)]).is_err());
        assert!(
            ok(vec![
                flow(1, CashFlowCategory::CouncilCost, 1.0),
                flow(1, CashFlowCategory::CouncilCost, 2.0)
            ])
            .is_err()
        );
        assert!(
            BusinessCase::new(
                "GBP",
                1.5,
                vec![flow(0, CashFlowCategory::SocialValue, 1.0)]
            )
            .is_err()
        );
        assert!(
            BusinessCase::new(
                "pounds",
                0.035,
                vec![flow(0, CashFlowCategory::SocialValue, 1.0)]
            )
            .is_err()
        );
    }

    #[test]
    fn no_costs_has_no_ratio_and_pays_back_at_once() {
        let case = BusinessCase::new(
            "GBP",
            0.035,
            vec![flow(2, CashFlowCategory::SocialValue, 100.0)],
        )
        .expect("valid");
        let figures = case.figures();
        assert_eq!(figures.benefit_cost_ratio, None);
        assert_eq!(figures.payback_year, Some(0));
        assert!((figures.present_value_benefits - 100.0 / 1.035f64.powi(2)).abs() < 1e-9);
    }
}
