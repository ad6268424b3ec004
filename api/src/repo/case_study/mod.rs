//! Case studies: reading them through the caller's scope, writing them, and
//! syncing a partner's batch.

pub mod draft;
pub mod facets;
mod ranked;
pub mod read;
pub mod rows;
pub mod sync;
pub mod write;
