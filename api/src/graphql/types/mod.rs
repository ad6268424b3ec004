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
pub mod facets;
pub mod indicator;
pub mod initiative;
pub mod initiative_match;
pub mod inputs;
pub mod node;
pub mod organisation;
pub mod pathway;
pub mod peer_review;
pub mod report;
pub mod revision;
pub mod scalars;
pub mod search_highlight;
pub mod toolkit;
pub mod translation;
pub mod translation_inputs;
pub mod viewer;
pub mod write_inputs;
