//! The toolkit's root fields: templates and questionnaires anyone reads,
//! and the owner-only matches and rankings.

use async_graphql::{Context, ID, Object};
use entity::{barrier_survey, charter_template};
use sea_orm::QueryTrait;

use crate::{
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            connection::{CountedConnection, TotalCount, connection},
            initiative::Initiative,
            toolkit::{
                business_case::RankedOption,
                charter_template::CharterTemplate,
                enums::{IncentiveTargetGroup, OptionRanking},
                incentive::IncentiveTemplate,
                people::OfferMatch,
                survey::BarrierSurvey,
            },
        },
    },
    repo::{self, toolkit::business_case::Ranking},
    store::keyset::PageArgs,
    tenancy::Role,
};

/// Reads a `first` of 1 to 100 (`default` when null).
fn wanted(first: Option<i32>, default: i32) -> Result<usize> {
    let first = first.unwrap_or(default);
    match usize::try_from(first) {
        Ok(n @ 1..=100) => Ok(n),
        _ => Err(AppError::bad_input(
            "first",
            format!("first is from 1 to 100, got {first}"),
        )),
    }
}

#[derive(Default)]
pub struct ToolkitQuery;

#[Object]
impl ToolkitQuery {
    /// The network's charter templates, oldest first.
    async fn charter_templates(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
    ) -> Result<CountedConnection<CharterTemplate>> {
        let db = ctx.scoped_db()?;
        let page =
            repo::toolkit::charter_templates::page(db, &PageArgs::forward(first, after)).await?;
        let total = TotalCount::of(db.published::<charter_template::Entity>().into_query());
        Ok(connection(page, total, CharterTemplate))
    }

    /// The network's Barriers to Co-production questionnaires (every version), oldest first.
    async fn barrier_surveys(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
    ) -> Result<CountedConnection<BarrierSurvey>> {
        let db = ctx.scoped_db()?;
        let page = repo::toolkit::surveys::page(db, &PageArgs::forward(first, after)).await?;
        let total = TotalCount::of(db.published::<barrier_survey::Entity>().into_query());
        Ok(connection(page, total, BarrierSurvey))
    }

    /// The network's template incentive menu, for one target group or all.
    async fn incentive_templates(
        &self,
        ctx: &Context<'_>,
        target_group: Option<IncentiveTargetGroup>,
    ) -> Result<Vec<IncentiveTemplate>> {
        let rows =
            repo::toolkit::incentives::templates(ctx.scoped_db()?, target_group.map(Into::into))
                .await?;
        Ok(rows.into_iter().map(IncentiveTemplate).collect())
    }

    /// Pairs of one participant's offer and another's need in the same category at a shared time, best first: for the editors of the initiative's own council. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn matches(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        #[graphql(desc = "How many, 1 to 100 (default 50).")] first: Option<i32>,
    ) -> Result<Vec<OfferMatch>> {
        let id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let first = wanted(first, 50)?;
        let (found, people) =
            repo::toolkit::participants::matches(ctx.scoped_db()?, id, first).await?;
        Ok(found
            .into_iter()
            .filter_map(|m| OfferMatch::new(m, &people))
            .collect())
    }

    /// Your organisation's initiatives ranked as options: by net present value, benefit-cost ratio or the Impact Matrix. Needs a role.
    #[graphql(guard = "RoleGuard::new(Role::Viewer)")]
    async fn ranked_options(
        &self,
        ctx: &Context<'_>,
        by: OptionRanking,
        #[graphql(desc = "How many, 1 to 100 (default 50).")] first: Option<i32>,
    ) -> Result<Vec<RankedOption>> {
        let ranking = match by {
            OptionRanking::Npv => Ranking::Npv,
            OptionRanking::BenefitCostRatio => Ranking::BenefitCostRatio,
            OptionRanking::ImpactMatrix => Ranking::ImpactMatrix,
        };
        let ranked = repo::toolkit::business_case::ranked_options(
            ctx.scoped_db()?,
            ranking,
            wanted(first, 50)?,
        )
        .await?;
        Ok(ranked
            .into_iter()
            .zip(1..)
            .map(|(initiative, rank)| RankedOption {
                rank,
                initiative: Initiative(initiative),
            })
            .collect())
    }
}
