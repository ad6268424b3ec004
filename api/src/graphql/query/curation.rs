use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        types::{
            connection::{CountedConnection, TotalCount, connection},
            enums::ReportStatus,
            report::ContentReport,
        },
    },
    repo,
    store::keyset::PageArgs,
};

#[derive(Default)]
pub struct CurationQuery;

#[Object]
impl CurationQuery {
    /// Reports of content, newest first: for an ADMIN, those of your organisation's case studies; for a network body's CURATOR, those of every case study you may read.
    #[graphql(
        guard = "RoleGuard::admin_or_curator()",
        complexity = "crate::graphql::cost::page(first, child_complexity)"
    )]
    async fn content_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only reports in this status (any when left out).")] status: Option<
            ReportStatus,
        >,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
    ) -> Result<CountedConnection<ContentReport>> {
        let db = ctx.scoped_db()?;
        let args = PageArgs::forward(first, after);
        let (page, select) =
            repo::curation::reports::page(db, status.map(Into::into), &args).await?;
        Ok(connection(page, TotalCount::of(select), ContentReport))
    }
}
