//! Filter and order inputs of the list fields, and their conversion into
//! the repositories' filters (where bad values become `BAD_USER_INPUT`).

use async_graphql::{Enum, ID, InputObject};
use chrono::{DateTime, Utc};

use crate::{
    domain::search::SearchTerms,
    domain::{self, labels::normalise_tag},
    error::{AppError, Result},
    graphql::{
        ids::{self, NodeType},
        types::enums::{
            CaseStudyStatus, CharterStatus, CoType, Nation, PeerReviewKind, PeerReviewStatus,
            ServiceArea, StarStep, Visibility,
        },
    },
    repo::{self, peer_review::read::ReviewRole},
};

/// Most tags or Co's a filter may list.
const MAX_FILTER_VALUES: usize = 20;

fn tags(field: &str, tags: Option<Vec<String>>) -> Result<Vec<String>> {
    let tags = tags.unwrap_or_default();
    if tags.len() > MAX_FILTER_VALUES {
        return Err(AppError::bad_input(
            field,
            format!("{field} takes at most {MAX_FILTER_VALUES} tags"),
        ));
    }
    Ok(tags
        .iter()
        .map(|t| normalise_tag(t))
        .filter(|t| !t.is_empty())
        .collect())
}

fn co_types(co_types: Option<Vec<CoType>>) -> Vec<entity::vocabulary::CoType> {
    co_types
        .map(super::write_inputs::co_types)
        .unwrap_or_default()
}

/// A list of vocabulary values as a set: each value once, however often
/// it was given.
fn set_of<T: Into<V>, V: PartialEq>(values: Option<Vec<T>>) -> Vec<V> {
    let mut set = Vec::new();
    for value in values.unwrap_or_default() {
        let value = value.into();
        if !set.contains(&value) {
            set.push(value);
        }
    }
    set
}

fn languages(languages: Option<Vec<String>>) -> Result<Vec<String>> {
    const FIELD: &str = "filter.languages";
    let languages = languages.unwrap_or_default();
    domain::validate::list_len(FIELD, &languages, MAX_FILTER_VALUES as u64)?;
    let valid = domain::validate::each(FIELD, languages, |field, language| {
        domain::validate::language(field, &language)
    })?;
    Ok(set_of(Some(valid)))
}

fn evidence_level(level: Option<i32>) -> Result<Option<i16>> {
    level
        .map(|level| {
            domain::validate::one_to_five("filter.minEvidenceLevel", level, "a Nesta level")
        })
        .transpose()
}

/// Narrows a list of case studies. Every condition given must hold.
#[derive(InputObject, Default)]
pub struct CaseStudyFilter {
    /// Full-text search over title, summary, tags and body: every word must match (English stemming, so "inspections" finds "inspection").
    pub search: Option<String>,
    /// Case studies with any of these Co's.
    pub co_types: Option<Vec<CoType>>,
    pub service_area: Option<ServiceArea>,
    /// The owner organisation's slug.
    pub owner: Option<String>,
    /// Case studies with all of these tags.
    pub tags: Option<Vec<String>>,
    pub visibility: Option<Visibility>,
    pub status: Option<CaseStudyStatus>,
    /// Case studies updated at or after this time.
    pub updated_since: Option<DateTime<Utc>>,
    /// Case studies of this initiative.
    pub initiative_id: Option<ID>,
    /// Case studies of an initiative at any of these steps.
    pub star_steps: Option<Vec<StarStep>>,
    /// Case studies of councils in any of these nations.
    pub nations: Option<Vec<Nation>>,
    /// Case studies written in any of these languages (BCP 47 tags such as `en` or `cy`).
    pub languages: Option<Vec<String>>,
    /// Case studies of an initiative whose pathway holds evidence at this Nesta level (1 to 5) or higher.
    pub min_evidence_level: Option<i32>,
    /// Only case studies of CitizenPoweredCouncil Club members.
    #[graphql(default)]
    pub club_only: bool,
    /// Only case studies a network body features (true), or only the others (false).
    pub featured: Option<bool>,
}

