//! A step of an initiative's pathway to outcomes: an activity, an output,
//! an intermediate or a final outcome.

use sea_orm::entity::prelude::*;

use crate::vocabulary::PathwayStepKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pathway_step")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub initiative_id: i64,
    pub kind: PathwayStepKind,
    pub label: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
