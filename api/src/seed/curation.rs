//! The demo network's curation: a network body features and verifies some
//! PUBLIC case studies, and a report of one has been resolved.

use std::collections::HashMap;

use anyhow::Context;
use chrono::{DateTime, Utc};
use entity::{
    case_study, content_report,
    vocabulary::{ReportReason, ReportStatus},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait, NotSet,
    QueryFilter, sea_query::Expr,
};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub(super) struct DemoCuration {
    curator: String,
    featured: Vec<String>,
    verified: Vec<DemoVerification>,
    reports: Vec<DemoReport>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoVerification {
    case_study: String,
    note: String,
    at: DateTime<Utc>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoReport {
    case_study: String,
    reporter: String,
    reason: ReportReason,
    details: String,
    outcome: String,
    at: DateTime<Utc>,
    resolved_at: DateTime<Utc>,
}

/// The demo's case studies: their ids by key, and their owners by id.
pub(super) struct CaseStudies<'a> {
    pub by_key: &'a HashMap<String, i64>,
    pub owners: &'a HashMap<i64, i64>,
}

/// Writes the demo's curation where it is not there yet.
pub(super) async fn seed(
    txn: &DatabaseTransaction,
    curation: DemoCuration,
    orgs: &HashMap<String, i64>,
    case_studies: CaseStudies<'_>,
) -> anyhow::Result<()> {
    let org = |slug: &str| {
        orgs.get(slug)
            .copied()
            .with_context(|| format!("demo curation names unknown organisation {slug}"))
    };
    let case_study = |key: &str| {
        case_studies
            .by_key
            .get(key)
            .copied()
            .with_context(|| format!("demo curation names unknown case study {key}"))
    };
    let curator = org(&curation.curator)?;
    for key in &curation.featured {
        case_study::Entity::update_many()
            .col_expr(case_study::Column::Featured, Expr::value(true))
            .filter(case_study::Column::Id.eq(case_study(key)?))
            .exec(txn)
            .await?;
    }
    for item in curation.verified {
        case_study::Entity::update_many()
            .col_expr(case_study::Column::VerifiedAt, Expr::value(Some(item.at)))
            .col_expr(
                case_study::Column::VerifiedByOrgId,
                Expr::value(Some(curator)),
            )
            .col_expr(
                case_study::Column::VerifiedNote,
                Expr::value(Some(item.note)),
            )
            .filter(case_study::Column::Id.eq(case_study(&item.case_study)?))
            .filter(case_study::Column::VerifiedAt.is_null())
            .exec(txn)
            .await?;
    }
    for item in curation.reports {
        let id = case_study(&item.case_study)?;
        let reporter = org(&item.reporter)?;
        let present = content_report::Entity::find()
            .filter(content_report::Column::CaseStudyId.eq(id))
            .filter(content_report::Column::ReporterOrgId.eq(reporter))
            .one(txn)
            .await?;
        if present.is_some() {
            continue;
        }
        let owner = *case_studies
            .owners
            .get(&id)
            .context("a reported demo case study")?;
        content_report::ActiveModel {
            id: NotSet,
            case_study_id: Set(id),
            owner_org_id: Set(owner),
            reporter_org_id: Set(reporter),
            reporter_subject: Set(super::DEMO_SUBJECT.to_owned()),
            reason: Set(item.reason),
            details: Set(Some(item.details)),
            status: Set(ReportStatus::Resolved),
            outcome: Set(Some(item.outcome)),
            resolved_by_org_id: Set(Some(curator)),
            created_at: Set(item.at),
            resolved_at: Set(Some(item.resolved_at)),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}
