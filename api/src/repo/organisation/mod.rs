//! Organisations: the councils, partners and network bodies.

pub mod read;
pub mod write;
