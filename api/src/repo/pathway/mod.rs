//! Pathways to outcomes: steps, the links between them and the evidence on
//! each link.

pub mod read;
pub mod write;
