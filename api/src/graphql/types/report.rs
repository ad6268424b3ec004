//! A report of a case study's content, as its owner's ADMINs and the
//! curators read it.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entity::content_report;

use crate::{
    error::Result,
    graphql::{
        ids::{self, NodeType},
        types::{
            case_study::CaseStudy,
            enums::{ReportReason, ReportStatus},
            organisation::Organisation,
        },
    },
};

pub struct ContentReport(pub content_report::Model);

/// A member's report of a case study's content, until its owner's ADMINs or a network body's curator resolve it.
#[Object]
impl ContentReport {
    /// Global id.
    async fn id(&self) -> ID {
        ids::encode(NodeType::ContentReport, self.0.id)
    }
    /// The case study reported, when you may read it.
    async fn case_study(&self, ctx: &Context<'_>) -> Result<Option<CaseStudy>> {
        CaseStudy::readable(ctx, self.0.case_study_id).await
    }
    /// Why it was reported.
    async fn reason(&self) -> ReportReason {
        self.0.reason.into()
    }
    /// What the reporter said.
    async fn details(&self) -> Option<&str> {
        self.0.details.as_deref()
    }
    /// OPEN until resolved.
    async fn status(&self) -> ReportStatus {
        self.0.status.into()
    }
    /// How it was resolved.
    async fn outcome(&self) -> Option<&str> {
        self.0.outcome.as_deref()
    }
    /// The organisation that reported it.
    async fn reporter(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.reporter_org_id).await
    }
    /// The organisation that resolved it.
    async fn resolved_by(&self, ctx: &Context<'_>) -> Result<Option<Organisation>> {
        match self.0.resolved_by_org_id {
            Some(id) => Ok(Some(Organisation::named(ctx, id).await?)),
            None => Ok(None),
        }
    }
    /// When it was reported.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When it was resolved.
    async fn resolved_at(&self) -> Option<DateTime<Utc>> {
        self.0.resolved_at
    }
}
