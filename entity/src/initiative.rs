//! An initiative: a council's co-production programme, placed on the
//! five-step journey. Its Co's and tags are kept in `initiative_co_type` /
//! `initiative_tag`, where indexes serve the filters on them.
//! Its appraisal (the Focus It step's Impact Matrix scores and business case)
//! is part of the row, versioned with it; the benefit-cost ratio is derived
//! on every write and stored so that lists can be ordered by it.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{ServiceArea, StarStep, Visibility};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub title: String,
    pub summary: String,
    pub star_step: StarStep,
    pub service_area: ServiceArea,
    pub visibility: Visibility,
    /// Impact Matrix: the outcome improvement or efficiency the initiative could bring, 1 to 5.
    pub impact_score: Option<i16>,
    /// Impact Matrix: how easy it is, 1 to 5.
    pub ease_score: Option<i16>,
    pub annual_cost: Option<f64>,
    pub annual_benefit: Option<f64>,
    /// ISO 4217 code of the cost and benefit.
    pub currency: Option<String>,
    /// `annual_benefit / annual_cost`, when both are known and the cost is not zero.
    pub benefit_cost_ratio: Option<f64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    pub deleted_at: Option<DateTimeUtc>,
    /// BCP 47 language tag of the original text.
    pub language: String,
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
