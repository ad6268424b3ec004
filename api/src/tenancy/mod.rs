//! The tenancy layer: who the caller is, and the one place that turns that
//! into SQL. Every read of an owned table starts from [`ScopedDb::readable`]
//! (or the peer-review and organisation equivalents here), so a record the
//! caller may not see never leaves the database: lists, counts, searches,
//! `node` and the loaders all behave as if it did not exist.
//!
//! Work that is not on behalf of a caller (migrations, seeding) holds the
//! bare pool (`Db::pool`) instead, which the GraphQL context never does.

mod aggregates;
mod caller;
mod curator;
mod pools;
mod publisher;
mod rules;
mod scoped;
mod writer;

pub use aggregates::ParticipantTally;
pub use caller::{Caller, OrgId, Role, RoleSet, Subject};
pub use curator::Curator;
pub use pools::Pools;
pub use publisher::Publisher;
pub use rules::ReadRule;
pub use scoped::ScopedDb;
pub use writer::{WriteGate, Writer};
