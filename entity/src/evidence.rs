//! Evidence that a pathway link holds, graded on the published scales: the
//! Nesta Standards of Evidence (1 to 5), the Maryland Scientific Methods
//! Scale (1 to 5) and the EMMIE dimensions, each grade optional.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub initiative_id: i64,
    pub link_id: i64,
    pub summary: String,
    /// A URL or a citation.
    pub source: Option<String>,
    pub observed_on: Option<Date>,
    pub nesta_level: Option<i16>,
    pub maryland_level: Option<i16>,
    /// An [`Emmie`] assessment, when one was made.
    pub emmie: Option<Json>,
    pub created_by: String,
    pub created_at: DateTimeUtc,
}

/// A note on the quality of the evidence for each EMMIE dimension.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Emmie {
    pub effect: Option<String>,
    pub mechanism: Option<String>,
    pub moderators: Option<String>,
    pub implementation: Option<String>,
    pub economics: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
