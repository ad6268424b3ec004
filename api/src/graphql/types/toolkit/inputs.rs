//! The toolkit's inputs.

use async_graphql::{ID, InputObject};

use crate::graphql::types::{
    enums::{ServiceArea, Visibility},
    scalars::Date,
    toolkit::enums::{
        Availability, BarrierGroup, CashFlowCategory, CommunityAssetKind, ContributionCategory,
        IncentiveKind, IncentiveTargetGroup, RespondentGroup, Willingness,
    },
    write_inputs::{CommitmentInput, RiskInput},
};

/// A community asset of an initiative.
#[derive(InputObject)]
pub struct CommunityAssetInput {
    pub kind: CommunityAssetKind,
    /// 1 to 1,000 characters.
    pub description: String,
    /// Up to 200 characters.
    pub location: Option<String>,
    /// How to reach it ("ask at the library desk"); up to 200 characters.
    pub contact_route: Option<String>,
    /// PRIVATE (your organisation only) unless given.
    #[graphql(default_with = "Visibility::Private")]
    pub visibility: Visibility,
}

/// One offer or need.
#[derive(InputObject)]
pub struct ContributionInput {
    pub category: ContributionCategory,
    /// 1 to 300 characters, with no email address or phone number.
    pub description: String,
    /// At least one.
    pub availability: Vec<Availability>,
}

/// A participant: pseudonymous, so there is no field for a name or contact details.
#[derive(InputObject)]
pub struct ParticipantInput {
    /// Your council's code for them (such as WV-017): letters, digits, '-', '_', '.', '/', no spaces.
    pub reference: String,
    /// When they consented to take part.
    pub consented_on: Date,
    pub willingness: Willingness,
    /// Up to 10.
    #[graphql(default)]
    pub offers: Vec<ContributionInput>,
    /// Up to 10.
    #[graphql(default)]
    pub needs: Vec<ContributionInput>,
}

/// An incentive, of a template menu or a council's own.
#[derive(InputObject)]
pub struct IncentiveInput {
    pub target_group: IncentiveTargetGroup,
    pub kind: IncentiveKind,
    /// 1 to 200 characters.
    pub title: String,
    /// An example of it in use; up to 1,000 characters.
    pub example: Option<String>,
    /// What it costs per person, 0 or more.
    pub cost: Option<f64>,
    /// ISO 4217.
    #[graphql(default_with = "\"GBP\".to_owned()")]
    pub currency: String,
}

/// People who took an incentive up over a period.
#[derive(InputObject)]
pub struct IncentiveUptakeInput {
    /// 0 or more.
    pub people: i32,
    pub from: Date,
    /// On or after `from`.
    pub to: Date,
}

/// A charter template.
#[derive(InputObject)]
pub struct CharterTemplateInput {
    /// 1 to 200 characters.
    pub title: String,
    /// BCP 47 tag of its text.
    #[graphql(default_with = "\"en\".to_owned()")]
    pub language: String,
    /// Up to 50.
    pub commitments: Vec<CommitmentInput>,
    /// Up to 30.
    #[graphql(default)]
    pub risks: Vec<RiskInput>,
}

/// One amount in one year of a business case.
#[derive(InputObject)]
pub struct CashFlowInput {
    /// 0 (now, undiscounted) to 30.
    pub year: i32,
    pub category: CashFlowCategory,
    /// 0 or more; the category says whether it is a cost or a benefit.
    pub amount: f64,
}

/// A business case: yearly amounts and the rate they are discounted at.
#[derive(InputObject)]
pub struct BusinessCaseInput {
    /// ISO 4217.
    #[graphql(default_with = "\"GBP\".to_owned()")]
    pub currency: String,
    /// A fraction from 0 to 1; the HM Treasury Green Book's 3.5% when left out.
    #[graphql(default = 0.035)]
    pub discount_rate: f64,
    /// One amount per year and category, 1 to 155 of them.
    pub flows: Vec<CashFlowInput>,
}

/// One barrier of a questionnaire.
#[derive(InputObject)]
pub struct BarrierInput {
    pub group: BarrierGroup,
    /// 1 to 1,000 characters.
    pub text: String,
}

/// A Barriers to Co-production questionnaire, or a new version of one.
#[derive(InputObject)]
pub struct BarrierSurveyInput {
    /// 1 to 200 characters.
    pub title: String,
    /// 1 to 60, in the order asked.
    pub barriers: Vec<BarrierInput>,
    /// The version this one revises (one your organisation published).
    pub previous_version_id: Option<ID>,
}

/// A council's run of a survey.
#[derive(InputObject)]
pub struct SurveyRunInput {
    pub service: ServiceArea,
    pub opens_on: Date,
    /// On or after `opensOn`.
    pub closes_on: Date,
}

/// One answer of a response.
#[derive(InputObject)]
pub struct BarrierAnswerInput {
    /// A `Barrier.key` of the survey.
    pub barrier_key: String,
    /// 1 (not a barrier) to 5 (a major barrier).
    pub score: i32,
}

/// One response: the respondent's group and their answers, nothing about who they are.
#[derive(InputObject)]
pub struct SurveyResponseInput {
    pub respondent_group: RespondentGroup,
    pub answers: Vec<BarrierAnswerInput>,
}
