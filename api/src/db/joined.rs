//! Relations read in their parent's statement: a LEFT JOIN whose columns
//! come back under a prefix and are decoded into the relation's model.
//! A page of rows and their relations is then one statement, not one per
//! relation.

use entity::organisation;
use sea_orm::{
    ConnectionTrait, EntityTrait, IdenStatic, Iterable, QueryResult,
    sea_query::{Alias, Expr, ExprTrait, IntoColumnRef, SelectStatement},
};

use crate::{
    db::{
        Db,
        positional::{Layout, Positional},
    },
    error::Result,
    scope::ScopedDb,
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
            Expr::col((Alias::new(self.name), organisation::Column::Id)).equals(foreign_key),
        );
        select_prefixed::<organisation::Entity>(select, self.name, self.prefix);
    }

    /// The organisation joined to `row`, if there was one.
    pub fn read(&self, row: &QueryResult, layout: &Layout) -> Result<Option<organisation::Model>> {
        Ok(layout.joined(row, self.prefix)?)
    }
}

/// Selects every column of `E`, read from the join named `from`, as
/// `{prefix}{column}`.
pub fn select_prefixed<E: EntityTrait>(select: &mut SelectStatement, from: &str, prefix: &str) {
    for column in E::Column::iter() {
        select.expr_as(
            Expr::col((Alias::new(from), column)),
            Alias::new(format!("{prefix}{}", column.as_str())),
        );
    }
}

/// Every row of `select`, each with what `extra` reads from it.
pub async fn fetch_all<M: Positional, X>(
    db: &Db,
    select: &SelectStatement,
    extra: impl Fn(&QueryResult, &Layout) -> Result<X>,
) -> Result<Vec<(M, X)>> {
    let rows = db
        .query_all_raw(db.get_database_backend().build(select))
        .await?;
    let layout = Layout::of(&rows);
    rows.iter()
        .map(|row| Ok((layout.read::<M>(row, "")?, extra(row, &layout)?)))
        .collect()
}
