//! The toolkit's types: See What You Can Do, the Incentive Menu, charter
//! templates, the Business Case Generator and the Barriers survey.

pub mod business_case;
pub mod charter_template;
pub mod enums;
pub mod incentive;
pub mod inputs;
pub mod people;
pub mod survey;

use async_graphql::SimpleObject;

use crate::domain::small_numbers::{Audience, Shown};

/// A count of people: outside the organisation that holds the records, a count below 5 is withheld (null, with countSuppressed true).
#[derive(SimpleObject, Clone, Copy)]
pub struct SmallCount {
    /// The count; null when withheld.
    pub count: Option<i64>,
    /// Whether the count is withheld for being below 5 (shown to others as "fewer than 5").
    pub count_suppressed: bool,
}

impl SmallCount {
    pub fn of(count: i64, audience: Audience) -> Self {
        match Shown::of(count, audience) {
            Shown::Count(n) => Self {
                count: Some(n),
                count_suppressed: false,
            },
            Shown::FewerThanThreshold => Self {
                count: None,
                count_suppressed: true,
            },
        }
    }
}
