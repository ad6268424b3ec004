//! A case study's content: the fields a client sets, and their rules.

use entity::{
    case_study,
    vocabulary::{CoType, ServiceArea, Visibility},
};

use crate::{
    domain::validate::{self, EXTERNAL_ID_MAX, SUMMARY_MAX, TITLE_MAX},
    error::Result,
    repo::content::content,
};

content! {
    /// Every field of a case study a client sets.
    CaseStudyDraft,
    /// The fields an update changes; `None` keeps the stored value
    /// (`initiative_id: Some(None)` unlinks the initiative).
    CaseStudyPatch for case_study {
        initiative_id: Option<i64>,
        external_id: Option<String>,
        title: String,
        summary: String,
        body: String,
        service_area: ServiceArea,
        language: String,
        visibility: Visibility,
    }
    labels {
        co_types: Vec<CoType>,
        tags: Vec<String>,
    }
    rest {
        id, owner_org_id, status, published_at, created_at, updated_at, version, deleted_at,
        featured, verified_at, verified_by_org_id, verified_note, hidden_at, hidden_by_org_id,
        hidden_reason,
    }
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
}
