//! A Co-Production Charter: the rights and responsibilities of the service and
//! the community, and the risks identified with how they are managed.
//! Commitments and risks are values of the charter (edited and versioned with
//! it), so they are stored as JSON lists on its row.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::vocabulary::{CharterStatus, CommitmentKind, CommitmentParty, RiskLevel, Visibility};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "charter")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub initiative_id: Option<i64>,
    pub title: String,
    pub status: CharterStatus,
    pub commitments: Json,
    pub risks: Json,
    /// [`Signatory`] values: who signed the charter, for which side.
    pub signatories: Json,
    pub visibility: Visibility,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    pub deleted_at: Option<DateTimeUtc>,
    /// When the charter was last adopted.
    pub adopted_at: Option<DateTimeUtc>,
    pub retired_at: Option<DateTimeUtc>,
    /// BCP 47 language tag of the original text.
    pub language: String,
    /// The charter template it was adapted from.
    pub template_id: Option<i64>,
}

/// One right or responsibility of one party.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub party: CommitmentParty,
    pub kind: CommitmentKind,
    pub text: String,
}

/// A risk and how it is managed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Risk {
    pub description: String,
    pub likelihood: RiskLevel,
    pub impact: RiskLevel,
    pub mitigation: String,
}

/// Someone who signed the charter for one side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    pub name: String,
    /// Their role, as signed ("Chief Social Work Officer", "Carer representative").
    pub role: String,
    pub party: CommitmentParty,
    pub signed_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl crate::Owned for Entity {
    fn owner_column() -> Column {
        Column::OwnerOrgId
    }
    fn visibility_column() -> Column {
        Column::Visibility
    }
    fn deleted_at_column() -> Option<Column> {
        Some(Column::DeletedAt)
    }
}
