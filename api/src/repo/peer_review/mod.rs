//! Peer reviews between organisations of the Club.

pub mod read;
pub mod rows;
pub mod write;
