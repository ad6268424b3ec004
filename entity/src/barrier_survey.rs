//! One version of a Barriers to Co-production questionnaire, published by a
//! network body.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::vocabulary::BarrierGroup;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "barrier_survey")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub publisher_org_id: i64,
    pub title: String,
    pub version: i32,
    pub previous_version_id: Option<i64>,
    /// [`Barrier`] values, in the questionnaire's order.
    pub barriers: Json,
    pub published_at: DateTimeUtc,
}

/// One question: how much of a barrier this is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Barrier {
    /// Stable within the questionnaire's versions ("staff-1").
    pub key: String,
    pub group: BarrierGroup,
    pub text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
