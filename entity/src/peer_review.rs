//! A peer review or study visit: a link between a host organisation (which
//! owns the subject, an initiative or a case study) and a visiting one.
//! The host owns the record; both parties read it.

use sea_orm::entity::prelude::*;

use crate::vocabulary::{PeerReviewKind, PeerReviewStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "peer_review")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub kind: PeerReviewKind,
    pub host_org_id: i64,
    pub visitor_org_id: i64,
    pub initiative_id: Option<i64>,
    pub case_study_id: Option<i64>,
    pub status: PeerReviewStatus,
    pub proposed_for: Option<Date>,
    pub message: Option<String>,
    pub findings: Option<String>,
    /// Whether the host has shared the findings with the whole network.
    pub findings_shared: bool,
    /// The organisation that asked for the review (the other side answers).
    pub requested_by_org_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
