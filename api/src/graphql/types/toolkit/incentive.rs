//! The Incentive Menu: the network's templates and a council's own menu.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entity::{incentive, incentive::Uptake, incentive_template};

use crate::{
    domain::small_numbers::Audience,
    error::Result,
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
        types::{
            organisation::Organisation,
            scalars::Date,
            toolkit::{
                SmallCount,
                enums::{IncentiveKind, IncentiveTargetGroup},
            },
        },
    },
    repo::toolkit::incentives,
};

pub struct IncentiveTemplate(pub incentive_template::Model);

/// An incentive of a network body's template menu, for councils to copy.
#[Object]
impl IncentiveTemplate {
    /// Global id: opaque and stable.
    async fn id(&self) -> ID {
        ids::encode(NodeType::IncentiveTemplate, self.0.id)
    }
    /// Whom it is meant to move.
    async fn target_group(&self) -> IncentiveTargetGroup {
        self.0.target_group.into()
    }
    /// Financial or not.
    async fn kind(&self) -> IncentiveKind {
        self.0.kind.into()
    }
    /// What the incentive is.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// An example of it in use.
    async fn example(&self) -> Option<&str> {
        self.0.example.as_deref()
    }
    /// What it costs per person, when it costs money.
    async fn cost(&self) -> Option<f64> {
        self.0.cost
    }
    /// ISO 4217 code of the cost.
    async fn currency(&self) -> &str {
        &self.0.currency
    }
    /// The network body that published it.
    async fn publisher(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.publisher_org_id).await
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

pub struct IncentiveUptake {
    uptake: Uptake,
    audience: Audience,
}

/// How many people took an incentive up over a period.
#[Object]
impl IncentiveUptake {
    /// People who took it up; withheld below 5 outside the council.
    async fn people(&self) -> SmallCount {
        SmallCount::of(i64::from(self.uptake.people), self.audience)
    }
    /// The first day of the period.
    async fn from(&self) -> Date {
        Date(self.uptake.from)
    }
    /// The last day of the period.
    async fn to(&self) -> Date {
        Date(self.uptake.to)
    }
}

pub struct Incentive {
    pub model: incentive::Model,
    /// Whether the caller is the initiative's council.
    pub audience: Audience,
}

/// An incentive of a council's menu for one initiative.
#[Object]
impl Incentive {
    /// Global id: opaque and stable.
    async fn id(&self) -> ID {
        ids::encode(NodeType::Incentive, self.model.id)
    }
    /// Whom it is meant to move.
    async fn target_group(&self) -> IncentiveTargetGroup {
        self.model.target_group.into()
    }
    /// Financial or not.
    async fn kind(&self) -> IncentiveKind {
        self.model.kind.into()
    }
    /// What the incentive is.
    async fn title(&self) -> &str {
        &self.model.title
    }
    /// An example of it in use.
    async fn example(&self) -> Option<&str> {
        self.model.example.as_deref()
    }
    /// What it costs per person, when it costs money.
    async fn cost(&self) -> Option<f64> {
        self.model.cost
    }
    /// ISO 4217 code of the cost.
    async fn currency(&self) -> &str {
        &self.model.currency
    }
    /// The template it was copied from, if any.
    async fn template(&self, ctx: &Context<'_>) -> Result<Option<IncentiveTemplate>> {
        let Some(id) = self.model.template_id else {
            return Ok(None);
        };
        Ok(ctx
            .loaders()?
            .incentive_templates()
            .load_one(id)
            .await?
            .map(IncentiveTemplate))
    }
    /// Uptake by period, in the order recorded.
    async fn uptake(&self) -> Vec<IncentiveUptake> {
        incentives::uptake(&self.model)
            .into_iter()
            .map(|uptake| IncentiveUptake {
                uptake,
                audience: self.audience,
            })
            .collect()
    }
    /// Everyone who took it up, over every period; withheld below 5 outside the council.
    async fn total_uptake(&self) -> SmallCount {
        let total = incentives::uptake(&self.model)
            .iter()
            .map(|u| i64::from(u.people))
            .sum();
        SmallCount::of(total, self.audience)
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }
}
