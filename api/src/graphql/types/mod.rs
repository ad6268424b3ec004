//! GraphQL output and input types. Output types wrap entity models and list
//! their fields explicitly, so no internal column leaks into the schema.

pub mod appraisal;
pub mod audit;
pub mod case_study;
pub mod change;
pub mod charter;
pub mod connection;
#[cfg(test)]
mod content_fields;
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
