//! Writing the change log the sync feed and subscriptions read: one row
//! per committed change of a case study, in commit order.

use chrono::{DateTime, Utc};
use entity::{
    case_study, case_study_change,
    vocabulary::{CaseStudyStatus, ChangeOp, Reach, Visibility},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait, NotSet};

/// An arbitrary key ("costar" and 1) naming the change log's lock.
pub const CHANGE_LOG_LOCK: i64 = 0x636f_7374_6172_0001;

/// Makes the change log's order the order of commits. On Postgres, a
/// transaction that took its sequence number first could commit last, and a
/// reader that had already passed the later number would never see it; so
/// every transaction that writes case-study changes holds this lock from
/// before its first change until it ends. (SQLite writers are serialised by
/// the write gate.) It also wakes the live feeds of every replica at commit.
/// Call it right after beginning the transaction.
pub async fn order_changes(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        db.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({CHANGE_LOG_LOCK})"))
            .await?;
        // Delivered at commit (and dropped on rollback): every replica's
        // live feed reads the new changes then.
        db.execute_unprepared(&format!("NOTIFY {}", super::CHANNEL))
            .await?;
    }
    Ok(())
}

/// Who can see a case study in this state: a PUBLIC one a curator hid is
/// seen by members only.
pub fn reach(case_study: &case_study::Model) -> Reach {
    match (
        case_study.deleted_at,
        case_study.status,
        case_study.visibility,
        case_study.hidden_at,
    ) {
        (None, CaseStudyStatus::Published, Visibility::Network, _)
        | (None, CaseStudyStatus::Published, Visibility::Public, Some(_)) => Reach::Network,
        (None, CaseStudyStatus::Published, Visibility::Public, None) => Reach::Public,
        _ => Reach::Owner,
    }
}

/// Appends to the change log the sync feed reads: the record as it is
/// after the change (`before` is its state just before; `None` for a new one).
pub async fn record_change(
    db: &impl ConnectionTrait,
    before: Option<&case_study::Model>,
    after: &case_study::Model,
    op: ChangeOp,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    change_row(before, after, op, now)
        .insert(db)
        .await
        .map(drop)
}

/// Appends the `UPSERT`s of new case studies, in the order given, in one
/// statement.
pub async fn record_new(
    db: &impl ConnectionTrait,
    created: &[case_study::Model],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if created.is_empty() {
        return Ok(());
    }
    let rows = created
        .iter()
        .map(|model| change_row(None, model, ChangeOp::Upsert, now));
    case_study_change::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await
        .map(drop)
}

/// The change-log row of [`record_change`].
pub fn change_row(
    before: Option<&case_study::Model>,
    after: &case_study::Model,
    op: ChangeOp,
    now: DateTime<Utc>,
) -> case_study_change::ActiveModel {
    case_study_change::ActiveModel {
        seq: NotSet,
        case_study_id: Set(after.id),
        owner_org_id: Set(after.owner_org_id),
        op: Set(op),
        changed_at: Set(now),
        reach_before: Set(before.map_or(Reach::Owner, reach)),
        reach_after: Set(if op == ChangeOp::Delete {
            Reach::Owner
        } else {
            reach(after)
        }),
        audience_org_id: Set(None),
    }
}

/// A change addressed to one organisation: a peer review opened or closed
/// `case_study` to its visitor, whose feed shows an UPSERT or a DELETE.
pub async fn record_audience_change(
    db: &impl ConnectionTrait,
    case_study: &case_study::Model,
    audience_org_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let reach = reach(case_study);
    case_study_change::ActiveModel {
        seq: NotSet,
        case_study_id: Set(case_study.id),
        owner_org_id: Set(case_study.owner_org_id),
        op: Set(ChangeOp::Upsert),
        changed_at: Set(now),
        reach_before: Set(reach),
        reach_after: Set(reach),
        audience_org_id: Set(Some(audience_org_id)),
    }
    .insert(db)
    .await
    .map(drop)
}
