//! Revisions: each write of a case study, an initiative or a charter keeps
//! what it changed (`domain::revision`), with who made it and when, in the
//! write's own transaction. Only the owner organisation reads them
//! ([`page`]); [`restore`] writes an earlier version's content as a new one.

pub mod restore;

use chrono::{DateTime, Utc};
use entity::{
    revision::{self, Column, Entity, Model},
    translation,
    vocabulary::ContentKind,
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, NotSet, QueryFilter, QueryOrder, QueryTrait,
    sea_query::{Expr, SelectStatement},
};
use serde::Serialize;
use serde_json::{Value, json};

use crate::{
    domain::revision::{Change, Snapshot, changes},
    error::{AppError, Result},
    repo::unit::Unit,
    store::keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
    tenancy::ScopedDb,
};

/// A record whose writes are revised: its kind, id and owner.
#[derive(Debug, Clone, Copy)]
pub struct Revised {
    pub kind: ContentKind,
    pub id: i64,
    pub owner: i64,
}

/// A record's content as revisions compare it: the fields a client sets
/// (`draft`, by their API names), `extra` fields (a case study's status),
/// and each translation's parts as `translations.<language>.<part>`.
pub fn snapshot(
    draft: &impl Serialize,
    extra: &[(&str, Value)],
    translations: &[translation::Model],
) -> Snapshot {
    let mut content = Snapshot::new();
    if let Ok(Value::Object(fields)) = serde_json::to_value(draft) {
        content.extend(fields.into_iter().filter(|(_, v)| !v.is_null()));
    }
    for (field, value) in extra {
        content.insert((*field).to_owned(), value.clone());
    }
    for t in translations {
        let at = |part: &str| format!("translations.{}.{part}", t.language);
        content.insert(at("status"), json!(t.status));
        content.insert(at("title"), json!(t.title));
        let optional = [
            ("summary", t.summary.clone().map(Value::String)),
            ("body", t.body.clone().map(Value::String)),
            ("commitments", t.commitments.clone()),
            ("risks", t.risks.clone()),
        ];
        for (part, value) in optional {
            if let Some(value) = value {
                content.insert(at(part), value);
            }
        }
    }
    content
}

/// The translations of a record, read in the write's transaction.
pub async fn translations_of(
    conn: &impl ConnectionTrait,
    kind: ContentKind,
    id: i64,
) -> Result<Vec<translation::Model>> {
    Ok(translation::Entity::find()
        .filter(translation::Column::RecordKind.eq(kind))
        .filter(translation::Column::RecordId.eq(id))
        .order_by_asc(translation::Column::Language)
        .all(conn)
        .await?)
}

/// `translations` as they are once the original's text changed.
pub fn outdated(mut translations: Vec<translation::Model>) -> Vec<translation::Model> {
    for t in &mut translations {
        t.status = entity::vocabulary::TranslationStatus::Outdated;
    }
    translations
}

/// Keeps the write that took `record` from `before` to `after` as its
/// revision `version`.
pub async fn record(
    unit: &Unit<'_>,
    record: Revised,
    version: i32,
    before: &Snapshot,
    after: &Snapshot,
) -> Result<()> {
    row(unit, record, version, before, after, Utc::now())
        .insert(unit.txn())
        .await?;
    Ok(())
}

/// Keeps the creation of each record, `(record, version, content)`, as its
/// first revision, in one statement.
pub async fn record_created(
    unit: &Unit<'_>,
    created: impl IntoIterator<Item = (Revised, i32, Snapshot)>,
) -> Result<()> {
    let (nothing, now) = (Snapshot::new(), Utc::now());
    let mut rows = created
        .into_iter()
        .map(|(record, version, after)| row(unit, record, version, &nothing, &after, now))
        .peekable();
    if rows.peek().is_some() {
        Entity::insert_many(rows)
            .exec_without_returning(unit.txn())
            .await?;
    }
    Ok(())
}

fn row(
    unit: &Unit<'_>,
    record: Revised,
    version: i32,
    before: &Snapshot,
    after: &Snapshot,
    at: DateTime<Utc>,
) -> revision::ActiveModel {
    let writer = unit.writer();
    revision::ActiveModel {
        id: NotSet,
        owner_org_id: Set(record.owner),
        record_kind: Set(record.kind),
        record_id: Set(record.id),
        version: Set(version),
        changed_at: Set(at),
        subject: Set(Some(writer.subject().to_owned())),
        organisation_id: Set(Some(writer.org().0)),
        changes: Set(json!(changes(before, after))),
    }
}

/// Keeps a deletion as the revision `version`: its one change is `deleted`.
pub async fn deleted_revision(unit: &Unit<'_>, revised: Revised, version: i32) -> Result<()> {
    let after = Snapshot::from([("deleted".to_owned(), json!(true))]);
    record(unit, revised, version, &Snapshot::new(), &after).await
}

/// The changes a revision keeps.
pub fn changes_of(model: &Model) -> Result<Vec<Change>> {
    serde_json::from_value(model.changes.clone())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a revision's changes: {e}")))
}

/// The revisions of the record `(kind, id)`, newest first: none unless the
/// caller's organisation owns it.
pub async fn page(
    db: &ScopedDb,
    kind: ContentKind,
    id: i64,
    args: &PageArgs,
) -> Result<(Page<Model>, SelectStatement)> {
    let key = SortKey {
        name: "VERSION",
        expr: Expr::col((Entity, Column::Version)),
        descending: true,
        nullable: false,
        value: |m: &Model| SortValue::Integer(m.version.into()),
        kind: KeyKind::Integer,
        id: Expr::col((Entity, Column::Id)),
    };
    let request = args.validate(key.name)?;
    let select = db
        .own_revisions()
        .filter(Column::RecordKind.eq(kind))
        .filter(Column::RecordId.eq(id))
        .into_query();
    let page = keyset::fetch_page(db.conn(), select.clone(), &key, &request, |m| m.id).await?;
    Ok((page, select))
}
