//! Pure rules, no I/O: what a valid record is, how labels are compared,
//! what a benefit-cost appraisal says, when a pathway would close a cycle and
//! how alike two initiatives are. Anyone may use them; they use nobody but
//! the error type and the entities.

pub mod appraisal;
pub mod barrier_survey;
pub mod business_case;
pub mod completeness;
pub mod labels;
pub mod language;
pub mod matching;
pub mod pathway;
pub mod pseudonymous;
pub mod revision;
pub mod search;
pub mod similarity;
pub mod small_numbers;
pub mod validate;
