//! Inputs of the mutations, and their conversion into the repositories'
//! drafts and patches (where ids are decoded; the rules live in `domain::validate`).

use async_graphql::{ID, InputObject, MaybeUndefined};
use entity::charter as ch;

use crate::{
    domain::appraisal::{Appraisal, Score},
    error::Result,
    graphql::{
        ids::{self, NodeType},
        types::{
            enums::{
                CharterStatus, CoType, CommitmentKind, CommitmentParty, RiskLevel, ServiceArea,
                StarStep, Visibility,
            },
            scalars::Date,
        },
    },
    repo::{
        case_study::{
            draft::{CaseStudyDraft, CaseStudyPatch},
            sync::UpsertItem,
        },
        charter::draft::{CharterDraft, CharterPatch},
        initiative::draft::{InitiativeDraft, InitiativePatch},
    },
};

pub(super) fn co_types(values: Vec<CoType>) -> Vec<entity::vocabulary::CoType> {
    values.into_iter().map(Into::into).collect()
}

fn initiative_id(id: Option<ID>) -> Result<Option<i64>> {
    id.map(|id| ids::decode_as(&id, NodeType::Initiative, "initiativeId"))
        .transpose()
}

/// `MaybeUndefined` to a patch: absent keeps, null clears, a value sets.
fn initiative_link(id: MaybeUndefined<ID>) -> Result<Option<Option<i64>>> {
    Ok(match id {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(id) => Some(Some(ids::decode_as(
            &id,
            NodeType::Initiative,
            "initiativeId",
        )?)),
    })
}

/// A new initiative.
#[derive(InputObject)]
pub struct CreateInitiativeInput {
    /// 1 to 200 characters.
    pub title: String,
    /// 1 to 1,000 characters.
    pub summary: String,
    /// At least one.
    pub co_types: Vec<CoType>,
    pub star_step: StarStep,
    pub service_area: ServiceArea,
    /// Up to 20; stored lower-case and hyphenated.
    #[graphql(default)]
    pub tags: Vec<String>,
    pub visibility: Visibility,
    /// BCP 47 language tag of the text (`en`, `cy`).
    #[graphql(default_with = "String::from(\"en\")")]
    pub language: String,
    /// The Focus It appraisal; left out, nothing is appraised yet.
    pub appraisal: Option<AppraisalInput>,
}

/// The Focus It appraisal of an initiative: Impact Matrix scores and a business case. Every field may be left out; the quadrant and the benefit-cost ratio are derived.
#[derive(InputObject)]
pub struct AppraisalInput {
    /// The outcome improvement or efficiency it could bring, 1 (little) to 5 (much).
    pub impact: Option<i32>,
    /// How easy it is, 1 (hard) to 5 (easy).
    pub ease: Option<i32>,
    /// Cost per year, 0 or more.
    pub annual_cost: Option<f64>,
    /// Benefit per year in money terms, 0 or more.
    pub annual_benefit: Option<f64>,
    /// ISO 4217 code of the amounts (GBP when amounts are given without one).
    pub currency: Option<String>,
}

impl AppraisalInput {
    fn into_db(self) -> Result<Appraisal> {
        let score = |field: &str, value: Option<i32>| {
            value
                .map(|v| Score::new(&format!("appraisal.{field}"), v))
                .transpose()
        };
        Ok(Appraisal {
            impact: score("impact", self.impact)?,
            ease: score("ease", self.ease)?,
            annual_cost: self.annual_cost,
            annual_benefit: self.annual_benefit,
            currency: self.currency,
        })
    }
}

impl CreateInitiativeInput {
    pub fn into_db(self) -> Result<InitiativeDraft> {
        Ok(InitiativeDraft {
            title: self.title,
            summary: self.summary,
            co_types: co_types(self.co_types),
            star_step: self.star_step.into(),
            service_area: self.service_area.into(),
            tags: self.tags,
            visibility: self.visibility.into(),
            language: self.language,
            appraisal: self
                .appraisal
                .map(AppraisalInput::into_db)
                .transpose()?
                .unwrap_or_default(),
        })
    }
}

/// Changes to an initiative: fields left out keep their value.
#[derive(InputObject)]
pub struct UpdateInitiativeInput {
    pub id: ID,
    /// The version the change was made against; a stale one is a CONFLICT.
    pub expected_version: i32,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub co_types: Option<Vec<CoType>>,
    pub star_step: Option<StarStep>,
    pub service_area: Option<ServiceArea>,
    pub tags: Option<Vec<String>>,
    pub visibility: Option<Visibility>,
    /// BCP 47 language tag of the text.
    pub language: Option<String>,
    /// Replaces the whole appraisal: fields left out of it are cleared.
    pub appraisal: Option<AppraisalInput>,
}

