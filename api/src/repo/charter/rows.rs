//! A charter's row, and the versions it keeps when adopted.

use chrono::{DateTime, Utc};
use entity::{
    charter, charter_version,
    vocabulary::{CharterStatus, Visibility},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, NotSet,
    QueryFilter, QueryOrder,
};
use serde_json::json;

pub struct NewCharter {
    pub owner_org_id: i64,
    pub initiative_id: Option<i64>,
    pub title: String,
    pub status: CharterStatus,
    pub commitments: Vec<charter::Commitment>,
    pub risks: Vec<charter::Risk>,
    pub signatories: Vec<charter::Signatory>,
    pub visibility: Visibility,
}

pub async fn insert_charter(
    db: &impl ConnectionTrait,
    new: NewCharter,
    now: DateTime<Utc>,
) -> Result<charter::Model, DbErr> {
    charter::ActiveModel {
        id: NotSet,
        owner_org_id: Set(new.owner_org_id),
        initiative_id: Set(new.initiative_id),
        title: Set(new.title),
        status: Set(new.status),
        commitments: Set(json!(new.commitments)),
        risks: Set(json!(new.risks)),
        signatories: Set(json!(new.signatories)),
        visibility: Set(new.visibility),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        deleted_at: Set(None),
        adopted_at: Set((new.status == CharterStatus::Adopted).then_some(now)),
        retired_at: Set((new.status == CharterStatus::Retired).then_some(now)),
    }
    .insert(db)
    .await
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
    charter_version::ActiveModel {
        id: NotSet,
        charter_id: Set(charter.id),
        number: Set(latest + 1),
        title: Set(charter.title.clone()),
        commitments: Set(charter.commitments.clone()),
        risks: Set(charter.risks.clone()),
        signatories: Set(charter.signatories.clone()),
        adopted_at: Set(now),
        adopted_by: Set(adopted_by.to_owned()),
    }
    .insert(db)
    .await
}
