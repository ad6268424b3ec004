//! Creating, updating, adopting and retiring charters: validated,
//! versioned and audited, each in one transaction.
//!
//! A charter is an agreement people sign, so its life has rules: adopting
//! keeps the charter as it stands as a new `charter_version`; changing the
//! agreement (title, commitments, risks, signatories) of an adopted charter
//! makes it a DRAFT revision until it is adopted again; a retired charter
//! no longer changes.

use chrono::Utc;
use entity::{
    charter::{Column, Commitment, Entity, Model},
    charter_version,
    vocabulary::{AuditAction, CharterStatus, ContentKind},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    domain::{revision::Snapshot, validate},
    error::{AppError, Result},
    repo::{
        self,
        charter::{
            draft::{CharterDraft, CharterPatch},
            rows::NewCharter,
        },
        revision::{self, Revised},
        unit::{self, Unit},
    },
    tenancy::ScopedDb,
};

/// How many adopted versions a charter keeps, and how many charters one
/// initiative holds: each list is read whole with its parent, and a query
/// pays for the ceiling in the complexity limit (`graphql::cost`).
pub const MAX_VERSIONS: u64 = 20;
pub const MAX_CHARTERS_PER_INITIATIVE: u64 = 10;

/// Whether the initiative a charter joins has room for it.
async fn check_initiative_room(
    conn: &impl ConnectionTrait,
    initiative_id: Option<i64>,
) -> Result<()> {
    let Some(id) = initiative_id else {
        return Ok(());
    };
    let charters = Entity::find()
        .filter(Column::InitiativeId.eq(id))
        .filter(Column::DeletedAt.is_null())
        .count(conn)
        .await?;
    if charters >= MAX_CHARTERS_PER_INITIATIVE {
        return Err(AppError::bad_input(
            "initiativeId",
            format!(
                "an initiative holds at most {MAX_CHARTERS_PER_INITIATIVE} charters: revise one of them instead"
            ),
        ));
    }
    Ok(())
}

/// Whether the charter may keep one more adopted version.
async fn check_version_room(conn: &impl ConnectionTrait, charter_id: i64) -> Result<()> {
    let versions = charter_version::Entity::find()
        .filter(charter_version::Column::CharterId.eq(charter_id))
        .count(conn)
        .await?;
    if versions >= MAX_VERSIONS {
        return Err(AppError::bad_input(
            "id",
            format!(
                "a charter keeps at most {MAX_VERSIONS} adopted versions: create a new charter for the next agreement"
            ),
        ));
    }
    Ok(())
}

pub async fn create(db: &ScopedDb, draft: CharterDraft) -> Result<Model> {
    create_adapted(db, draft, None).await
}

/// Creates a charter adapted from the charter template `template_id`
/// (`None`: written from scratch).
pub async fn create_adapted(
    db: &ScopedDb,
    draft: CharterDraft,
    template_id: Option<i64>,
) -> Result<Model> {
    let writer = db.writer()?;
    let draft = draft.validated()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        repo::initiative::write::check_own(txn, unit.writer(), draft.initiative_id).await?;
        check_initiative_room(txn, draft.initiative_id).await?;
        let new = NewCharter {
            owner_org_id: unit.writer().org().0,
            draft,
            template_id,
        };
        if new.draft.status == CharterStatus::Adopted {
            check_adoptable(&new.draft.commitments)?;
        }
        let now = Utc::now();
        let model = repo::charter::rows::insert_charter(txn, new, now).await?;
        unit.audit_new::<Entity>(AuditAction::Create, &model)
            .await?;
        if model.status == CharterStatus::Adopted {
            repo::charter::rows::insert_charter_version(txn, &model, unit.writer().subject(), now)
                .await?;
        }
        let after = snapshot(&model, &[]);
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

fn check_adoptable(commitments: &[Commitment]) -> Result<()> {
    if commitments.is_empty() {
        return Err(AppError::bad_input(
            "commitments",
            "a charter is adopted with at least one commitment: add the rights and responsibilities first",
        ));
    }
    Ok(())
}

/// The status a change leads to, by the rules of the module comment.
fn next_status(
    current: &Model,
    requested: Option<CharterStatus>,
    agreement_changed: bool,
) -> Result<CharterStatus> {
    if current.status == CharterStatus::Retired {
        return Err(AppError::bad_input(
            "id",
            "this charter is retired and no longer changes: create a new charter instead",
        ));
    }
    Ok(match requested {
        Some(status) => status,
        None if agreement_changed => CharterStatus::Draft,
        None => current.status,
    })
}

pub async fn update(
    db: &ScopedDb,
    id: i64,
    expected_version: i32,
    patch: CharterPatch,
) -> Result<Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let current = unit.for_write::<Entity>(id, "charter").await?;
        validate::expected_version(current.version, expected_version)?;
        let translations = revision::translations_of(unit.txn(), KIND, id).await?;
        let before = snapshot(&current, &translations);
        let requested = patch.status;
        let draft = patch.apply(CharterDraft::of(&current));
        let next = save_draft(unit, &current, draft, requested, AuditAction::Update).await?;
        let translations = match text_changed(&current, &next) {
            true => revision::outdated(translations),
            false => translations,
        };
        let after = snapshot(&next, &translations);
        revision::record(unit, revised(&next), next.version, &before, &after).await?;
        Ok(next)
    })
    .await
}

