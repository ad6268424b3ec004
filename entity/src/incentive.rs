//! An incentive of a council's own menu for one initiative, perhaps copied
//! from a template, with its recorded uptake.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::vocabulary::{IncentiveKind, IncentiveTargetGroup};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "incentive")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub initiative_id: i64,
    pub template_id: Option<i64>,
    pub target_group: IncentiveTargetGroup,
    pub kind: IncentiveKind,
    pub title: String,
    pub example: Option<String>,
    pub cost: Option<f64>,
    pub currency: String,
    /// [`Uptake`] values, in the order recorded.
    pub uptake: Json,
    pub created_at: DateTimeUtc,
}

/// How many people took an incentive up over a period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Uptake {
    pub people: i32,
    pub from: Date,
    pub to: Date,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
