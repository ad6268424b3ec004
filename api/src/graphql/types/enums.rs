//! The vocabulary enums as clients see them, mirrored from `entity::vocabulary`.

use async_graphql::Enum;
use entity::vocabulary as v;

/// Who may read a record: its owner only (PRIVATE), any member organisation (NETWORK), or anyone (PUBLIC).
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::Visibility")]
pub enum Visibility {
    Private,
    Network,
    Public,
}

/// The Four Co's: how citizens take part.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::CoType")]
pub enum CoType {
    /// Prioritising and planning services with users and communities.
    CoCommissioning,
    /// Redesigning services with citizens.
    CoDesign,
    /// Delivering services and preventive action together.
    CoDelivery,
    /// Citizens as evaluators of quality and outcomes.
    CoAssessment,
}

impl CoType {
    /// Stored Co's as the schema names them.
    pub fn list(stored: &[v::CoType]) -> Vec<Self> {
        stored.iter().copied().map(Self::from).collect()
    }
}

/// Where an initiative stands on the Co-Production Star's five-step journey.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::StarStep")]
pub enum StarStep {
    /// Find existing and potential co-production.
    MapIt,
    /// Appraise options and pick the highest impact.
    FocusIt,
    /// Find and build the people and assets.
    PeopleIt,
    /// Incentives and behaviour change.
    MarketIt,
    /// Embed and scale.
    GrowIt,
}

/// The council service a record belongs to.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::ServiceArea")]
pub enum ServiceArea {
    AdultSocialCare,
    ChildrenAndYoungPeople,
    Health,
    CommunitySafety,
    Environment,
    Housing,
    Education,
    CultureAndLeisure,
    Transport,
    CommissioningAndFunding,
    WholeCouncil,
    Other,
}

/// What kind of body an organisation is.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::OrganisationKind")]
pub enum OrganisationKind {
    LocalAuthority,
    HealthBody,
    HousingAssociation,
    VoluntaryOrganisation,
    NetworkBody,
    Academic,
    Other,
}

/// The UK nation an organisation works in.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::Nation")]
pub enum Nation {
    England,
    Scotland,
    Wales,
    NorthernIreland,
}

/// Where a case study is in its editorial life. Other organisations see only PUBLISHED ones.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::CaseStudyStatus")]
pub enum CaseStudyStatus {
    Draft,
    Published,
    Archived,
}

/// Where a charter is in its life.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::CharterStatus")]
pub enum CharterStatus {
    Draft,
    Adopted,
    Retired,
}

/// A peer review proper, or a lighter study visit.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::PeerReviewKind")]
pub enum PeerReviewKind {
    PeerReview,
    StudyVisit,
}

/// Where a peer review stands. While ACCEPTED, the visitor reads the subject even when it is PRIVATE.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::PeerReviewStatus")]
pub enum PeerReviewStatus {
    Requested,
    Accepted,
    Declined,
    Completed,
    Cancelled,
}

/// The side of a charter a commitment binds.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::CommitmentParty")]
pub enum CommitmentParty {
    /// The public service.
    Service,
    /// The community: citizens, volunteers, service users.
    Community,
}

/// A right or a responsibility.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::CommitmentKind")]
pub enum CommitmentKind {
    Right,
    Responsibility,
}

/// A three-point scale for a risk's likelihood and impact.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::RiskLevel")]
pub enum RiskLevel {
    Low,
    Medium,
    High,
}

/// A role a token grants within its organisation.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "crate::tenancy::Role")]
pub enum Role {
    /// Reads the organisation's records and the network's.
    Viewer,
    /// Also creates, updates and deletes the organisation's records.
    Editor,
    /// Also publishes, manages the organisation and revokes tokens.
    Admin,
    /// A partner machine that syncs case studies.
    Sync,
    /// A network body's curator: features, verifies and hides PUBLIC case studies and answers reports.
    Curator,
}

/// What a write did.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::AuditAction")]
pub enum AuditAction {
    Create,
    Update,
    Publish,
    Delete,
    Revoke,
    Request,
    Accept,
    Decline,
    Complete,
    Cancel,
    Adopt,
    Retire,
    /// A translation added or changed.
    Translate,
    RemoveTranslation,
    /// An earlier revision's content written as a new version.
    Restore,
    /// Featured by a curator.
    Feature,
    /// No longer featured.
    Unfeature,
    /// Verified by a curator.
    Verify,
    /// Hidden from the public by a curator.
    Hide,
    /// Shown to the public again.
    Unhide,
    /// Reported by a member.
    Report,
    /// A report resolved.
    Resolve,
    /// A participant's consent withdrawn: their offers and needs deleted.
    WithdrawConsent,
    /// An incentive's uptake recorded.
    RecordUptake,
    /// Responses to a survey run recorded.
    RecordResponses,
}

/// What kind of record a write touched.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::AuditEntity")]
pub enum AuditEntity {
    Initiative,
    CaseStudy,
    Charter,
    Organisation,
    PeerReview,
    Token,
    PathwayStep,
    PathwayLink,
    Evidence,
    OutcomeIndicator,
    IndicatorMeasurement,
    /// A report of a case study's content.
    ContentReport,
    CommunityAsset,
    Participant,
    IncentiveTemplate,
    Incentive,
    CharterTemplate,
    /// An initiative's business case (named by the initiative's id).
    BusinessCase,
    BarrierSurvey,
    SurveyRun,
}

/// What happened to a case study, as the sync feed reports it.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::ChangeOp")]
pub enum ChangeOp {
    /// Created or changed: `caseStudy` holds it now.
    Upsert,
    /// Deleted, or no longer visible to you: remove it from your mirror.
    Delete,
}

/// A step of a pathway to outcomes, in the order a pathway runs.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::PathwayStepKind")]
pub enum PathwayStepKind {
    /// What the initiative does.
    Activity,
    /// What the activity produces (sessions held, people trained).
    Output,
    /// A change on the way (confidence, skills, connections).
    IntermediateOutcome,
    /// The public outcome sought (fewer falls, less loneliness).
    FinalOutcome,
}

/// What an indicator measures.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::IndicatorKind")]
pub enum IndicatorKind {
    /// A change in outcomes for people.
    Outcome,
    /// What the service did.
    Process,
}

/// Where a text comes from: the original, a person's translation, a
/// machine's, or a translation made before the original last changed.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::TranslationStatus")]
pub enum TranslationStatus {
    /// The text as its author wrote it.
    Original,
    /// Translated by a person.
    Human,
    /// Translated by machine: say so where it is shown.
    Machine,
    /// Translated before the original last changed.
    Outdated,
}

/// Why a member reports a case study.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::ReportReason")]
pub enum ReportReason {
    /// Facts that are wrong.
    Inaccurate,
    /// No longer true.
    Outdated,
    /// It names or identifies a person.
    PersonalData,
    /// Offensive words or images.
    Offensive,
    /// Someone else's work, used without leave.
    Copyright,
    /// Advertising or nonsense.
    Spam,
    /// Anything else: say what in the details.
    Other,
}

/// Whether a report waits for an answer.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(remote = "v::ReportStatus")]
pub enum ReportStatus {
    /// Waiting for an answer.
    Open,
    /// Answered, with an outcome.
    Resolved,
}
