//! The sync feed: changes to case studies, oldest first, from a cursor.
//! What a caller sees is decided when it reads: a change to a record it
//! can see now is an UPSERT with the record; a change to one it could see
//! but no longer can (deleted, made private) is a DELETE.

use chrono::{DateTime, Utc};
use entity::{case_study, case_study_change, vocabulary::ChangeOp};
use sea_orm::{
    ColumnTrait, ConnectionTrait, QueryFilter, QueryTrait,
    sea_query::{Expr, ExprTrait, Order, Query, SelectStatement},
};

use crate::{
    error::Result,
    store::keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
    tenancy::ScopedDb,
};

/// One change as a caller sees it.
pub struct Change {
    pub op: ChangeOp,
    pub case_study_id: i64,
    pub external_id: Option<String>,
    pub changed_at: DateTime<Utc>,
    /// The record now, for an UPSERT.
    pub case_study: Option<case_study::Model>,
}

/// A page of the changes after `args.after`, with the select behind it.
pub async fn page(db: &ScopedDb, args: &PageArgs) -> Result<(Page<Change>, SelectStatement)> {
    use case_study_change::{Column, Entity, Model};
    let key = SortKey {
        name: "SEQ",
        expr: Expr::col((Entity, Column::Seq)),
        descending: false,
        nullable: false,
        value: |m: &Model| SortValue::Integer(m.seq),
        kind: KeyKind::Integer,
        id: Expr::col((Entity, Column::Seq)),
    };
    let request = args.validate(key.name)?;
    let select = db.visible_changes().into_query();
    let changes = keyset::fetch_page(db.conn(), select.clone(), &key, &request, |m| m.seq).await?;
    let (models, cursors): (Vec<_>, Vec<_>) = changes.rows.into_iter().unzip();
    let rows = as_seen(db, models)
        .await?
        .into_iter()
        .zip(cursors)
        .collect();
    let page = Page {
        rows,
        has_next_page: changes.has_next_page,
        has_previous_page: changes.has_previous_page,
    };
    Ok((page, select))
}

/// Change `seq`, if the caller may learn of it.
pub async fn by_seq(db: &ScopedDb, seq: i64) -> Result<Option<Change>> {
    let select = db
        .visible_changes()
        .filter(case_study_change::Column::Seq.eq(seq))
        .into_query();
    let models: Vec<case_study_change::Model> = keyset::fetch_all(db.conn(), &select).await?;
    Ok(as_seen(db, models).await?.into_iter().next())
}

/// Change-log rows as the caller sees them now: an UPSERT of a record it
/// can read, otherwise a DELETE (it could see the record at some point).
/// A DELETE carries the id alone, and the external id only to the owner:
/// the record may have been given another key since the caller last saw
/// it, and that key is not the caller's to learn.
async fn as_seen(db: &ScopedDb, rows: Vec<case_study_change::Model>) -> Result<Vec<Change>> {
    let ids: Vec<i64> = rows.iter().map(|c| c.case_study_id).collect();
    let visible = crate::repo::case_study::read::by_ids(db, &ids).await?;
    let hidden: Vec<i64> = ids
        .iter()
        .copied()
        .filter(|id| !visible.iter().any(|m| m.id == *id))
        .collect();
    let own_keys = if hidden.is_empty() {
        Default::default()
    } else {
        crate::repo::case_study::read::own_external_ids(db, &hidden).await?
    };
    Ok(rows
        .into_iter()
        .map(|change| {
            let current = visible
                .iter()
                .find(|m| m.id == change.case_study_id)
                .cloned();
            Change {
                op: if current.is_some() {
                    ChangeOp::Upsert
                } else {
                    ChangeOp::Delete
                },
                case_study_id: change.case_study_id,
                external_id: match &current {
                    Some(model) => model.external_id.clone(),
                    None => own_keys.get(&change.case_study_id).cloned().flatten(),
                },
                changed_at: change.changed_at,
                case_study: current,
            }
        })
        .collect())
}

/// The newest change number (0 before any change).
pub async fn last_seq(db: &impl ConnectionTrait) -> Result<i64> {
    let stmt = Query::select()
        .expr_as(Expr::cust("COALESCE(MAX(seq), 0)"), "n")
        .from(case_study_change::Entity)
        .to_owned();
    keyset::integer(db, &stmt).await
}

/// The change numbers after `seq`, oldest first (a bounded batch).
pub async fn seqs_after(db: &impl ConnectionTrait, seq: i64) -> Result<Vec<i64>> {
    let stmt = Query::select()
        .column(case_study_change::Column::Seq)
        .from(case_study_change::Entity)
        .and_where(Expr::col(case_study_change::Column::Seq).gt(seq))
        .order_by(case_study_change::Column::Seq, Order::Asc)
        .limit(1000)
        .to_owned();
    let rows = db
        .query_all_raw(db.get_database_backend().build(&stmt))
        .await?;
    rows.iter()
        .map(|r| Ok(r.try_get::<i64>("", "seq")?))
        .collect()
}

/// The changes after `seq`, oldest first, at most `limit`: each one's
/// number and case study. For the search index, which serves no caller.
pub async fn changed_after(
    db: &impl ConnectionTrait,
    seq: i64,
    limit: u64,
) -> Result<Vec<(i64, i64)>> {
    let stmt = Query::select()
        .columns([
            case_study_change::Column::Seq,
            case_study_change::Column::CaseStudyId,
        ])
        .from(case_study_change::Entity)
        .and_where(Expr::col(case_study_change::Column::Seq).gt(seq))
        .order_by(case_study_change::Column::Seq, Order::Asc)
        .limit(limit)
        .to_owned();
    let rows = db
        .query_all_raw(db.get_database_backend().build(&stmt))
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("", "seq")?, r.try_get("", "case_study_id")?)))
        .collect()
}
