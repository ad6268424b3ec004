//! Postgres wire decoding: connections kept between statements, rows read
//! by column position, and fields decoded without asking their type again.
//! Nothing here knows a table or a caller.

pub mod field;
pub(in crate::store) mod kept;
pub mod positional;
