//! Charters and their adopted versions.

pub mod draft;
pub mod read;
pub mod rows;
pub mod write;
