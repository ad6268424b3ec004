use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        fast::inline::Inline,
        types::{
            case_study::{CaseStudy, prefetch_relations},
            connection::{CountedConnection, TotalCount, connection, selected},
            facets::CaseStudyFacets,
            inputs::{CaseStudyFilter, CaseStudyOrder},
        },
    },
    repo,
    store::keyset::PageArgs,
};

#[derive(Default)]
pub struct CaseStudyQuery;

#[Object]
impl CaseStudyQuery {
    /// The case studies the caller may see: anyone sees PUBLIC published ones; members also see NETWORK ones and their own.
    #[graphql(
        complexity = "crate::graphql::cost::searched_page(first.or(last), filter.as_ref().is_some_and(|f| f.search.is_some()), child_complexity)"
    )]
    #[allow(clippy::too_many_arguments)]
    async fn case_studies(
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
        filter: Option<CaseStudyFilter>,
        #[graphql(desc = "Default { field: UPDATED_AT }.")] order_by: Option<CaseStudyOrder>,
    ) -> Result<CountedConnection<Inline<CaseStudy>>> {
        let db = ctx.scoped_db()?;
        let mut filter = filter.unwrap_or_default().into_db()?;
        let language = ctx.request_ctx()?.languages.first().map(str::to_owned);
        filter.search = filter
            .search
            .map(|search| search.preferring(language.as_deref()));
        let order = order_by
            .unwrap_or_default()
            .into_db(filter.search.is_some())?;
        let args = PageArgs {
            first,
            after,
            last,
            before,
        };
        let joined = repo::case_study::read::Joined {
            owner: selected(ctx, &["owner"]),
            initiative: selected(ctx, &["initiative"]),
            labels: selected(ctx, &["coTypes"]) || selected(ctx, &["tags"]),
        };
        let page = repo::case_study::read::page(db, &filter, order, &args, joined).await?;
        prefetch_relations(ctx, &page).await?;
        Ok(connection(
            page,
            TotalCount::CaseStudies(Box::new(filter)),
            |(row, relations)| Inline(CaseStudy::with_relations(row, relations)),
        ))
    }

    /// Counts of the case studies the caller may see that `filter` finds, per Co, step, service area, nation, language, organisation kind and evidence level, with the Co × step matrix: the Explorer's facets, in one request.
    #[graphql(
        complexity = "crate::graphql::cost::facets(filter.as_ref().is_some_and(|f| f.search.is_some()), child_complexity)"
    )]
    async fn case_study_facets(
        &self,
        ctx: &Context<'_>,
        filter: Option<CaseStudyFilter>,
    ) -> Result<CaseStudyFacets> {
        let filter = filter.unwrap_or_default().into_db()?;
        Ok(repo::case_study::facets::facets(ctx.scoped_db()?, &filter)
            .await?
            .into())
    }
}
