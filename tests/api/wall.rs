//! The wall between organisations, tested exhaustively: every root query
//! and mutation of the live schema, against every kind of caller. A root
//! field without a row here fails the test, so nothing new escapes it.
//!
//! Walsall owns a PRIVATE initiative, case study and charter. Its EDITOR
//! and VIEWER, Surrey's EDITOR and ADMIN, an anonymous caller and every
//! kind of bad token call each field. No one but Walsall may read, count,
//! detect or change those records; a bad token is always refused. The same
//! callers try every field over the socket too, where queries and
//! mutations are refused and subscriptions carry only what each may see.

use std::collections::BTreeSet;

use api::repo::{
    self,
    case_study::{draft::CaseStudyDraft, rows::NewCaseStudy},
    charter::{draft::CharterDraft, rows::NewCharter},
    initiative::{draft::InitiativeDraft, rows::NewInitiative},
};
use entity::vocabulary::{
    CaseStudyStatus, CharterStatus, CoType, PeerReviewKind, PeerReviewStatus, ServiceArea,
    StarStep, Visibility,
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, bad_tokens, global_id, revoked_token, token},
    ws,
};

/// A word only the private records contain.
const SECRET: &str = "wallsecret";

/// Walsall's private records, created afresh for each field.
struct Secrets {
    initiative: String,
    case_study: String,
    charter: String,
    /// Walsall hosts it; Midlothian asked to visit the private initiative.
    requested_review: String,
    /// Walsall visits Midlothian; accepted.
    visiting_review: String,
    ids: [(i64, &'static str); 3],
    review_ids: [i64; 2],
    /// Three steps of the private initiative's pathway, the first linked
    /// to the last, with evidence.
    steps: [String; 3],
    link: String,
    indicator: String,
    /// A PUBLIC initiative of Midlothian much like the private one.
    bait: String,
    /// Walsall's own report of its private case study.
    report: String,
    /// The toolkit's records of the private initiative and Walsall's survey run.
    toolkit: Toolkit,
}

/// The toolkit's secrets: two participants of the private initiative (the
/// first offers what the second needs), its PRIVATE community asset, its
/// incentive and business case, and Walsall's run of the network's survey.
/// The charter template, incentive template and survey are published for
/// every council, so they hold no secret (and are planted once).
struct Toolkit {
    participants: [String; 2],
    asset: String,
    incentive: String,
    run: String,
    run_id: i64,
    charter_template: String,
    incentive_template: String,
    survey: String,
}

/// The title of the network material the wall plants.
const WALL_TEMPLATE: &str = "Published for the wall";

/// The network's published material (a charter template, an incentive
/// template, a survey), planted once; their ids.
async fn plant_published(app: &TestApp) -> (i64, i64, i64) {
    use entity::{
        barrier_survey, charter, charter_template, incentive_template,
        vocabulary::{
            BarrierGroup, CommitmentKind, CommitmentParty, IncentiveKind, IncentiveTargetGroup,
        },
    };
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let now = chrono::Utc::now();
    let network = entity::organisation::Entity::find()
        .filter(entity::organisation::Column::Slug.eq("governance-international"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("governance-international")
        .id;
    // Found by title: the demo network publishes material of its own.
    let template = match charter_template::Entity::find()
        .filter(charter_template::Column::Title.eq(WALL_TEMPLATE))
        .one(&app.db)
        .await
        .expect("q")
    {
        Some(found) => found.id,
        None => {
            charter_template::ActiveModel {
                publisher_org_id: Set(network),
                title: Set(WALL_TEMPLATE.into()),
                language: Set("en".into()),
                commitments: Set(serde_json::to_value(vec![charter::Commitment {
                    party: CommitmentParty::Service,
                    kind: CommitmentKind::Responsibility,
                    text: "We listen first".into(),
                }])
                .expect("json")),
                risks: Set(json!([])),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .expect("charter template")
            .id
        }
    };
    let incentive = match incentive_template::Entity::find()
        .filter(incentive_template::Column::Title.eq(WALL_TEMPLATE))
        .one(&app.db)
        .await
        .expect("q")
    {
        Some(found) => found.id,
        None => {
            incentive_template::ActiveModel {
                publisher_org_id: Set(network),
                target_group: Set(IncentiveTargetGroup::Staff),
                kind: Set(IncentiveKind::NonFinancial),
                title: Set(WALL_TEMPLATE.into()),
                example: Set(None),
                cost: Set(None),
                currency: Set("GBP".into()),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .expect("incentive template")
            .id
        }
    };
    let survey = match barrier_survey::Entity::find()
        .filter(barrier_survey::Column::Title.eq(WALL_TEMPLATE))
        .one(&app.db)
        .await
        .expect("q")
    {
        Some(found) => found.id,
        None => {
            barrier_survey::ActiveModel {
                publisher_org_id: Set(network),
                title: Set(WALL_TEMPLATE.into()),
                version: Set(1),
                previous_version_id: Set(None),
                barriers: Set(serde_json::to_value(vec![barrier_survey::Barrier {
                    key: "staff-1".into(),
                    group: BarrierGroup::Staff,
                    text: "Time to take part".into(),
                }])
                .expect("json")),
                published_at: Set(now),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .expect("survey")
            .id
        }
    };
    (template, incentive, survey)
}

/// The toolkit's records of the private initiative, each holding the
/// secret word, and Walsall's run of the network's survey with a response.
async fn plant_toolkit(app: &TestApp, owner: i64, initiative: i64) -> Toolkit {
    use entity::{
        business_case, community_asset, incentive, participant, survey_answer, survey_response,
        survey_run,
        vocabulary::{
            Availability, CashFlowCategory, CommunityAssetKind, ContributionCategory,
            IncentiveKind, IncentiveTargetGroup, RespondentGroup, Willingness,
        },
    };
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let now = chrono::Utc::now();
    let (charter_template, incentive_template, survey) = plant_published(app).await;
    let digital = |description: String| {
        serde_json::to_value(vec![participant::Contribution {
            category: ContributionCategory::Digital,
            description,
            availability: vec![Availability::Weekend],
        }])
        .expect("json")
    };
    let mut participants = [0; 2];
    for (i, (offers, needs)) in [
        (digital(format!("{SECRET} tablet lessons")), json!([])),
        (json!([]), digital(format!("{SECRET} video calls"))),
    ]
    .into_iter()
    .enumerate()
    {
        participants[i] = participant::ActiveModel {
            owner_org_id: Set(owner),
            initiative_id: Set(initiative),
            reference: Set(format!("{SECRET}-{i}")),
            consented_on: Set(now.date_naive()),
            willingness: Set(Willingness::ALittleMore),
            offers: Set(offers),
            needs: Set(needs),
            withdrawn_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("participant")
        .id;
    }
    let asset = community_asset::ActiveModel {
        owner_org_id: Set(owner),
        initiative_id: Set(initiative),
        kind: Set(CommunityAssetKind::Place),
        description: Set(format!("{SECRET} hall")),
        location: Set(Some(format!("{SECRET} street"))),
        contact_route: Set(None),
        visibility: Set(entity::vocabulary::Visibility::Private),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("asset")
    .id;
    let uptake = incentive::Uptake {
        people: 3,
        from: now.date_naive(),
        to: now.date_naive(),
    };
    let incentive = incentive::ActiveModel {
        initiative_id: Set(initiative),
        template_id: Set(None),
        target_group: Set(IncentiveTargetGroup::ServiceUsers),
        kind: Set(IncentiveKind::Financial),
        title: Set(format!("{SECRET} vouchers")),
        example: Set(Some(SECRET.into())),
        cost: Set(Some(10.0)),
        currency: Set("GBP".into()),
        uptake: Set(serde_json::to_value(vec![uptake]).expect("json")),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("incentive")
    .id;
    let flows = vec![
        business_case::CashFlow {
            year: 0,
            category: CashFlowCategory::CouncilCost,
            amount: 1_000.0,
        },
        business_case::CashFlow {
            year: 1,
            category: CashFlowCategory::SocialValue,
            amount: 2_000.0,
        },
    ];
    business_case::ActiveModel {
        initiative_id: Set(initiative),
        currency: Set("GBP".into()),
        discount_rate: Set(0.035),
        flows: Set(serde_json::to_value(flows).expect("json")),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("business case");
    let run = survey_run::ActiveModel {
        owner_org_id: Set(owner),
        survey_id: Set(survey),
        service: Set(ServiceArea::Housing),
        opens_on: Set(now.date_naive()),
        closes_on: Set(now.date_naive()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("run")
    .id;
    let response = survey_response::ActiveModel {
        owner_org_id: Set(owner),
        run_id: Set(run),
        respondent_group: Set(RespondentGroup::Staff),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("response")
    .id;
    survey_answer::ActiveModel {
        owner_org_id: Set(owner),
        survey_id: Set(survey),
        run_id: Set(run),
        response_id: Set(response),
        barrier_key: Set("staff-1".into()),
        score: Set(4),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("answer");
    Toolkit {
        participants: participants.map(|id| global_id("Participant", id)),
        asset: global_id("CommunityAsset", asset),
        incentive: global_id("Incentive", incentive),
        run: global_id("SurveyRun", run),
        run_id: run,
        charter_template: global_id("CharterTemplate", charter_template),
        incentive_template: global_id("IncentiveTemplate", incentive_template),
        survey: global_id("BarrierSurvey", survey),
    }
}

/// A pathway with evidence and an indicator on the private initiative.
async fn plant_parts(app: &TestApp, initiative: i64) -> ([i64; 3], i64, i64) {
    use entity::{
        evidence, outcome_indicator, pathway_link, pathway_step,
        vocabulary::{IndicatorKind, PathwayStepKind},
    };
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, NotSet};
    let now = chrono::Utc::now();
    let mut steps = [0; 3];
    for (i, kind) in [
        PathwayStepKind::Activity,
        PathwayStepKind::Output,
        PathwayStepKind::FinalOutcome,
    ]
    .into_iter()
    .enumerate()
    {
        steps[i] = pathway_step::ActiveModel {
            id: NotSet,
            initiative_id: Set(initiative),
            kind: Set(kind),
            label: Set(format!("{SECRET} step {i}")),
            created_at: Set(now),
        }
        .insert(&app.db)
        .await
        .expect("step")
        .id;
    }
    let link = pathway_link::ActiveModel {
        id: NotSet,
        initiative_id: Set(initiative),
        from_step_id: Set(steps[0]),
        to_step_id: Set(steps[2]),
        created_at: Set(now),
    }
    .insert(&app.db)
    .await
    .expect("link")
    .id;
    evidence::ActiveModel {
        id: NotSet,
        initiative_id: Set(initiative),
        link_id: Set(link),
        summary: Set(SECRET.into()),
        source: Set(None),
        observed_on: Set(None),
        nesta_level: Set(Some(2)),
        maryland_level: Set(None),
        emmie: Set(None),
        created_by: Set("wall".into()),
        created_at: Set(now),
    }
    .insert(&app.db)
    .await
    .expect("evidence");
    let indicator = outcome_indicator::ActiveModel {
        id: NotSet,
        initiative_id: Set(initiative),
        kind: Set(IndicatorKind::Outcome),
        name: Set(SECRET.into()),
        unit: Set("%".into()),
        baseline: Set(Some(1.0)),
        target: Set(Some(2.0)),
        created_at: Set(now),
    }
    .insert(&app.db)
    .await
    .expect("indicator")
    .id;
    (steps, link, indicator)
}

async fn plant_secrets(app: &TestApp, owner: i64) -> Secrets {
    let now = chrono::Utc::now();
    let initiative = repo::initiative::rows::insert_initiative(
        &app.db,
        NewInitiative {
            owner_org_id: owner,
            draft: InitiativeDraft {
                title: format!("{SECRET} initiative"),
                summary: SECRET.into(),
                co_types: vec![CoType::CoDesign],
                star_step: StarStep::MapIt,
                service_area: ServiceArea::Housing,
                tags: vec![SECRET.into()],
                visibility: Visibility::Private,
                language: "en".into(),
                appraisal: Default::default(),
            },
        },
        now,
    )
    .await
    .expect("initiative");
    let case_study = repo::case_study::rows::insert_case_study(
        &app.db,
        NewCaseStudy {
            owner_org_id: owner,
            draft: CaseStudyDraft {
                initiative_id: Some(initiative.id),
                external_id: Some(format!("{SECRET}-{}", initiative.id)),
                title: format!("{SECRET} case study"),
                summary: SECRET.into(),
                body: SECRET.into(),
                co_types: vec![CoType::CoDesign],
                service_area: ServiceArea::Housing,
                tags: vec![SECRET.into()],
                language: "en".into(),
                visibility: Visibility::Private,
            },
            status: CaseStudyStatus::Published,
            published_at: Some(now),
        },
        now,
    )
    .await
    .expect("case study");
    let charter = repo::charter::rows::insert_charter(
        &app.db,
        NewCharter {
            owner_org_id: owner,
            draft: CharterDraft {
                initiative_id: Some(initiative.id),
                title: format!("{SECRET} charter"),
                status: CharterStatus::Adopted,
                commitments: vec![],
                risks: vec![],
                signatories: vec![],
                visibility: Visibility::Private,
                language: "en".into(),
            },
            template_id: None,
        },
        now,
    )
    .await
    .expect("charter");
    let midlothian = entity::organisation::Entity::find()
        .filter(entity::organisation::Column::Slug.eq("midlothian"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("midlothian")
        .id;
    let midlothian_initiative = entity::initiative::Entity::find()
        .filter(entity::initiative::Column::OwnerOrgId.eq(midlothian))
        .one(&app.db)
        .await
        .expect("query")
        .expect("an initiative of Midlothian")
        .id;
    let review = |host, visitor, initiative_id, status, requested_by| {
        repo::peer_review::rows::NewPeerReview {
            kind: PeerReviewKind::PeerReview,
            host_org_id: host,
            visitor_org_id: visitor,
            initiative_id: Some(initiative_id),
            case_study_id: None,
            status,
            proposed_for: None,
            message: Some(SECRET.into()),
            findings: None,
            requested_by_org_id: requested_by,
        }
    };
    let requested = repo::peer_review::rows::insert_peer_review(
        &app.db,
        review(
            owner,
            midlothian,
            initiative.id,
            PeerReviewStatus::Requested,
            midlothian,
        ),
        now,
    )
    .await
    .expect("review");
    let visiting = repo::peer_review::rows::insert_peer_review(
        &app.db,
        review(
            midlothian,
            owner,
            midlothian_initiative,
            PeerReviewStatus::Accepted,
            owner,
        ),
        now,
    )
    .await
    .expect("review");
    let (steps, link, indicator) = plant_parts(app, initiative.id).await;
    let bait = repo::initiative::rows::insert_initiative(
        &app.db,
        NewInitiative {
            owner_org_id: midlothian,
            draft: InitiativeDraft {
                title: "Housing design with tenants".into(),
                summary: "Tenants redesign repairs".into(),
                co_types: vec![CoType::CoDesign],
                star_step: StarStep::GrowIt,
                service_area: ServiceArea::Housing,
                tags: vec!["tenants".into()],
                visibility: Visibility::Public,
                language: "en".into(),
                appraisal: Default::default(),
            },
        },
        now,
    )
    .await
    .expect("bait");
    plant_translation(app, owner, case_study.id).await;
    let report = plant_report(app, owner, case_study.id).await;
    let toolkit = plant_toolkit(app, owner, initiative.id).await;
    Secrets {
        toolkit,
        report: global_id("ContentReport", report),
        steps: steps.map(|id| global_id("PathwayStep", id)),
        link: global_id("PathwayLink", link),
        indicator: global_id("OutcomeIndicator", indicator),
        bait: global_id("Initiative", bait.id),
        requested_review: global_id("PeerReview", requested.id),
        visiting_review: global_id("PeerReview", visiting.id),
        review_ids: [requested.id, visiting.id],
        initiative: global_id("Initiative", initiative.id),
        case_study: global_id("CaseStudy", case_study.id),
        charter: global_id("Charter", charter.id),
        ids: [
            (initiative.id, "initiative"),
            (case_study.id, "case_study"),
            (charter.id, "charter"),
        ],
    }
}

/// A Welsh translation of the private case study, holding the secret word.
async fn plant_translation(app: &TestApp, owner: i64, case_study: i64) {
    use entity::{
        translation,
        vocabulary::{ContentKind, TranslationStatus},
    };
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    translation::ActiveModel {
        owner_org_id: Set(owner),
        record_kind: Set(ContentKind::CaseStudy),
        record_id: Set(case_study),
        language: Set("cy".into()),
        status: Set(TranslationStatus::Human),
        title: Set(format!("Astudiaeth {SECRET}")),
        summary: Set(Some(SECRET.into())),
        body: Set(Some(format!("{SECRET} cyfrinach"))),
        commitments: Set(None),
        risks: Set(None),
        updated_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("translation");
}

/// A report of the private case study by its owner, holding the secret word.
async fn plant_report(app: &TestApp, owner: i64, case_study: i64) -> i64 {
    use entity::{
        content_report,
        vocabulary::{ReportReason, ReportStatus},
    };
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    content_report::ActiveModel {
        case_study_id: Set(case_study),
        owner_org_id: Set(owner),
        reporter_org_id: Set(owner),
        reporter_subject: Set("walsall-user".into()),
        reason: Set(ReportReason::Other),
        details: Set(Some(format!("{SECRET} details"))),
        status: Set(ReportStatus::Open),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("report")
    .id
}

/// The stored state of the secrets, to prove a refused write changed nothing.
async fn fingerprint(app: &TestApp, secrets: &Secrets) -> String {
    let [(initiative, _), (case_study, _), (charter, _)] = secrets.ids;
    let i = entity::initiative::Entity::find_by_id(initiative)
        .one(&app.db)
        .await
        .expect("q");
    let c = entity::case_study::Entity::find_by_id(case_study)
        .one(&app.db)
        .await
        .expect("q");
    let h = entity::charter::Entity::find_by_id(charter)
        .one(&app.db)
        .await
        .expect("q");
    let reviews = entity::peer_review::Entity::find()
        .filter(entity::peer_review::Column::Id.is_in(secrets.review_ids))
        .all(&app.db)
        .await
        .expect("q");
    let parts = [
        entity::pathway_step::Entity::find()
            .filter(entity::pathway_step::Column::InitiativeId.eq(initiative))
            .all(&app.db)
            .await
            .expect("q")
            .len(),
        entity::pathway_link::Entity::find()
            .filter(entity::pathway_link::Column::InitiativeId.eq(initiative))
            .all(&app.db)
            .await
            .expect("q")
            .len(),
        entity::evidence::Entity::find()
            .filter(entity::evidence::Column::InitiativeId.eq(initiative))
            .all(&app.db)
            .await
            .expect("q")
            .len(),
        entity::outcome_indicator::Entity::find()
            .filter(entity::outcome_indicator::Column::InitiativeId.eq(initiative))
            .all(&app.db)
            .await
            .expect("q")
            .len(),
        entity::indicator_measurement::Entity::find()
            .filter(entity::indicator_measurement::Column::InitiativeId.eq(initiative))
            .all(&app.db)
            .await
            .expect("q")
            .len(),
    ];
    let reports = entity::content_report::Entity::find()
        .filter(entity::content_report::Column::CaseStudyId.eq(case_study))
        .all(&app.db)
        .await
        .expect("q");
    let translations = entity::translation::Entity::find()
        .filter(entity::translation::Column::RecordId.eq(case_study))
        .all(&app.db)
        .await
        .expect("q");
    let toolkit = fingerprint_toolkit(app, initiative, secrets.toolkit.run_id).await;
    format!("{i:?}{c:?}{h:?}{reviews:?}{parts:?}{translations:?}{reports:?}{toolkit}")
}

/// The stored state of the toolkit's secrets.
async fn fingerprint_toolkit(app: &TestApp, initiative: i64, run: i64) -> String {
    use entity::{
        business_case, community_asset, incentive, participant, survey_answer, survey_response,
    };
    let participants = participant::Entity::find()
        .filter(participant::Column::InitiativeId.eq(initiative))
        .all(&app.db)
        .await
        .expect("q");
    let assets = community_asset::Entity::find()
        .filter(community_asset::Column::InitiativeId.eq(initiative))
        .all(&app.db)
        .await
        .expect("q");
    let incentives = incentive::Entity::find()
        .filter(incentive::Column::InitiativeId.eq(initiative))
        .all(&app.db)
        .await
        .expect("q");
    let cases = business_case::Entity::find()
        .filter(business_case::Column::InitiativeId.eq(initiative))
        .all(&app.db)
        .await
        .expect("q");
    let responses = survey_response::Entity::find()
        .filter(survey_response::Column::RunId.eq(run))
        .all(&app.db)
        .await
        .expect("q");
    let answers = survey_answer::Entity::find()
        .filter(survey_answer::Column::RunId.eq(run))
        .all(&app.db)
        .await
        .expect("q");
    format!("{participants:?}{assets:?}{incentives:?}{cases:?}{responses:?}{answers:?}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    OwnerEditor,
    OwnerViewer,
    OtherEditor,
    OtherAdmin,
    Anonymous,
}

impl Who {
    const ALL: [Self; 5] = [
        Self::Anonymous,
        Self::OtherAdmin,
        Self::OtherEditor,
        Self::OwnerViewer,
        Self::OwnerEditor,
    ];

    fn token(self) -> Option<String> {
        match self {
            Self::OwnerEditor => Some(token("walsall", &["EDITOR"])),
            Self::OwnerViewer => Some(token("walsall", &["VIEWER"])),
            Self::OtherEditor => Some(token("surrey", &["EDITOR"])),
            Self::OtherAdmin => Some(token("surrey", &["ADMIN"])),
            Self::Anonymous => None,
        }
    }

    fn is_owner(self) -> bool {
        matches!(self, Self::OwnerEditor | Self::OwnerViewer)
    }
}

/// What a caller must get.
#[derive(Debug, PartialEq, Eq)]
enum Expect {
    /// Success.
    Ok,
    /// An error with this code, the same as for a record that never existed.
    Code(&'static str),
}

/// How a mutation treats each caller.
#[derive(Clone, Copy)]
enum WriteRule {
    /// Writes the owner's record: its EDITOR succeeds; others never learn it exists.
    OwnersRecord,
    /// Creates a record linked to the owner's private initiative.
    LinksOwnersInitiative,
    /// Creates a record of the caller's own organisation.
    CreatesOwn,
    /// ADMIN of any organisation.
    AdminOnly,
    /// A network body's CURATOR only: every caller here is refused.
    CuratorOnly,
    /// A network body's EDITOR only (publishing to the toolkit): every
    /// caller here, all of local authorities, is refused.
    NetworkBodyEditor,
    /// Any member who may read the record (its VIEWER too); others never
    /// learn it exists.
    MembersWhoReadIt,
    /// An ADMIN of the owner or a curator: the owner's EDITOR and VIEWER are
    /// refused, another ADMIN never learns it exists.
    OwnersAdmin,
    /// Like `OwnersRecord`, aimed where the owner's EDITOR meets a refusal
    /// of its input (restoring a history the planted records lack): past
    /// the wall, where nobody else gets.
    OwnersRecordRefused,
}

fn expect_write(rule: WriteRule, who: Who) -> Expect {
    use Who::*;
    match (rule, who) {
        (_, Anonymous) => Expect::Code("UNAUTHENTICATED"),
        (WriteRule::CuratorOnly | WriteRule::NetworkBodyEditor, _) => Expect::Code("FORBIDDEN"),
        (WriteRule::MembersWhoReadIt, OwnerEditor | OwnerViewer) => Expect::Ok,
        (WriteRule::MembersWhoReadIt, OtherEditor | OtherAdmin) => Expect::Code("NOT_FOUND"),
        (WriteRule::OwnersAdmin, OtherAdmin) => Expect::Code("NOT_FOUND"),
        (WriteRule::OwnersAdmin, _) => Expect::Code("FORBIDDEN"),
        (WriteRule::AdminOnly, OtherAdmin) => Expect::Ok,
        (WriteRule::AdminOnly, _) => Expect::Code("FORBIDDEN"),
        (_, OwnerViewer) => Expect::Code("FORBIDDEN"),
        (WriteRule::OwnersRecordRefused, OwnerEditor) => Expect::Code("BAD_USER_INPUT"),
        (WriteRule::OwnersRecordRefused, OtherEditor | OtherAdmin) => Expect::Code("NOT_FOUND"),
        (_, OwnerEditor) => Expect::Ok,
        (WriteRule::OwnersRecord, OtherEditor | OtherAdmin) => Expect::Code("NOT_FOUND"),
        (WriteRule::LinksOwnersInitiative, OtherEditor | OtherAdmin) => {
            Expect::Code("BAD_USER_INPUT")
        }
        (WriteRule::CreatesOwn, OtherEditor | OtherAdmin) => Expect::Ok,
    }
}

/// The operation of a root field, aimed at the secrets.
fn operation(field: &str, s: &Secrets) -> (String, Value) {
    let new_case_study = |initiative: &str| {
        json!({ "title": "New", "summary": "S", "body": "B", "coTypes": ["CO_DESIGN"], "serviceArea": "HOUSING",
                "visibility": "NETWORK", "initiativeId": initiative })
    };
    let (query, vars) = match field {
        "viewer" => ("{ viewer { subject organisation { slug } } }", json!({})),
        "node" => (
            "query($id: ID!) { node(id: $id) { id ... on CaseStudy { title } } }",
            json!({ "id": s.case_study }),
        ),
        "nodes" => (
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Initiative { title assets { description }
                 participants { reference offers { description } needs { description } } incentives { title }
                 businessCase { npv } } ... on CaseStudy { title } ... on Charter { title } } }",
            json!({ "ids": [s.initiative, s.case_study, s.charter] }),
        ),
        "organisation" => (r#"{ organisation(slug: "walsall") { name } }"#, json!({})),
        "organisations" => (
            "{ organisations(first: 100) { totalCount nodes { slug } } }",
            json!({}),
        ),
        "initiatives" => (
            r#"{ initiatives(first: 20, filter: { owner: "walsall" }) { totalCount nodes { id title
                 charters { id title } caseStudies(first: 20) { totalCount nodes { id title } } } } }"#,
            json!({}),
        ),
        "caseStudies" => (
            "query($s: String!) { caseStudies(first: 100, filter: { search: $s }) { totalCount nodes { id title initiative { id title } } } }",
            json!({ "s": SECRET }),
        ),
        "caseStudyFacets" => (
            "query($s: String!) { caseStudyFacets(filter: { search: $s }) { total coTypes { value count }
                 starSteps { value count } evidenceLevels { value count } coStepMatrix { count } }
               caseStudies(first: 100, filter: { search: $s }) { totalCount nodes { id } } }",
            json!({ "s": SECRET }),
        ),
        "initiativeFacets" => (
            r#"{ initiativeFacets(filter: { owner: "walsall" }) { total starSteps { value count }
                 evidenceLevels { value count } coStepMatrix { count } }
               initiatives(first: 20, filter: { owner: "walsall" }) { totalCount nodes { id } } }"#,
            json!({}),
        ),
        "charters" => (
            r#"{ charters(first: 100, filter: { owner: "walsall" }) { totalCount nodes { id title initiative { id } } } }"#,
            json!({}),
        ),
        "peerReviews" => (
            "{ peerReviews(first: 100) { totalCount nodes { id initiative { id title } caseStudy { id title } } } }",
            json!({}),
        ),
        "caseStudyChanges" => (
            "{ caseStudyChanges(first: 100) { totalCount nodes { op id externalId caseStudy { id title } } } }",
            json!({}),
        ),
        "auditLog" => (
            "{ auditLog(first: 100) { totalCount nodes { entityId } } }",
            json!({}),
        ),
        "createInitiative" => (
            "mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }",
            json!({ "input": { "title": "New", "summary": "S", "coTypes": ["CO_DESIGN"], "starStep": "MAP_IT",
                                "serviceArea": "HOUSING", "visibility": "PRIVATE" } }),
        ),
        "updateInitiative" => (
            "mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id title } }",
            json!({ "input": { "id": s.initiative, "expectedVersion": 1, "title": "Changed" } }),
        ),
        "deleteInitiative" => (
            "mutation($id: ID!) { deleteInitiative(id: $id) }",
            json!({ "id": s.initiative }),
        ),
        "createCaseStudy" => (
            "mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }",
            json!({ "input": new_case_study(&s.initiative) }),
        ),
        "updateCaseStudy" => (
            "mutation($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { id title } }",
            json!({ "input": { "id": s.case_study, "expectedVersion": 1, "title": "Changed" } }),
        ),
        "publishCaseStudy" => (
            "mutation($id: ID!) { publishCaseStudy(id: $id) { id title } }",
            json!({ "id": s.case_study }),
        ),
        "deleteCaseStudy" => (
            "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
            json!({ "id": s.case_study }),
        ),
        "createCharter" => (
            "mutation($input: CreateCharterInput!) { createCharter(input: $input) { id } }",
            json!({ "input": { "title": "New", "visibility": "PRIVATE", "initiativeId": s.initiative } }),
        ),
        "updateCharter" => (
            "mutation($input: UpdateCharterInput!) { updateCharter(input: $input) { id title } }",
            json!({ "input": { "id": s.charter, "expectedVersion": 1, "title": "Changed" } }),
        ),
        "upsertCaseStudies" => (
            "mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { created updated unchanged } }",
            json!({ "input": [{ "externalId": format!("wall-{}", uuid::Uuid::new_v4()), "title": "T", "summary": "S", "body": "B",
                                 "coTypes": ["CO_DESIGN"], "serviceArea": "HOUSING", "visibility": "NETWORK",
                                 "initiativeId": s.initiative }] }),
        ),
        "updateOrganisation" => (
            "mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { slug name } }",
            json!({ "input": { "expectedVersion": 1, "name": "Renamed Council" } }),
        ),
        "requestPeerReview" => (
            "mutation($input: RequestPeerReviewInput!) { requestPeerReview(input: $input) { id status } }",
            json!({ "input": { "kind": "PEER_REVIEW", "initiativeId": s.initiative, "visitor": "midlothian" } }),
        ),
        "respondToPeerReview" => (
            "mutation($id: ID!) { respondToPeerReview(id: $id, accept: true) { id status } }",
            json!({ "id": s.requested_review }),
        ),
        "completePeerReview" => (
            "mutation($id: ID!) { completePeerReview(id: $id, findings: \"Learned a lot\") { id status } }",
            json!({ "id": s.visiting_review }),
        ),
        "cancelPeerReview" => (
            "mutation($id: ID!) { cancelPeerReview(id: $id) { id status } }",
            json!({ "id": s.requested_review }),
        ),
        "sharePeerReviewFindings" => (
            "mutation($id: ID!) { sharePeerReviewFindings(id: $id, shared: true) { id findingsShared } }",
            json!({ "id": s.requested_review }),
        ),
        "similarInitiatives" => (
            "query($id: ID!) { similarInitiatives(initiativeId: $id, first: 10) { score sharedTags initiative { id title pathway { steps { label } links { evidence { summary } } } indicators { name } charters { title versions { title } } } } node(id: $id) { ... on Initiative { peerMatches(first: 50) { initiative { id title } } } } }",
            json!({ "id": s.bait }),
        ),
        "addPathwayStep" => (
            "mutation($id: ID!) { addPathwayStep(initiativeId: $id, kind: OUTPUT, label: \"Sessions held\") { id label } }",
            json!({ "id": s.initiative }),
        ),
        "linkPathwaySteps" => (
            "mutation($from: ID!, $to: ID!) { linkPathwaySteps(fromId: $from, toId: $to) { id } }",
            json!({ "from": s.steps[0], "to": s.steps[1] }),
        ),
        "unlinkPathwaySteps" => (
            "mutation($id: ID!) { unlinkPathwaySteps(linkId: $id) }",
            json!({ "id": s.link }),
        ),
        "removePathwayStep" => (
            "mutation($id: ID!) { removePathwayStep(id: $id) }",
            json!({ "id": s.steps[0] }),
        ),
        "addEvidence" => (
            "mutation($id: ID!) { addEvidence(linkId: $id, input: { summary: \"Seen\", nestaLevel: 3 }) { id nestaLevel } }",
            json!({ "id": s.link }),
        ),
        "addOutcomeIndicator" => (
            "mutation($id: ID!) { addOutcomeIndicator(initiativeId: $id, input: { kind: PROCESS, name: \"Visits\", unit: \"visits\" }) { id } }",
            json!({ "id": s.initiative }),
        ),
        "recordIndicatorMeasurement" => (
            "mutation($id: ID!) { recordIndicatorMeasurement(indicatorId: $id, input: { measuredOn: \"2026-06-01\", value: 1.5 }) { value } }",
            json!({ "id": s.indicator }),
        ),
        "removeOutcomeIndicator" => (
            "mutation($id: ID!) { removeOutcomeIndicator(id: $id) }",
            json!({ "id": s.indicator }),
        ),
        "adoptCharter" => (
            "mutation($id: ID!) { adoptCharter(id: $id, expectedVersion: 1) { id status } }",
            json!({ "id": s.charter }),
        ),
        "retireCharter" => (
            "mutation($id: ID!) { retireCharter(id: $id, expectedVersion: 1) { id status } }",
            json!({ "id": s.charter }),
        ),
        "setTranslation" => (
            "mutation($id: ID!) { setTranslation(input: { id: $id, language: \"cy\", status: HUMAN, title: \"Teitl\", summary: \"Crynodeb\", body: \"Corff\", expectedVersion: 1 }) { id } }",
            json!({ "id": s.case_study }),
        ),
        "removeTranslation" => (
            "mutation($id: ID!) { removeTranslation(id: $id, language: \"cy\", expectedVersion: 1) { id } }",
            json!({ "id": s.case_study }),
        ),
        "featureCaseStudy" => (
            "mutation($id: ID!) { featureCaseStudy(id: $id, featured: true) { id featured } }",
            json!({ "id": s.case_study }),
        ),
        "verifyCaseStudy" => (
            "mutation($id: ID!) { verifyCaseStudy(id: $id, note: \"Checked\") { id verifiedAt } }",
            json!({ "id": s.case_study }),
        ),
        "hideCaseStudy" => (
            "mutation($id: ID!) { hideCaseStudy(id: $id, reason: \"Names a resident\") { id hiddenAt } }",
            json!({ "id": s.case_study }),
        ),
        "unhideCaseStudy" => (
            "mutation($id: ID!) { unhideCaseStudy(id: $id) { id hiddenAt } }",
            json!({ "id": s.case_study }),
        ),
        "reportContent" => (
            "mutation($id: ID!) { reportContent(id: $id, reason: INACCURATE, details: \"Wrong date\") { id status caseStudy { id } } }",
            json!({ "id": s.case_study }),
        ),
        "resolveReport" => (
            "mutation($id: ID!) { resolveReport(id: $id, outcome: \"Corrected\") { id status details } }",
            json!({ "id": s.report }),
        ),
        "contentReports" => (
            "{ contentReports(first: 100) { totalCount nodes { id details caseStudy { id title } } } }",
            json!({}),
        ),
        "restoreRevision" => (
            "mutation($id: ID!) { restoreRevision(id: $id, version: 1, expectedVersion: 1) { id } }",
            json!({ "id": s.case_study }),
        ),
        "revokeToken" => (
            "mutation($jti: String!) { revokeToken(jti: $jti) }",
            json!({ "jti": uuid::Uuid::new_v4().to_string() }),
        ),
        "matches" => (
            "query($id: ID!) { matches(initiativeId: $id) { category score sharedAvailability
                 offer { description } offeredBy { id reference } need { description } neededBy { id reference } } }",
            json!({ "id": s.initiative }),
        ),
        "rankedOptions" => (
            "{ rankedOptions(by: NPV) { rank initiative { id title businessCase { npv } } } }",
            json!({}),
        ),
        "charterTemplates" => (
            "{ charterTemplates(first: 100) { totalCount nodes { id title commitments { text } publisher { slug } } } }",
            json!({}),
        ),
        "barrierSurveys" => (
            "{ barrierSurveys(first: 100) { totalCount nodes { id title barriers { key }
                 runs { id responses results { responses meanScore benchmark { councils } } } } } }",
            json!({}),
        ),
        "incentiveTemplates" => (
            "{ incentiveTemplates { id title publisher { slug } } }",
            json!({}),
        ),
        "addCommunityAsset" => (
            "mutation($id: ID!) { addCommunityAsset(initiativeId: $id, input: { kind: PLACE, description: \"Church hall\", visibility: NETWORK }) { id description } }",
            json!({ "id": s.initiative }),
        ),
        "removeCommunityAsset" => (
            "mutation($id: ID!) { removeCommunityAsset(id: $id) }",
            json!({ "id": s.toolkit.asset }),
        ),
        "addParticipant" => (
            "mutation($id: ID!) { addParticipant(initiativeId: $id, input: { reference: \"WV-001\", consentedOn: \"2025-01-06\", willingness: AS_NOW,
                 offers: [{ category: DIGITAL, description: \"Tablet lessons\", availability: [WEEKEND] }] }) { id reference } }",
            json!({ "id": s.initiative }),
        ),
        "withdrawParticipantConsent" => (
            "mutation($id: ID!) { withdrawParticipantConsent(id: $id) { id reference withdrawnAt } }",
            json!({ "id": s.toolkit.participants[0] }),
        ),
        "publishIncentiveTemplate" => (
            "mutation { publishIncentiveTemplate(input: { targetGroup: STAFF, kind: NON_FINANCIAL, title: \"A day off\" }) { id title } }",
            json!({}),
        ),
        "copyIncentiveTemplates" => (
            "mutation($id: ID!, $t: ID!) { copyIncentiveTemplates(initiativeId: $id, templateIds: [$t]) { id title template { id } } }",
            json!({ "id": s.initiative, "t": s.toolkit.incentive_template }),
        ),
        "addIncentive" => (
            "mutation($id: ID!) { addIncentive(initiativeId: $id, input: { targetGroup: SERVICE_USERS, kind: FINANCIAL, title: \"Vouchers\", cost: 10 }) { id title } }",
            json!({ "id": s.initiative }),
        ),
        "updateIncentive" => (
            "mutation($id: ID!) { updateIncentive(id: $id, input: { targetGroup: SERVICE_USERS, kind: FINANCIAL, title: \"Changed\" }) { id title } }",
            json!({ "id": s.toolkit.incentive }),
        ),
        "removeIncentive" => (
            "mutation($id: ID!) { removeIncentive(id: $id) }",
            json!({ "id": s.toolkit.incentive }),
        ),
        "recordIncentiveUptake" => (
            "mutation($id: ID!) { recordIncentiveUptake(incentiveId: $id, input: { people: 4, from: \"2026-01-01\", to: \"2026-01-31\" }) { id title totalUptake { count } } }",
            json!({ "id": s.toolkit.incentive }),
        ),
        "publishCharterTemplate" => (
            "mutation { publishCharterTemplate(input: { title: \"A template\", commitments: [{ party: SERVICE, kind: RESPONSIBILITY, text: \"Listen\" }] }) { id } }",
            json!({}),
        ),
        "createCharterFromTemplate" => (
            "mutation($t: ID!, $id: ID!) { createCharterFromTemplate(templateId: $t, initiativeId: $id) { id title initiative { id title } } }",
            json!({ "t": s.toolkit.charter_template, "id": s.initiative }),
        ),
        "setBusinessCase" => (
            "mutation($id: ID!) { setBusinessCase(initiativeId: $id, input: { flows: [{ year: 0, category: COUNCIL_COST, amount: 100 },
                 { year: 1, category: SOCIAL_VALUE, amount: 200 }] }) { npv } }",
            json!({ "id": s.initiative }),
        ),
        "publishBarrierSurvey" => (
            "mutation { publishBarrierSurvey(input: { title: \"Barriers\", barriers: [{ group: STAFF, text: \"Time\" }] }) { id } }",
            json!({}),
        ),
        "startSurveyRun" => (
            "mutation($id: ID!) { startSurveyRun(surveyId: $id, input: { service: HOUSING, opensOn: \"2026-01-01\", closesOn: \"2026-02-01\" }) { id service responses } }",
            json!({ "id": s.toolkit.survey }),
        ),
        "recordSurveyResponses" => (
            "mutation($id: ID!) { recordSurveyResponses(runId: $id, responses: [{ respondentGroup: STAFF, answers: [{ barrierKey: \"staff-1\", score: 4 }] }]) { id responses } }",
            json!({ "id": s.toolkit.run }),
        ),
        other => panic!("the root field {other} has no row in the wall matrix: add one"),
    };
    (query.to_owned(), vars)
}

/// The code a root query refuses `who` with; `None` when it answers.
fn query_refusal(field: &str, who: Who) -> Option<&'static str> {
    use Who::*;
    const NEED_A_ROLE: [&str; 4] = ["auditLog", "contentReports", "matches", "rankedOptions"];
    match (field, who) {
        (_, Anonymous) if NEED_A_ROLE.contains(&field) => Some("UNAUTHENTICATED"),
        ("auditLog" | "contentReports", OtherAdmin) => None,
        ("auditLog" | "contentReports", _) => Some("FORBIDDEN"),
        // For the EDITORs of the initiative's own council: anyone else
        // never learns the private initiative exists.
        ("matches", OwnerViewer) => Some("FORBIDDEN"),
        ("matches", OtherEditor | OtherAdmin) => Some("NOT_FOUND"),
        _ => None,
    }
}

/// How each mutation treats callers; `None` for queries.
fn write_rule(field: &str) -> Option<WriteRule> {
    Some(match field {
        "createInitiative" => WriteRule::CreatesOwn,
        "updateInitiative"
        | "deleteInitiative"
        | "updateCaseStudy"
        | "publishCaseStudy"
        | "deleteCaseStudy"
        | "updateCharter"
        | "requestPeerReview"
        | "respondToPeerReview"
        | "completePeerReview"
        | "cancelPeerReview"
        | "sharePeerReviewFindings"
        | "addPathwayStep"
        | "linkPathwaySteps"
        | "removePathwayStep"
        | "unlinkPathwaySteps"
        | "addEvidence"
        | "addOutcomeIndicator"
        | "recordIndicatorMeasurement"
        | "removeOutcomeIndicator"
        | "adoptCharter"
        | "retireCharter"
        | "setTranslation"
        | "removeTranslation"
        | "addCommunityAsset"
        | "removeCommunityAsset"
        | "addParticipant"
        | "withdrawParticipantConsent"
        | "copyIncentiveTemplates"
        | "addIncentive"
        | "updateIncentive"
        | "removeIncentive"
        | "recordIncentiveUptake"
        | "setBusinessCase"
        | "recordSurveyResponses" => WriteRule::OwnersRecord,
        "createCaseStudy" | "createCharter" | "upsertCaseStudies" | "createCharterFromTemplate" => {
            WriteRule::LinksOwnersInitiative
        }
        // A council's run of the network's survey is its own.
        "startSurveyRun" => WriteRule::CreatesOwn,
        "publishIncentiveTemplate" | "publishCharterTemplate" | "publishBarrierSurvey" => {
            WriteRule::NetworkBodyEditor
        }
        "revokeToken" | "updateOrganisation" => WriteRule::AdminOnly,
        "restoreRevision" => WriteRule::OwnersRecordRefused,
        "featureCaseStudy" | "verifyCaseStudy" | "hideCaseStudy" | "unhideCaseStudy" => {
            WriteRule::CuratorOnly
        }
        "reportContent" => WriteRule::MembersWhoReadIt,
        "resolveReport" => WriteRule::OwnersAdmin,
        _ => return None,
    })
}

/// The same operation aimed at records that never existed.
fn never_existed(vars: &Value, s: &Secrets) -> Value {
    let text = vars
        .to_string()
        .replace(&s.initiative, &global_id("Initiative", 999_999))
        .replace(&s.case_study, &global_id("CaseStudy", 999_999))
        .replace(&s.charter, &global_id("Charter", 999_999))
        .replace(&s.requested_review, &global_id("PeerReview", 999_999))
        .replace(&s.visiting_review, &global_id("PeerReview", 999_998))
        .replace(&s.steps[0], &global_id("PathwayStep", 999_999))
        .replace(&s.steps[1], &global_id("PathwayStep", 999_998))
        .replace(&s.steps[2], &global_id("PathwayStep", 999_997))
        .replace(&s.link, &global_id("PathwayLink", 999_999))
        .replace(&s.indicator, &global_id("OutcomeIndicator", 999_999))
        .replace(&s.report, &global_id("ContentReport", 999_999))
        .replace(
            &s.toolkit.participants[0],
            &global_id("Participant", 999_999),
        )
        .replace(
            &s.toolkit.participants[1],
            &global_id("Participant", 999_998),
        )
        .replace(&s.toolkit.asset, &global_id("CommunityAsset", 999_999))
        .replace(&s.toolkit.incentive, &global_id("Incentive", 999_999))
        .replace(&s.toolkit.run, &global_id("SurveyRun", 999_999));
    serde_json::from_str(&text).expect("json")
}

/// Every `totalCount` in `value` equals the nodes listed beside it (all lists here fit one page).
fn assert_counts_match_nodes(value: &Value, what: &str) {
    match value {
        Value::Object(map) => {
            if let (Some(total), Some(nodes)) = (
                map.get("totalCount"),
                map.get("nodes").and_then(Value::as_array),
            ) {
                assert_eq!(
                    total.as_u64(),
                    Some(nodes.len() as u64),
                    "{what}: totalCount counts records not listed"
                );
            }
            map.values()
                .for_each(|v| assert_counts_match_nodes(v, what));
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| assert_counts_match_nodes(v, what)),
        _ => {}
    }
}

/// Facets asked beside their list count what the list holds: a hidden
/// record the list leaves out is not counted either.
fn assert_facets_count_the_list(value: &Value, what: &str) {
    let data = &value["data"];
    for (facets, list) in [
        ("caseStudyFacets", "caseStudies"),
        ("initiativeFacets", "initiatives"),
    ] {
        if data[facets].is_object() {
            assert_eq!(
                data[facets]["total"], data[list]["totalCount"],
                "{what}: the facets count records the list does not show"
            );
        }
    }
}

async fn root_fields() -> (Vec<String>, Vec<String>, Vec<String>) {
    let schema = api::graphql::schema_builder().finish();
    let response = schema
        .execute("{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }")
        .await
        .into_result()
        .expect("introspection");
    let data = response.data.into_json().expect("json");
    let names = |kind: &str| -> Vec<String> {
        data["__schema"][kind]["fields"]
            .as_array()
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| f["name"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    (
        names("queryType"),
        names("mutationType"),
        names("subscriptionType"),
    )
}

/// Walsall's organisation id.
async fn walsall(app: &TestApp) -> i64 {
    entity::organisation::Entity::find()
        .filter(entity::organisation::Column::Slug.eq("walsall"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("walsall")
        .id
}

#[tokio::test]
async fn no_root_field_lets_a_caller_past_the_wall() {
    let app = TestApp::with_demo().await;
    let walsall = walsall(&app).await;
    let mut bad = bad_tokens("walsall");
    bad.push(("revoked", revoked_token(&app, "walsall").await));

    let (queries, mutations, _) = root_fields().await;
    let fields: BTreeSet<&String> = queries.iter().chain(&mutations).collect();
    assert!(fields.len() >= 19, "{fields:?}");

    for field in queries.iter().chain(&mutations) {
        let secrets = plant_secrets(&app, walsall).await;
        let (query, vars) = operation(field, &secrets);

        for (what, token) in &bad {
            let (status, response) = app.post(Some(token), &query, vars.clone()).await;
            assert_eq!(
                status,
                StatusCode::UNAUTHORIZED,
                "{field} with a {what} token"
            );
            assert_eq!(
                response.error_code(),
                "UNAUTHENTICATED",
                "{field} with a {what} token"
            );
            assert!(
                response.0.get("data").is_none(),
                "{field} with a {what} token returned data"
            );
        }

        for who in Who::ALL {
            let token = who.token();
            let before = fingerprint(&app, &secrets).await;
            let (_, response) = app.post(token.as_deref(), &query, vars.clone()).await;
            let text = response.0.to_string();
            let context = format!("{field} as {who:?}: {text}");
            match write_rule(field) {
                None => {
                    if !who.is_owner() {
                        assert!(!text.to_lowercase().contains(SECRET), "{context}");
                        let t = &secrets.toolkit;
                        for id in [&secrets.initiative, &secrets.case_study, &secrets.charter]
                            .into_iter()
                            .chain(&t.participants)
                            .chain([&t.asset, &t.incentive, &t.run])
                        {
                            assert!(!text.contains(id.as_str()), "{context}");
                        }
                    }
                    match query_refusal(field, who) {
                        Some(code) => {
                            assert_eq!(response.error_code(), code, "{context}");
                            if !who.is_owner() {
                                let (_, never) = app
                                    .post(token.as_deref(), &query, never_existed(&vars, &secrets))
                                    .await;
                                assert_eq!(never.error_code(), code, "{context}");
                                assert_eq!(
                                    never.error_message(),
                                    response.error_message(),
                                    "{context}"
                                );
                            }
                        }
                        None => {
                            assert!(response.0.get("errors").is_none(), "{context}");
                            assert_counts_match_nodes(&response.0, &context);
                            assert_facets_count_the_list(&response.0, &context);
                        }
                    }
                    if who == Who::OwnerEditor
                        && [
                            "node",
                            "nodes",
                            "caseStudies",
                            "initiatives",
                            "charters",
                            "matches",
                            "rankedOptions",
                        ]
                        .contains(&field.as_str())
                    {
                        assert!(
                            text.contains(SECRET),
                            "the owner sees its own records: {context}"
                        );
                    }
                }
                Some(rule) => {
                    let expected = expect_write(rule, who);
                    match expected {
                        Expect::Ok => assert!(response.0.get("errors").is_none(), "{context}"),
                        Expect::Code(code) => {
                            assert_eq!(response.error_code(), code, "{context}");
                            assert!(!text.to_lowercase().contains(SECRET), "{context}");
                            assert_eq!(
                                before,
                                fingerprint(&app, &secrets).await,
                                "a refused write changed something: {context}"
                            );
                            // Indistinguishable from a record that never
                            // existed, for all but the owner, who knows it.
                            if who != Who::OwnerEditor {
                                let (_, never) = app
                                    .post(token.as_deref(), &query, never_existed(&vars, &secrets))
                                    .await;
                                assert_eq!(never.error_code(), code, "{context}");
                                assert_eq!(
                                    never.error_message(),
                                    response.error_message(),
                                    "{context}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn over_the_socket_no_root_field_lets_a_caller_past_the_wall() {
    let app = TestApp::with_demo().await;
    let walsall = walsall(&app).await;
    let mut bad = bad_tokens("walsall");
    bad.push(("revoked", revoked_token(&app, "walsall").await));
    let (queries, mutations, subscriptions) = root_fields().await;

    for field in queries.iter().chain(&mutations) {
        let secrets = plant_secrets(&app, walsall).await;
        let (query, vars) = operation(field, &secrets);
        for (what, token) in &bad {
            match ws::try_connect(&app, Some(token)).await {
                Err(ws::Refused::Closed(reason)) => assert!(
                    reason.contains("UNAUTHENTICATED"),
                    "{field} with a {what} token: {reason}"
                ),
                other => panic!("{field} with a {what} token opened a socket: {other:?}"),
            }
        }
        for who in Who::ALL {
            let before = fingerprint(&app, &secrets).await;
            let mut socket = ws::connect(&app, who.token().as_deref()).await;
            ws::subscribe(&mut socket, "1", &query, vars.clone()).await;
            let answer = ws::next(&mut socket, std::time::Duration::from_secs(10))
                .await
                .expect("an answer");
            let text = answer.to_string();
            let context = format!("{field} as {who:?} over the socket: {text}");
            assert_eq!(answer["type"], "next", "{context}");
            assert_eq!(answer["payload"]["data"], Value::Null, "{context}");
            assert_eq!(
                answer["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
                "{context}"
            );
            assert!(!text.to_lowercase().contains(SECRET), "{context}");
            assert_eq!(
                before,
                fingerprint(&app, &secrets).await,
                "a refused operation changed something: {context}"
            );
        }
    }

    for field in &subscriptions {
        assert_eq!(
            field, "caseStudyChanged",
            "a subscription without a row in the wall: {field}"
        );
        let secrets = plant_secrets(&app, walsall).await;
        for (what, token) in &bad {
            assert!(
                ws::try_connect(&app, Some(token)).await.is_err(),
                "{field} with a {what} token opened a socket"
            );
        }
        let mut sockets = Vec::new();
        for who in Who::ALL {
            let mut socket = ws::connect(&app, who.token().as_deref()).await;
            ws::subscribe(
                &mut socket,
                "1",
                "subscription { caseStudyChanged { op id externalId caseStudy { id title summary } } }",
                json!({}),
            )
            .await;
            sockets.push((who, socket));
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        // Walsall changes its private case study, then Surrey publishes a
        // case study everyone may see: each subscriber reads up to it.
        app.gql_as(
            &token("walsall", &["EDITOR"]),
            "mutation($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { id } }",
            json!({ "input": { "id": secrets.case_study, "expectedVersion": 1, "summary": format!("{SECRET} changed") } }),
        )
        .await
        .data();
        let surrey = token("surrey", &["ADMIN"]);
        let sentinel = app
            .gql_as(
                &surrey,
                "mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }",
                json!({ "input": { "title": "Sentinel", "summary": "S", "body": "B", "coTypes": ["CO_DESIGN"],
                                   "serviceArea": "HOUSING", "visibility": "PUBLIC" } }),
            )
            .await
            .data()["createCaseStudy"]["id"]
            .clone();
        app.gql_as(
            &surrey,
            "mutation($id: ID!) { publishCaseStudy(id: $id) { id } }",
            json!({ "id": sentinel }),
        )
        .await
        .data();
        for (who, socket) in &mut sockets {
            let mut seen = String::new();
            loop {
                let message = ws::next(socket, std::time::Duration::from_secs(10))
                    .await
                    .unwrap_or_else(|code| panic!("{field} as {who:?}: closed with {code:?}"));
                let text = message.to_string();
                let change = &message["payload"]["data"]["caseStudyChanged"];
                if change["id"] == sentinel && change["caseStudy"]["id"] == sentinel {
                    break;
                }
                seen.push_str(&text);
            }
            let context = format!("{field} as {who:?}: {seen}");
            if who.is_owner() {
                assert!(
                    seen.contains(SECRET),
                    "the owner sees its change: {context}"
                );
            } else {
                assert!(!seen.to_lowercase().contains(SECRET), "{context}");
                assert!(!seen.contains(secrets.case_study.as_str()), "{context}");
            }
        }
    }
}

/// POSTs to `/dev/token`, with a bearer token when given.
async fn ask_development_token(
    app: &TestApp,
    bearer: Option<&str>,
    body: Value,
) -> (StatusCode, String) {
    let mut request = app.client.post(app.url("/dev/token")).json(&body);
    if let Some(bearer) = bearer {
        request = request.bearer_auth(bearer);
    }
    let response = request.send().await.expect("sent");
    (response.status(), response.text().await.expect("body"))
}

/// `/dev/token`, the Explorer's development sign-in: a server that verifies
/// with a secret of its own behaves as if the route did not exist, for any
/// caller; on the embedded default a token it issues is a member of the one
/// organisation it names, behind the wall like any other.
#[tokio::test]
async fn a_development_token_exists_only_on_the_embedded_default_and_names_one_organisation() {
    let configured = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    for bearer in [None, Some(editor.as_str())] {
        let mut asked = configured.client.get(configured.url("/dev/token"));
        if let Some(bearer) = bearer {
            asked = asked.bearer_auth(bearer);
        }
        let status = asked.send().await.expect("sent").status();
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, body) = ask_development_token(
            &configured,
            bearer,
            json!({ "organisation": "walsall", "role": "ADMIN" }),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
        assert!(body.is_empty(), "as if the route did not exist: {body}");
    }
    // Nor a server that takes only an identity provider's tokens.
    let provider_only = TestApp::spawn_with(|config| {
        config.jwt_secret = api::config::JwtSecret::Off;
    })
    .await;
    let (status, body) = ask_development_token(
        &provider_only,
        None,
        json!({ "organisation": "walsall", "role": "ADMIN" }),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");

    let app = TestApp::spawn_with(|config| {
        config.jwt_secret = api::config::JwtSecret::Development;
    })
    .await;
    api::seed::demo(&app.db).await.expect("demo network loads");
    let walsall = walsall(&app).await;
    let secrets = plant_secrets(&app, walsall).await;
    let available = app
        .client
        .get(app.url("/dev/token"))
        .send()
        .await
        .expect("sent");
    assert_eq!(available.status(), StatusCode::OK);

    let issued = |org: &'static str| {
        let app = &app;
        async move {
            let (status, body) =
                ask_development_token(app, None, json!({ "organisation": org, "role": "EDITOR" }))
                    .await;
            assert_eq!(status, StatusCode::OK, "{body}");
            let body: Value = serde_json::from_str(&body).expect("json");
            body["token"].as_str().expect("a token").to_owned()
        }
    };
    // A working day, no more.
    let surrey_token = issued("surrey").await;
    let payload = surrey_token.split('.').nth(1).expect("a JWT");
    let claims: Value = serde_json::from_slice(
        &base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, payload)
            .expect("base64url"),
    )
    .expect("claims");
    let lifetime = claims["exp"].as_i64().expect("exp") - claims["iat"].as_i64().expect("iat");
    assert_eq!(lifetime, 8 * 3600, "{claims}");
    let query = "query($id: ID!) { viewer { organisation { slug } roles } node(id: $id) { id } }";
    let vars = json!({ "id": secrets.case_study });
    let surrey = app
        .gql_as(&issued("surrey").await, query, vars.clone())
        .await;
    assert_eq!(surrey.data()["viewer"]["organisation"]["slug"], "surrey");
    assert_eq!(surrey.data()["viewer"]["roles"], json!(["EDITOR"]));
    assert!(surrey.data()["node"].is_null(), "{}", surrey.0);
    let owner = app.gql_as(&issued("walsall").await, query, vars).await;
    assert_eq!(owner.data()["node"]["id"], secrets.case_study);

    for (body, status, code) in [
        (
            json!({ "organisation": "nowhere", "role": "EDITOR" }),
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
        ),
        (
            json!({ "organisation": "walsall", "role": "SYNC" }),
            StatusCode::BAD_REQUEST,
            "BAD_USER_INPUT",
        ),
        (
            json!({ "organisation": "walsall", "role": "editor" }),
            StatusCode::BAD_REQUEST,
            "BAD_USER_INPUT",
        ),
        (
            json!({ "organisation": "walsall" }),
            StatusCode::BAD_REQUEST,
            "BAD_USER_INPUT",
        ),
        (
            json!(["walsall"]),
            StatusCode::BAD_REQUEST,
            "BAD_USER_INPUT",
        ),
    ] {
        let (got, answer) = ask_development_token(&app, None, body.clone()).await;
        assert_eq!(got, status, "{body}: {answer}");
        let answer: Value = serde_json::from_str(&answer).expect("json");
        assert_eq!(
            answer["errors"][0]["extensions"]["code"], code,
            "{body}: {answer}"
        );
    }
}
