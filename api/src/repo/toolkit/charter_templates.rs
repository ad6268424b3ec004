//! Charter templates: network bodies publish them (commitments and risks),
//! councils copy one into a charter of their own, which names it.

use std::collections::HashMap;

use chrono::Utc;
use entity::{
    charter::{Commitment, Risk},
    charter_template,
    vocabulary::{AuditAction, AuditEntity, CharterStatus, Visibility},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, NotSet, QueryFilter, QueryTrait};
use serde_json::json;

use crate::{
    error::{AppError, Result},
    repo::{self, charter::draft::CharterDraft, unit},
    store::keyset::{self, Page, PageArgs},
    tenancy::{Publisher, ScopedDb},
};

/// A template as its publisher writes it.
pub struct NewTemplate {
    pub title: String,
    pub language: String,
    pub commitments: Vec<Commitment>,
    pub risks: Vec<Risk>,
}

pub fn commitments(template: &charter_template::Model) -> Vec<Commitment> {
    serde_json::from_value(template.commitments.clone()).unwrap_or_default()
}

pub fn risks(template: &charter_template::Model) -> Vec<Risk> {
    serde_json::from_value(template.risks.clone()).unwrap_or_default()
}

/// A page of the network's charter templates, oldest first.
pub async fn page(db: &ScopedDb, args: &PageArgs) -> Result<Page<charter_template::Model>> {
    let key = super::by_id_ascending!(charter_template);
    let request = args.validate(key.name)?;
    let select = db.published::<charter_template::Entity>().into_query();
    keyset::fetch_page(db.conn(), select, &key, &request, |m| m.id).await
}

pub async fn by_ids(db: &ScopedDb, ids: &[i64]) -> Result<HashMap<i64, charter_template::Model>> {
    let rows: Vec<charter_template::Model> = keyset::fetch_all(
        db.conn(),
        &db.published::<charter_template::Entity>()
            .filter(charter_template::Column::Id.is_in(ids.iter().copied()))
            .into_query(),
    )
    .await?;
    Ok(rows.into_iter().map(|t| (t.id, t)).collect())
}

/// The draft a template's text makes, for an initiative.
fn draft(
    title: String,
    language: String,
    commitments: Vec<Commitment>,
    risks: Vec<Risk>,
    initiative_id: Option<i64>,
) -> CharterDraft {
    CharterDraft {
        initiative_id,
        title,
        status: CharterStatus::Draft,
        commitments,
        risks,
        signatories: Vec::new(),
        visibility: Visibility::Private,
        language,
    }
}

pub async fn publish(db: &ScopedDb, new: NewTemplate) -> Result<charter_template::Model> {
    let writer = db.writer()?;
    // A template is checked as the charter it will become.
    let checked = draft(new.title, new.language, new.commitments, new.risks, None).validated()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let publisher = Publisher::of(unit.writer(), txn).await?;
        let template = charter_template::ActiveModel {
            id: NotSet,
            publisher_org_id: Set(publisher.org_id()),
            title: Set(checked.title),
            language: Set(checked.language),
            commitments: Set(json!(checked.commitments)),
            risks: Set(json!(checked.risks)),
            created_at: Set(Utc::now()),
        }
        .insert(txn)
        .await?;
        unit.audit_part(
            AuditEntity::CharterTemplate,
            AuditAction::Create,
            template.id,
        )
        .await?;
        Ok(template)
    })
    .await
}

/// A DRAFT, PRIVATE charter of `initiative_id` with the template's
/// commitments and risks, adapted from it.
pub async fn create_charter(
    db: &ScopedDb,
    template_id: i64,
    initiative_id: i64,
) -> Result<entity::charter::Model> {
    let template = by_ids(db, &[template_id])
        .await?
        .remove(&template_id)
        .ok_or_else(|| AppError::bad_input("templateId", "templateId is not a charter template"))?;
    let new = draft(
        template.title.clone(),
        template.language.clone(),
        commitments(&template),
        risks(&template),
        Some(initiative_id),
    );
    repo::charter::write::create_adapted(db, new, Some(template.id)).await
}
