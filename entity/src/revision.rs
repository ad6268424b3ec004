//! One write of a case study, an initiative or a charter, as its revision
//! history shows it: the version it made, when, by whom, and what changed,
//! field by field. Only the owner organisation reads them.

use sea_orm::entity::prelude::*;

use crate::vocabulary::ContentKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub record_kind: ContentKind,
    pub record_id: i64,
    /// The version the write made.
    pub version: i32,
    pub changed_at: DateTimeUtc,
    /// The subject of the token that wrote it.
    pub subject: Option<String>,
    /// The organisation that wrote it (the owner, or a curator's).
    pub organisation_id: Option<i64>,
    /// The field changes, as the server wrote them (`repo::revision`).
    pub changes: Json,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
