//! An organisation read in the statement of the record that names it (a
//! case study's owner, a peer review's host), through the caller's scope.

use entity::organisation;
use sea_orm::{
    QueryResult,
    sea_query::{Expr, ExprTrait, IntoColumnRef, SelectStatement},
};

use crate::{
    error::Result,
    store::{joined::select_prefixed, pg::positional::Layout},
    tenancy::ScopedDb,
};

/// An organisation joined to a statement (an owner, a host): the join's
/// name and the prefix of its columns.
pub struct Organisation {
    pub name: &'static str,
    pub prefix: &'static str,
}

impl Organisation {
    /// Joins to `select` the organisation its `foreign_key` names.
    pub fn join(
        &self,
        db: &ScopedDb,
        select: &mut SelectStatement,
        foreign_key: impl IntoColumnRef,
    ) {
        db.join_organisations(
            select,
            self.name,
            Expr::col((self.name, organisation::Column::Id)).equals(foreign_key),
        );
        select_prefixed::<organisation::Entity>(select, self.name, self.prefix);
    }

    /// The organisation joined to `row`, if there was one.
    pub fn read(&self, row: &QueryResult, layout: &Layout) -> Result<Option<organisation::Model>> {
        Ok(layout.joined(row, self.prefix)?)
    }
}
