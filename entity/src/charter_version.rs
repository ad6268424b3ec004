//! An adopted version of a charter, kept as it was signed: a charter is an
//! agreement people signed, so adopting it again adds a version and never
//! rewrites one.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "charter_version")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub charter_id: i64,
    /// 1 for the first adoption, then 2, 3, ...
    pub number: i32,
    pub title: String,
    pub commitments: Json,
    pub risks: Json,
    pub signatories: Json,
    pub adopted_at: DateTimeUtc,
    /// The subject of the token that adopted it.
    pub adopted_by: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
