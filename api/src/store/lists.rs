//! A list of text selected as one column of a row: the values of a child
//! table gathered per parent, in byte order. Postgres gathers them into an
//! array, which its driver decodes as it is; SQLite has no arrays and
//! gathers them into a JSON array.

use sea_orm::{DatabaseBackend, DbErr, QueryResult, sqlx::Row};

/// Where a list's values are: `value` of the rows of `table` whose
/// `parent_column` is the `id` of `parent` (a table or a join's name).
#[derive(Clone, Copy, Debug)]
pub struct Children {
    pub table: &'static str,
    pub value: &'static str,
    pub parent_column: &'static str,
}

impl Children {
    /// The expression that gathers the list of each row of `parent`.
    pub fn gathered(&self, backend: DatabaseBackend, parent: &str) -> String {
        let Self {
            table,
            value,
            parent_column,
        } = self;
        match backend {
            // COLLATE "C": byte order, as Rust sorts the sets it stores.
            DatabaseBackend::Postgres => format!(
                r#"ARRAY(SELECT "{value}" FROM "{table}" WHERE "{parent_column}" = "{parent}"."id" ORDER BY "{value}" COLLATE "C")"#
            ),
            _ => format!(
                r#"(SELECT json_group_array("{value}") FROM (SELECT "{value}" FROM "{table}" WHERE "{parent_column}" = "{parent}"."id" ORDER BY "{value}"))"#
            ),
        }
    }
}

/// The list [`Children::gathered`] selected as `column` of `row`.
pub fn read(row: &QueryResult, column: &str) -> Result<Vec<String>, DbErr> {
    match row.try_as_pg_row() {
        Some(pg) => pg
            .try_get::<Vec<String>, _>(column)
            .map_err(|error| DbErr::Type(format!("{column}: {error}"))),
        None => {
            let text: String = row.try_get("", column)?;
            serde_json::from_str(&text).map_err(|error| DbErr::Type(format!("{column}: {error}")))
        }
    }
}
