//! The shared vocabulary (Co-Production Star terms, visibilities, statuses),
//! stored as upper-case text so that the database reads like the API.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
        pub enum $name {
            $(
                #[sea_orm(string_value = $text)]
                #[serde(rename = $text)]
                $variant,
            )+
        }

        impl $name {
            /// The text stored in the database for this value.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            /// The value stored as `text`, if it is one.
            pub fn from_text(text: &str) -> Option<Self> {
                match text {
                    $($text => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

text_enum!(
    /// Who may read a record.
    Visibility { Private = "PRIVATE", Network = "NETWORK", Public = "PUBLIC" }
);
text_enum!(
    /// The Four Co's: how citizens take part.
    CoType {
        CoCommissioning = "CO_COMMISSIONING",
        CoDesign = "CO_DESIGN",
        CoDelivery = "CO_DELIVERY",
        CoAssessment = "CO_ASSESSMENT",
    }
);
text_enum!(
    /// The five-step journey of the Co-Production Star.
    StarStep {
        MapIt = "MAP_IT",
        FocusIt = "FOCUS_IT",
        PeopleIt = "PEOPLE_IT",
        MarketIt = "MARKET_IT",
        GrowIt = "GROW_IT",
    }
);
text_enum!(
    /// The council service an initiative or case study belongs to.
    ServiceArea {
        AdultSocialCare = "ADULT_SOCIAL_CARE",
        ChildrenAndYoungPeople = "CHILDREN_AND_YOUNG_PEOPLE",
        Health = "HEALTH",
        CommunitySafety = "COMMUNITY_SAFETY",
        Environment = "ENVIRONMENT",
        Housing = "HOUSING",
        Education = "EDUCATION",
        CultureAndLeisure = "CULTURE_AND_LEISURE",
        Transport = "TRANSPORT",
        CommissioningAndFunding = "COMMISSIONING_AND_FUNDING",
        WholeCouncil = "WHOLE_COUNCIL",
        Other = "OTHER",
    }
);
text_enum!(
    /// What kind of body an organisation is.
    OrganisationKind {
        LocalAuthority = "LOCAL_AUTHORITY",
        HealthBody = "HEALTH_BODY",
        HousingAssociation = "HOUSING_ASSOCIATION",
        VoluntaryOrganisation = "VOLUNTARY_ORGANISATION",
        NetworkBody = "NETWORK_BODY",
        Academic = "ACADEMIC",
        Other = "OTHER",
    }
);
text_enum!(
    /// The UK nation an organisation works in.
    Nation {
        England = "ENGLAND",
        Scotland = "SCOTLAND",
        Wales = "WALES",
        NorthernIreland = "NORTHERN_IRELAND",
    }
);
text_enum!(
    /// Where a case study is in its editorial life.
    CaseStudyStatus { Draft = "DRAFT", Published = "PUBLISHED", Archived = "ARCHIVED" }
);
text_enum!(
    /// Where a charter is in its life.
    CharterStatus { Draft = "DRAFT", Adopted = "ADOPTED", Retired = "RETIRED" }
);
text_enum!(
    /// A peer review proper, or a lighter study visit.
    PeerReviewKind { PeerReview = "PEER_REVIEW", StudyVisit = "STUDY_VISIT" }
);
text_enum!(
    /// Where a peer review stands.
    PeerReviewStatus {
        Requested = "REQUESTED",
        Accepted = "ACCEPTED",
        Declined = "DECLINED",
        Completed = "COMPLETED",
        Cancelled = "CANCELLED",
    }
);
text_enum!(
    /// What happened to a case study, as the change feed reports it.
    ChangeOp { Upsert = "UPSERT", Delete = "DELETE" }
);
text_enum!(
    /// The side of a charter a commitment binds.
    CommitmentParty { Service = "SERVICE", Community = "COMMUNITY" }
);
text_enum!(
    /// A right or a responsibility.
    CommitmentKind { Right = "RIGHT", Responsibility = "RESPONSIBILITY" }
);
text_enum!(
    /// A coarse three-point scale for a risk's likelihood and impact.
    RiskLevel { Low = "LOW", Medium = "MEDIUM", High = "HIGH" }
);
text_enum!(
    /// What a write did, as the audit log records it.
    AuditAction {
        Create = "CREATE",
        Update = "UPDATE",
        Publish = "PUBLISH",
        Delete = "DELETE",
        Revoke = "REVOKE",
        Request = "REQUEST",
        Accept = "ACCEPT",
        Decline = "DECLINE",
        Complete = "COMPLETE",
        Cancel = "CANCEL",
        Adopt = "ADOPT",
        Retire = "RETIRE",
        Translate = "TRANSLATE",
        RemoveTranslation = "REMOVE_TRANSLATION",
        Restore = "RESTORE",
        Feature = "FEATURE",
        Unfeature = "UNFEATURE",
        Verify = "VERIFY",
        Hide = "HIDE",
        Unhide = "UNHIDE",
        Report = "REPORT",
        Resolve = "RESOLVE",
        WithdrawConsent = "WITHDRAW_CONSENT",
        RecordUptake = "RECORD_UPTAKE",
        RecordResponses = "RECORD_RESPONSES",
    }
);
text_enum!(
    /// What kind of record a write touched.
    AuditEntity {
        Initiative = "INITIATIVE",
        CaseStudy = "CASE_STUDY",
        Charter = "CHARTER",
        Organisation = "ORGANISATION",
        PeerReview = "PEER_REVIEW",
        Token = "TOKEN",
        PathwayStep = "PATHWAY_STEP",
        PathwayLink = "PATHWAY_LINK",
        Evidence = "EVIDENCE",
        OutcomeIndicator = "OUTCOME_INDICATOR",
        IndicatorMeasurement = "INDICATOR_MEASUREMENT",
        ContentReport = "CONTENT_REPORT",
        CommunityAsset = "COMMUNITY_ASSET",
        Participant = "PARTICIPANT",
        IncentiveTemplate = "INCENTIVE_TEMPLATE",
        Incentive = "INCENTIVE",
        CharterTemplate = "CHARTER_TEMPLATE",
        BusinessCase = "BUSINESS_CASE",
        BarrierSurvey = "BARRIER_SURVEY",
        SurveyRun = "SURVEY_RUN",
    }
);
text_enum!(
    /// Who could see a case study at a moment: only its owner (private,
    /// unpublished or deleted), every member, or everyone.
    Reach { Owner = "OWNER", Network = "NETWORK", Public = "PUBLIC" }
);
text_enum!(
    /// A step of a pathway to outcomes, in the order a pathway runs.
    PathwayStepKind {
        Activity = "ACTIVITY",
        Output = "OUTPUT",
        IntermediateOutcome = "INTERMEDIATE_OUTCOME",
        FinalOutcome = "FINAL_OUTCOME",
    }
);
text_enum!(
    /// Whether an indicator measures outcomes for people or the service's process.
    IndicatorKind { Outcome = "OUTCOME", Process = "PROCESS" }
);
text_enum!(
    /// A kind of record that holds text: translated, and revised.
    ContentKind { CaseStudy = "CASE_STUDY", Initiative = "INITIATIVE", Charter = "CHARTER" }
);
text_enum!(
    /// Where a translation's text comes from, or that it no longer follows
    /// its original (ORIGINAL names the original itself).
    TranslationStatus {
        Original = "ORIGINAL",
        Human = "HUMAN",
        Machine = "MACHINE",
        Outdated = "OUTDATED",
    }
);
text_enum!(
    /// Why a member reports a case study.
    ReportReason {
        Inaccurate = "INACCURATE",
        Outdated = "OUTDATED",
        PersonalData = "PERSONAL_DATA",
        Offensive = "OFFENSIVE",
        Copyright = "COPYRIGHT",
        Spam = "SPAM",
        Other = "OTHER",
    }
);
text_enum!(
    /// Whether a report waits for an answer.
    ReportStatus { Open = "OPEN", Resolved = "RESOLVED" }
);
text_enum!(
    /// What a community asset is (See What You Can Do).
    CommunityAssetKind { Place = "PLACE", Group = "GROUP", Equipment = "EQUIPMENT", Skill = "SKILL" }
);
text_enum!(
    /// What an offer or a need is about.
    ContributionCategory {
        Digital = "DIGITAL",
        Transport = "TRANSPORT",
        Caring = "CARING",
        Language = "LANGUAGE",
        Practical = "PRACTICAL",
        Companionship = "COMPANIONSHIP",
        Other = "OTHER",
    }
);
text_enum!(
    /// When someone can give or receive help.
    Availability {
        WeekdayDaytime = "WEEKDAY_DAYTIME",
        WeekdayEvening = "WEEKDAY_EVENING",
        Weekend = "WEEKEND",
    }
);
text_enum!(
    /// How much more a participant would contribute than now.
    Willingness { AsNow = "AS_NOW", ALittleMore = "A_LITTLE_MORE", ALotMore = "A_LOT_MORE" }
);
text_enum!(
    /// Whom an incentive is meant to move (the Incentive Menu's groups).
    IncentiveTargetGroup {
        ServiceUsers = "SERVICE_USERS",
        Communities = "COMMUNITIES",
        Staff = "STAFF",
        Managers = "MANAGERS",
        Commissioners = "COMMISSIONERS",
        Politicians = "POLITICIANS",
    }
);
text_enum!(
    /// Whether an incentive costs money.
    IncentiveKind { Financial = "FINANCIAL", NonFinancial = "NON_FINANCIAL" }
);
text_enum!(
    /// What a yearly amount of a business case is: the first three are
    /// benefits, the last two costs.
    CashFlowCategory {
        CashableSaving = "CASHABLE_SAVING",
        NonCashableSaving = "NON_CASHABLE_SAVING",
        SocialValue = "SOCIAL_VALUE",
        CouncilCost = "COUNCIL_COST",
        PartnerCost = "PARTNER_COST",
    }
);
text_enum!(
    /// Whose barriers a question of the Barriers survey is about.
    BarrierGroup {
        Staff = "STAFF",
        ServiceUsers = "SERVICE_USERS",
        Communities = "COMMUNITIES",
        Organisational = "ORGANISATIONAL",
    }
);
text_enum!(
    /// The one thing a survey response says about who gave it.
    RespondentGroup {
        Staff = "STAFF",
        ServiceUser = "SERVICE_USER",
        CommunityMember = "COMMUNITY_MEMBER",
    }
);
