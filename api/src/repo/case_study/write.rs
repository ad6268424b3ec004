//! Creating, updating, publishing and deleting case studies: validated,
//! versioned, audited and written to the change log, each in one
//! transaction. Only an ADMIN makes a case study visible to the public.

use chrono::Utc;
use entity::{
    case_study::{Entity, Model},
    vocabulary::{AuditAction, CaseStudyStatus, ChangeOp, CoType, ServiceArea, Visibility},
};

use serde_json::json;

use crate::{
    domain::validate::{self, EXTERNAL_ID_MAX, SUMMARY_MAX, TITLE_MAX},
    error::{AppError, Result},
    repo::{self, case_study::rows::NewCaseStudy, unit},
    tenancy::{Role, ScopedDb, Writer},
};

/// Every field of a case study a client sets.
#[derive(Clone)]
pub struct CaseStudyDraft {
    pub initiative_id: Option<i64>,
    pub external_id: Option<String>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub co_types: Vec<CoType>,
    pub service_area: ServiceArea,
    pub tags: Vec<String>,
    pub language: String,
    pub visibility: Visibility,
}

impl CaseStudyDraft {
    pub(crate) fn validated(self) -> Result<Self> {
        Ok(Self {
            external_id: self
                .external_id
                .map(|e| validate::text("externalId", &e, EXTERNAL_ID_MAX))
                .transpose()?,
            title: validate::text("title", &self.title, TITLE_MAX)?,
            summary: validate::text("summary", &self.summary, SUMMARY_MAX)?,
            body: validate::body("body", &self.body)?,
            co_types: validate::co_types("coTypes", &self.co_types)?,
            tags: validate::tags("tags", &self.tags)?,
            language: validate::language("language", &self.language)?,
            ..self
        })
    }

    fn of(model: &Model) -> Self {
        Self {
            initiative_id: model.initiative_id,
            external_id: model.external_id.clone(),
            title: model.title.clone(),
            summary: model.summary.clone(),
            body: model.body.clone(),
            co_types: serde_json::from_value(model.co_types.clone()).unwrap_or_default(),
            service_area: model.service_area,
            tags: serde_json::from_value(model.tags.clone()).unwrap_or_default(),
            language: model.language.clone(),
            visibility: model.visibility,
        }
    }
}

/// The fields an update changes; `None` keeps the stored value
/// (`initiative_id: Some(None)` unlinks the initiative).
#[derive(Default)]
pub struct CaseStudyPatch {
    pub initiative_id: Option<Option<i64>>,
    pub external_id: Option<Option<String>>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub body: Option<String>,
    pub co_types: Option<Vec<CoType>>,
    pub service_area: Option<ServiceArea>,
    pub tags: Option<Vec<String>>,
    pub language: Option<String>,
    pub visibility: Option<Visibility>,
}

impl CaseStudyPatch {
    fn apply(self, draft: CaseStudyDraft) -> CaseStudyDraft {
        CaseStudyDraft {
            initiative_id: self.initiative_id.unwrap_or(draft.initiative_id),
            external_id: self.external_id.unwrap_or(draft.external_id),
            title: self.title.unwrap_or(draft.title),
            summary: self.summary.unwrap_or(draft.summary),
            body: self.body.unwrap_or(draft.body),
            co_types: self.co_types.unwrap_or(draft.co_types),
            service_area: self.service_area.unwrap_or(draft.service_area),
            tags: self.tags.unwrap_or(draft.tags),
            language: self.language.unwrap_or(draft.language),
            visibility: self.visibility.unwrap_or(draft.visibility),
        }
    }
}

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
        let new = NewCaseStudy {
            owner_org_id: unit.writer().org().0,
            initiative_id: draft.initiative_id,
            external_id: draft.external_id,
            title: draft.title,
            summary: draft.summary,
            body: draft.body,
            co_types: draft.co_types,
            service_area: draft.service_area,
            tags: draft.tags,
            language: draft.language,
            visibility: draft.visibility,
            status: CaseStudyStatus::Draft,
            published_at: None,
        };
        let model = repo::case_study::rows::insert_case_study(unit.txn(), new, Utc::now())
            .await
            .map_err(|e| external_id_conflict(e.into()))?;
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
    patch: CaseStudyPatch,
) -> Result<Model> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        let current = unit.for_write::<Entity>(id, "case study").await?;
        validate::expected_version(current.version, expected_version)?;
        let draft = patch.apply(CaseStudyDraft::of(&current)).validated()?;
        check_publicity(
            unit.writer(),
            is_public(current.visibility, current.status),
            is_public(draft.visibility, current.status),
        )?;
        if draft.initiative_id != current.initiative_id {
            repo::initiative::write::check_own(unit.txn(), unit.writer(), draft.initiative_id)
                .await?;
        }
        let next = Model {
            initiative_id: draft.initiative_id,
            external_id: draft.external_id,
            title: draft.title,
            summary: draft.summary,
            body: draft.body,
            co_types: json!(draft.co_types),
            service_area: draft.service_area,
            tags: json!(draft.tags),
            language: draft.language,
            visibility: draft.visibility,
            updated_at: Utc::now(),
            version: current.version + 1,
            ..current.clone()
        };
        unit.save::<Entity>(AuditAction::Update, &current, next.clone())
            .await
            .map_err(external_id_conflict)?;
        let txn = unit.txn();
        repo::case_study::rows::replace_case_study_labels(txn, id, &draft.co_types, &draft.tags)
            .await?;
        repo::change_log::write::record_change(
            txn,
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
        unit.save::<Entity>(AuditAction::Delete, &current, next)
            .await?;
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
