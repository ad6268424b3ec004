//! Adding and removing an initiative's indicators and recording their
//! measurements: only the initiative's owner writes, each change in one
//! transaction with its audit entry.

use chrono::NaiveDate;
use entity::{
    indicator_measurement, initiative, outcome_indicator,
    vocabulary::{AuditAction, AuditEntity, IndicatorKind},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    domain::validate::{self, SUMMARY_MAX, TITLE_MAX},
    error::{AppError, Result},
    repo::{self, initiative::parts::IndicatorRow, unit},
    tenancy::ScopedDb,
};

const UNIT_MAX: usize = 50;

fn finite(field: &str, value: Option<f64>) -> Result<Option<f64>> {
    match value {
        Some(v) if !v.is_finite() => Err(AppError::bad_input(
            field,
            format!("{field} must be a finite number"),
        )),
        other => Ok(other),
    }
}

/// A new indicator, as a client gives it.
pub struct NewIndicator {
    pub kind: IndicatorKind,
    pub name: String,
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
}

pub async fn add(
    db: &ScopedDb,
    initiative_id: i64,
    new: NewIndicator,
) -> Result<outcome_indicator::Model> {
    let writer = db.writer()?;
    let name = validate::text("input.name", &new.name, TITLE_MAX)?;
    let measured_in = validate::text("input.unit", &new.unit, UNIT_MAX)?;
    let baseline = finite("input.baseline", new.baseline)?;
    let target = finite("input.target", new.target)?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        unit.for_write::<initiative::Entity>(initiative_id, "initiative")
            .await?;
        repo::initiative::parts::check_room_for::<outcome_indicator::Entity>(
            txn,
            outcome_indicator::Column::InitiativeId,
            initiative_id,
            (
                repo::initiative::parts::MAX_INDICATORS,
                "initiativeId",
                "an initiative's indicators",
            ),
        )
        .await?;
        let row = IndicatorRow {
            kind: new.kind,
            name,
            unit: measured_in,
            baseline,
            target,
        };
        let indicator = repo::initiative::parts::insert_indicator(txn, initiative_id, row).await?;
        unit.audit_part(
            AuditEntity::OutcomeIndicator,
            AuditAction::Create,
            indicator.id,
        )
        .await?;
        Ok(indicator)
    })
    .await
}

/// A measurement, as a client gives it.
pub struct NewMeasurement {
    pub measured_on: NaiveDate,
    pub value: f64,
    pub note: Option<String>,
}

pub async fn record_measurement(
    db: &ScopedDb,
    indicator_id: i64,
    new: NewMeasurement,
) -> Result<indicator_measurement::Model> {
    let writer = db.writer()?;
    let value = finite("input.value", Some(new.value))?.unwrap_or_default();
    let note = validate::optional_text("input.note", new.note, SUMMARY_MAX)?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let (indicator, _) = unit
            .part_for_write::<outcome_indicator::Entity>(indicator_id, "outcome indicator")
            .await?;
        repo::initiative::parts::check_room_for::<indicator_measurement::Entity>(
            txn,
            indicator_measurement::Column::IndicatorId,
            indicator.id,
            (
                repo::initiative::parts::MAX_MEASUREMENTS,
                "indicatorId",
                "an indicator's measurements",
            ),
        )
        .await?;
        let measurement = repo::initiative::parts::insert_measurement(
            txn,
            &indicator,
            new.measured_on,
            value,
            note,
        )
        .await?;
        unit.audit_part(
            AuditEntity::IndicatorMeasurement,
            AuditAction::Create,
            measurement.id,
        )
        .await?;
        Ok(measurement)
    })
    .await
}

/// Removes an indicator with its measurements.
pub async fn remove(db: &ScopedDb, id: i64) -> Result<()> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let (indicator, _) = unit
            .part_for_write::<outcome_indicator::Entity>(id, "outcome indicator")
            .await?;
        indicator_measurement::Entity::delete_many()
            .filter(indicator_measurement::Column::IndicatorId.eq(indicator.id))
            .exec(txn)
            .await?;
        outcome_indicator::Entity::delete_by_id(indicator.id)
            .exec(txn)
            .await?;
        unit.audit_part(
            AuditEntity::OutcomeIndicator,
            AuditAction::Delete,
            indicator.id,
        )
        .await?;
        Ok(())
    })
    .await
}