impl CaseStudyFilter {
    pub fn into_db(self) -> Result<repo::case_study::read::CaseStudyFilter> {
        Ok(repo::case_study::read::CaseStudyFilter {
            search: self.search.as_deref().map(SearchTerms::parse).transpose()?,
            co_types: co_types(self.co_types),
            service_area: self.service_area.map(Into::into),
            owner: self.owner,
            tags: tags("filter.tags", self.tags)?,
            visibility: self.visibility.map(Into::into),
            status: self.status.map(Into::into),
            updated_since: self.updated_since,
            initiative_id: self
                .initiative_id
                .map(|id| ids::decode_as(&id, NodeType::Initiative, "filter.initiativeId"))
                .transpose()?,
            star_steps: set_of(self.star_steps),
            nations: set_of(self.nations),
            languages: languages(self.languages)?,
            min_evidence_level: evidence_level(self.min_evidence_level)?,
            club_only: self.club_only,
            featured: self.featured,
        })
    }
}

/// What a case-study list is ordered by; each field has its own direction.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseStudyOrderField {
    /// Most recently updated first.
    #[default]
    UpdatedAt,
    /// Most recently published first; unpublished ones last.
    PublishedAt,
    /// Alphabetical by title.
    Title,
    /// Best match first; needs `filter.search`. Ranks the 1,000 most
    /// recently updated matches (`totalCount` counts them all).
    Relevance,
}

/// The order of a case-study list.
#[derive(InputObject, Clone, Copy, Default)]
pub struct CaseStudyOrder {
    pub field: CaseStudyOrderField,
}

impl CaseStudyOrder {
    pub fn into_db(self, has_search: bool) -> Result<repo::case_study::read::CaseStudyOrder> {
        Ok(match self.field {
            CaseStudyOrderField::UpdatedAt => repo::case_study::read::CaseStudyOrder::UpdatedAt,
            CaseStudyOrderField::PublishedAt => repo::case_study::read::CaseStudyOrder::PublishedAt,
            CaseStudyOrderField::Title => repo::case_study::read::CaseStudyOrder::Title,
            CaseStudyOrderField::Relevance if has_search => {
                repo::case_study::read::CaseStudyOrder::Relevance
            }
            CaseStudyOrderField::Relevance => {
                return Err(AppError::bad_input(
                    "orderBy",
                    "orderBy.field RELEVANCE orders search results: give filter.search too",
                ));
            }
        })
    }
}

/// Narrows a list of initiatives. Every condition given must hold.
#[derive(InputObject, Default)]
pub struct InitiativeFilter {
    /// Initiatives with any of these Co's.
    pub co_types: Option<Vec<CoType>>,
    pub service_area: Option<ServiceArea>,
    pub star_step: Option<StarStep>,
    /// Initiatives at any of these steps.
    pub star_steps: Option<Vec<StarStep>>,
    /// The owner organisation's slug.
    pub owner: Option<String>,
    /// Initiatives of councils in any of these nations.
    pub nations: Option<Vec<Nation>>,
    /// Initiatives whose pathway holds evidence at this Nesta level (1 to 5) or higher.
    pub min_evidence_level: Option<i32>,
    /// Initiatives with all of these tags.
    pub tags: Option<Vec<String>>,
    pub visibility: Option<Visibility>,
    /// Initiatives updated at or after this time.
    pub updated_since: Option<DateTime<Utc>>,
    /// Only initiatives of CitizenPoweredCouncil Club members.
    #[graphql(default)]
    pub club_only: bool,
}

