//! The demo network's toolkit: a network body's incentive menu, dementia
//! charter template (which East Dunbartonshire's charter adapts) and
//! Barriers survey, Walsall's video-call matching (assets, pseudonymous
//! participants, incentives copied from the menu), Midlothian's business
//! cases, and survey runs by seven councils. Each survey run's responses
//! are generated around the council's profile of scores, the same every
//! time.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{NaiveDate, Utc};
use entity::{
    barrier_survey, business_case,
    business_case::CashFlow,
    charter,
    charter::Commitment,
    charter::Risk,
    charter_template, community_asset, incentive,
    incentive::Uptake,
    incentive_template, participant,
    participant::Contribution,
    survey_answer, survey_response, survey_run,
    vocabulary::{
        BarrierGroup, CommunityAssetKind, IncentiveKind, IncentiveTargetGroup, RespondentGroup,
        ServiceArea, Visibility, Willingness,
    },
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, NotSet,
    PaginatorTrait, QueryFilter, sea_query::Expr,
};
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct DemoToolkit {
    publisher: String,
    incentive_templates: Vec<DemoIncentiveTemplate>,
    charter_templates: Vec<DemoCharterTemplate>,
    barrier_surveys: Vec<DemoSurvey>,
    initiatives: Vec<DemoInitiativeToolkit>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoIncentiveTemplate {
    key: String,
    target_group: IncentiveTargetGroup,
    kind: IncentiveKind,
    title: String,
    example: String,
    cost: Option<f64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoCharterTemplate {
    title: String,
    commitments: Vec<Commitment>,
    risks: Vec<Risk>,
    adapted_by: Vec<DemoCharterRef>,
}

#[derive(Deserialize)]
struct DemoCharterRef {
    owner: String,
    title: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoSurvey {
    title: String,
    barriers: Vec<DemoBarrier>,
    runs: Vec<DemoRun>,
}

#[derive(Deserialize)]
struct DemoBarrier {
    group: BarrierGroup,
    text: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoRun {
    owner: String,
    service: ServiceArea,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    responses: usize,
    /// The council's typical score of each barrier, in the survey's order.
    profile: Vec<i16>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoInitiativeToolkit {
    initiative: String,
    #[serde(default)]
    assets: Vec<DemoAsset>,
    #[serde(default)]
    participants: Vec<DemoParticipant>,
    #[serde(default)]
    incentives: Vec<DemoIncentive>,
    business_case: Option<DemoBusinessCase>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoAsset {
    kind: CommunityAssetKind,
    description: String,
    location: Option<String>,
    contact_route: Option<String>,
    visibility: Visibility,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoParticipant {
    reference: String,
    consented_on: NaiveDate,
    willingness: Willingness,
    offers: Vec<Contribution>,
    needs: Vec<Contribution>,
}

#[derive(Deserialize)]
struct DemoIncentive {
    template: String,
    uptake: Vec<Uptake>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoBusinessCase {
    currency: String,
    discount_rate: f64,
    flows: Vec<CashFlow>,
}

/// How a generated response strays from the council's profile: the same
/// small pattern for every council, shifted per barrier.
const SPREAD: [i16; 6] = [0, 1, -1, 0, 1, -1];

const RESPONDENTS: [RespondentGroup; 3] = [
    RespondentGroup::Staff,
    RespondentGroup::ServiceUser,
    RespondentGroup::CommunityMember,
];

/// Writes the demo's toolkit where it is not there yet.
pub(super) async fn seed(
    txn: &DatabaseTransaction,
    toolkit: DemoToolkit,
    orgs: &HashMap<String, i64>,
    initiatives: &HashMap<String, i64>,
) -> anyhow::Result<()> {
    let org = |slug: &str| {
        orgs.get(slug)
            .copied()
            .with_context(|| format!("demo toolkit names unknown organisation {slug}"))
    };
    let publisher = org(&toolkit.publisher)?;
    let now = Utc::now();

    let mut templates: HashMap<String, incentive_template::Model> = HashMap::new();
    for item in toolkit.incentive_templates {
        let existing = incentive_template::Entity::find()
            .filter(incentive_template::Column::PublisherOrgId.eq(publisher))
            .filter(incentive_template::Column::Title.eq(&item.title))
            .one(txn)
            .await?;
        let template = match existing {
            Some(t) => t,
            None => {
                incentive_template::ActiveModel {
                    id: NotSet,
                    publisher_org_id: Set(publisher),
                    target_group: Set(item.target_group),
                    kind: Set(item.kind),
                    title: Set(item.title),
                    example: Set(Some(item.example)),
                    cost: Set(item.cost),
                    currency: Set("GBP".into()),
                    created_at: Set(now),
                }
                .insert(txn)
                .await?
            }
        };
        templates.insert(item.key, template);
    }

    for item in toolkit.charter_templates {
        let existing = charter_template::Entity::find()
            .filter(charter_template::Column::PublisherOrgId.eq(publisher))
            .filter(charter_template::Column::Title.eq(&item.title))
            .one(txn)
            .await?;
        let template = match existing {
            Some(t) => t,
            None => {
                charter_template::ActiveModel {
                    id: NotSet,
                    publisher_org_id: Set(publisher),
                    title: Set(item.title),
                    language: Set("en".into()),
                    commitments: Set(json!(item.commitments)),
                    risks: Set(json!(item.risks)),
                    created_at: Set(now),
                }
                .insert(txn)
                .await?
            }
        };
        for adapted in item.adapted_by {
            charter::Entity::update_many()
                .col_expr(charter::Column::TemplateId, Expr::value(template.id))
                .filter(charter::Column::OwnerOrgId.eq(org(&adapted.owner)?))
                .filter(charter::Column::Title.eq(adapted.title))
                .exec(txn)
                .await?;
        }
    }

    for survey in toolkit.barrier_surveys {
        seed_survey(txn, publisher, survey, &org).await?;
    }

    for item in toolkit.initiatives {
        let initiative_id = initiatives
            .get(&item.initiative)
            .copied()
            .with_context(|| {
                format!("demo toolkit names unknown initiative {}", item.initiative)
            })?;
        let owner = entity::initiative::Entity::find_by_id(initiative_id)
            .one(txn)
            .await?
            .context("a demo initiative went missing")?
            .owner_org_id;
        seed_initiative(txn, item, initiative_id, owner, &templates).await?;
    }
    Ok(())
}

async fn seed_survey(
    txn: &DatabaseTransaction,
    publisher: i64,
    survey: DemoSurvey,
    org: &impl Fn(&str) -> anyhow::Result<i64>,
) -> anyhow::Result<()> {
    let existing = barrier_survey::Entity::find()
        .filter(barrier_survey::Column::PublisherOrgId.eq(publisher))
        .filter(barrier_survey::Column::Title.eq(&survey.title))
        .one(txn)
        .await?;
    let row = match existing {
        Some(row) => row,
        None => {
            let barriers = crate::repo::toolkit::surveys::keyed(
                survey
                    .barriers
                    .into_iter()
                    .map(|b| (b.group, b.text))
                    .collect(),
            );
            barrier_survey::ActiveModel {
                id: NotSet,
                publisher_org_id: Set(publisher),
                title: Set(survey.title),
                version: Set(1),
                previous_version_id: Set(None),
                barriers: Set(json!(barriers)),
                published_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?
        }
    };
    let keys: Vec<String> = crate::repo::toolkit::surveys::barriers(&row)
        .into_iter()
        .map(|b| b.key)
        .collect();
    for run in survey.runs {
        let owner = org(&run.owner)?;
        let started = survey_run::Entity::find()
            .filter(survey_run::Column::OwnerOrgId.eq(owner))
            .filter(survey_run::Column::SurveyId.eq(row.id))
            .count(txn)
            .await?;
        if started > 0 {
            continue;
        }
        let saved = survey_run::ActiveModel {
            id: NotSet,
            owner_org_id: Set(owner),
            survey_id: Set(row.id),
            service: Set(run.service),
            opens_on: Set(run.opens_on),
            closes_on: Set(run.closes_on),
            created_at: Set(Utc::now()),
        }
        .insert(txn)
        .await?;
        for n in 0..run.responses {
            let response = survey_response::ActiveModel {
                id: NotSet,
                owner_org_id: Set(owner),
                run_id: Set(saved.id),
                respondent_group: Set(RESPONDENTS[n % RESPONDENTS.len()]),
                created_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?;
            let answers = keys
                .iter()
                .zip(&run.profile)
                .enumerate()
                .map(|(b, (key, typical))| {
                    let score = (typical + SPREAD[(n + b) % SPREAD.len()]).clamp(1, 5);
                    survey_answer::ActiveModel {
                        id: NotSet,
                        owner_org_id: Set(owner),
                        survey_id: Set(row.id),
                        run_id: Set(saved.id),
                        response_id: Set(response.id),
                        barrier_key: Set(key.clone()),
                        score: Set(score),
                    }
                });
            survey_answer::Entity::insert_many(answers)
                .exec(txn)
                .await?;
        }
    }
    Ok(())
}

async fn seed_initiative(
    txn: &DatabaseTransaction,
    item: DemoInitiativeToolkit,
    initiative_id: i64,
    owner: i64,
    templates: &HashMap<String, incentive_template::Model>,
) -> anyhow::Result<()> {
    let now = Utc::now();
    for asset in item.assets {
        let there = community_asset::Entity::find()
            .filter(community_asset::Column::InitiativeId.eq(initiative_id))
            .filter(community_asset::Column::Description.eq(&asset.description))
            .count(txn)
            .await?;
        if there == 0 {
            community_asset::ActiveModel {
                id: NotSet,
                owner_org_id: Set(owner),
                initiative_id: Set(initiative_id),
                kind: Set(asset.kind),
                description: Set(asset.description),
                location: Set(asset.location),
                contact_route: Set(asset.contact_route),
                visibility: Set(asset.visibility),
                created_at: Set(now),
            }
            .insert(txn)
            .await?;
        }
    }
    for person in item.participants {
        let there = participant::Entity::find()
            .filter(participant::Column::InitiativeId.eq(initiative_id))
            .filter(participant::Column::Reference.eq(&person.reference))
            .count(txn)
            .await?;
        if there == 0 {
            participant::ActiveModel {
                id: NotSet,
                owner_org_id: Set(owner),
                initiative_id: Set(initiative_id),
                reference: Set(person.reference),
                consented_on: Set(person.consented_on),
                willingness: Set(person.willingness),
                offers: Set(json!(person.offers)),
                needs: Set(json!(person.needs)),
                withdrawn_at: Set(None),
                created_at: Set(now),
            }
            .insert(txn)
            .await?;
        }
    }
    for chosen in item.incentives {
        let template = templates
            .get(&chosen.template)
            .with_context(|| format!("demo toolkit names unknown incentive {}", chosen.template))?;
        let there = incentive::Entity::find()
            .filter(incentive::Column::InitiativeId.eq(initiative_id))
            .filter(incentive::Column::TemplateId.eq(template.id))
            .count(txn)
            .await?;
        if there == 0 {
            incentive::ActiveModel {
                id: NotSet,
                initiative_id: Set(initiative_id),
                template_id: Set(Some(template.id)),
                target_group: Set(template.target_group),
                kind: Set(template.kind),
                title: Set(template.title.clone()),
                example: Set(template.example.clone()),
                cost: Set(template.cost),
                currency: Set(template.currency.clone()),
                uptake: Set(json!(chosen.uptake)),
                created_at: Set(now),
            }
            .insert(txn)
            .await?;
        }
    }
    if let Some(case) = item.business_case {
        let there = business_case::Entity::find()
            .filter(business_case::Column::InitiativeId.eq(initiative_id))
            .count(txn)
            .await?;
        if there == 0 {
            // Checked as a client's case would be.
            let case = crate::domain::business_case::BusinessCase::new(
                &case.currency,
                case.discount_rate,
                case.flows,
            )?;
            business_case::ActiveModel {
                id: NotSet,
                initiative_id: Set(initiative_id),
                currency: Set(case.currency),
                discount_rate: Set(case.discount_rate),
                flows: Set(json!(case.flows)),
                updated_at: Set(now),
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(())
}
