use async_graphql::{Context, Object};

use crate::{
    db::{self, keyset::PageArgs},
    error::Result,
    graphql::{
        context::ContextExt,
        types::{
            connection::{CountedConnection, TotalCount, connection},
            initiative::Initiative,
            inputs::{InitiativeFilter, InitiativeOrder},
            page_complexity,
        },
    },
};

#[derive(Default)]
pub struct InitiativeQuery;

#[Object]
impl InitiativeQuery {
    /// The initiatives the caller may see.
    #[graphql(complexity = "page_complexity(first.or(last), child_complexity)")]
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
        #[graphql(desc = "Default UPDATED_AT.")] order_by: Option<InitiativeOrder>,
    ) -> Result<CountedConnection<Initiative>> {
        let db = ctx.scoped_db()?;
        let filter = filter.unwrap_or_default().into_db()?;
        let args = PageArgs {
            first,
            after,
            last,
            before,
        };
        let (page, select) =
            db::initiative::page(db, &filter, order_by.unwrap_or_default().into(), &args).await?;
        Ok(connection(
            page,
            TotalCount::of(db.conn(), select),
            Initiative,
        ))
    }
}
