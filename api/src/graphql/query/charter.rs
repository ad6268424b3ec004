use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        types::{
            charter::Charter,
            connection::{CountedConnection, TotalCount, connection},
            inputs::CharterFilter,
        },
    },
    repo,
    store::keyset::PageArgs,
};

#[derive(Default)]
pub struct CharterQuery;

#[Object]
impl CharterQuery {
    /// The charters the caller may see, most recently updated first.
    #[graphql(complexity = "crate::graphql::cost::page(first, child_complexity)")]
    async fn charters(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
        filter: Option<CharterFilter>,
    ) -> Result<CountedConnection<Charter>> {
        let db = ctx.scoped_db()?;
        let filter = filter.unwrap_or_default().into_db()?;
        let (page, select) =
            repo::charter::read::page(db, &filter, &PageArgs::forward(first, after)).await?;
        Ok(connection(page, TotalCount::of(select), Charter))
    }
}
