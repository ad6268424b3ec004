//! Outcome indicators and their measurements.

pub mod read;
pub mod write;
