//! Postgres wire decoding: connections kept between statements, rows read
//! by column position, fields decoded without asking their type again, and
//! JSON lists read in one pass. Nothing here knows a table or a caller.

pub mod field;
pub mod json;
pub(in crate::store) mod kept;
pub mod positional;
