//! Reading an initiative's outcome and process indicators with their
//! measurements, and what the server derives from them.

use std::collections::HashMap;

use entity::{indicator_measurement, outcome_indicator};
use sea_orm::{ColumnTrait, QueryFilter, QueryTrait};

use crate::{error::Result, store::keyset, tenancy::ScopedDb};

/// An indicator with its measurements, oldest first.
#[derive(Debug, Clone)]
pub struct Indicator {
    pub indicator: outcome_indicator::Model,
    pub measurements: Vec<indicator_measurement::Model>,
}

impl Indicator {
    pub fn new(
        indicator: outcome_indicator::Model,
        mut measurements: Vec<indicator_measurement::Model>,
    ) -> Self {
        measurements.sort_by_key(|m| (m.measured_on, m.id));
        Self {
            indicator,
            measurements,
        }
    }

    /// The most recent measurement (the last recorded, for one date).
    pub fn latest(&self) -> Option<&indicator_measurement::Model> {
        self.measurements.last()
    }

    /// Latest minus baseline; unknown without both.
    pub fn change(&self) -> Option<f64> {
        // A difference too large to write down (values at the ends of the
        // float range) is unknown, as a ratio to nothing is.
        Some(self.latest()?.value - self.indicator.baseline?).filter(|c| c.is_finite())
    }

    /// How far the latest value has come from the baseline towards the
    /// target: 0 at the baseline, 1 at the target; unknown without all
    /// three or when the target is the baseline.
    pub fn progress_to_target(&self) -> Option<f64> {
        let baseline = self.indicator.baseline?;
        let distance = self.indicator.target? - baseline;
        let latest = self.latest()?.value;
        (distance != 0.0)
            .then(|| (latest - baseline) / distance)
            .filter(|p| p.is_finite())
    }
}

/// The indicators of the initiatives among `initiative_ids` the caller may
/// read, oldest first, in two statements whatever their number.
pub async fn of_initiatives(
    db: &ScopedDb,
    initiative_ids: &[i64],
) -> Result<HashMap<i64, Vec<Indicator>>> {
    let ids = || initiative_ids.iter().copied();
    let indicators: Vec<outcome_indicator::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_parts::<outcome_indicator::Entity>()
            .filter(outcome_indicator::Column::InitiativeId.is_in(ids()))
            .into_query(),
    )
    .await?;
    let measurements: Vec<indicator_measurement::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_parts::<indicator_measurement::Entity>()
            .filter(indicator_measurement::Column::InitiativeId.is_in(ids()))
            .into_query(),
    )
    .await?;
    let mut measured: HashMap<i64, Vec<indicator_measurement::Model>> = HashMap::new();
    for m in measurements {
        measured.entry(m.indicator_id).or_default().push(m);
    }
    let mut grouped: HashMap<i64, Vec<Indicator>> = HashMap::new();
    for indicator in indicators {
        let values = measured.remove(&indicator.id).unwrap_or_default();
        grouped
            .entry(indicator.initiative_id)
            .or_default()
            .push(Indicator::new(indicator, values));
    }
    for list in grouped.values_mut() {
        list.sort_by_key(|i| i.indicator.id);
    }
    Ok(grouped)
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};
    use entity::vocabulary::IndicatorKind;

    use super::*;

    fn indicator(baseline: Option<f64>, target: Option<f64>, values: &[(u32, f64)]) -> Indicator {
        let model = outcome_indicator::Model {
            id: 1,
            initiative_id: 1,
            kind: IndicatorKind::Outcome,
            name: "Falls".into(),
            unit: "per 1,000".into(),
            baseline,
            target,
            created_at: Utc::now(),
        };
        // Recorded out of date order on purpose.
        let measurements = values
            .iter()
            .enumerate()
            .map(|(i, &(month, value))| indicator_measurement::Model {
                id: i as i64 + 1,
                initiative_id: 1,
                indicator_id: 1,
                measured_on: NaiveDate::from_ymd_opt(2026, month, 1).expect("date"),
                value,
                note: None,
                created_at: Utc::now(),
            })
            .collect();
        Indicator::new(model, measurements)
    }

    #[test]
    fn change_is_the_latest_value_by_date_minus_the_baseline() {
        let falls = indicator(Some(12.0), Some(8.0), &[(6, 9.0), (3, 11.0)]);
        assert_eq!(falls.latest().map(|m| m.value), Some(9.0));
        assert_eq!(falls.change(), Some(-3.0));
        assert_eq!(falls.progress_to_target(), Some(0.75));
    }

    #[test]
    fn change_and_progress_too_large_to_write_down_are_unknown() {
        let extreme = indicator(Some(-f64::MAX), Some(f64::MAX), &[(1, f64::MAX)]);
        assert_eq!(extreme.change(), None);
        assert_eq!(extreme.progress_to_target(), None);
    }

    #[test]
    fn change_and_progress_are_unknown_without_what_they_need() {
        assert_eq!(indicator(Some(12.0), Some(8.0), &[]).change(), None);
        assert_eq!(indicator(None, Some(8.0), &[(1, 9.0)]).change(), None);
        assert_eq!(
            indicator(Some(12.0), None, &[(1, 9.0)]).progress_to_target(),
            None
        );
        assert_eq!(
            indicator(Some(12.0), Some(12.0), &[(1, 9.0)]).progress_to_target(),
            None
        );
    }
}
