//! Relations read in their parent's statement: a LEFT JOIN whose columns
//! come back under a prefix and are decoded into the relation's model.
//! A page of rows and their relations is then one statement, not one per
//! relation.

use std::{
    any::TypeId,
    collections::HashMap,
    sync::{OnceLock, PoisonError, RwLock},
};

use sea_orm::{
    ConnectionTrait, EntityTrait, IdenStatic, Iterable, QueryResult, QueryTrait,
    sea_query::{Expr, PostgresQueryBuilder, SelectStatement},
};

use crate::{
    error::Result,
    store::{
        Db,
        pg::positional::{Layout, Positional},
    },
};

/// Selects every column of `E`, read from the join named `from`, as
/// `{prefix}{column}`.
pub fn select_prefixed<E: EntityTrait>(
    select: &mut SelectStatement,
    from: &'static str,
    prefix: &'static str,
) {
    let list = written((TypeId::of::<E>(), from, prefix), || {
        let mut list = SelectStatement::new();
        for (column, name) in E::Column::iter().zip(prefixed_names::<E>(prefix)) {
            list.expr_as(Expr::col((from, column)), *name);
        }
        list
    });
    select.expr(Expr::cust(list));
}

/// Makes `E`'s columns, as `E::find()` selects them, the select list of
/// `select`.
pub fn select_columns<E: EntityTrait>(select: &mut SelectStatement) {
    let list = written((TypeId::of::<E>(), "", ""), || {
        let mut list = E::find().into_query();
        list.from_clear();
        list
    });
    select.clear_selects();
    select.expr(Expr::cust(list));
}

type Written = HashMap<(TypeId, &'static str, &'static str), &'static str>;

/// The select list of the statement `build` makes, as sea-query writes it
/// (alike for Postgres and SQLite, as `columns_are_written_as_sea_query_writes_them`
/// checks), written once per entity, join and prefix (both empty for the
/// entity's own table). A page's forty-four
/// columns are then one piece of text: built as an expression apiece,
/// cloned with the statement for its total, written with their quotes
/// checked and dropped, they were a twentieth of a portal page's work.
fn written(
    key: (TypeId, &'static str, &'static str),
    build: impl FnOnce() -> SelectStatement,
) -> &'static str {
    static WRITTEN: OnceLock<RwLock<Written>> = OnceLock::new();
    let cache = WRITTEN.get_or_init(Default::default);
    if let Some(found) = cache
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return found;
    }
    let sql = build().to_string(PostgresQueryBuilder);
    let list = sql.strip_prefix("SELECT ").unwrap_or(&sql);
    let list: &'static str = list.to_owned().leak();
    let mut cache = cache.write().unwrap_or_else(PoisonError::into_inner);
    // Another request may have written it meanwhile: the first one stays.
    cache.entry(key).or_insert(list)
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
    let layout = Layout::default();
    rows.iter()
        .map(|row| Ok((layout.read::<M>(row, "")?, extra(row, &layout)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use entity::{case_study, charter, initiative, organisation};
    use sea_orm::sea_query::SqliteQueryBuilder;

    use super::*;

    /// Both backends' text of `select`.
    fn texts(select: &SelectStatement) -> [String; 2] {
        [
            select.to_string(PostgresQueryBuilder),
            select.to_string(SqliteQueryBuilder),
        ]
    }

    fn own_columns_unchanged<E: EntityTrait>() {
        let built = E::find().into_query();
        let mut written = E::find().into_query();
        select_columns::<E>(&mut written);
        assert_eq!(texts(&written), texts(&built));
    }

    fn prefixed_columns_unchanged<E: EntityTrait>(from: &'static str, prefix: &'static str) {
        let mut built = SelectStatement::new();
        for column in E::Column::iter() {
            built.expr_as(
                Expr::col((from, column)),
                format!("{prefix}{}", column.as_str()),
            );
        }
        let mut written = SelectStatement::new();
        select_prefixed::<E>(&mut written, from, prefix);
        assert_eq!(texts(&written), texts(&built));
    }

    /// The text written once is the text sea-query writes expression by
    /// expression, on both backends.
    #[test]
    fn columns_are_written_as_sea_query_writes_them() {
        own_columns_unchanged::<case_study::Entity>();
        own_columns_unchanged::<organisation::Entity>();
        own_columns_unchanged::<initiative::Entity>();
        prefixed_columns_unchanged::<organisation::Entity>("owner", "owner_");
        prefixed_columns_unchanged::<initiative::Entity>("initiative", "initiative_");
        prefixed_columns_unchanged::<charter::Entity>("charter", "charter_");
    }
}
