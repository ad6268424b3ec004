use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        types::{
            audit::AuditEntry,
            connection::{CountedConnection, TotalCount, connection},
        },
    },
    repo,
    store::keyset::PageArgs,
    tenancy::Role,
};

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// Your organisation's writes, newest first. Needs ADMIN.
    #[graphql(
        guard = "RoleGuard::new(Role::Admin)",
        complexity = "crate::graphql::cost::page(first, child_complexity)"
    )]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
    ) -> Result<CountedConnection<AuditEntry>> {
        let writer = ctx.scoped_db()?.writer()?;
        let (page, select) =
            repo::audit::page(writer.db(), writer.org(), &PageArgs::forward(first, after)).await?;
        Ok(connection(page, TotalCount::of(select), AuditEntry))
    }
}
