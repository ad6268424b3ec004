//! Business cases: set by the initiative's editors, read with the
//! initiative; and the ranking of a council's options.

use std::{cmp::Ordering, collections::HashMap};

use chrono::Utc;
use entity::{
    business_case,
    business_case::CashFlow,
    initiative,
    vocabulary::{AuditAction, AuditEntity},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, NotSet,
    QueryFilter, QueryTrait, TryIntoModel,
};
use serde_json::json;

use crate::{
    domain::{
        appraisal::{Appraisal, Quadrant},
        business_case::BusinessCase,
    },
    error::{AppError, Result},
    repo::unit,
    store::keyset,
    tenancy::{Caller, ScopedDb},
};

/// A stored case, checked again as it is read.
pub fn of_model(model: &business_case::Model) -> Option<BusinessCase> {
    let flows: Vec<CashFlow> = serde_json::from_value(model.flows.clone()).ok()?;
    BusinessCase::new(&model.currency, model.discount_rate, flows).ok()
}

/// The business cases of the initiatives among `ids` the caller may read.
pub async fn of_initiatives(
    db: &ScopedDb,
    ids: &[i64],
) -> Result<HashMap<i64, business_case::Model>> {
    let rows: Vec<business_case::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_parts::<business_case::Entity>()
            .filter(business_case::Column::InitiativeId.is_in(ids.iter().copied()))
            .into_query(),
    )
    .await?;
    Ok(rows.into_iter().map(|c| (c.initiative_id, c)).collect())
}

/// Sets the business case of `initiative_id`, replacing any before.
pub async fn set(
    db: &ScopedDb,
    initiative_id: i64,
    case: BusinessCase,
) -> Result<business_case::Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        unit.for_write::<initiative::Entity>(initiative_id, "initiative")
            .await?;
        let current = business_case::Entity::find()
            .filter(business_case::Column::InitiativeId.eq(initiative_id))
            .one(txn)
            .await?;
        let (mut active, action) = match current {
            Some(row) => (row.into_active_model(), AuditAction::Update),
            None => (
                business_case::ActiveModel {
                    id: NotSet,
                    initiative_id: Set(initiative_id),
                    ..Default::default()
                },
                AuditAction::Create,
            ),
        };
        active.currency = Set(case.currency);
        active.discount_rate = Set(case.discount_rate);
        active.flows = Set(json!(case.flows));
        active.updated_at = Set(Utc::now());
        let saved = active.save(txn).await?.try_into_model()?;
        unit.audit_part(AuditEntity::BusinessCase, action, initiative_id)
            .await?;
        Ok(saved)
    })
    .await
}

/// How a council's options are ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranking {
    Npv,
    BenefitCostRatio,
    ImpactMatrix,
}

fn quadrant_rank(q: Option<Quadrant>) -> u8 {
    match q {
        Some(Quadrant::QuickWin) => 0,
        Some(Quadrant::MajorProject) => 1,
        Some(Quadrant::FillIn) => 2,
        Some(Quadrant::ThanklessTask) => 3,
        None => 4,
    }
}

/// Descending on a value that may be missing (missing last).
fn descending(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The caller's own organisation's initiatives, best first by `ranking`
/// (those it cannot rank last, then by title), at most `first`.
pub async fn ranked_options(
    db: &ScopedDb,
    ranking: Ranking,
    first: usize,
) -> Result<Vec<initiative::Model>> {
    let Caller::Member { org, .. } = db.caller() else {
        return Err(AppError::Unauthenticated);
    };
    let initiatives: Vec<initiative::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable::<initiative::Entity>()
            .filter(initiative::Column::OwnerOrgId.eq(org.0))
            .into_query(),
    )
    .await?;
    let ids: Vec<i64> = initiatives.iter().map(|i| i.id).collect();
    let cases = of_initiatives(db, &ids).await?;
    let figures = |i: &initiative::Model| {
        cases
            .get(&i.id)
            .and_then(of_model)
            .map(|case| case.figures())
    };
    let mut keyed: Vec<(initiative::Model, Option<f64>, u8, i32)> = initiatives
        .into_iter()
        .map(|i| {
            let appraisal = Appraisal::of(&i);
            let value = match ranking {
                Ranking::Npv => figures(&i).map(|f| f.npv),
                Ranking::BenefitCostRatio => figures(&i)
                    .and_then(|f| f.benefit_cost_ratio)
                    .or_else(|| appraisal.benefit_cost_ratio()),
                Ranking::ImpactMatrix => None,
            };
            let product = appraisal
                .impact
                .zip(appraisal.ease)
                .map_or(0, |(a, b)| i32::from(a.get()) * i32::from(b.get()));
            (i, value, quadrant_rank(appraisal.quadrant()), product)
        })
        .collect();
    keyed.sort_by(|a, b| {
        let primary = match ranking {
            Ranking::ImpactMatrix => a.2.cmp(&b.2).then(b.3.cmp(&a.3)),
            _ => descending(a.1, b.1),
        };
        primary.then_with(|| a.0.title.cmp(&b.0.title))
    });
    Ok(keyed.into_iter().take(first).map(|k| k.0).collect())
}
