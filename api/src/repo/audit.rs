//! The audit log: every write records who, what, when, and the version
//! before and after, in the same transaction as the write.

use chrono::{DateTime, Utc};
use entity::{
    audit_log::{self, Column, Entity, Model},
    vocabulary::{AuditAction, AuditEntity},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, NotSet, QueryFilter, QueryTrait,
    sea_query::{Expr, SelectStatement},
};

use crate::{
    error::Result,
    store::{
        Db,
        keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
    },
    tenancy::{OrgId, Writer},
};

/// One write, as the audit log records it.
#[derive(Clone)]
pub struct Entry {
    pub action: AuditAction,
    pub entity: AuditEntity,
    pub entity_ref: String,
    pub version_before: Option<i32>,
    pub version_after: Option<i32>,
}

pub async fn record(conn: &impl ConnectionTrait, writer: &Writer<'_>, entry: Entry) -> Result<()> {
    record_in(conn, writer, writer.org(), entry).await
}

/// Records `entry` in the log of `log`: a curator's write of another
/// organisation's record is in that organisation's log too.
pub async fn record_in(
    conn: &impl ConnectionTrait,
    writer: &Writer<'_>,
    log: OrgId,
    entry: Entry,
) -> Result<()> {
    row(writer, log, entry, Utc::now()).insert(conn).await?;
    Ok(())
}

/// Records `entries`, in the writer's own log, in one statement.
pub async fn record_all(
    conn: &impl ConnectionTrait,
    writer: &Writer<'_>,
    entries: impl IntoIterator<Item = Entry>,
) -> Result<()> {
    let at = Utc::now();
    let mut rows = entries
        .into_iter()
        .map(|entry| row(writer, writer.org(), entry, at))
        .peekable();
    if rows.peek().is_some() {
        Entity::insert_many(rows)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}

fn row(writer: &Writer<'_>, log: OrgId, entry: Entry, at: DateTime<Utc>) -> audit_log::ActiveModel {
    audit_log::ActiveModel {
        id: NotSet,
        owner_org_id: Set(log.0),
        subject: Set(writer.subject().to_owned()),
        action: Set(entry.action),
        entity_type: Set(entry.entity),
        entity_ref: Set(entry.entity_ref),
        version_before: Set(entry.version_before),
        version_after: Set(entry.version_after),
        at: Set(at),
    }
}

/// An organisation's audit entries, newest first.
pub async fn page(
    conn: &Db,
    org: OrgId,
    args: &PageArgs,
) -> Result<(Page<Model>, SelectStatement)> {
    let key = SortKey {
        name: "ID",
        expr: Expr::col((Entity, Column::Id)),
        descending: true,
        nullable: false,
        value: |m: &Model| SortValue::Integer(m.id),
        kind: KeyKind::Integer,
        id: Expr::col((Entity, Column::Id)),
    };
    let request = args.validate(key.name)?;
    let select = Entity::find()
        .filter(Column::OwnerOrgId.eq(org.0))
        .into_query();
    let page = keyset::fetch_page(conn, select.clone(), &key, &request, |m| m.id).await?;
    Ok((page, select))
}
