use async_graphql::{Context, ID, Object};
use futures_util::future::try_join_all;

use crate::{
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
        loaders::Loaders,
        types::{
            case_study::{CaseStudy, prefetch_by_ids},
            charter::Charter,
            initiative::Initiative,
            node::Node,
            organisation::Organisation,
            peer_review::PeerReview,
            toolkit::{charter_template::CharterTemplate, survey::BarrierSurvey},
        },
    },
    repo,
};

/// Most ids `nodes` takes at once.
const MAX_NODES: usize = 100;

#[derive(Default)]
pub struct NodeQuery;

async fn load(loaders: &Loaders, kind: NodeType, id: i64) -> Result<Option<Node>> {
    Ok(match kind {
        NodeType::Organisation => loaders
            .organisations()
            .load_one(id)
            .await?
            // The loader also resolves the owners of older records; by id,
            // an inactive organisation is hidden as every list hides it.
            .filter(|m| m.active)
            .map(|m| Node::Organisation(Organisation(m))),
        NodeType::Initiative => loaders
            .initiatives()
            .load_one(id)
            .await?
            .flatten()
            .map(|m| Node::Initiative(Initiative(m))),
        NodeType::CaseStudy => loaders
            .case_studies()
            .load_one(id)
            .await?
            .map(|m| Node::CaseStudy(CaseStudy::from(m))),
        NodeType::Charter => loaders
            .charters()
            .load_one(id)
            .await?
            .map(|m| Node::Charter(Charter(m))),
        NodeType::PeerReview => loaders
            .peer_reviews()
            .load_one(id)
            .await?
            .map(|m| Node::PeerReview(PeerReview(m))),
        NodeType::CharterTemplate => loaders
            .charter_templates()
            .load_one(id)
            .await?
            .map(|m| Node::CharterTemplate(CharterTemplate(m))),
        NodeType::BarrierSurvey => repo::toolkit::surveys::by_ids(loaders.scoped(), &[id])
            .await?
            .remove(&id)
            .map(|m| Node::BarrierSurvey(BarrierSurvey(m))),
        NodeType::PathwayStep
        | NodeType::PathwayLink
        | NodeType::Evidence
        | NodeType::OutcomeIndicator
        | NodeType::IndicatorMeasurement
        | NodeType::ContentReport
        | NodeType::CommunityAsset
        | NodeType::Participant
        | NodeType::IncentiveTemplate
        | NodeType::Incentive
        | NodeType::SurveyRun => None,
    })
}

#[Object]
impl NodeQuery {
    /// Any object by its global id; null when it does not exist or the caller may not see it.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Node>> {
        let Some((kind, id)) = ids::decode(&id) else {
            return Ok(None);
        };
        if kind == NodeType::CaseStudy {
            prefetch_by_ids(ctx, &[id], &ctx.look_ahead()).await?;
        }
        load(ctx.loaders()?, kind, id).await
    }

    /// Objects by global id, in the order asked; null for each one that does not exist or the caller may not see.
    #[graphql(
        complexity = "crate::graphql::cost::nodes(ids.len().min(MAX_NODES), child_complexity)"
    )]
    async fn nodes(&self, ctx: &Context<'_>, ids: Vec<ID>) -> Result<Vec<Option<Node>>> {
        if ids.len() > MAX_NODES {
            return Err(AppError::bad_input(
                "ids",
                format!("nodes takes at most {MAX_NODES} ids"),
            ));
        }
        let case_studies: Vec<i64> = ids
            .iter()
            .filter_map(|id| ids::decode(id))
            .filter_map(|(kind, id)| (kind == NodeType::CaseStudy).then_some(id))
            .collect();
        prefetch_by_ids(ctx, &case_studies, &ctx.look_ahead()).await?;
        let loaders = ctx.loaders()?;
        // Polled together, the loads of each type batch into one statement.
        try_join_all(ids.iter().map(|id| async move {
            match ids::decode(id) {
                Some((kind, id)) => load(loaders, kind, id).await,
                None => Ok(None),
            }
        }))
        .await
    }
}
