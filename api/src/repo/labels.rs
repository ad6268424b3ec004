//! The label tables: an aggregate's Co types and tags, a table each, where
//! indexes serve the filters on them. They are the only place a record's
//! labels are kept; both aggregates that have them write and read them
//! through here. A read may gather a record's labels into two columns of
//! its own row ([`select`], [`read`]), as a case-study page that shows them
//! does; otherwise they come from a loader, one statement a batch
//! ([`readable`]).

use std::collections::HashMap;

use entity::{
    case_study, case_study_co_type, case_study_tag, initiative, initiative_co_type, initiative_tag,
    vocabulary::CoType,
};
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait,
    ActiveValue::Set,
    ConnectionTrait, DatabaseBackend, DbErr, EntityName, EntityTrait, QueryFilter, QueryResult,
    QueryTrait,
    sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement},
};

pub use crate::domain::labels::Labels;
use crate::{
    error::Result,
    store::lists::{self, Children},
    tenancy::{ReadRule, ScopedDb},
};

/// An aggregate's two label tables.
pub trait Labelled {
    /// The aggregate whose records carry the labels.
    type Entity: ReadRule;
    const CO_TYPES: Children;
    const TAGS: Children;
    type CoTypeRow: ActiveModelTrait + ActiveModelBehavior + Send;
    type TagRow: ActiveModelTrait + ActiveModelBehavior + Send;
    fn co_type_row(id: i64, co_type: CoType) -> Self::CoTypeRow;
    fn tag_row(id: i64, tag: String) -> Self::TagRow;
}

