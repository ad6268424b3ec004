//! Pure rules, no I/O: what a valid record is, how labels are compared, and
//! what a benefit-cost appraisal says. Anyone may use them; they use nobody
//! but the error type.

pub mod appraisal;
pub mod labels;
pub mod pathway;
pub mod similarity;
pub mod validate;
