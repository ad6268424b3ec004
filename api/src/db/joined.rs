//! Relations read in their parent's statement: a LEFT JOIN whose columns
//! come back under a prefix and are decoded into the relation's model.
//! A page of rows and their relations is then one statement, not one per
//! relation.

use std::{
    any::TypeId,
    collections::HashMap,
    sync::{OnceLock, PoisonError, RwLock},
};

use entity::organisation;
use sea_orm::{
    ConnectionTrait, EntityTrait, IdenStatic, Iterable, QueryResult,
    sea_query::{Expr, ExprTrait, IntoColumnRef, SelectStatement},
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
            Expr::col((self.name, organisation::Column::Id)).equals(foreign_key),
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
pub fn select_prefixed<E: EntityTrait>(
    select: &mut SelectStatement,
    from: &'static str,
    prefix: &'static str,
) {
    for (column, name) in E::Column::iter().zip(prefixed_names::<E>(prefix)) {
        select.expr_as(Expr::col((from, column)), *name);
    }
}

type PrefixedNames = HashMap<(TypeId, &'static str), &'static [&'static str]>;

/// The names `{prefix}{column}` of `E`'s columns, made once per entity and
/// prefix (a handful of each, so kept for the life of the process):
/// formatting them for every statement was an allocation per joined column
/// per request.
fn prefixed_names<E: EntityTrait>(prefix: &'static str) -> &'static [&'static str] {
    static NAMES: OnceLock<RwLock<PrefixedNames>> = OnceLock::new();
    let names = NAMES.get_or_init(Default::default);
    let key = (TypeId::of::<E>(), prefix);
    if let Some(found) = names
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return found;
    }
    names
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .entry(key)
        .or_insert_with(|| {
            E::Column::iter()
                .map(|column| &*format!("{prefix}{}", column.as_str()).leak())
                .collect::<Vec<_>>()
                .leak()
        })
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
