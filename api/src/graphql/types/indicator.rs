use async_graphql::{ID, Object};
use chrono::{DateTime, Utc};
use entity::indicator_measurement;

use crate::{
    graphql::{
        ids::{self, NodeType},
        types::{enums::IndicatorKind, scalars::Date},
    },
    repo,
};

pub struct OutcomeIndicator(pub repo::indicator::read::Indicator);

/// An indicator an initiative tracks: an outcome for people, or the service's process, with its baseline, target and measurements.
#[Object]
impl OutcomeIndicator {
    /// Opaque id.
    async fn id(&self) -> ID {
        ids::encode(NodeType::OutcomeIndicator, self.0.indicator.id)
    }
    /// OUTCOME (a change for people) or PROCESS (what the service did).
    async fn kind(&self) -> IndicatorKind {
        self.0.indicator.kind.into()
    }
    /// What is measured.
    async fn name(&self) -> &str {
        &self.0.indicator.name
    }
    /// What the values count ("per 1,000 residents", "%").
    async fn unit(&self) -> &str {
        &self.0.indicator.unit
    }
    /// The value before the initiative; null when not known.
    async fn baseline(&self) -> Option<f64> {
        self.0.indicator.baseline
    }
    /// The value aimed for; null when none is set.
    async fn target(&self) -> Option<f64> {
        self.0.indicator.target
    }
    /// Oldest first.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::initiative::parts::MAX_MEASUREMENTS, child_complexity)"
    )]
    async fn measurements(&self) -> Vec<Measurement> {
        self.0
            .measurements
            .iter()
            .cloned()
            .map(Measurement)
            .collect()
    }
    /// The most recent measurement.
    async fn latest(&self) -> Option<Measurement> {
        self.0.latest().cloned().map(Measurement)
    }
    /// The latest value minus the baseline; null without both.
    async fn change(&self) -> Option<f64> {
        self.0.change()
    }
    /// How far the latest value has come from the baseline to the target: 0 at the baseline, 1 at the target; null without all three or when the target is the baseline.
    async fn progress_to_target(&self) -> Option<f64> {
        self.0.progress_to_target()
    }
}

pub struct Measurement(pub indicator_measurement::Model);

/// One dated value of an indicator.
#[Object]
impl Measurement {
    /// Opaque id.
    async fn id(&self) -> ID {
        ids::encode(NodeType::IndicatorMeasurement, self.0.id)
    }
    /// The date the value describes.
    async fn measured_on(&self) -> Date {
        Date(self.0.measured_on)
    }
    /// The value, in the indicator's unit.
    async fn value(&self) -> f64 {
        self.0.value
    }
    /// Where the value comes from, or what to know about it.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// When it was recorded.
    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
