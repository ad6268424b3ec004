//! Curation by network bodies: featuring, verifying and hiding PUBLIC case
//! studies (`marks`), reports of content and their answers (`reports`).

pub mod marks;
pub mod reports;
