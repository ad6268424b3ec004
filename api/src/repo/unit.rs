//! The unit of work every command runs in. [`write`] waits for the write
//! turn, begins the transaction and commits it when the work succeeds
//! (rolling it back otherwise, see `ScopedDb::transact`); [`write_changes`]
//! also takes the change log's order first, as every write that records a
//! case-study change must, before anything else. In between, a [`Unit`]
//! locks what the command changes ([`Unit::for_write`]), saves it against
//! its version and audits it ([`Unit::save`]): each command states only
//! what differs.

use entity::{
    PartOfInitiative, Versioned, case_study, charter, initiative, organisation, peer_review,
    vocabulary::{AuditAction, AuditEntity},
};
use sea_orm::{IntoActiveModel, ModelTrait, PrimaryKeyTrait, Value};

use crate::{
    error::{AppError, Result},
    repo::{
        audit::{self, Entry},
        change_log,
    },
    store::{admission::Admitted, versioned::save_versioned},
    tenancy::{ReadRule, Writer},
};

/// One write in progress: its transaction and who is writing.
pub struct Unit<'a> {
    txn: &'a Admitted,
    writer: &'a Writer<'a>,
}

/// Runs `work` as one write by `writer`.
pub async fn write<T>(
    writer: &Writer<'_>,
    work: impl AsyncFnOnce(&Unit<'_>) -> Result<T>,
) -> Result<T> {
    writer
        .transact(async move |txn| work(&Unit { txn, writer }).await)
        .await
}

/// Runs `work` as one write by `writer` that records case-study changes:
/// the change log's order is taken before the work starts.
pub async fn write_changes<T>(
    writer: &Writer<'_>,
    work: impl AsyncFnOnce(&Unit<'_>) -> Result<T>,
) -> Result<T> {
    writer
        .transact(async move |txn| {
            change_log::write::order_changes(txn).await?;
            work(&Unit { txn, writer }).await
        })
        .await
}

/// A versioned record whose writes the audit log names.
pub trait Audited: Versioned {
    const AUDIT: AuditEntity;
}

impl Audited for case_study::Entity {
    const AUDIT: AuditEntity = AuditEntity::CaseStudy;
}

impl Audited for initiative::Entity {
    const AUDIT: AuditEntity = AuditEntity::Initiative;
}

impl Audited for charter::Entity {
    const AUDIT: AuditEntity = AuditEntity::Charter;
}

impl Audited for organisation::Entity {
    const AUDIT: AuditEntity = AuditEntity::Organisation;
}

impl Audited for peer_review::Entity {
    const AUDIT: AuditEntity = AuditEntity::PeerReview;
}

fn integer(value: Value) -> Option<i64> {
    match value {
        Value::BigInt(Some(v)) => Some(v),
        Value::Int(Some(v)) => Some(v.into()),
        _ => None,
    }
}

impl<'a> Unit<'a> {
    pub fn txn(&self) -> &'a Admitted {
        self.txn
    }

    pub fn writer(&self) -> &'a Writer<'a> {
        self.writer
    }

    /// The row `id` of `E`, locked for this write (see `Writer::get_for_write`).
    pub async fn for_write<E>(&self, id: i64, entity: &'static str) -> Result<E::Model>
    where
        E: ReadRule,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i64>,
    {
        self.writer.get_for_write::<E>(self.txn, id, entity).await
    }

    /// The part `id` of an initiative, with its initiative locked for this
    /// write (see `Writer::get_part_for_write`).
    pub async fn part_for_write<E>(
        &self,
        id: i64,
        entity: &'static str,
    ) -> Result<(E::Model, initiative::Model)>
    where
        E: PartOfInitiative,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i64>,
    {
        self.writer
            .get_part_for_write::<E>(self.txn, id, entity)
            .await
    }

    /// Writes `next` over `current` if no other writer moved it since it was
    /// read (CONFLICT otherwise), and audits the write as `action`.
    pub async fn save<E>(
        &self,
        action: AuditAction,
        current: &E::Model,
        next: E::Model,
    ) -> Result<()>
    where
        E: Audited,
        E::Model: IntoActiveModel<E::ActiveModel>,
    {
        let id = integer(current.get(E::id_column()))
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("a saved row without an id")))?;
        let before = integer(current.get(E::version_column()));
        let after = integer(next.get(E::version_column()));
        save_versioned::<E>(self.txn, current, next).await?;
        let version = |v: Option<i64>| v.and_then(|v| i32::try_from(v).ok());
        self.audit(E::AUDIT, action, id, version(before), version(after))
            .await
    }

    /// Audits the write that brought `model` into being, at its first version.
    pub async fn audit_new<E: Audited>(&self, action: AuditAction, model: &E::Model) -> Result<()> {
        self.audit_new_all::<E>(action, std::slice::from_ref(model))
            .await
    }

    /// Audits the writes that brought each of `models` into being, at
    /// their first versions, in one statement.
    pub async fn audit_new_all<E: Audited>(
        &self,
        action: AuditAction,
        models: &[E::Model],
    ) -> Result<()> {
        let entries = models
            .iter()
            .map(|model| {
                let id = integer(model.get(E::id_column())).ok_or_else(|| {
                    AppError::Internal(anyhow::anyhow!("a new row without an id"))
                })?;
                Ok(Entry {
                    action,
                    entity: E::AUDIT,
                    entity_ref: id.to_string(),
                    version_before: None,
                    version_after: integer(model.get(E::version_column()))
                        .and_then(|v| i32::try_from(v).ok()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        audit::record_all(self.txn, self.writer, entries).await
    }

    /// Audits a write of `entity`'s record `entity_ref` (its id, or its
    /// own key) that took it from version `before` to `after` (`None` where
    /// it had none, or has none now).
    pub async fn audit(
        &self,
        entity: AuditEntity,
        action: AuditAction,
        entity_ref: impl ToString,
        before: Option<i32>,
        after: Option<i32>,
    ) -> Result<()> {
        let entry = Entry {
            action,
            entity,
            entity_ref: entity_ref.to_string(),
            version_before: before,
            version_after: after,
        };
        audit::record(self.txn, self.writer, entry).await
    }

    /// Audits a write of an unversioned record (a part of an initiative).
    pub async fn audit_part(
        &self,
        entity: AuditEntity,
        action: AuditAction,
        id: i64,
    ) -> Result<()> {
        self.audit(entity, action, id, None, None).await
    }
}
