//! The life of a peer review: requested by either side, answered by the
//! other, completed by the visitor, cancelled by either. While it is
//! ACCEPTED the visitor reads its subject (the tenancy layer's rule); when a
//! case study opens or closes to the visitor, the change log tells the
//! visitor's feed (an UPSERT, later a DELETE).

use chrono::{NaiveDate, Utc};
use entity::{
    case_study, initiative, organisation,
    peer_review::{Column, Entity, Model},
    vocabulary::{AuditAction, PeerReviewKind, PeerReviewStatus},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::{
    domain::validate,
    error::{AppError, Result},
    repo::{
        self,
        peer_review::rows::NewPeerReview,
        unit::{self, Unit},
    },
    tenancy::{ScopedDb, Writer},
};

const MESSAGE_MAX: usize = 2_000;
const FINDINGS_MAX: usize = 20_000;

/// What a review is about.
#[derive(Debug, Clone, Copy)]
pub enum Subject {
    Initiative(i64),
    CaseStudy(i64),
}

/// The other side, named by the requester.
pub enum OtherSide {
    /// The requester hosts; this organisation visits.
    Visitor(String),
    /// The requester visits; this organisation hosts (and owns the subject).
    Host(String),
}

pub struct ReviewRequest {
    pub kind: PeerReviewKind,
    pub subject: Subject,
    pub other: OtherSide,
    pub proposed_for: Option<NaiveDate>,
    pub message: Option<String>,
}

async fn active_org(conn: &impl ConnectionTrait, field: &str, slug: &str) -> Result<i64> {
    organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .filter(organisation::Column::Active.eq(true))
        .one(conn)
        .await?
        .map(|o| o.id)
        .ok_or_else(|| {
            AppError::bad_input(
                field,
                format!("{field}: no organisation has the slug {slug:?}"),
            )
        })
}

/// The owner of the subject, read as the requester may see it.
async fn subject_owner(db: &ScopedDb, subject: Subject) -> Result<i64> {
    Ok(match subject {
        Subject::Initiative(id) => repo::initiative::read::by_ids(db, &[id])
            .await?
            .first()
            .map(|m| m.owner_org_id)
            .ok_or(AppError::NotFound {
                entity: "initiative",
            })?,
        Subject::CaseStudy(id) => repo::case_study::read::by_ids(db, &[id])
            .await?
            .first()
            .map(|m| m.owner_org_id)
            .ok_or(AppError::NotFound {
                entity: "case study",
            })?,
    })
}

pub async fn request(db: &ScopedDb, request: ReviewRequest) -> Result<Model> {
    let writer = db.writer()?;
    let message = request
        .message
        .map(|m| validate::text("message", &m, MESSAGE_MAX))
        .transpose()?;
    if let Some(date) = request.proposed_for
        && date < Utc::now().date_naive()
    {
        return Err(AppError::bad_input(
            "proposedFor",
            "proposedFor is in the past: propose a date from today on",
        ));
    }
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let (host, visitor) = match &request.other {
            OtherSide::Visitor(slug) => {
                // The requester hosts: the subject must be its own.
                match request.subject {
                    Subject::Initiative(id) => unit
                        .for_write::<initiative::Entity>(id, "initiative")
                        .await
                        .map(drop)?,
                    Subject::CaseStudy(id) => unit
                        .for_write::<case_study::Entity>(id, "case study")
                        .await
                        .map(drop)?,
                }
                (
                    unit.writer().org().0,
                    active_org(txn, "visitor", slug).await?,
                )
            }
            OtherSide::Host(slug) => {
                let host = active_org(txn, "host", slug).await?;
                if subject_owner(db, request.subject).await? != host {
                    return Err(AppError::bad_input(
                        "host",
                        format!("host: {slug:?} does not own the record to review"),
                    ));
                }
                (host, unit.writer().org().0)
            }
        };
        if host == visitor {
            return Err(AppError::bad_input(
                "visitor",
                "an organisation does not review itself: name another organisation",
            ));
        }
        let (initiative_id, case_study_id) = match request.subject {
            Subject::Initiative(id) => (Some(id), None),
            Subject::CaseStudy(id) => (None, Some(id)),
        };
        let new = NewPeerReview {
            kind: request.kind,
            host_org_id: host,
            visitor_org_id: visitor,
            initiative_id,
            case_study_id,
            status: PeerReviewStatus::Requested,
            proposed_for: request.proposed_for,
            message,
            findings: None,
            requested_by_org_id: unit.writer().org().0,
        };
        let review = repo::peer_review::rows::insert_peer_review(txn, new, Utc::now()).await?;
        unit.audit_new::<Entity>(AuditAction::Request, &review)
            .await?;
        Ok(review)
    })
    .await
}

