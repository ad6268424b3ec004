use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        fast::inline::Inline,
        types::{
            connection::{CountedConnection, TotalCount, connection},
            organisation::Organisation,
        },
    },
    repo,
    store::keyset::PageArgs,
};

#[derive(Default)]
pub struct OrganisationQuery;

#[Object]
impl OrganisationQuery {
    /// An organisation by slug; null when there is none.
    async fn organisation(&self, ctx: &Context<'_>, slug: String) -> Result<Option<Organisation>> {
        Ok(repo::organisation::read::by_slug(ctx.scoped_db()?, &slug)
            .await?
            .map(Organisation))
    }

    /// The organisations of the network, alphabetically.
    #[graphql(complexity = "crate::graphql::cost::page(first, child_complexity)")]
    async fn organisations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
        #[graphql(desc = "Only members of the CitizenPoweredCouncil Club.")] club_only: Option<
            bool,
        >,
    ) -> Result<CountedConnection<Inline<Organisation>>> {
        let db = ctx.scoped_db()?;
        let (page, select) = repo::organisation::read::page(
            db,
            club_only.unwrap_or(false),
            &PageArgs::forward(first, after),
        )
        .await?;
        Ok(connection(page, TotalCount::of(select), |model| {
            Inline(Organisation(model))
        }))
    }
}
