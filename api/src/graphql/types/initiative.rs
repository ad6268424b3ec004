use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entity::initiative;

use super::{
    case_study::CaseStudy,
    charter::Charter,
    connection::{CountedConnection, TotalCount, connection},
    enums::{CoType, ServiceArea, StarStep, Visibility},
    labels,
    organisation::Organisation,
};
use crate::{
    db::{
        self,
        case_study::{CaseStudyFilter, CaseStudyOrder},
        keyset::{Page, PageArgs},
    },
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
        loaders::FirstCaseStudies,
    },
};

/// A council's co-production programme, placed on the Co-Production Star's five-step journey.
pub struct Initiative(pub initiative::Model);

#[Object]
impl Initiative {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::Initiative, self.0.id)
    }
    /// The organisation that owns and edits this initiative.
    async fn owner(&self, ctx: &Context<'_>) -> Result<Organisation> {
        let owner = ctx
            .loaders()?
            .organisations
            .load_one(self.0.owner_org_id)
            .await?;
        owner.map(Organisation).ok_or(AppError::NotFound {
            entity: "organisation",
        })
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn summary(&self) -> &str {
        &self.0.summary
    }
    async fn co_types(&self) -> Vec<CoType> {
        labels::co_types(&self.0.co_types)
    }
    async fn star_step(&self) -> StarStep {
        self.0.star_step.into()
    }
    async fn service_area(&self) -> ServiceArea {
        self.0.service_area.into()
    }
    /// Lower-case, hyphenated tags.
    async fn tags(&self) -> Vec<String> {
        labels::tags(&self.0.tags)
    }
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }
    /// Increases with every change; pass it back as `expectedVersion` when updating.
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    /// The case studies of this initiative the caller may see, most recently updated first.
    #[graphql(complexity = "crate::graphql::types::page_complexity(first, child_complexity)")]
    async fn case_studies(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
    ) -> Result<CountedConnection<CaseStudy>> {
        let args = PageArgs::forward(first, after);
        let total = TotalCount::InitiativeCaseStudies(self.0.id);
        if args.after.is_some() {
            // Paging on from a cursor concerns one initiative: a direct query.
            let filter = CaseStudyFilter {
                initiative_id: Some(self.0.id),
                ..Default::default()
            };
            let (page, _) =
                db::case_study::page(ctx.scoped_db()?, &filter, CaseStudyOrder::UpdatedAt, &args)
                    .await?;
            return Ok(connection(page, total, CaseStudy));
        }
        // The first page of many initiatives at once goes through a loader.
        let size = args.validate("UPDATED_AT")?.size();
        let key = FirstCaseStudies {
            initiative_id: self.0.id,
            first: size + 1,
        };
        let rows = ctx
            .loaders()?
            .initiative_case_studies
            .load_one(key)
            .await?
            .unwrap_or_default();
        Ok(connection(
            Page::first_of(rows, size, db::case_study::updated_at_cursor),
            total,
            CaseStudy,
        ))
    }
    /// The charters of this initiative the caller may see.
    async fn charters(&self, ctx: &Context<'_>) -> Result<Vec<Charter>> {
        let charters = ctx
            .loaders()?
            .initiative_charters
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(charters.into_iter().map(Charter).collect())
    }
}
