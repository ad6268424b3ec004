//! Creating, updating and deleting initiatives: validated, versioned and
//! audited, each in one transaction.

use chrono::Utc;
use entity::{
    initiative::{Entity, Model},
    vocabulary::{AuditAction, ContentKind},
};
use sea_orm::ConnectionTrait;

use crate::{
    domain::{labels::Labels, revision::Snapshot, validate},
    error::{AppError, Result},
    repo::{
        self,
        initiative::{
            draft::{InitiativeDraft, InitiativePatch},
            rows::NewInitiative,
        },
        labels::InitiativeLabels,
        revision::{self, Revised, deleted_revision},
        unit::{self, Unit},
    },
    tenancy::{ScopedDb, Writer},
};

/// Checks that `initiative_id` (when given) names an initiative of the
/// writer's own organisation, as a case study's or charter's link must.
pub async fn check_own(
    conn: &impl ConnectionTrait,
    writer: &Writer<'_>,
    initiative_id: Option<i64>,
) -> Result<()> {
    let Some(id) = initiative_id else {
        return Ok(());
    };
    match writer.get_for_write::<Entity>(conn, id, "initiative").await {
        Ok(_) => Ok(()),
        Err(AppError::NotFound { .. } | AppError::Forbidden(_)) => Err(not_own()),
        Err(other) => Err(other),
    }
}

/// The error of an `initiativeId` that names no initiative of the writer's.
pub fn not_own() -> AppError {
    AppError::bad_input(
        "initiativeId",
        "initiativeId must name an initiative of your organisation",
    )
}

pub async fn create(db: &ScopedDb, draft: InitiativeDraft) -> Result<Model> {
    let writer = db.writer()?;
    let draft = draft.validated()?;
    unit::write(&writer, async move |unit| {
        let labels = Labels {
            co_types: draft.co_types.clone(),
            tags: draft.tags.clone(),
        };
        let new = NewInitiative {
            owner_org_id: unit.writer().org().0,
            draft,
        };
        let model = repo::initiative::rows::insert_initiative(unit.txn(), new, Utc::now()).await?;
        unit.audit_new::<Entity>(AuditAction::Create, &model)
            .await?;
        let after = snapshot(&model, &labels, &[]);
        revision::record(
            unit,
            revised(&model),
            model.version,
            &Snapshot::new(),
            &after,
        )
        .await?;
        Ok(model)
    })
    .await
}

pub async fn update(
    db: &ScopedDb,
    id: i64,
    expected_version: i32,
    patch: InitiativePatch,
) -> Result<Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let current = unit.for_write::<Entity>(id, "initiative").await?;
        validate::expected_version(current.version, expected_version)?;
        let txn = unit.txn();
        let labels = repo::labels::for_write::<InitiativeLabels>(txn, id).await?;
        let translations = revision::translations_of(txn, KIND, id).await?;
        let before = snapshot(&current, &labels, &translations);
        let draft = patch.apply(InitiativeDraft::of(&current, &labels));
        let (next, labels) = save_draft(unit, &current, draft, AuditAction::Update).await?;
        let translations = match text_changed(&current, &next) {
            true => revision::outdated(translations),
            false => translations,
        };
        let after = snapshot(&next, &labels, &translations);
        revision::record(unit, revised(&next), next.version, &before, &after).await?;
        Ok(next)
    })
    .await
}

const KIND: ContentKind = ContentKind::Initiative;

/// An initiative as its revisions know it.
pub(crate) fn revised(model: &Model) -> Revised {
    Revised {
        kind: KIND,
        id: model.id,
        owner: model.owner_org_id,
    }
}

/// An initiative's content as its revisions compare it.
pub(crate) fn snapshot(
    model: &Model,
    labels: &Labels,
    translations: &[entity::translation::Model],
) -> Snapshot {
    revision::snapshot(&InitiativeDraft::of(model, labels), &[], translations)
}

fn text_changed(current: &Model, next: &Model) -> bool {
    (&next.title, &next.summary) != (&current.title, &current.summary)
}

/// Writes `draft` over `current` as its next version, audited as
/// `action`, with its labels, and its translations marked OUTDATED when
/// its text changed. Answers the initiative and its labels as written.
pub(crate) async fn save_draft(
    unit: &Unit<'_>,
    current: &Model,
    draft: InitiativeDraft,
    action: AuditAction,
) -> Result<(Model, Labels)> {
    let draft = draft.validated()?;
    let labels = Labels {
        co_types: draft.co_types.clone(),
        tags: draft.tags.clone(),
    };
    let next = Model {
        updated_at: Utc::now(),
        version: current.version + 1,
        ..draft.onto(current)?
    };
    unit.save::<Entity>(action, current, next.clone()).await?;
    let txn = unit.txn();
    if text_changed(current, &next) {
        repo::translation::write::mark_outdated(txn, KIND, current.id).await?;
    }
    repo::labels::replace_labels::<InitiativeLabels>(
        txn,
        current.id,
        &labels.co_types,
        &labels.tags,
    )
    .await?;
    Ok((next, labels))
}

/// Deletes as a tombstone: hidden from reads, kept for the change feed.
pub async fn delete(db: &ScopedDb, id: i64) -> Result<()> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let current = unit.for_write::<Entity>(id, "initiative").await?;
        let now = Utc::now();
        let next = Model {
            deleted_at: Some(now),
            updated_at: now,
            version: current.version + 1,
            ..current.clone()
        };
        unit.save::<Entity>(AuditAction::Delete, &current, next.clone())
            .await?;
        deleted_revision(unit, revised(&next), next.version).await
    })
    .await
}