impl InitiativeFilter {
    pub fn into_db(self) -> Result<repo::initiative::read::InitiativeFilter> {
        Ok(repo::initiative::read::InitiativeFilter {
            co_types: co_types(self.co_types),
            service_area: self.service_area.map(Into::into),
            star_step: self.star_step.map(Into::into),
            star_steps: set_of(self.star_steps),
            owner: self.owner,
            nations: set_of(self.nations),
            min_evidence_level: evidence_level(self.min_evidence_level)?,
            tags: tags("filter.tags", self.tags)?,
            visibility: self.visibility.map(Into::into),
            updated_since: self.updated_since,
            club_only: self.club_only,
        })
    }
}

/// What an initiative list is ordered by; each field has its own direction.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Default)]
pub enum InitiativeOrderField {
    /// Most recently updated first.
    #[default]
    UpdatedAt,
    /// Alphabetical by title.
    Title,
    /// Highest benefit-cost ratio first (the business case of the Focus It step); initiatives without one last.
    BenefitCostRatio,
    /// Highest Impact Matrix impact score first; unscored initiatives last.
    Impact,
}

/// The order of an initiative list.
#[derive(InputObject, Clone, Copy, Default)]
pub struct InitiativeOrder {
    pub field: InitiativeOrderField,
}

impl From<InitiativeOrder> for repo::initiative::read::InitiativeOrder {
    fn from(order: InitiativeOrder) -> Self {
        match order.field {
            InitiativeOrderField::UpdatedAt => Self::UpdatedAt,
            InitiativeOrderField::Title => Self::Title,
            InitiativeOrderField::BenefitCostRatio => Self::BenefitCostRatio,
            InitiativeOrderField::Impact => Self::Impact,
        }
    }
}

/// Narrows a list of charters. Every condition given must hold.
#[derive(InputObject, Default)]
pub struct CharterFilter {
    /// The owner organisation's slug.
    pub owner: Option<String>,
    /// Charters of this initiative.
    pub initiative_id: Option<ID>,
    pub status: Option<CharterStatus>,
    pub visibility: Option<Visibility>,
    /// Charters updated at or after this time.
    pub updated_since: Option<DateTime<Utc>>,
}

impl CharterFilter {
    pub fn into_db(self) -> Result<repo::charter::read::CharterFilter> {
        Ok(repo::charter::read::CharterFilter {
            owner: self.owner,
            initiative_id: self
                .initiative_id
                .map(|id| ids::decode_as(&id, NodeType::Initiative, "filter.initiativeId"))
                .transpose()?,
            status: self.status.map(Into::into),
            visibility: self.visibility.map(Into::into),
            updated_since: self.updated_since,
        })
    }
}

/// The caller's side of a peer review.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum PeerReviewRole {
    /// Reviews of the caller's own records.
    Host,
    /// Reviews in which the caller visits another organisation.
    Visitor,
}

/// Narrows a list of peer reviews. Every condition given must hold.
#[derive(InputObject, Default)]
pub struct PeerReviewFilter {
    pub role: Option<PeerReviewRole>,
    pub status: Option<PeerReviewStatus>,
    pub kind: Option<PeerReviewKind>,
    /// Reviews of this initiative.
    pub initiative_id: Option<ID>,
    /// Reviews of this case study.
    pub case_study_id: Option<ID>,
}

impl PeerReviewFilter {
    pub fn into_db(self) -> Result<repo::peer_review::read::PeerReviewFilter> {
        Ok(repo::peer_review::read::PeerReviewFilter {
            role: self.role.map(|role| match role {
                PeerReviewRole::Host => ReviewRole::Host,
                PeerReviewRole::Visitor => ReviewRole::Visitor,
            }),
            status: self.status.map(Into::into),
            kind: self.kind.map(Into::into),
            initiative_id: self
                .initiative_id
                .map(|id| ids::decode_as(&id, NodeType::Initiative, "filter.initiativeId"))
                .transpose()?,
            case_study_id: self
                .case_study_id
                .map(|id| ids::decode_as(&id, NodeType::CaseStudy, "filter.caseStudyId"))
                .transpose()?,
        })
    }
}