/// The label rows of a record's lists.
pub fn label_rows<L: Labelled>(
    id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> (Vec<L::CoTypeRow>, Vec<L::TagRow>) {
    (
        co_types.iter().map(|&c| L::co_type_row(id, c)).collect(),
        tags.iter().map(|t| L::tag_row(id, t.clone())).collect(),
    )
}

/// Writes the label rows of a new record.
pub async fn insert_labels<L: Labelled>(
    db: &impl ConnectionTrait,
    id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    insert_labels_of_all::<L>(db, [(id, co_types, tags)]).await
}

/// Writes the label rows of new records, each `(id, co_types, tags)`, in
/// one statement a table.
pub async fn insert_labels_of_all<'l, L: Labelled>(
    db: &impl ConnectionTrait,
    records: impl IntoIterator<Item = (i64, &'l [CoType], &'l [String])>,
) -> Result<(), DbErr> {
    let (mut co_types, mut tags) = (Vec::new(), Vec::new());
    for (id, record_co_types, record_tags) in records {
        let (c, t) = label_rows::<L>(id, record_co_types, record_tags);
        co_types.extend(c);
        tags.extend(t);
    }
    if !co_types.is_empty() {
        <L::CoTypeRow as ActiveModelTrait>::Entity::insert_many(co_types)
            .exec_without_returning(db)
            .await?;
    }
    if !tags.is_empty() {
        <L::TagRow as ActiveModelTrait>::Entity::insert_many(tags)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Rewrites a record's label rows to match its lists.
pub async fn replace_labels<L: Labelled>(
    db: &impl ConnectionTrait,
    id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    <L::CoTypeRow as ActiveModelTrait>::Entity::delete_many()
        .filter(Expr::col(Alias::new(L::CO_TYPES.parent_column)).eq(id))
        .exec(db)
        .await?;
    <L::TagRow as ActiveModelTrait>::Entity::delete_many()
        .filter(Expr::col(Alias::new(L::TAGS.parent_column)).eq(id))
        .exec(db)
        .await?;
    insert_labels::<L>(db, id, co_types, tags).await
}

/// Adds to `select` the labels of each row of `from` (the aggregate's
/// table, or a join of it), as the columns `{prefix}co_types` and
/// `{prefix}tags`; [`read`] reads them back.
pub fn select<L: Labelled>(
    select: &mut SelectStatement,
    backend: DatabaseBackend,
    from: &str,
    prefix: &str,
) {
    select
        .expr_as(
            Expr::cust(L::CO_TYPES.gathered(backend, from)),
            Alias::new(format!("{prefix}co_types")),
        )
        .expr_as(
            Expr::cust(L::TAGS.gathered(backend, from)),
            Alias::new(format!("{prefix}tags")),
        );
}

/// The labels [`select`] added to `row` under `prefix`.
pub fn read(row: &QueryResult, prefix: &str) -> std::result::Result<Labels, DbErr> {
    let co_types = lists::read(row, &format!("{prefix}co_types"))?
        .iter()
        .map(|text| {
            CoType::from_text(text).ok_or_else(|| DbErr::Type(format!("{text:?} is not a Co")))
        })
        .collect::<std::result::Result<_, _>>()?;
    Ok(Labels {
        co_types,
        tags: lists::read(row, &format!("{prefix}tags"))?,
    })
}

/// The labels of those of `ids` the caller may read, by id.
pub async fn readable<L: Labelled>(db: &ScopedDb, ids: &[i64]) -> Result<HashMap<i64, Labels>> {
    let table = Alias::new(L::Entity::default().table_name());
    let mut statement = db.readable_ids::<L::Entity>(ids).into_query();
    statement.clear_selects().column((table, Alias::new("id")));
    by_id::<L>(db.conn(), statement).await
}

/// The labels of record `id`, for a write that holds it locked.
pub async fn for_write<L: Labelled>(conn: &impl ConnectionTrait, id: i64) -> Result<Labels> {
    let table = L::Entity::default().table_name();
    let statement = Query::select()
        .column((Alias::new(table), Alias::new("id")))
        .from(Alias::new(table))
        .and_where(Expr::col((Alias::new(table), Alias::new("id"))).eq(id))
        .to_owned();
    Ok(by_id::<L>(conn, statement)
        .await?
        .remove(&id)
        .unwrap_or_default())
}

/// The labels of the rows `statement` (which selects their `id`) finds.
async fn by_id<L: Labelled>(
    conn: &impl ConnectionTrait,
    mut statement: SelectStatement,
) -> Result<HashMap<i64, Labels>> {
    let backend = conn.get_database_backend();
    select::<L>(
        &mut statement,
        backend,
        L::Entity::default().table_name(),
        "",
    );
    let rows = conn.query_all_raw(backend.build(&statement)).await?;
    rows.iter()
        .map(|row| Ok((row.try_get::<i64>("", "id")?, read(row, "")?)))
        .collect()
}

/// Declares an aggregate's label tables: its entity, its Co and tag
/// tables, and the column naming the record in both.
macro_rules! label_tables {
    ($(
        $(#[$meta:meta])*
        $name:ident: $entity:ident, $co_type:ident, $tag:ident, $parent:ident;
    )+) => {$(
        $(#[$meta])*
        pub struct $name;

        impl Labelled for $name {
            type Entity = $entity::Entity;
            const CO_TYPES: Children = Children {
                table: stringify!($co_type),
                value: "co_type",
                parent_column: stringify!($parent),
            };
            const TAGS: Children = Children {
                table: stringify!($tag),
                value: "tag",
                parent_column: stringify!($parent),
            };
            type CoTypeRow = $co_type::ActiveModel;
            type TagRow = $tag::ActiveModel;
            fn co_type_row(id: i64, co_type: CoType) -> Self::CoTypeRow {
                $co_type::ActiveModel {
                    co_type: Set(co_type),
                    $parent: Set(id),
                }
            }
            fn tag_row(id: i64, tag: String) -> Self::TagRow {
                $tag::ActiveModel {
                    tag: Set(tag),
                    $parent: Set(id),
                }
            }
        }
    )+};
}

label_tables! {
    /// A case study's labels.
    CaseStudyLabels: case_study, case_study_co_type, case_study_tag, case_study_id;
    /// An initiative's labels.
    InitiativeLabels: initiative, initiative_co_type, initiative_tag, initiative_id;
}
