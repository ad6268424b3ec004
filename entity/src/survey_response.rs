//! One response to a survey run: the respondent's group, and nothing else
//! about who gave it.

use sea_orm::entity::prelude::*;

use crate::vocabulary::RespondentGroup;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_response")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub run_id: i64,
    pub respondent_group: RespondentGroup,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
