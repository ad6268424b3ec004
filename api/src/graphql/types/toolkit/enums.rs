//! The toolkit's vocabulary as clients see it.

use async_graphql::Enum;
use entity::vocabulary as v;

/// What a community asset is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::CommunityAssetKind")]
pub enum CommunityAssetKind {
    /// A place (a hall, a library's IT suite).
    Place,
    /// A group (a youth club, a carers' group).
    Group,
    /// Equipment (tablets on loan, a minibus).
    Equipment,
    /// A skill the community holds.
    Skill,
}

/// What an offer or a need is about.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::ContributionCategory")]
pub enum ContributionCategory {
    Digital,
    Transport,
    Caring,
    Language,
    Practical,
    Companionship,
    Other,
}

/// When someone can give or receive help.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::Availability")]
pub enum Availability {
    WeekdayDaytime,
    WeekdayEvening,
    Weekend,
}

/// How much more a participant would contribute than now: not everybody wants to contribute at the same level.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::Willingness")]
pub enum Willingness {
    /// As much as now, no more.
    AsNow,
    ALittleMore,
    ALotMore,
}

/// Whom an incentive is meant to move.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::IncentiveTargetGroup")]
pub enum IncentiveTargetGroup {
    /// People using services.
    ServiceUsers,
    Communities,
    Staff,
    Managers,
    Commissioners,
    Politicians,
}

/// Whether an incentive costs money.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::IncentiveKind")]
pub enum IncentiveKind {
    Financial,
    NonFinancial,
}

/// What a yearly amount of a business case is: COUNCIL_COST and PARTNER_COST are costs, the rest benefits.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::CashFlowCategory")]
pub enum CashFlowCategory {
    CashableSaving,
    NonCashableSaving,
    SocialValue,
    CouncilCost,
    PartnerCost,
}

/// Whose barriers a question of the Barriers survey is about.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::BarrierGroup")]
pub enum BarrierGroup {
    /// Barriers for staff.
    Staff,
    /// Barriers for people using services.
    ServiceUsers,
    /// Barriers for communities.
    Communities,
    /// Barriers in the organisation.
    Organisational,
}

/// The one thing a survey response says about who gave it.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::RespondentGroup")]
pub enum RespondentGroup {
    Staff,
    ServiceUser,
    CommunityMember,
}

/// How `rankedOptions` orders a council's initiatives.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum OptionRanking {
    /// Net present value of the business case, highest first.
    Npv,
    /// Benefit-cost ratio, highest first (the business case's, else the appraisal's).
    BenefitCostRatio,
    /// The Impact Matrix: quick wins first, then major projects, fill-ins and thankless tasks; within each, impact × ease.
    ImpactMatrix,
}

/// What a charter changed of its template.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum TemplateChange {
    /// In the charter, not in the template.
    Added,
    /// In the template, not in the charter.
    Removed,
}

/// A part of a charter.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
pub enum CharterPart {
    Commitment,
    Risk,
}
