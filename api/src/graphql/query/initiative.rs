use async_graphql::{Context, ID, Object};

use crate::{
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        fast::inline::Inline,
        ids::{self, NodeType},
        types::{
            connection::{CountedConnection, TotalCount, connection},
            facets::InitiativeFacets,
            initiative::{Initiative, matches_wanted},
            initiative_match::InitiativeMatch,
            inputs::{InitiativeFilter, InitiativeOrder},
        },
    },
    repo,
    store::keyset::PageArgs,
};

#[derive(Default)]
pub struct InitiativeQuery;

#[Object]
impl InitiativeQuery {
    /// The initiatives the caller may see.
    #[graphql(complexity = "crate::graphql::cost::page(first.or(last), child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn initiatives(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
        #[graphql(desc = "Page size when reading backward, at most 100.")] last: Option<i32>,
        #[graphql(desc = "Cursor to read before (a startCursor of this list).")] before: Option<
            String,
        >,
        filter: Option<InitiativeFilter>,
        #[graphql(desc = "Default { field: UPDATED_AT }.")] order_by: Option<InitiativeOrder>,
    ) -> Result<CountedConnection<Inline<Initiative>>> {
        let db = ctx.scoped_db()?;
        let filter = filter.unwrap_or_default().into_db()?;
        let args = PageArgs {
            first,
            after,
            last,
            before,
        };
        let (page, select) =
            repo::initiative::read::page(db, &filter, order_by.unwrap_or_default().into(), &args)
                .await?;
        Ok(connection(page, TotalCount::of(select), |model| {
            Inline(Initiative(model))
        }))
    }

    /// Counts of the initiatives the caller may see that `filter` finds, per Co, step, service area, nation, organisation kind and evidence level, with the Co × step matrix.
    #[graphql(complexity = "crate::graphql::cost::facets(false, child_complexity)")]
    async fn initiative_facets(
        &self,
        ctx: &Context<'_>,
        filter: Option<InitiativeFilter>,
    ) -> Result<InitiativeFacets> {
        let filter = filter.unwrap_or_default().into_db()?;
        Ok(repo::initiative::facets::facets(ctx.scoped_db()?, &filter)
            .await?
            .into())
    }

    /// Initiatives of other organisations the caller may see that tackle the same problem as this one, best first: shared Co's, service area, tags and words, preferring those further along the five steps.
    #[graphql(complexity = "crate::graphql::cost::matches(first, child_complexity)")]
    async fn similar_initiatives(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        #[graphql(
            default_with = "Some(crate::repo::similar::DEFAULT_MATCHES)",
            desc = "How many, at most 50."
        )]
        first: Option<i32>,
    ) -> Result<Vec<InitiativeMatch>> {
        let first = matches_wanted(first)?;
        let id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let db = ctx.scoped_db()?;
        let subject = repo::initiative::read::by_ids(db, &[id])
            .await?
            .into_iter()
            .next()
            .ok_or(AppError::NotFound {
                entity: "initiative",
            })?;
        let matches = repo::similar::similar_to(db, subject, first).await?;
        Ok(matches.into_iter().map(InitiativeMatch).collect())
    }
}