/// A review the writer is a party to: NOT_FOUND if it may not see it,
/// FORBIDDEN if it sees it (shared findings) without being a party.
async fn party_review(
    db: &ScopedDb,
    writer: &Writer<'_>,
    conn: &impl ConnectionTrait,
    id: i64,
) -> Result<Model> {
    let review = db
        .readable_peer_reviews()
        .filter(Column::Id.eq(id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound {
            entity: "peer review",
        })?;
    let org = writer.org().0;
    if review.host_org_id != org && review.visitor_org_id != org {
        return Err(AppError::Forbidden(
            "only the host and the visitor change a peer review",
        ));
    }
    Ok(review)
}

fn require_status(review: &Model, allowed: &[PeerReviewStatus], action: &str) -> Result<()> {
    if allowed.contains(&review.status) {
        Ok(())
    } else {
        Err(AppError::bad_input(
            "id",
            format!(
                "this peer review is {}: it cannot be {action} now",
                review.status.as_str()
            ),
        ))
    }
}

/// Moves a review to `next`, audits it, and tells the visitor's feed when a
/// case study opens or closes to it.
async fn transition(
    unit: &Unit<'_>,
    current: Model,
    next: Model,
    action: AuditAction,
) -> Result<Model> {
    unit.save::<Entity>(action, &current, next.clone()).await?;
    let conn = unit.txn();
    let was_open = current.status == PeerReviewStatus::Accepted;
    let is_open = next.status == PeerReviewStatus::Accepted;
    if let Some(case_study_id) = next.case_study_id
        && was_open != is_open
        && let Some(case_study) = case_study::Entity::find_by_id(case_study_id)
            .one(conn)
            .await?
    {
        repo::change_log::write::record_audience_change(
            conn,
            &case_study,
            next.visitor_org_id,
            Utc::now(),
        )
        .await?;
    }
    Ok(next)
}

/// The side that did not ask accepts or declines.
pub async fn respond(db: &ScopedDb, id: i64, accept: bool) -> Result<Model> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        let txn = unit.txn();
        let current = party_review(db, unit.writer(), txn, id).await?;
        if current.requested_by_org_id == Some(unit.writer().org().0) {
            return Err(AppError::Forbidden(
                "the other side answers a peer review request",
            ));
        }
        require_status(&current, &[PeerReviewStatus::Requested], "answered")?;
        let status = if accept {
            PeerReviewStatus::Accepted
        } else {
            PeerReviewStatus::Declined
        };
        let next = Model {
            status,
            updated_at: Utc::now(),
            version: current.version + 1,
            ..current.clone()
        };
        let action = if accept {
            AuditAction::Accept
        } else {
            AuditAction::Decline
        };
        let review = transition(unit, current, next, action).await?;
        Ok(review)
    })
    .await
}

/// The visitor records its findings; the review ends.
pub async fn complete(db: &ScopedDb, id: i64, findings: &str) -> Result<Model> {
    let writer = db.writer()?;
    let findings = validate::text("findings", findings, FINDINGS_MAX)?;
    unit::write_changes(&writer, async move |unit| {
        let txn = unit.txn();
        let current = party_review(db, unit.writer(), txn, id).await?;
        if current.visitor_org_id != unit.writer().org().0 {
            return Err(AppError::Forbidden("the visitor completes a peer review"));
        }
        require_status(&current, &[PeerReviewStatus::Accepted], "completed")?;
        let next = Model {
            status: PeerReviewStatus::Completed,
            findings: Some(findings),
            updated_at: Utc::now(),
            version: current.version + 1,
            ..current.clone()
        };
        let review = transition(unit, current, next, AuditAction::Complete).await?;
        Ok(review)
    })
    .await
}

/// Either side calls a review off before it is completed.
pub async fn cancel(db: &ScopedDb, id: i64) -> Result<Model> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        let txn = unit.txn();
        let current = party_review(db, unit.writer(), txn, id).await?;
        require_status(
            &current,
            &[PeerReviewStatus::Requested, PeerReviewStatus::Accepted],
            "cancelled",
        )?;
        let next = Model {
            status: PeerReviewStatus::Cancelled,
            updated_at: Utc::now(),
            version: current.version + 1,
            ..current.clone()
        };
        let review = transition(unit, current, next, AuditAction::Cancel).await?;
        Ok(review)
    })
    .await
}

/// The host shares the findings with every member of the network, or stops.
pub async fn share_findings(db: &ScopedDb, id: i64, shared: bool) -> Result<Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let current = party_review(db, unit.writer(), txn, id).await?;
        if current.host_org_id != unit.writer().org().0 {
            return Err(AppError::Forbidden(
                "the host decides who sees the findings",
            ));
        }
        let next = Model {
            findings_shared: shared,
            updated_at: Utc::now(),
            version: current.version + 1,
            ..current.clone()
        };
        let review = transition(unit, current, next, AuditAction::Update).await?;
        Ok(review)
    })
    .await
}