impl UpdateInitiativeInput {
    pub fn into_db(self) -> Result<(i64, i32, InitiativePatch)> {
        let id = ids::decode_as(&self.id, NodeType::Initiative, "id")?;
        let patch = InitiativePatch {
            title: self.title,
            summary: self.summary,
            co_types: self.co_types.map(co_types),
            star_step: self.star_step.map(Into::into),
            service_area: self.service_area.map(Into::into),
            tags: self.tags,
            visibility: self.visibility.map(Into::into),
            language: self.language,
            appraisal: self.appraisal.map(AppraisalInput::into_db).transpose()?,
        };
        Ok((id, self.expected_version, patch))
    }
}

/// A new case study; it starts as a DRAFT (publish it with `publishCaseStudy`).
#[derive(InputObject)]
pub struct CreateCaseStudyInput {
    /// An initiative of your organisation.
    pub initiative_id: Option<ID>,
    /// Your own system's key for it, unique within your organisation.
    pub external_id: Option<String>,
    /// 1 to 200 characters.
    pub title: String,
    /// 1 to 1,000 characters.
    pub summary: String,
    /// Up to 100,000 bytes.
    pub body: String,
    /// At least one.
    pub co_types: Vec<CoType>,
    pub service_area: ServiceArea,
    /// Up to 20; stored lower-case and hyphenated.
    #[graphql(default)]
    pub tags: Vec<String>,
    /// BCP 47 language tag of the text.
    #[graphql(default_with = "String::from(\"en\")")]
    pub language: String,
    /// PUBLIC takes effect on publication, which needs the ADMIN role.
    pub visibility: Visibility,
}

impl CreateCaseStudyInput {
    pub fn into_db(self) -> Result<CaseStudyDraft> {
        Ok(CaseStudyDraft {
            initiative_id: initiative_id(self.initiative_id)?,
            external_id: self.external_id,
            title: self.title,
            summary: self.summary,
            body: self.body,
            co_types: co_types(self.co_types),
            service_area: self.service_area.into(),
            tags: self.tags,
            language: self.language,
            visibility: self.visibility.into(),
        })
    }
}

/// Changes to a case study: fields left out keep their value; `initiativeId: null` unlinks it.
#[derive(InputObject)]
pub struct UpdateCaseStudyInput {
    pub id: ID,
    /// The version the change was made against; a stale one is a CONFLICT.
    pub expected_version: i32,
    pub initiative_id: MaybeUndefined<ID>,
    pub external_id: MaybeUndefined<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub body: Option<String>,
    pub co_types: Option<Vec<CoType>>,
    pub service_area: Option<ServiceArea>,
    pub tags: Option<Vec<String>>,
    pub language: Option<String>,
    pub visibility: Option<Visibility>,
}

impl UpdateCaseStudyInput {
    pub fn into_db(self) -> Result<(i64, i32, CaseStudyPatch)> {
        let id = ids::decode_as(&self.id, NodeType::CaseStudy, "id")?;
        let patch = CaseStudyPatch {
            initiative_id: initiative_link(self.initiative_id)?,
            external_id: match self.external_id {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(external) => Some(Some(external)),
            },
            title: self.title,
            summary: self.summary,
            body: self.body,
            co_types: self.co_types.map(co_types),
            service_area: self.service_area.map(Into::into),
            tags: self.tags,
            language: self.language,
            visibility: self.visibility.map(Into::into),
        };
        Ok((id, self.expected_version, patch))
    }
}

/// One right or responsibility of one party.
#[derive(InputObject)]
pub struct CommitmentInput {
    pub party: CommitmentParty,
    pub kind: CommitmentKind,
    /// 1 to 1,000 characters.
    pub text: String,
}

/// A risk and how it is managed.
#[derive(InputObject)]
pub struct RiskInput {
    /// 1 to 1,000 characters.
    pub description: String,
    pub likelihood: RiskLevel,
    pub impact: RiskLevel,
    /// 1 to 1,000 characters.
    pub mitigation: String,
}

pub(crate) fn commitments(values: Vec<CommitmentInput>) -> Vec<ch::Commitment> {
    values
        .into_iter()
        .map(|c| ch::Commitment {
            party: c.party.into(),
            kind: c.kind.into(),
            text: c.text,
        })
        .collect()
}

pub(crate) fn risks(values: Vec<RiskInput>) -> Vec<ch::Risk> {
    values
        .into_iter()
        .map(|r| ch::Risk {
            description: r.description,
            likelihood: r.likelihood.into(),
            impact: r.impact.into(),
            mitigation: r.mitigation,
        })
        .collect()
}

/// Someone who signs a charter for one side.
#[derive(InputObject)]
pub struct SignatoryInput {
    /// 1 to 200 characters.
    pub name: String,
    /// Their role, as signed; 1 to 200 characters.
    pub role: String,
    pub party: CommitmentParty,
    pub signed_on: Option<Date>,
}

