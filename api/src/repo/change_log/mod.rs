//! The change log: every committed change of a case study, in order, as
//! the sync feed and the subscriptions read it.

/// The channel writers notify on Postgres.
pub const CHANNEL: &str = "costar_case_study_changes";

pub mod read;
pub mod write;
