//! Relations read in their parent's statement: a LEFT JOIN whose columns
//! come back under a prefix and are decoded into the relation's model.
//! A page of rows and their relations is then one statement, not one per
//! relation.

use sea_orm::{
    ConnectionTrait, EntityTrait, FromQueryResult, IdenStatic, Iterable, QueryResult,
    sea_query::{Alias, Expr, SelectStatement},
};

use crate::{db::Db, error::Result};

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

/// The joined row under `prefix`, if the join found one.
pub fn row<M: FromQueryResult>(row: &QueryResult, prefix: &str) -> Result<Option<M>> {
    if row.try_get::<Option<i64>>(prefix, "id")?.is_none() {
        return Ok(None);
    }
    Ok(Some(M::from_query_result(row, prefix)?))
}

/// Every row of `select`, each with what `extra` reads from it.
pub async fn fetch_all<M: FromQueryResult, X>(
    db: &Db,
    select: &SelectStatement,
    extra: impl Fn(&QueryResult) -> Result<X>,
) -> Result<Vec<(M, X)>> {
    let rows = db
        .query_all_raw(db.get_database_backend().build(select))
        .await?;
    rows.iter()
        .map(|row| Ok((M::from_query_result(row, "")?, extra(row)?)))
        .collect()
}
