//! A charter template a network body publishes: commitments and risks
//! (the values of `charter`) for councils to copy and adapt.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "charter_template")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub publisher_org_id: i64,
    pub title: String,
    pub language: String,
    /// `charter::Commitment` values.
    pub commitments: Json,
    /// `charter::Risk` values.
    pub risks: Json,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
