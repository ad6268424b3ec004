//! A case study: a written account of co-production practice. `external_id`
//! is the key a partner's own system uses (unique per owner). Its Co's and
//! tags are kept in `case_study_co_type` / `case_study_tag`, where indexes
//! serve the filters on them; the row does not repeat them. A deleted case
//! study keeps its row with `deleted_at` set, so the change feed can report it.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{CaseStudyStatus, ServiceArea, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_study")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub initiative_id: Option<i64>,
    pub external_id: Option<String>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub service_area: ServiceArea,
    pub language: String,
    pub visibility: Visibility,
    pub status: CaseStudyStatus,
    pub published_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    pub deleted_at: Option<DateTimeUtc>,
    /// Shown first by the Explorer, as a network body's curator chose.
    pub featured: bool,
    /// When a curator verified it; cleared by any later edit of its content.
    pub verified_at: Option<DateTimeUtc>,
    pub verified_by_org_id: Option<i64>,
    pub verified_note: Option<String>,
    /// When a curator hid it from the public, pending its owner's response.
    pub hidden_at: Option<DateTimeUtc>,
    pub hidden_by_org_id: Option<i64>,
    pub hidden_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::Owned for Entity {
    fn owner_column() -> Column {
        Column::OwnerOrgId
    }
    fn visibility_column() -> Column {
        Column::Visibility
    }
    fn deleted_at_column() -> Option<Column> {
        Some(Column::DeletedAt)
    }
}