const KIND: ContentKind = ContentKind::Charter;

/// A charter as its revisions know it.
pub(crate) fn revised(model: &Model) -> Revised {
    Revised {
        kind: KIND,
        id: model.id,
        owner: model.owner_org_id,
    }
}

/// A charter's content as its revisions compare it.
pub(crate) fn snapshot(model: &Model, translations: &[entity::translation::Model]) -> Snapshot {
    revision::snapshot(&CharterDraft::of(model), &[], translations)
}

fn text_changed(current: &Model, next: &Model) -> bool {
    (&draft_words(next), &next.title) != (&draft_words(current), &current.title)
}

/// Writes `draft` over `current` as its next version: its status as
/// `requested`, else by the rules of the module comment; adopted (a version
/// kept) when it becomes ADOPTED or its agreement changes while ADOPTED;
/// audited as `action`, or for an update as what it did (ADOPT, RETIRE).
pub(crate) async fn save_draft(
    unit: &Unit<'_>,
    current: &Model,
    draft: CharterDraft,
    requested: Option<CharterStatus>,
    action: AuditAction,
) -> Result<Model> {
    let txn = unit.txn();
    let before = CharterDraft::of(current);
    let draft = draft.validated()?;
    let status = next_status(current, requested, draft.agreement_differs(&before))?;
    if draft.initiative_id != current.initiative_id {
        repo::initiative::write::check_own(txn, unit.writer(), draft.initiative_id).await?;
        check_initiative_room(txn, draft.initiative_id).await?;
    }
    let adopting = status == CharterStatus::Adopted
        && (current.status != CharterStatus::Adopted || draft.agreement_differs(&before));
    if adopting {
        check_adoptable(&draft.commitments)?;
        check_version_room(txn, current.id).await?;
    }
    let now = Utc::now();
    let next = Model {
        status,
        updated_at: now,
        version: current.version + 1,
        adopted_at: if adopting {
            Some(now)
        } else {
            current.adopted_at
        },
        retired_at: (status == CharterStatus::Retired).then_some(now),
        ..draft.onto(current)?
    };
    let action = match (action, status) {
        (AuditAction::Update, CharterStatus::Retired) => AuditAction::Retire,
        (AuditAction::Update, _) if adopting => AuditAction::Adopt,
        (action, _) => action,
    };
    unit.save::<Entity>(action, current, next.clone()).await?;
    if text_changed(current, &next) {
        repo::translation::write::mark_outdated(txn, KIND, current.id).await?;
    }
    if adopting {
        repo::charter::rows::insert_charter_version(txn, &next, unit.writer().subject(), now)
            .await?;
    }
    Ok(next)
}

/// The words of a charter's commitments and risks, which its translations
/// translate (not who is bound, nor how likely a risk is).
fn draft_words(model: &Model) -> (Vec<String>, Vec<(String, String)>) {
    let draft = CharterDraft::of(model);
    (
        draft.commitments.into_iter().map(|c| c.text).collect(),
        draft
            .risks
            .into_iter()
            .map(|r| (r.description, r.mitigation))
            .collect(),
    )
}

/// Adopts the charter as it stands at `expected_version`.
pub async fn adopt(db: &ScopedDb, id: i64, expected_version: i32) -> Result<Model> {
    let patch = CharterPatch {
        status: Some(CharterStatus::Adopted),
        ..Default::default()
    };
    update(db, id, expected_version, patch).await
}

/// Retires the charter: it stays readable, with its versions, and no longer changes.
pub async fn retire(db: &ScopedDb, id: i64, expected_version: i32) -> Result<Model> {
    let patch = CharterPatch {
        status: Some(CharterStatus::Retired),
        ..Default::default()
    };
    update(db, id, expected_version, patch).await
}
