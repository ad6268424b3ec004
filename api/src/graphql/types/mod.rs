//! GraphQL output and input types. Output types wrap entity models and list
//! their fields explicitly, so no internal column leaks into the schema.

pub mod appraisal;
pub mod audit;
pub mod case_study;
pub mod change;
pub mod charter;
pub mod connection;
pub mod enums;
pub mod indicator;
pub mod initiative;
pub mod initiative_match;
pub mod inputs;
pub mod node;
pub mod organisation;
pub mod pathway;
pub mod peer_review;
pub mod scalars;
pub mod viewer;
pub mod write_inputs;

/// What a connection field costs: its page size times the cost of one item,
/// so a query asking for 100 items of 100 items each is refused up front.
pub fn page_complexity(first: Option<i32>, child_complexity: usize) -> usize {
    let size = first
        .unwrap_or(crate::db::keyset::DEFAULT_PAGE_SIZE)
        .clamp(1, crate::db::keyset::MAX_PAGE_SIZE);
    usize::try_from(size).unwrap_or(1) * child_complexity.max(1) + 1
}

/// What a list of similar initiatives costs: its length times the cost of one.
pub fn matches_complexity(first: Option<i32>, child_complexity: usize) -> usize {
    let size = first.unwrap_or(crate::db::similar::DEFAULT_MATCHES).clamp(
        1,
        i32::try_from(crate::db::similar::MAX_MATCHES).unwrap_or(50),
    );
    usize::try_from(size).unwrap_or(1) * child_complexity.max(1) + 1
}

/// Reading the lists stored as JSON on a row.
mod labels {
    use entity::vocabulary;

    use super::enums::CoType;

    pub fn co_types(stored: &serde_json::Value) -> Vec<CoType> {
        serde_json::from_value::<Vec<vocabulary::CoType>>(stored.clone())
            .unwrap_or_default()
            .into_iter()
            .map(CoType::from)
            .collect()
    }

    pub fn tags(stored: &serde_json::Value) -> Vec<String> {
        serde_json::from_value(stored.clone()).unwrap_or_default()
    }
}
