//! The demo network: the organisations and cases of the Co-Production Star
//! sources (`demo.json`), loaded so that running it again changes nothing:
//! each record is looked up by its natural key first. [`synthetic`] generates
//! a large network for benchmarks.

pub mod synthetic;

use std::collections::HashMap;

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    case_study, charter,
    evidence::Emmie,
    initiative, organisation, peer_review,
    vocabulary::{
        CaseStudyStatus, CharterStatus, CoType, IndicatorKind, Nation, OrganisationKind,
        PathwayStepKind, PeerReviewKind, PeerReviewStatus, ServiceArea, StarStep, Visibility,
    },
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait,
};
use serde::Deserialize;

use crate::db::{
    appraisal::{Appraisal, Score},
    initiative_parts::{self, EvidenceRow, IndicatorRow},
    write::{self, NewCaseStudy, NewCharter, NewInitiative, NewOrganisation, NewPeerReview},
};

const DEMO: &str = include_str!("demo.json");

/// Who the demo's writes are recorded as.
const DEMO_SUBJECT: &str = "demo-seed";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Demo {
    organisations: Vec<DemoOrganisation>,
    initiatives: Vec<DemoInitiative>,
    case_studies: Vec<DemoCaseStudy>,
    charters: Vec<DemoCharter>,
    peer_reviews: Vec<DemoPeerReview>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoOrganisation {
    slug: String,
    name: String,
    kind: OrganisationKind,
    gss_code: Option<String>,
    nation: Nation,
    club_member: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoInitiative {
    key: String,
    owner: String,
    title: String,
    summary: String,
    co_types: Vec<CoType>,
    star_step: StarStep,
    service_area: ServiceArea,
    tags: Vec<String>,
    visibility: Visibility,
    #[serde(default)]
    appraisal: Option<DemoAppraisal>,
    #[serde(default)]
    pathway: Option<DemoPathway>,
    #[serde(default)]
    indicators: Vec<DemoIndicator>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoPathway {
    steps: Vec<DemoStep>,
    links: Vec<DemoLink>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoStep {
    key: String,
    kind: PathwayStepKind,
    label: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoLink {
    from: String,
    to: String,
    #[serde(default)]
    evidence: Vec<DemoEvidence>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoEvidence {
    summary: String,
    source: Option<String>,
    observed_on: Option<NaiveDate>,
    nesta_level: Option<i16>,
    maryland_level: Option<i16>,
    emmie: Option<Emmie>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoIndicator {
    kind: IndicatorKind,
    name: String,
    unit: String,
    baseline: Option<f64>,
    target: Option<f64>,
    measurements: Vec<DemoMeasurement>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoMeasurement {
    measured_on: NaiveDate,
    value: f64,
    note: Option<String>,
}

/// Loads the pathway and indicators of a newly seeded initiative.
async fn seed_parts(
    txn: &impl ConnectionTrait,
    initiative_id: i64,
    pathway: Option<DemoPathway>,
    indicators: Vec<DemoIndicator>,
) -> anyhow::Result<()> {
    if let Some(pathway) = pathway {
        let mut steps = HashMap::new();
        for step in pathway.steps {
            let row =
                initiative_parts::insert_step(txn, initiative_id, step.kind, step.label).await?;
            steps.insert(step.key, row.id);
        }
        let step = |key: &str| {
            steps
                .get(key)
                .copied()
                .with_context(|| format!("demo data names unknown pathway step {key}"))
        };
        for link in pathway.links {
            let row = initiative_parts::insert_link(
                txn,
                initiative_id,
                step(&link.from)?,
                step(&link.to)?,
            )
            .await?;
            for item in link.evidence {
                let evidence = EvidenceRow {
                    summary: item.summary,
                    source: item.source,
                    observed_on: item.observed_on,
                    nesta_level: item.nesta_level,
                    maryland_level: item.maryland_level,
                    emmie: item.emmie,
                };
                initiative_parts::insert_evidence(txn, &row, evidence, DEMO_SUBJECT).await?;
            }
        }
    }
    for indicator in indicators {
        let row = IndicatorRow {
            kind: indicator.kind,
            name: indicator.name,
            unit: indicator.unit,
            baseline: indicator.baseline,
            target: indicator.target,
        };
        let stored = initiative_parts::insert_indicator(txn, initiative_id, row).await?;
        for m in indicator.measurements {
            initiative_parts::insert_measurement(txn, &stored, m.measured_on, m.value, m.note)
                .await?;
        }
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoAppraisal {
    impact: Option<i32>,
    ease: Option<i32>,
    annual_cost: Option<f64>,
    annual_benefit: Option<f64>,
    currency: Option<String>,
}

impl DemoAppraisal {
    fn into_appraisal(self) -> anyhow::Result<Appraisal> {
        let score = |field: &str, value: Option<i32>| {
            value
                .map(|v| Score::new(field, v).map_err(|e| anyhow::anyhow!("demo data: {e}")))
                .transpose()
        };
        Appraisal {
            impact: score("impact", self.impact)?,
            ease: score("ease", self.ease)?,
            annual_cost: self.annual_cost,
            annual_benefit: self.annual_benefit,
            currency: self.currency,
        }
        .validated("appraisal")
        .map_err(|e| anyhow::anyhow!("demo data: {e}"))
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoCaseStudy {
    external_id: String,
    owner: String,
    initiative: Option<String>,
    title: String,
    summary: String,
    body: String,
    co_types: Vec<CoType>,
    service_area: ServiceArea,
    tags: Vec<String>,
    language: String,
    visibility: Visibility,
    status: CaseStudyStatus,
    published_at: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoCharter {
    owner: String,
    initiative: Option<String>,
    title: String,
    status: CharterStatus,
    visibility: Visibility,
    commitments: Vec<charter::Commitment>,
    risks: Vec<charter::Risk>,
    #[serde(default)]
    signatories: Vec<charter::Signatory>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoPeerReview {
    kind: PeerReviewKind,
    host: String,
    visitor: String,
    initiative: Option<String>,
    case_study: Option<String>,
    status: PeerReviewStatus,
    proposed_for: Option<NaiveDate>,
    message: Option<String>,
    findings: Option<String>,
}

/// How many records a seeding run added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub organisations: usize,
    pub initiatives: usize,
    pub case_studies: usize,
    pub charters: usize,
    pub peer_reviews: usize,
}

impl SeedReport {
    pub fn total(&self) -> usize {
        self.organisations
            + self.initiatives
            + self.case_studies
            + self.charters
            + self.peer_reviews
    }
}

/// Whether the database holds no organisation yet.
pub async fn is_empty(db: &DatabaseConnection) -> anyhow::Result<bool> {
    let any = organisation::Entity::find()
        .one(db)
        .await
        .context("reading organisations")?;
    Ok(any.is_none())
}

/// Loads the demo network, adding only what is missing, in one transaction.
pub async fn demo(db: &DatabaseConnection) -> anyhow::Result<SeedReport> {
    let demo: Demo = serde_json::from_str(DEMO).context("the built-in demo data is malformed")?;
    let txn = db
        .begin()
        .await
        .context("starting the seeding transaction")?;
    write::order_changes(&txn).await?;
    let mut report = SeedReport::default();

    let mut orgs: HashMap<String, i64> = HashMap::new();
    for org in demo.organisations {
        let existing = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(&org.slug))
            .one(&txn)
            .await?;
        let id = match existing {
            Some(found) => found.id,
            None => {
                report.organisations += 1;
                let new = NewOrganisation {
                    slug: org.slug.clone(),
                    name: org.name,
                    kind: org.kind,
                    gss_code: org.gss_code,
                    nation: org.nation,
                    club_member: org.club_member,
                };
                write::insert_organisation(&txn, new, Utc::now()).await?.id
            }
        };
        orgs.insert(org.slug, id);
    }
    let org = |slug: &str| {
        orgs.get(slug)
            .copied()
            .with_context(|| format!("demo data names unknown organisation {slug}"))
    };

    let mut initiatives: HashMap<String, i64> = HashMap::new();
    for item in demo.initiatives {
        let owner = org(&item.owner)?;
        let existing = initiative::Entity::find()
            .filter(initiative::Column::OwnerOrgId.eq(owner))
            .filter(initiative::Column::Title.eq(&item.title))
            .one(&txn)
            .await?;
        let id = match existing {
            Some(found) => found.id,
            None => {
                report.initiatives += 1;
                let new = NewInitiative {
                    owner_org_id: owner,
                    title: item.title,
                    summary: item.summary,
                    co_types: item.co_types,
                    star_step: item.star_step,
                    service_area: item.service_area,
                    tags: item.tags,
                    visibility: item.visibility,
                    appraisal: item
                        .appraisal
                        .map(DemoAppraisal::into_appraisal)
                        .transpose()?
                        .unwrap_or_default(),
                };
                let id = write::insert_initiative(&txn, new, Utc::now()).await?.id;
                seed_parts(&txn, id, item.pathway, item.indicators).await?;
                id
            }
        };
        initiatives.insert(item.key, id);
    }
    let initiative_id = |key: &Option<String>| -> anyhow::Result<Option<i64>> {
        key.as_deref()
            .map(|k| {
                initiatives
                    .get(k)
                    .copied()
                    .with_context(|| format!("demo data names unknown initiative {k}"))
            })
            .transpose()
    };

    let mut case_studies: HashMap<String, i64> = HashMap::new();
    for item in demo.case_studies {
        let owner = org(&item.owner)?;
        let existing = case_study::Entity::find()
            .filter(case_study::Column::OwnerOrgId.eq(owner))
            .filter(case_study::Column::ExternalId.eq(&item.external_id))
            .one(&txn)
            .await?;
        let id = match existing {
            Some(found) => found.id,
            None => {
                report.case_studies += 1;
                let new = NewCaseStudy {
                    owner_org_id: owner,
                    initiative_id: initiative_id(&item.initiative)?,
                    external_id: Some(item.external_id.clone()),
                    title: item.title,
                    summary: item.summary,
                    body: item.body,
                    co_types: item.co_types,
                    service_area: item.service_area,
                    tags: item.tags,
                    language: item.language,
                    visibility: item.visibility,
                    status: item.status,
                    published_at: item.published_at,
                };
                // A published case was last touched when it was published.
                let touched = item.published_at.unwrap_or_else(Utc::now);
                write::insert_case_study(&txn, new, touched).await?.id
            }
        };
        case_studies.insert(item.external_id, id);
    }

    for item in demo.charters {
        let owner = org(&item.owner)?;
        let existing = charter::Entity::find()
            .filter(charter::Column::OwnerOrgId.eq(owner))
            .filter(charter::Column::Title.eq(&item.title))
            .one(&txn)
            .await?;
        if existing.is_none() {
            report.charters += 1;
            let new = NewCharter {
                owner_org_id: owner,
                initiative_id: initiative_id(&item.initiative)?,
                title: item.title,
                status: item.status,
                commitments: item.commitments,
                risks: item.risks,
                signatories: item.signatories,
                visibility: item.visibility,
            };
            let now = Utc::now();
            let charter = write::insert_charter(&txn, new, now).await?;
            if charter.status == CharterStatus::Adopted {
                write::insert_charter_version(&txn, &charter, DEMO_SUBJECT, now).await?;
            }
        }
    }

    for item in demo.peer_reviews {
        let host = org(&item.host)?;
        let visitor = org(&item.visitor)?;
        let initiative = initiative_id(&item.initiative)?;
        let case_study = item
            .case_study
            .as_deref()
            .map(|k| {
                case_studies
                    .get(k)
                    .copied()
                    .with_context(|| format!("demo data names unknown case study {k}"))
            })
            .transpose()?;
        let mut existing = peer_review::Entity::find()
            .filter(peer_review::Column::HostOrgId.eq(host))
            .filter(peer_review::Column::VisitorOrgId.eq(visitor));
        existing = match (initiative, case_study) {
            (Some(id), _) => existing.filter(peer_review::Column::InitiativeId.eq(id)),
            (None, Some(id)) => existing.filter(peer_review::Column::CaseStudyId.eq(id)),
            (None, None) => anyhow::bail!("a demo peer review has no subject"),
        };
        if existing.one(&txn).await?.is_none() {
            report.peer_reviews += 1;
            let new = NewPeerReview {
                kind: item.kind,
                host_org_id: host,
                visitor_org_id: visitor,
                initiative_id: initiative,
                case_study_id: case_study,
                status: item.status,
                proposed_for: item.proposed_for,
                message: item.message,
                findings: item.findings,
                requested_by_org_id: visitor,
            };
            write::insert_peer_review(&txn, new, Utc::now()).await?;
        }
    }

    txn.commit().await.context("committing the demo network")?;
    Ok(report)
}
