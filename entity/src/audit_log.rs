//! The audit log: who changed what, when, and the version before and after.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{AuditAction, AuditEntity};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    /// The token's subject.
    pub subject: String,
    pub action: AuditAction,
    pub entity_type: AuditEntity,
    /// The global id of the record, or the `jti` of a revoked token.
    pub entity_ref: String,
    pub version_before: Option<i32>,
    pub version_after: Option<i32>,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
