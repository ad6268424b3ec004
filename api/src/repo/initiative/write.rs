//! Creating, updating and deleting initiatives: validated, versioned and
//! audited, each in one transaction.

use chrono::Utc;
use entity::{
    initiative::{Entity, Model},
    vocabulary::{AuditAction, ContentKind},
};
use sea_orm::ConnectionTrait;

use crate::{
    domain::validate,
    error::{AppError, Result},
    repo::{
        self,
        initiative::{
            draft::{InitiativeDraft, InitiativePatch},
            rows::NewInitiative,
        },
        labels::InitiativeLabels,
        unit,
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
        Err(AppError::NotFound { .. } | AppError::Forbidden(_)) => Err(AppError::bad_input(
            "initiativeId",
            "initiativeId must name an initiative of your organisation",
        )),
        Err(other) => Err(other),
    }
}

pub async fn create(db: &ScopedDb, draft: InitiativeDraft) -> Result<Model> {
    let writer = db.writer()?;
    let draft = draft.validated()?;
    unit::write(&writer, async move |unit| {
        let new = NewInitiative {
            owner_org_id: unit.writer().org().0,
            draft,
        };
        let model = repo::initiative::rows::insert_initiative(unit.txn(), new, Utc::now()).await?;
        unit.audit_new::<Entity>(AuditAction::Create, &model)
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
        let labels = repo::labels::for_write::<InitiativeLabels>(unit.txn(), id).await?;
        let draft = patch
            .apply(InitiativeDraft::of(&current, &labels))
            .validated()?;
        let (co_types, tags) = (draft.co_types.clone(), draft.tags.clone());
        let next = Model {
            updated_at: Utc::now(),
            version: current.version + 1,
            ..draft.onto(&current)?
        };
        unit.save::<Entity>(AuditAction::Update, &current, next.clone())
            .await?;
        if (&next.title, &next.summary) != (&current.title, &current.summary) {
            repo::translation::write::mark_outdated(unit.txn(), ContentKind::Initiative, id)
                .await?;
        }
        repo::labels::replace_labels::<InitiativeLabels>(unit.txn(), id, &co_types, &tags).await?;
        Ok(next)
    })
    .await
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
        unit.save::<Entity>(AuditAction::Delete, &current, next)
            .await
    })
    .await
}
