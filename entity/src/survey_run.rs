//! A council's run of a Barriers survey for one service over a period.

use sea_orm::entity::prelude::*;

use crate::vocabulary::ServiceArea;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_run")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub survey_id: i64,
    pub service: ServiceArea,
    pub opens_on: Date,
    pub closes_on: Date,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
