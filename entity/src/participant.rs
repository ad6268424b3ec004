//! A participant of an initiative: a pseudonymous record of its council
//! (a reference the council chose, never a name or contact details), with
//! its consent, what it offers and what it would like help with. Read by
//! its council only: the table has no visibility to widen.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::vocabulary::{Availability, ContributionCategory, Willingness};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participant")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub initiative_id: i64,
    pub reference: String,
    pub consented_on: Date,
    pub willingness: Willingness,
    /// [`Contribution`] values: what the participant offers.
    pub offers: Json,
    /// [`Contribution`] values: what the participant would like help with.
    pub needs: Json,
    /// When consent was withdrawn; the offers and needs are gone since.
    pub withdrawn_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

/// One offer or need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    pub category: ContributionCategory,
    pub description: String,
    pub availability: Vec<Availability>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
