//! The sync feed: changes to case studies, oldest first, from a cursor.
//! What a caller sees is decided when it reads: a change to a record it
//! can see now is an UPSERT with the record; a change to one it could see
//! but no longer can (deleted, made private) is a DELETE.

use chrono::{DateTime, Utc};
use entity::{case_study, case_study_change, vocabulary::ChangeOp};
use sea_orm::{
    QueryTrait,
    sea_query::{Expr, SelectStatement},
};

use super::keyset::{self, KeyValue, Page, PageArgs, SortKey, SortValue};
use crate::{error::Result, scope::ScopedDb};

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
        value: KeyValue::Column(|m: &Model| SortValue::Integer(m.seq)),
        id: Expr::col((Entity, Column::Seq)),
    };
    let request = args.validate(key.name)?;
    let select = db.visible_changes().into_query();
    let changes = keyset::fetch_page(db.conn(), select.clone(), &key, &request, |m| m.seq).await?;

    // The records as this caller may see them now, and every record's
    // external id (the caller could see each of these records at some point).
    let ids: Vec<i64> = changes.rows.iter().map(|(c, _)| c.case_study_id).collect();
    let visible = super::case_study::by_ids(db, &ids).await?;
    let keys = super::case_study::external_ids(db, &ids).await?;
    let rows = changes
        .rows
        .into_iter()
        .map(|(change, cursor)| {
            let current = visible
                .iter()
                .find(|m| m.id == change.case_study_id)
                .cloned();
            let change = Change {
                op: if current.is_some() {
                    ChangeOp::Upsert
                } else {
                    ChangeOp::Delete
                },
                case_study_id: change.case_study_id,
                external_id: keys.get(&change.case_study_id).cloned().flatten(),
                changed_at: change.changed_at,
                case_study: current,
            };
            (change, cursor)
        })
        .collect();
    Ok((
        Page {
            rows,
            has_next_page: changes.has_next_page,
            has_previous_page: changes.has_previous_page,
        },
        select,
    ))
}
