//! Inserting the parts of an initiative (pathway steps and links, evidence,
//! indicators and measurements) once validated: shared by the API's writes
//! and the demo loader. Callers pass a transaction and check ownership.

use chrono::{NaiveDate, Utc};
use entity::{
    evidence::{self, Emmie},
    indicator_measurement, outcome_indicator, pathway_link, pathway_step,
    vocabulary::{IndicatorKind, PathwayStepKind},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, NotSet,
    PaginatorTrait, QueryFilter,
};
use serde_json::json;

use crate::error::{AppError, Result};

/// How much one initiative holds: its parts are read whole with it, so
/// each list has a ceiling, and a query pays for the ceiling in the
/// complexity limit (`graphql::cost`), so the ceilings are a few times the
/// largest the toolkit describes rather than arbitrary: a pathway of 30
/// steps and 60 links, five sources of evidence for one link, twenty
/// indicators of five years' monthly figures each.
pub const MAX_STEPS: u64 = 30;
pub const MAX_LINKS: u64 = 60;
pub const MAX_EVIDENCE_PER_LINK: u64 = 5;
pub const MAX_INDICATORS: u64 = 20;
pub const MAX_MEASUREMENTS: u64 = 60;

/// BAD_USER_INPUT when `count` rows already reach `max`.
pub fn check_room(count: u64, max: u64, field: &str, what: &str) -> Result<()> {
    if count >= max {
        return Err(AppError::bad_input(
            field,
            format!("{what} holds at most {max}; remove one first"),
        ));
    }
    Ok(())
}

/// Whether another step, link, evidence item, indicator or measurement fits.
pub async fn check_room_for<E>(
    db: &impl ConnectionTrait,
    parent: E::Column,
    parent_id: i64,
    (max, field, what): (u64, &str, &str),
) -> Result<()>
where
    E: EntityTrait,
    E::Model: Sync,
{
    let count = E::find().filter(parent.eq(parent_id)).count(db).await?;
    check_room(count, max, field, what)
}

pub async fn insert_step(
    db: &impl ConnectionTrait,
    initiative_id: i64,
    kind: PathwayStepKind,
    label: String,
) -> Result<pathway_step::Model, DbErr> {
    pathway_step::ActiveModel {
        id: NotSet,
        initiative_id: Set(initiative_id),
        kind: Set(kind),
        label: Set(label),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

pub async fn insert_link(
    db: &impl ConnectionTrait,
    initiative_id: i64,
    from_step_id: i64,
    to_step_id: i64,
) -> Result<pathway_link::Model, DbErr> {
    pathway_link::ActiveModel {
        id: NotSet,
        initiative_id: Set(initiative_id),
        from_step_id: Set(from_step_id),
        to_step_id: Set(to_step_id),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// Validated evidence for one link.
pub struct EvidenceRow {
    pub summary: String,
    pub source: Option<String>,
    pub observed_on: Option<NaiveDate>,
    pub nesta_level: Option<i16>,
    pub maryland_level: Option<i16>,
    pub emmie: Option<Emmie>,
}

pub async fn insert_evidence(
    db: &impl ConnectionTrait,
    link: &pathway_link::Model,
    row: EvidenceRow,
    created_by: &str,
) -> Result<evidence::Model, DbErr> {
    evidence::ActiveModel {
        id: NotSet,
        initiative_id: Set(link.initiative_id),
        link_id: Set(link.id),
        summary: Set(row.summary),
        source: Set(row.source),
        observed_on: Set(row.observed_on),
        nesta_level: Set(row.nesta_level),
        maryland_level: Set(row.maryland_level),
        emmie: Set(row.emmie.map(|e| json!(e))),
        created_by: Set(created_by.to_owned()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// A validated indicator.
pub struct IndicatorRow {
    pub kind: IndicatorKind,
    pub name: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
}

pub async fn insert_indicator(
    db: &impl ConnectionTrait,
    initiative_id: i64,
    row: IndicatorRow,
) -> Result<outcome_indicator::Model, DbErr> {
    outcome_indicator::ActiveModel {
        id: NotSet,
        initiative_id: Set(initiative_id),
        kind: Set(row.kind),
        name: Set(row.name),
        unit: Set(row.unit),
        baseline: Set(row.baseline),
        target: Set(row.target),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

pub async fn insert_measurement(
    db: &impl ConnectionTrait,
    indicator: &outcome_indicator::Model,
    measured_on: NaiveDate,
    value: f64,
    note: Option<String>,
) -> Result<indicator_measurement::Model, DbErr> {
    indicator_measurement::ActiveModel {
        id: NotSet,
        initiative_id: Set(indicator.initiative_id),
        indicator_id: Set(indicator.id),
        measured_on: Set(measured_on),
        value: Set(value),
        note: Set(note),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}
