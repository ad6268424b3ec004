//! A charter's row, and the versions it keeps when adopted.

use crate::repo::charter::draft::CharterDraft;
use chrono::{DateTime, Utc};
use entity::{charter, charter_version, vocabulary::CharterStatus};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, NotSet,
    QueryFilter, QueryOrder,
};

pub struct NewCharter {
    pub owner_org_id: i64,
    pub draft: CharterDraft,
    /// The charter template it is adapted from, if any.
    pub template_id: Option<i64>,
}

/// The row of a new charter written at `now` (version 1; adopted or
/// retired now when it starts so).
pub fn charter_row(new: NewCharter, now: DateTime<Utc>) -> charter::ActiveModel {
    let status = new.draft.status;
    charter::ActiveModel {
        owner_org_id: Set(new.owner_org_id),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        deleted_at: Set(None),
        adopted_at: Set((status == CharterStatus::Adopted).then_some(now)),
        retired_at: Set((status == CharterStatus::Retired).then_some(now)),
        template_id: Set(new.template_id),
        ..new.draft.into_row()
    }
}

pub async fn insert_charter(
    db: &impl ConnectionTrait,
    new: NewCharter,
    now: DateTime<Utc>,
) -> Result<charter::Model, DbErr> {
    charter_row(new, now).insert(db).await
}

/// Keeps `charter` as it stands, adopted at `now`, as its next version.
pub async fn insert_charter_version(
    db: &impl ConnectionTrait,
    charter: &charter::Model,
    adopted_by: &str,
    now: DateTime<Utc>,
) -> Result<charter_version::Model, DbErr> {
    let latest = charter_version::Entity::find()
        .filter(charter_version::Column::CharterId.eq(charter.id))
        .order_by_desc(charter_version::Column::Number)
        .one(db)
        .await?
        .map_or(0, |v| v.number);
    version_row(charter, latest + 1, adopted_by, now)
        .insert(db)
        .await
}

/// `charter` as it stands, kept as its version `number`, adopted at `adopted_at`.
pub fn version_row(
    charter: &charter::Model,
    number: i32,
    adopted_by: &str,
    adopted_at: DateTime<Utc>,
) -> charter_version::ActiveModel {
    charter_version::ActiveModel {
        id: NotSet,
        charter_id: Set(charter.id),
        number: Set(number),
        title: Set(charter.title.clone()),
        commitments: Set(charter.commitments.clone()),
        risks: Set(charter.risks.clone()),
        signatories: Set(charter.signatories.clone()),
        adopted_at: Set(adopted_at),
        adopted_by: Set(adopted_by.to_owned()),
    }
}