fn signatories(values: Vec<SignatoryInput>) -> Vec<ch::Signatory> {
    values
        .into_iter()
        .map(|s| ch::Signatory {
            name: s.name,
            role: s.role,
            party: s.party.into(),
            signed_on: s.signed_on.map(|d| d.0),
        })
        .collect()
}

/// A new charter.
#[derive(InputObject)]
pub struct CreateCharterInput {
    /// An initiative of your organisation.
    pub initiative_id: Option<ID>,
    /// 1 to 200 characters.
    pub title: String,
    #[graphql(default_with = "CharterStatus::Draft")]
    pub status: CharterStatus,
    /// Up to 100.
    #[graphql(default)]
    pub commitments: Vec<CommitmentInput>,
    /// Up to 100.
    #[graphql(default)]
    pub risks: Vec<RiskInput>,
    /// Up to 100.
    #[graphql(default)]
    pub signatories: Vec<SignatoryInput>,
    pub visibility: Visibility,
    /// BCP 47 language tag of the text (`en`, `cy`).
    #[graphql(default_with = "String::from(\"en\")")]
    pub language: String,
}

impl CreateCharterInput {
    pub fn into_db(self) -> Result<CharterDraft> {
        Ok(CharterDraft {
            initiative_id: initiative_id(self.initiative_id)?,
            title: self.title,
            status: self.status.into(),
            commitments: commitments(self.commitments),
            risks: risks(self.risks),
            signatories: signatories(self.signatories),
            visibility: self.visibility.into(),
            language: self.language,
        })
    }
}

/// Changes to a charter: fields left out keep their value; lists given replace the stored ones.
#[derive(InputObject)]
pub struct UpdateCharterInput {
    pub id: ID,
    /// The version the change was made against; a stale one is a CONFLICT.
    pub expected_version: i32,
    pub initiative_id: MaybeUndefined<ID>,
    pub title: Option<String>,
    pub status: Option<CharterStatus>,
    pub commitments: Option<Vec<CommitmentInput>>,
    pub risks: Option<Vec<RiskInput>>,
    pub signatories: Option<Vec<SignatoryInput>>,
    pub visibility: Option<Visibility>,
    /// BCP 47 language tag of the text.
    pub language: Option<String>,
}

impl UpdateCharterInput {
    pub fn into_db(self) -> Result<(i64, i32, CharterPatch)> {
        let id = ids::decode_as(&self.id, NodeType::Charter, "id")?;
        let patch = CharterPatch {
            initiative_id: initiative_link(self.initiative_id)?,
            title: self.title,
            status: self.status.map(Into::into),
            commitments: self.commitments.map(commitments),
            risks: self.risks.map(risks),
            signatories: self.signatories.map(signatories),
            visibility: self.visibility.map(Into::into),
            language: self.language,
        };
        Ok((id, self.expected_version, patch))
    }
}

/// One case study of a partner's batch, keyed by its `externalId` within your organisation.
#[derive(InputObject)]
pub struct UpsertCaseStudyInput {
    /// Your own system's key for it.
    pub external_id: String,
    /// 1 to 200 characters.
    pub title: String,
    /// 1 to 1,000 characters.
    pub summary: String,
    /// Up to 100,000 bytes.
    pub body: String,
    /// At least one.
    pub co_types: Vec<CoType>,
    pub service_area: ServiceArea,
    pub visibility: Visibility,
    /// An initiative of your organisation.
    pub initiative_id: Option<ID>,
    /// Up to 20; stored lower-case and hyphenated.
    #[graphql(default)]
    pub tags: Vec<String>,
    /// BCP 47 language tag of the text.
    #[graphql(default_with = "String::from(\"en\")")]
    pub language: String,
    /// Left out: a new case study is a DRAFT and a stored one keeps its status.
    pub status: Option<super::enums::CaseStudyStatus>,
    /// Translations to hold: each replaces the stored one in its language;
    /// languages left out keep theirs.
    #[graphql(default)]
    pub translations: Vec<super::translation_inputs::TranslationInput>,
}

impl UpsertCaseStudyInput {
    pub fn into_db(self, index: usize) -> Result<UpsertItem> {
        let initiative_id = self
            .initiative_id
            .map(|id| {
                ids::decode_as(
                    &id,
                    NodeType::Initiative,
                    &format!("input[{index}].initiativeId"),
                )
            })
            .transpose()?;
        Ok(UpsertItem {
            draft: CaseStudyDraft {
                initiative_id,
                external_id: Some(self.external_id),
                title: self.title,
                summary: self.summary,
                body: self.body,
                co_types: co_types(self.co_types),
                service_area: self.service_area.into(),
                tags: self.tags,
                language: self.language,
                visibility: self.visibility.into(),
            },
            status: self.status.map(Into::into),
            translations: self.translations.into_iter().map(|t| t.into_db()).collect(),
        })
    }
}
