//! The repositories: one module per aggregate, each a set of query and
//! command functions that take the caller's [`ScopedDb`](crate::tenancy::ScopedDb)
//! or a [`Writer`](crate::tenancy::Writer), never a bare connection.

pub mod audit;
pub mod case_study;
pub mod change_log;
pub mod charter;
pub mod indicator;
pub mod initiative;
pub mod organisation;
pub mod pathway;
pub mod peer_review;
pub mod search;
pub mod similar;
pub mod token;
pub mod unit;
