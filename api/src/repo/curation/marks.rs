//! A curator's marks on a PUBLIC case study: featured, verified, hidden
//! from the public. Each is a write of the case study (its next version),
//! audited in the curator's log and the owner's, and in the change feed,
//! so that the owner hears of it and a hidden case study leaves the public
//! feed as if deleted.

use chrono::Utc;
use entity::{
    case_study::{Entity, Model},
    vocabulary::{AuditAction, AuditEntity, ChangeOp},
};

use serde_json::json;

use crate::{
    domain::{
        revision::Snapshot,
        validate::{self, SUMMARY_MAX},
    },
    error::{AppError, Result},
    repo::{
        audit::{self, Entry},
        case_study::write as case_study_write,
        change_log, revision,
        unit::{self, Unit},
    },
    store::versioned::save_versioned,
    tenancy::{Curator, OrgId, ScopedDb},
};

/// Writes `mark` on the case study `id` as curator, audited as `action`.
async fn curate(
    db: &ScopedDb,
    id: i64,
    action: AuditAction,
    mark: impl FnOnce(&Model, OrgId) -> Result<Model>,
) -> Result<Model> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        let curator = Curator::of(db.writer()?, unit.txn()).await?;
        let current = curator.case_study(unit.txn(), id).await?;
        let mut next = mark(&current, curator.writer().org())?;
        next.version = current.version + 1;
        next.updated_at = Utc::now();
        save_versioned::<Entity>(unit.txn(), &current, next.clone()).await?;
        audit_both(unit, &current, &next, action).await?;
        // Every version has its revision, so that restoring can go back
        // past this one.
        revision::record(
            unit,
            case_study_write::revised(&next),
            next.version,
            &marks(&current),
            &marks(&next),
        )
        .await?;
        change_log::write::record_change(
            unit.txn(),
            Some(&current),
            &next,
            ChangeOp::Upsert,
            next.updated_at,
        )
        .await?;
        Ok(next)
    })
    .await
}

/// A case study's curation marks, as its revisions show them.
fn marks(model: &Model) -> Snapshot {
    let mut marks = Snapshot::from([("featured".to_owned(), json!(model.featured))]);
    if let Some(verifier) = model.verified_by_org_id {
        marks.insert("verifiedBy".to_owned(), json!(verifier));
    }
    if let Some(reason) = &model.hidden_reason {
        marks.insert("hiddenReason".to_owned(), json!(reason));
    }
    marks
}

/// Audits a curator's write in its own log and in the owner's.
async fn audit_both(
    unit: &Unit<'_>,
    current: &Model,
    next: &Model,
    action: AuditAction,
) -> Result<()> {
    let entry = Entry {
        action,
        entity: AuditEntity::CaseStudy,
        entity_ref: current.id.to_string(),
        version_before: Some(current.version),
        version_after: Some(next.version),
    };
    let writer = unit.writer();
    audit::record_in(
        unit.txn(),
        writer,
        OrgId(current.owner_org_id),
        entry.clone(),
    )
    .await?;
    if writer.org().0 != current.owner_org_id {
        audit::record(unit.txn(), writer, entry).await?;
    }
    Ok(())
}

/// Features the case study (first in the Explorer's default view), or not.
pub async fn feature(db: &ScopedDb, id: i64, featured: bool) -> Result<Model> {
    let action = match featured {
        true => AuditAction::Feature,
        false => AuditAction::Unfeature,
    };
    curate(db, id, action, |current, _| {
        Ok(Model {
            featured,
            ..current.clone()
        })
    })
    .await
}

/// Marks the case study verified by the curator's network body.
pub async fn verify(db: &ScopedDb, id: i64, note: Option<String>) -> Result<Model> {
    let note = note
        .map(|n| validate::text("note", &n, SUMMARY_MAX))
        .transpose()?;
    curate(db, id, AuditAction::Verify, |current, curator| {
        Ok(Model {
            verified_at: Some(Utc::now()),
            verified_by_org_id: Some(curator.0),
            verified_note: note,
            ..current.clone()
        })
    })
    .await
}

/// Hides the case study from the public, pending its owner's response:
/// members still read it.
pub async fn hide(db: &ScopedDb, id: i64, reason: String) -> Result<Model> {
    let reason = validate::text("reason", &reason, SUMMARY_MAX)?;
    curate(db, id, AuditAction::Hide, |current, curator| {
        if current.hidden_at.is_some() {
            return Err(AppError::bad_input(
                "id",
                "this case study is hidden already",
            ));
        }
        Ok(Model {
            hidden_at: Some(Utc::now()),
            hidden_by_org_id: Some(curator.0),
            hidden_reason: Some(reason),
            ..current.clone()
        })
    })
    .await
}

/// Shows a hidden case study to the public again.
pub async fn unhide(db: &ScopedDb, id: i64) -> Result<Model> {
    curate(db, id, AuditAction::Unhide, |current, _| {
        if current.hidden_at.is_none() {
            return Err(AppError::bad_input("id", "this case study is not hidden"));
        }
        Ok(Model {
            hidden_at: None,
            hidden_by_org_id: None,
            hidden_reason: None,
            ..current.clone()
        })
    })
    .await
}

/// `next` with its verified mark cleared, when its content differs from
/// `current`'s: a verification holds for the content it saw.
pub fn unverified_if_edited(current: &Model, mut next: Model, content_changed: bool) -> Model {
    if content_changed && current.verified_at.is_some() {
        next.verified_at = None;
        next.verified_by_org_id = None;
        next.verified_note = None;
    }
    next
}
