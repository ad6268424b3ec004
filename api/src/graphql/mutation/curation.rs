use async_graphql::{Context, ID, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{case_study::CaseStudy, enums::ReportReason, report::ContentReport},
    },
    repo::curation::{marks, reports},
    tenancy::Role,
};

fn case_study_id(id: &ID) -> Result<i64> {
    ids::decode_as(id, NodeType::CaseStudy, "id")
}

#[derive(Default)]
pub struct CurationMutation;

#[Object]
impl CurationMutation {
    /// Features a PUBLIC, published case study of any organisation (the Explorer shows featured ones first), or stops featuring it. Needs CURATOR of a network body.
    #[graphql(guard = "RoleGuard::new(Role::Curator)")]
    async fn feature_case_study(
        &self,
        ctx: &Context<'_>,
        id: ID,
        featured: bool,
    ) -> Result<CaseStudy> {
        let db = ctx.scoped_db_for_write()?;
        Ok(CaseStudy::from(
            marks::feature(db, case_study_id(&id)?, featured).await?,
        ))
    }

    /// Marks a PUBLIC, published case study verified by your network body; any later edit of its content clears the mark. Needs CURATOR of a network body.
    #[graphql(guard = "RoleGuard::new(Role::Curator)")]
    async fn verify_case_study(
        &self,
        ctx: &Context<'_>,
        id: ID,
        note: Option<String>,
    ) -> Result<CaseStudy> {
        let db = ctx.scoped_db_for_write()?;
        Ok(CaseStudy::from(
            marks::verify(db, case_study_id(&id)?, note).await?,
        ))
    }

    /// Hides a PUBLIC case study from the public pending its owner's response (members still read it; the owner hears of it in its feed and audit log). Needs CURATOR of a network body.
    #[graphql(guard = "RoleGuard::new(Role::Curator)")]
    async fn hide_case_study(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: String,
    ) -> Result<CaseStudy> {
        let db = ctx.scoped_db_for_write()?;
        Ok(CaseStudy::from(
            marks::hide(db, case_study_id(&id)?, reason).await?,
        ))
    }

    /// Shows a hidden case study to the public again. Needs CURATOR of a network body.
    #[graphql(guard = "RoleGuard::new(Role::Curator)")]
    async fn unhide_case_study(&self, ctx: &Context<'_>, id: ID) -> Result<CaseStudy> {
        let db = ctx.scoped_db_for_write()?;
        Ok(CaseStudy::from(
            marks::unhide(db, case_study_id(&id)?).await?,
        ))
    }

    /// Reports a case study you may read to its owner's ADMINs and the network's curators. Any member.
    #[graphql(guard = "RoleGuard::new(Role::Viewer)")]
    async fn report_content(
        &self,
        ctx: &Context<'_>,
        id: ID,
        reason: ReportReason,
        details: Option<String>,
    ) -> Result<ContentReport> {
        let db = ctx.scoped_db_for_write()?;
        let report = reports::report(db, case_study_id(&id)?, reason.into(), details).await?;
        Ok(ContentReport(report))
    }

    /// Resolves a report with what was done. The reported case study's owner's ADMIN, or a CURATOR of a network body.
    #[graphql(guard = "RoleGuard::admin_or_curator()")]
    async fn resolve_report(
        &self,
        ctx: &Context<'_>,
        id: ID,
        outcome: String,
    ) -> Result<ContentReport> {
        let id = ids::decode_as(&id, NodeType::ContentReport, "id")?;
        let db = ctx.scoped_db_for_write()?;
        Ok(ContentReport(reports::resolve(db, id, outcome).await?))
    }
}
