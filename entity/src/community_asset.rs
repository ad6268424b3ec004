//! A community asset an initiative can draw on: a place, a group, equipment
//! or a skill the community holds. Owned and shared like any record, and
//! read only where its initiative is too.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{CommunityAssetKind, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_asset")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub initiative_id: i64,
    pub kind: CommunityAssetKind,
    pub description: String,
    pub location: Option<String>,
    /// How to reach it ("ask at the library desk"), not a person's details.
    pub contact_route: Option<String>,
    pub visibility: Visibility,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
