//! A translation of a record's text into one language: a case study's
//! title, summary and body, an initiative's title and summary, or a
//! charter's title, commitments and risks (the commitments' texts and the
//! risks' descriptions and mitigations, in the original's order). Each
//! belongs to the owner of the record it translates, which is read as that
//! record is.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::vocabulary::{ContentKind, TranslationStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub owner_org_id: i64,
    pub record_kind: ContentKind,
    pub record_id: i64,
    /// A BCP 47 tag (`cy`, `en-GB`), never the original's own language.
    pub language: String,
    /// HUMAN, MACHINE, or OUTDATED once the original changed after it.
    pub status: TranslationStatus,
    pub title: String,
    pub summary: Option<String>,
    pub body: Option<String>,
    /// A charter's commitments' texts, as a JSON list of strings.
    pub commitments: Option<Json>,
    /// A charter's risks, as a JSON list of [`RiskText`].
    pub risks: Option<Json>,
    pub updated_at: DateTimeUtc,
}

/// A risk's words in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskText {
    pub description: String,
    pub mitigation: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
