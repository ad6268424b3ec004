//! An organisation: a tenant of the network (a council, a partner body).
//! Organisations are the network's public directory, so they carry no
//! visibility of their own.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{Nation, OrganisationKind};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub kind: OrganisationKind,
    #[sea_orm(unique)]
    pub gss_code: Option<String>,
    pub nation: Nation,
    pub club_member: bool,
    pub active: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
