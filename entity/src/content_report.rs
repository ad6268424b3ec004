//! A report of a case study's content by a member, waiting for its owner's
//! ADMINs or a network body's curator to resolve it.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{ReportReason, ReportStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "content_report")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_study_id: i64,
    /// The case study's owner, whose ADMINs see the report.
    pub owner_org_id: i64,
    pub reporter_org_id: i64,
    pub reporter_subject: String,
    pub reason: ReportReason,
    pub details: Option<String>,
    pub status: ReportStatus,
    pub outcome: Option<String>,
    pub resolved_by_org_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub resolved_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
