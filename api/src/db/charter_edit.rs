//! Creating and updating charters: validated, versioned and audited, each
//! in one transaction.

use chrono::Utc;
use entity::{
    charter::{Commitment, Entity, Model, Risk},
    vocabulary::{AuditAction, AuditEntity, CharterStatus, Visibility},
};

use serde_json::json;

use super::{
    audit::{self, Entry},
    initiative_edit,
    validate::{self, SUMMARY_MAX, TITLE_MAX},
    write::{self, NewCharter},
};
use crate::{error::Result, scope::ScopedDb};

/// Every field of a charter a client sets.
pub struct CharterDraft {
    pub initiative_id: Option<i64>,
    pub title: String,
    pub status: CharterStatus,
    pub commitments: Vec<Commitment>,
    pub risks: Vec<Risk>,
    pub visibility: Visibility,
}

impl CharterDraft {
    fn validated(self) -> Result<Self> {
        validate::list_len("commitments", &self.commitments)?;
        validate::list_len("risks", &self.risks)?;
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
            visibility: model.visibility,
        }
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
            visibility: self.visibility.unwrap_or(draft.visibility),
        }
    }
}

fn audit_entry(action: AuditAction, id: i64, before: Option<i32>, after: i32) -> Entry {
    Entry {
        action,
        entity: AuditEntity::Charter,
        entity_ref: id.to_string(),
        version_before: before,
        version_after: Some(after),
    }
}

pub async fn create(db: &ScopedDb, draft: CharterDraft) -> Result<Model> {
    let writer = db.writer()?;
    let draft = draft.validated()?;
    let (_turn, txn) = db.begin_write().await?;
    initiative_edit::check_own(&txn, &writer, draft.initiative_id).await?;
    let new = NewCharter {
        owner_org_id: writer.org().0,
        initiative_id: draft.initiative_id,
        title: draft.title,
        status: draft.status,
        commitments: draft.commitments,
        risks: draft.risks,
        visibility: draft.visibility,
    };
    let model = write::insert_charter(&txn, new, Utc::now()).await?;
    audit::record(
        &txn,
        &writer,
        audit_entry(AuditAction::Create, model.id, None, model.version),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

pub async fn update(
    db: &ScopedDb,
    id: i64,
    expected_version: i32,
    patch: CharterPatch,
) -> Result<Model> {
    let writer = db.writer()?;
    let (_turn, txn) = db.begin_write().await?;
    let current = writer.get_for_write::<Entity>(&txn, id, "charter").await?;
    validate::expected_version(current.version, expected_version)?;
    let draft = patch.apply(CharterDraft::of(&current)).validated()?;
    if draft.initiative_id != current.initiative_id {
        initiative_edit::check_own(&txn, &writer, draft.initiative_id).await?;
    }
    let next = Model {
        initiative_id: draft.initiative_id,
        title: draft.title,
        status: draft.status,
        commitments: json!(draft.commitments),
        risks: json!(draft.risks),
        visibility: draft.visibility,
        updated_at: Utc::now(),
        version: current.version + 1,
        ..current.clone()
    };
    write::save_versioned::<Entity>(&txn, &current, next.clone()).await?;
    audit::record(
        &txn,
        &writer,
        audit_entry(AuditAction::Update, id, Some(current.version), next.version),
    )
    .await?;
    txn.commit().await?;
    Ok(next)
}
