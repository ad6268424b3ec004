//! Creating, updating, publishing and deleting case studies: validated,
//! versioned, audited and written to the change log, each in one
//! transaction. Only an ADMIN makes a case study visible to the public.

use chrono::Utc;
use entity::{
    case_study::{Entity, Model},
    vocabulary::{AuditAction, CaseStudyStatus, ChangeOp, ContentKind, Visibility},
};

use crate::{
    domain::{labels::Labels, revision::Snapshot, validate},
    error::{AppError, Result},
    repo::{
        self,
        case_study::{
            draft::{CaseStudyDraft, CaseStudyPatch},
            rows::NewCaseStudy,
        },
        labels::CaseStudyLabels,
        revision::{self, Revised},
        unit::{self, Unit},
    },
    tenancy::{Role, ScopedDb, Writer},
};

pub(crate) fn is_public(visibility: Visibility, status: CaseStudyStatus) -> bool {
    visibility == Visibility::Public && status == CaseStudyStatus::Published
}

/// Only an ADMIN makes a case study visible to the public.
pub(crate) fn check_publicity(writer: &Writer<'_>, before: bool, after: bool) -> Result<()> {
    if after && !before && !writer.roles().allows(Role::Admin) {
        return Err(AppError::Forbidden(
            "making a case study PUBLIC needs the ADMIN role",
        ));
    }
    Ok(())
}

/// A duplicate externalId is reported on its field.
fn external_id_conflict(err: AppError) -> AppError {
    match err {
        AppError::Conflict {
            current_version: None,
            ..
        } => AppError::Conflict {
            message: "externalId is already used by another case study of your organisation".into(),
            current_version: None,
        },
        other => other,
    }
}

/// Creates a DRAFT case study.
pub async fn create(db: &ScopedDb, draft: CaseStudyDraft) -> Result<Model> {
    let writer = db.writer()?;
    let draft = draft.validated()?;
    unit::write_changes(&writer, async move |unit| {
        repo::initiative::write::check_own(unit.txn(), unit.writer(), draft.initiative_id).await?;
        let labels = Labels {
            co_types: draft.co_types.clone(),
            tags: draft.tags.clone(),
        };
        let new = NewCaseStudy {
            owner_org_id: unit.writer().org().0,
            draft,
            status: CaseStudyStatus::Draft,
            published_at: None,
        };
        let model = repo::case_study::rows::insert_case_study(unit.txn(), new, Utc::now())
            .await
            .map_err(|e| external_id_conflict(e.into()))?;
        unit.audit_new::<Entity>(AuditAction::Create, &model)
            .await?;
        created_revision(unit, &model, &labels, &[]).await?;
        Ok(model)
    })
    .await
}

pub async fn update(
    db: &ScopedDb,
    id: i64,
    expected_version: i32,
    patch: CaseStudyPatch,
) -> Result<Model> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        let current = unit.for_write::<Entity>(id, "case study").await?;
        validate::expected_version(current.version, expected_version)?;
        let txn = unit.txn();
        let labels = repo::labels::for_write::<CaseStudyLabels>(txn, id).await?;
        let translations = revision::translations_of(txn, KIND, id).await?;
        let before = snapshot(&current, &labels, &translations);
        let draft = patch.apply(CaseStudyDraft::of(&current, &labels));
        let (next, labels) =
            save_draft(unit, &current, &labels, draft, AuditAction::Update).await?;
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

const KIND: ContentKind = ContentKind::CaseStudy;

/// Keeps the creation of `model` as its first revision.
pub(crate) async fn created_revision(
    unit: &Unit<'_>,
    model: &Model,
    labels: &Labels,
    translations: &[entity::translation::Model],
) -> Result<()> {
    let after = snapshot(model, labels, translations);
    revision::record_created(unit, [(revised(model), model.version, after)]).await
}

/// Keeps a change of status alone as the revision of `next`.
async fn status_revision(unit: &Unit<'_>, current: &Model, next: &Model) -> Result<()> {
    let status = |m: &Model| Snapshot::from([("status".to_owned(), serde_json::json!(m.status))]);
    revision::record(
        unit,
        revised(next),
        next.version,
        &status(current),
        &status(next),
    )
    .await
}

