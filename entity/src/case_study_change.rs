//! The change log the sync feed reads: one row per change to a case study,
//! written in the same transaction as the change, ordered by `seq`.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{ChangeOp, Reach};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_study_change")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub seq: i64,
    pub case_study_id: i64,
    pub owner_org_id: i64,
    pub op: ChangeOp,
    pub changed_at: DateTimeUtc,
    /// Who could see the record just before the change.
    pub reach_before: Reach,
    /// Who could see the record just after the change.
    pub reach_after: Reach,
    /// One more organisation the change concerns (a peer review's visitor).
    pub audience_org_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
