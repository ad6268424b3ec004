use async_graphql::{Context, ID, InputObject, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            enums::IndicatorKind,
            indicator::{Measurement, OutcomeIndicator},
            scalars::Date,
        },
    },
    repo::{
        self,
        indicator::write::{NewIndicator, NewMeasurement},
    },
    tenancy::Role,
};

/// A new indicator of an initiative.
#[derive(InputObject)]
pub struct AddOutcomeIndicatorInput {
    pub kind: IndicatorKind,
    /// 1 to 200 characters.
    pub name: String,
    /// What the values count ("per 1,000 residents", "%"); 1 to 50 characters.
    pub unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
}

/// One dated value of an indicator.
#[derive(InputObject)]
pub struct RecordMeasurementInput {
    pub measured_on: Date,
    pub value: f64,
    /// Up to 1,000 characters.
    pub note: Option<String>,
}

#[derive(Default)]
pub struct IndicatorMutation;

#[Object]
impl IndicatorMutation {
    /// Adds an outcome or process indicator to an initiative of your organisation. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn add_outcome_indicator(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        input: AddOutcomeIndicatorInput,
    ) -> Result<OutcomeIndicator> {
        let initiative_id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let new = NewIndicator {
            kind: input.kind.into(),
            name: input.name,
            unit: input.unit,
            baseline: input.baseline,
            target: input.target,
        };
        let indicator =
            repo::indicator::write::add(ctx.scoped_db_for_write()?, initiative_id, new).await?;
        Ok(OutcomeIndicator(
            crate::repo::indicator::read::Indicator::new(indicator, Vec::new()),
        ))
    }

    /// Records a dated value of an indicator. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn record_indicator_measurement(
        &self,
        ctx: &Context<'_>,
        indicator_id: ID,
        input: RecordMeasurementInput,
    ) -> Result<Measurement> {
        let id = ids::decode_as(&indicator_id, NodeType::OutcomeIndicator, "indicatorId")?;
        let new = NewMeasurement {
            measured_on: input.measured_on.0,
            value: input.value,
            note: input.note,
        };
        Ok(Measurement(
            repo::indicator::write::record_measurement(ctx.scoped_db_for_write()?, id, new).await?,
        ))
    }

    /// Removes an indicator with its measurements; answers its id. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn remove_outcome_indicator(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        let indicator = ids::decode_as(&id, NodeType::OutcomeIndicator, "id")?;
        repo::indicator::write::remove(ctx.scoped_db_for_write()?, indicator).await?;
        Ok(id)
    }
}
