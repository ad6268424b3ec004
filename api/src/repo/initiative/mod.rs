//! Initiatives and their parts (pathway steps and links, evidence,
//! indicators and measurements).

pub mod draft;
pub mod facets;
pub mod parts;
pub mod read;
pub mod rows;
pub mod write;
