//! One Co of an initiative: the only place it is kept; the primary key
//! serves filters on it, the index on the initiative reading it back.

use crate::vocabulary::CoType;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative_co_type")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub co_type: CoType,
    #[sea_orm(primary_key, auto_increment = false)]
    pub initiative_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
