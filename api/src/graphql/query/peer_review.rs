use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        types::{
            connection::{CountedConnection, TotalCount, connection, selected},
            inputs::PeerReviewFilter,
            peer_review::{PeerReview, feed_parties},
        },
    },
    repo,
    store::keyset::PageArgs,
};

#[derive(Default)]
pub struct PeerReviewQuery;

#[Object]
impl PeerReviewQuery {
    /// The peer reviews the caller hosts or visits, and those whose findings were shared with the network; empty when anonymous.
    #[graphql(complexity = "crate::graphql::cost::page(first, child_complexity)")]
    async fn peer_reviews(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
        filter: Option<PeerReviewFilter>,
    ) -> Result<CountedConnection<PeerReview>> {
        let db = ctx.scoped_db()?;
        let filter = filter.unwrap_or_default().into_db()?;
        let args = PageArgs::forward(first, after);
        let with_parties = selected(ctx, &["host"]) || selected(ctx, &["visitor"]);
        let (page, select) =
            repo::peer_review::read::page(db, &filter, &args, with_parties).await?;
        let page = feed_parties(ctx, page).await?;
        Ok(connection(page, TotalCount::of(select), PeerReview))
    }
}
