//! Organisations: the councils, partners and network bodies.

pub mod joined;
pub mod read;
pub mod rows;
pub mod write;
