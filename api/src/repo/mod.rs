//! The repositories: one module per aggregate, each a set of query and
//! command functions. Those on behalf of a caller take its
//! [`ScopedDb`](crate::tenancy::ScopedDb) (commands run in a
//! [`unit`] of work); the row builders (`rows.rs`) take the transaction
//! they write in. The few that serve no caller say so: the token checks
//! (`token::live_revocations`, `organisation::read::active_id_by_slug`) and
//! the change bus's reads of the change log.

pub mod audit;
pub mod case_study;
pub mod change_log;
pub mod charter;
pub mod content;
pub mod curation;
pub mod facets;
pub mod indicator;
pub mod initiative;
pub mod labels;
pub mod organisation;
pub mod pathway;
pub mod peer_review;
pub mod revision;
pub mod search;
pub mod similar;
pub mod token;
pub mod toolkit;
pub mod translation;
pub mod unit;
