//! An initiative's business case: its yearly costs and benefits and the
//! rate they are discounted at. What follows from them is computed on read.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::vocabulary::CashFlowCategory;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "business_case")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub initiative_id: i64,
    pub currency: String,
    pub discount_rate: f64,
    /// [`CashFlow`] values, by year.
    pub flows: Json,
    pub updated_at: DateTimeUtc,
}

/// One amount in one year (0 is now, undiscounted).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CashFlow {
    pub year: i32,
    pub category: CashFlowCategory,
    pub amount: f64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
