use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::charter;

use super::{
    enums::{CharterStatus, CommitmentKind, CommitmentParty, RiskLevel, Visibility},
    initiative::Initiative,
    organisation::Organisation,
};
use crate::{
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
    },
};

/// A Co-Production Charter: the rights and responsibilities of the public service and the community, and the risks identified with how they are managed.
pub struct Charter(pub charter::Model);

/// One right or responsibility of one party.
#[derive(SimpleObject)]
pub struct Commitment {
    pub party: CommitmentParty,
    pub kind: CommitmentKind,
    pub text: String,
}

/// A risk identified in a charter and how it is managed.
#[derive(SimpleObject)]
pub struct Risk {
    pub description: String,
    pub likelihood: RiskLevel,
    pub impact: RiskLevel,
    pub mitigation: String,
}

#[Object]
impl Charter {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::Charter, self.0.id)
    }
    /// The organisation that owns and edits this charter.
    async fn owner(&self, ctx: &Context<'_>) -> Result<Organisation> {
        let owner = ctx
            .loaders()?
            .organisations
            .load_one(self.0.owner_org_id)
            .await?;
        owner.map(Organisation).ok_or(AppError::NotFound {
            entity: "organisation",
        })
    }
    /// The initiative this charter belongs to, when the caller may see it.
    async fn initiative(&self, ctx: &Context<'_>) -> Result<Option<Initiative>> {
        let Some(id) = self.0.initiative_id else {
            return Ok(None);
        };
        Ok(ctx
            .loaders()?
            .initiatives
            .load_one(id)
            .await?
            .map(Initiative))
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn status(&self) -> CharterStatus {
        self.0.status.into()
    }
    /// Rights and responsibilities of both sides, in the charter's order.
    async fn commitments(&self) -> Vec<Commitment> {
        serde_json::from_value::<Vec<charter::Commitment>>(self.0.commitments.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|c| Commitment {
                party: c.party.into(),
                kind: c.kind.into(),
                text: c.text,
            })
            .collect()
    }
    /// The risks identified and how each is managed.
    async fn risks(&self) -> Vec<Risk> {
        serde_json::from_value::<Vec<charter::Risk>>(self.0.risks.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|r| Risk {
                description: r.description,
                likelihood: r.likelihood.into(),
                impact: r.impact.into(),
                mitigation: r.mitigation,
            })
            .collect()
    }
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }
    /// Increases with every change; pass it back as `expectedVersion` when updating.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}
