//! A peer review's row.

use chrono::{DateTime, Utc};
use entity::{
    peer_review,
    vocabulary::{PeerReviewKind, PeerReviewStatus},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, NotSet};

pub struct NewPeerReview {
    pub kind: PeerReviewKind,
    pub host_org_id: i64,
    pub visitor_org_id: i64,
    pub initiative_id: Option<i64>,
    pub case_study_id: Option<i64>,
    pub status: PeerReviewStatus,
    pub proposed_for: Option<chrono::NaiveDate>,
    pub message: Option<String>,
    pub findings: Option<String>,
    /// The side that asked for the review.
    pub requested_by_org_id: i64,
}

/// The row of a new peer review written at `now`, its findings not shared.
pub fn peer_review_row(new: NewPeerReview, now: DateTime<Utc>) -> peer_review::ActiveModel {
    peer_review::ActiveModel {
        id: NotSet,
        kind: Set(new.kind),
        host_org_id: Set(new.host_org_id),
        visitor_org_id: Set(new.visitor_org_id),
        initiative_id: Set(new.initiative_id),
        case_study_id: Set(new.case_study_id),
        status: Set(new.status),
        proposed_for: Set(new.proposed_for),
        message: Set(new.message),
        findings: Set(new.findings),
        findings_shared: Set(false),
        requested_by_org_id: Set(Some(new.requested_by_org_id)),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
}

pub async fn insert_peer_review(
    db: &impl ConnectionTrait,
    new: NewPeerReview,
    now: DateTime<Utc>,
) -> Result<peer_review::Model, DbErr> {
    peer_review_row(new, now).insert(db).await
}
