//! An initiative: a council's co-production programme, placed on the
//! five-step journey. `co_types` and `tags` are stored on the row for reading
//! and mirrored into `initiative_co_type` / `initiative_tag` for indexed filters.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{ServiceArea, StarStep, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub title: String,
    pub summary: String,
    pub co_types: Json,
    pub star_step: StarStep,
    pub service_area: ServiceArea,
    pub tags: Json,
    pub visibility: Visibility,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    pub deleted_at: Option<DateTimeUtc>,
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
