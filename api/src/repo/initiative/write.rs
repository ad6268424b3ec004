//! Creating, updating and deleting initiatives: validated, versioned and
//! audited, each in one transaction.

use chrono::Utc;
use entity::{
    initiative::{Entity, Model},
    vocabulary::{AuditAction, CoType, ServiceArea, StarStep, Visibility},
};
use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::{
    domain::{
        appraisal::Appraisal,
        validate::{self, SUMMARY_MAX, TITLE_MAX},
    },
    error::{AppError, Result},
    repo::{self, initiative::rows::NewInitiative, unit},
    tenancy::{ScopedDb, Writer},
};

/// Every field of an initiative a client sets.
pub struct InitiativeDraft {
    pub title: String,
    pub summary: String,
    pub co_types: Vec<CoType>,
    pub star_step: StarStep,
    pub service_area: ServiceArea,
    pub tags: Vec<String>,
    pub visibility: Visibility,
    pub appraisal: Appraisal,
}

impl InitiativeDraft {
    fn validated(self) -> Result<Self> {
        Ok(Self {
            title: validate::text("title", &self.title, TITLE_MAX)?,
            summary: validate::text("summary", &self.summary, SUMMARY_MAX)?,
            co_types: validate::co_types("coTypes", &self.co_types)?,
            tags: validate::tags("tags", &self.tags)?,
            appraisal: self.appraisal.validated("appraisal")?,
            ..self
        })
    }

    fn of(model: &Model) -> Self {
        Self {
            title: model.title.clone(),
            summary: model.summary.clone(),
            co_types: serde_json::from_value(model.co_types.clone()).unwrap_or_default(),
            star_step: model.star_step,
            service_area: model.service_area,
            tags: serde_json::from_value(model.tags.clone()).unwrap_or_default(),
            visibility: model.visibility,
            appraisal: Appraisal::of(model),
        }
    }
}

/// The fields an update changes; `None` keeps the stored value.
#[derive(Default)]
pub struct InitiativePatch {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub co_types: Option<Vec<CoType>>,
    pub star_step: Option<StarStep>,
    pub service_area: Option<ServiceArea>,
    pub tags: Option<Vec<String>>,
    pub visibility: Option<Visibility>,
    /// Replaces the whole appraisal.
    pub appraisal: Option<Appraisal>,
}

impl InitiativePatch {
    fn apply(self, draft: InitiativeDraft) -> InitiativeDraft {
        InitiativeDraft {
            title: self.title.unwrap_or(draft.title),
            summary: self.summary.unwrap_or(draft.summary),
            co_types: self.co_types.unwrap_or(draft.co_types),
            star_step: self.star_step.unwrap_or(draft.star_step),
            service_area: self.service_area.unwrap_or(draft.service_area),
            tags: self.tags.unwrap_or(draft.tags),
            visibility: self.visibility.unwrap_or(draft.visibility),
            appraisal: self.appraisal.unwrap_or(draft.appraisal),
        }
    }
}

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
            title: draft.title,
            summary: draft.summary,
            co_types: draft.co_types,
            star_step: draft.star_step,
            service_area: draft.service_area,
            tags: draft.tags,
            visibility: draft.visibility,
            appraisal: draft.appraisal,
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
        let draft = patch.apply(InitiativeDraft::of(&current)).validated()?;
        let mut next = Model {
            title: draft.title,
            summary: draft.summary,
            co_types: json!(draft.co_types),
            star_step: draft.star_step,
            service_area: draft.service_area,
            tags: json!(draft.tags),
            visibility: draft.visibility,
            updated_at: Utc::now(),
            version: current.version + 1,
            ..current.clone()
        };
        draft.appraisal.apply_to(&mut next);
        unit.save::<Entity>(AuditAction::Update, &current, next.clone())
            .await?;
        repo::initiative::rows::replace_initiative_labels(
            unit.txn(),
            id,
            &draft.co_types,
            &draft.tags,
        )
        .await?;
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
