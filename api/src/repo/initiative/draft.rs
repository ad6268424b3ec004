//! An initiative's content: the fields a client sets, and their rules.

use entity::{
    initiative,
    vocabulary::{CoType, ServiceArea, StarStep, Visibility},
};
use sea_orm::ActiveValue::Set;

use crate::{
    domain::{
        appraisal::{Appraisal, Score},
        validate::{self, SUMMARY_MAX, TITLE_MAX},
    },
    error::Result,
    repo::content::{Part, content},
};

content! {
    /// Every field of an initiative a client sets.
    InitiativeDraft,
    /// The fields an update changes; `None` keeps the stored value.
    InitiativePatch for initiative {
        title: String,
        summary: String,
        star_step: StarStep,
        service_area: ServiceArea,
        visibility: Visibility,
        language: String,
    }
    labels {
        co_types: Vec<CoType>,
        tags: Vec<String>,
    }
    parts {
        /// Replaced whole by a patch.
        appraisal: Appraisal,
    }
    rest {
        id, owner_org_id, impact_score, ease_score, annual_cost, annual_benefit, currency,
        benefit_cost_ratio, created_at, updated_at, version, deleted_at,
    }
}

impl InitiativeDraft {
    pub(crate) fn validated(self) -> Result<Self> {
        Ok(Self {
            title: validate::text("title", &self.title, TITLE_MAX)?,
            summary: validate::text("summary", &self.summary, SUMMARY_MAX)?,
            co_types: validate::co_types("coTypes", &self.co_types)?,
            tags: validate::tags("tags", &self.tags)?,
            language: validate::language("language", &self.language)?,
            appraisal: self.appraisal.validated("appraisal")?,
            ..self
        })
    }
}

/// The appraisal's columns, with the benefit-cost ratio derived from it.
impl Part<initiative::Model, initiative::ActiveModel> for Appraisal {
    fn of(model: &initiative::Model) -> Self {
        Appraisal::of(model)
    }
    fn set_on(self, row: &mut initiative::ActiveModel) {
        row.benefit_cost_ratio = Set(self.benefit_cost_ratio());
        row.impact_score = Set(self.impact.map(Score::get));
        row.ease_score = Set(self.ease.map(Score::get));
        row.annual_cost = Set(self.annual_cost);
        row.annual_benefit = Set(self.annual_benefit);
        row.currency = Set(self.currency);
    }
}
