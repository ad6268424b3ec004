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
    charter::{Column, Commitment, Entity, Model, Risk, Signatory},
    charter_version,
    vocabulary::{AuditAction, CharterStatus, Visibility},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

use crate::{
    domain::validate::{self, SUMMARY_MAX, TITLE_MAX},
    error::{AppError, Result},
    repo::{self, charter::rows::NewCharter, unit},
    tenancy::ScopedDb,
};

const NAME_MAX: usize = 200;

/// How much a charter holds, and how many one initiative holds: each list
/// is read whole with its parent, and a query pays for the ceiling in the
/// complexity limit (`graphql::cost`). The demo's dementia charter has
/// fifteen commitments, two risks and two signatories.
pub const MAX_COMMITMENTS: u64 = 50;
pub const MAX_RISKS: u64 = 30;
pub const MAX_SIGNATORIES: u64 = 50;
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

/// Every field of a charter a client sets.
pub struct CharterDraft {
    pub initiative_id: Option<i64>,
    pub title: String,
    pub status: CharterStatus,
    pub commitments: Vec<Commitment>,
    pub risks: Vec<Risk>,
    pub signatories: Vec<Signatory>,
    pub visibility: Visibility,
}

impl CharterDraft {
    fn validated(self) -> Result<Self> {
        validate::list_len("commitments", &self.commitments, MAX_COMMITMENTS)?;
        validate::list_len("risks", &self.risks, MAX_RISKS)?;
        validate::list_len("signatories", &self.signatories, MAX_SIGNATORIES)?;
        let signatories = self
            .signatories
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                Ok(Signatory {
                    name: validate::text(&format!("signatories[{i}].name"), &s.name, NAME_MAX)?,
                    role: validate::text(&format!("signatories[{i}].role"), &s.role, NAME_MAX)?,
                    ..s
                })
            })
            .collect::<Result<_>>()?;
        let commitments = self
            .commitments
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                Ok(Commitment {
                    text: validate::text(&format!("commitments[{i}].text"), &c.text, SUMMARY_MAX)?,
                    ..c
                })
            })
            .collect::<Result<_>>()?;
        let risks = self
            .risks
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                Ok(Risk {
                    description: validate::text(
                        &format!("risks[{i}].description"),
                        &r.description,
                        SUMMARY_MAX,
                    )?,
                    mitigation: validate::text(
                        &format!("risks[{i}].mitigation"),
                        &r.mitigation,
                        SUMMARY_MAX,
                    )?,
                    ..r
                })
            })
            .collect::<Result<_>>()?;
        Ok(Self {
            title: validate::text("title", &self.title, TITLE_MAX)?,
            commitments,
            risks,
            signatories,
            ..self
        })
    }

    fn of(model: &Model) -> Self {
        Self {
            initiative_id: model.initiative_id,
            title: model.title.clone(),
            status: model.status,
            commitments: serde_json::from_value(model.commitments.clone()).unwrap_or_default(),
            risks: serde_json::from_value(model.risks.clone()).unwrap_or_default(),
            signatories: serde_json::from_value(model.signatories.clone()).unwrap_or_default(),
            visibility: model.visibility,
        }
    }

    /// Whether `self` says something else than `other` as an agreement.
    fn agreement_differs(&self, other: &Self) -> bool {
        self.title != other.title
            || self.commitments != other.commitments
            || self.risks != other.risks
            || self.signatories != other.signatories
    }
}

/// The fields an update changes; `None` keeps the stored value.
#[derive(Default)]
pub struct CharterPatch {
    pub initiative_id: Option<Option<i64>>,
    pub title: Option<String>,
    pub status: Option<CharterStatus>,
    pub commitments: Option<Vec<Commitment>>,
    pub risks: Option<Vec<Risk>>,
    pub signatories: Option<Vec<Signatory>>,
    pub visibility: Option<Visibility>,
}

impl CharterPatch {
    fn apply(self, draft: CharterDraft) -> CharterDraft {
        CharterDraft {
            initiative_id: self.initiative_id.unwrap_or(draft.initiative_id),
            title: self.title.unwrap_or(draft.title),
            status: self.status.unwrap_or(draft.status),
            commitments: self.commitments.unwrap_or(draft.commitments),
            risks: self.risks.unwrap_or(draft.risks),
            signatories: self.signatories.unwrap_or(draft.signatories),
            visibility: self.visibility.unwrap_or(draft.visibility),
        }
    }
}

pub async fn create(db: &ScopedDb, draft: CharterDraft) -> Result<Model> {
    let writer = db.writer()?;
    let draft = draft.validated()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        repo::initiative::write::check_own(txn, unit.writer(), draft.initiative_id).await?;
        check_initiative_room(txn, draft.initiative_id).await?;
        let new = NewCharter {
            owner_org_id: unit.writer().org().0,
            initiative_id: draft.initiative_id,
            title: draft.title,
            status: draft.status,
            commitments: draft.commitments,
            risks: draft.risks,
            signatories: draft.signatories,
            visibility: draft.visibility,
        };
        if new.status == CharterStatus::Adopted {
            check_adoptable(&new.commitments)?;
        }
        let now = Utc::now();
        let model = repo::charter::rows::insert_charter(txn, new, now).await?;
        unit.audit_new::<Entity>(AuditAction::Create, &model)
            .await?;
        if model.status == CharterStatus::Adopted {
            repo::charter::rows::insert_charter_version(txn, &model, unit.writer().subject(), now)
                .await?;
        }
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
        let txn = unit.txn();
        let current = unit.for_write::<Entity>(id, "charter").await?;
        validate::expected_version(current.version, expected_version)?;
        let requested = patch.status;
        let before = CharterDraft::of(&current);
        let draft = patch.apply(CharterDraft::of(&current)).validated()?;
        let status = next_status(&current, requested, draft.agreement_differs(&before))?;
        if draft.initiative_id != current.initiative_id {
            repo::initiative::write::check_own(txn, unit.writer(), draft.initiative_id).await?;
            check_initiative_room(txn, draft.initiative_id).await?;
        }
        let adopting = status == CharterStatus::Adopted
            && (current.status != CharterStatus::Adopted || draft.agreement_differs(&before));
        if adopting {
            check_adoptable(&draft.commitments)?;
            check_version_room(txn, id).await?;
        }
        let now = Utc::now();
        let next = Model {
            initiative_id: draft.initiative_id,
            title: draft.title,
            status,
            commitments: json!(draft.commitments),
            risks: json!(draft.risks),
            signatories: json!(draft.signatories),
            visibility: draft.visibility,
            updated_at: now,
            version: current.version + 1,
            adopted_at: if adopting {
                Some(now)
            } else {
                current.adopted_at
            },
            retired_at: (status == CharterStatus::Retired).then_some(now),
            ..current.clone()
        };
        let action = match status {
            CharterStatus::Retired => AuditAction::Retire,
            _ if adopting => AuditAction::Adopt,
            _ => AuditAction::Update,
        };
        unit.save::<Entity>(action, &current, next.clone()).await?;
        if adopting {
            repo::charter::rows::insert_charter_version(txn, &next, unit.writer().subject(), now)
                .await?;
        }
        Ok(next)
    })
    .await
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