/// A case study as its revisions know it.
pub(crate) fn revised(model: &Model) -> Revised {
    Revised {
        kind: KIND,
        id: model.id,
        owner: model.owner_org_id,
    }
}

/// A case study's content as its revisions compare it.
pub(crate) fn snapshot(
    model: &Model,
    labels: &Labels,
    translations: &[entity::translation::Model],
) -> Snapshot {
    // The verified mark is not content, but an edit that clears it says so.
    let mut marks = vec![("status", serde_json::json!(model.status))];
    if let Some(verifier) = model.verified_by_org_id {
        marks.push(("verifiedBy", serde_json::json!(verifier)));
    }
    revision::snapshot(&CaseStudyDraft::of(model, labels), &marks, translations)
}

fn text_changed(current: &Model, next: &Model) -> bool {
    (&next.title, &next.summary, &next.body) != (&current.title, &current.summary, &current.body)
}

/// Writes `draft` over `current` (whose labels are `current_labels`) as
/// its next version, audited as `action`: validated, with its labels, its
/// translations marked OUTDATED when its text changed, its verified mark
/// cleared when its content did, and in the change feed. Answers the case
/// study and its labels as written.
pub(crate) async fn save_draft(
    unit: &Unit<'_>,
    current: &Model,
    current_labels: &Labels,
    draft: CaseStudyDraft,
    action: AuditAction,
) -> Result<(Model, Labels)> {
    let draft = draft.validated()?;
    let edited = draft != CaseStudyDraft::of(current, current_labels);
    check_publicity(
        unit.writer(),
        is_public(current.visibility, current.status),
        is_public(draft.visibility, current.status),
    )?;
    let txn = unit.txn();
    if draft.initiative_id != current.initiative_id {
        repo::initiative::write::check_own(txn, unit.writer(), draft.initiative_id).await?;
    }
    let labels = Labels {
        co_types: draft.co_types.clone(),
        tags: draft.tags.clone(),
    };
    let next = Model {
        updated_at: Utc::now(),
        version: current.version + 1,
        ..draft.onto(current)?
    };
    let next = repo::curation::marks::unverified_if_edited(current, next, edited);
    unit.save::<Entity>(action, current, next.clone())
        .await
        .map_err(external_id_conflict)?;
    if text_changed(current, &next) {
        repo::translation::write::mark_outdated(txn, KIND, current.id).await?;
    }
    repo::labels::replace_labels::<CaseStudyLabels>(
        txn,
        current.id,
        &labels.co_types,
        &labels.tags,
    )
    .await?;
    repo::change_log::write::record_change(
        txn,
        Some(current),
        &next,
        ChangeOp::Upsert,
        next.updated_at,
    )
    .await?;
    Ok((next, labels))
}

/// Publishes a case study (its first publication date is kept).
pub async fn publish(db: &ScopedDb, id: i64) -> Result<Model> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        let current = unit.for_write::<Entity>(id, "case study").await?;
        check_publicity(
            unit.writer(),
            is_public(current.visibility, current.status),
            is_public(current.visibility, CaseStudyStatus::Published),
        )?;
        let now = Utc::now();
        let next = Model {
            status: CaseStudyStatus::Published,
            published_at: current.published_at.or(Some(now)),
            updated_at: now,
            version: current.version + 1,
            ..current.clone()
        };
        unit.save::<Entity>(AuditAction::Publish, &current, next.clone())
            .await?;
        status_revision(unit, &current, &next).await?;
        repo::change_log::write::record_change(
            unit.txn(),
            Some(&current),
            &next,
            ChangeOp::Upsert,
            now,
        )
        .await?;
        Ok(next)
    })
    .await
}

/// Deletes as a tombstone, reported to the change feed as a DELETE.
pub async fn delete(db: &ScopedDb, id: i64) -> Result<()> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        let current = unit.for_write::<Entity>(id, "case study").await?;
        let now = Utc::now();
        let next = Model {
            deleted_at: Some(now),
            updated_at: now,
            version: current.version + 1,
            ..current.clone()
        };
        unit.save::<Entity>(AuditAction::Delete, &current, next.clone())
            .await?;
        revision::deleted_revision(unit, revised(&next), next.version).await?;
        repo::change_log::write::record_change(
            unit.txn(),
            Some(&current),
            &current,
            ChangeOp::Delete,
            now,
        )
        .await?;
        Ok(())
    })
    .await
}
