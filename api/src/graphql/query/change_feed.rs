use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        types::{
            change::CaseStudyChange,
            connection::{CountedConnection, TotalCount, connection},
        },
    },
    repo,
    store::keyset::PageArgs,
};

#[derive(Default)]
pub struct ChangeFeedQuery;

#[Object]
impl ChangeFeedQuery {
    /// The sync feed: changes to the case studies you may see, oldest first, deletions included.
    /// Keep the last `endCursor` and pass it as `after` to resume with exactly the changes made since.
    #[graphql(complexity = "crate::graphql::cost::page(first, child_complexity)")]
    async fn case_study_changes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Cursor to resume after (the endCursor of your last read).")]
        after: Option<String>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
    ) -> Result<CountedConnection<CaseStudyChange>> {
        let db = ctx.scoped_db()?;
        let (page, select) =
            repo::change_log::read::page(db, &PageArgs::forward(first, after)).await?;
        Ok(connection(page, TotalCount::of(select), CaseStudyChange))
    }
}
