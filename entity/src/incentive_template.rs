//! An incentive of a network body's template menu, for councils to copy.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{IncentiveKind, IncentiveTargetGroup};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "incentive_template")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub publisher_org_id: i64,
    pub target_group: IncentiveTargetGroup,
    pub kind: IncentiveKind,
    pub title: String,
    pub example: Option<String>,
    pub cost: Option<f64>,
    pub currency: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
