//! Charters and their adopted versions.

pub mod read;
pub mod write;
