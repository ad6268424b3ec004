//! Relay connections: `edges`, `nodes`, `pageInfo` and a `totalCount` that
//! costs a statement only when asked for.

use async_graphql::{
    Context, Object, OutputType,
    connection::{Connection, CursorType},
};
use sea_orm::sea_query::SelectStatement;

use crate::{
    error::{AppError, Result},
    graphql::context::ContextExt,
    repo,
    store::keyset::{Cursor, Page},
};

/// How a connection's total is found: a statement, never a connection,
/// which comes from the request's scope when the total is asked for.
pub enum TotalCount {
    /// Count the rows of this scoped, filtered select.
    Query(Box<SelectStatement>),
    /// Case studies of an initiative (through a loader).
    InitiativeCaseStudies(i64),
    /// The case studies a filter finds (which may search).
    CaseStudies(Box<repo::case_study::read::CaseStudyFilter>),
}

#[Object]
impl TotalCount {
    /// How many items the whole list holds (across all pages).
    async fn total_count(&self, ctx: &Context<'_>) -> Result<i64> {
        match self {
            Self::Query(select) => ctx.scoped_db()?.count((**select).clone()).await,
            Self::CaseStudies(filter) => {
                repo::case_study::read::count(ctx.scoped_db()?, filter).await
            }
            Self::InitiativeCaseStudies(id) => Ok(ctx
                .loaders()?
                .initiative_case_study_counts()
                .load_one(*id)
                .await?
                .unwrap_or_default()),
        }
    }
}

impl TotalCount {
    /// The total of a scoped, filtered select.
    pub fn of(select: SelectStatement) -> Self {
        Self::Query(Box::new(select))
    }
}

pub type CountedConnection<N> = Connection<Cursor, N, TotalCount>;

impl CursorType for Cursor {
    type Error = AppError;

    /// Lists read their `after` and `before` themselves
    /// ([`keyset::PageArgs`]), knowing their order; a connection only
    /// writes cursors.
    fn decode_cursor(_: &str) -> Result<Self> {
        Err(AppError::Internal(anyhow::anyhow!(
            "connection cursors are read by the list"
        )))
    }

    fn encode_cursor(&self) -> String {
        self.encode()
    }
}

/// A connection from a page of models.
pub fn connection<M, N: OutputType>(
    page: Page<M>,
    total: TotalCount,
    node: impl Fn(M) -> N,
) -> CountedConnection<N> {
    let mut connection =
        Connection::with_additional_fields(page.has_previous_page, page.has_next_page, total);
    connection.edges.extend(
        page.rows
            .into_iter()
            .map(|(model, cursor)| async_graphql::connection::Edge::new(cursor, node(model))),
    );
    connection
}

/// Whether the connection's nodes (or its edges' nodes) select `path`:
/// a page joins only the relations its nodes ask for.
pub fn selected(ctx: &Context<'_>, path: &[&str]) -> bool {
    let look = ctx.look_ahead();
    [look.field("nodes"), look.field("edges").field("node")]
        .into_iter()
        .any(|start| path.iter().fold(start, |l, f| l.field(f)).exists())
}
