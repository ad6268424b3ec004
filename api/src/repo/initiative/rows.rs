//! An initiative's row and its label rows, written together so that the
//! filters the label tables serve always match the record.

use chrono::{DateTime, Utc};
use entity::{initiative, vocabulary::CoType};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};

use crate::{
    domain::labels::{co_type_set, tag_set},
    repo::{
        initiative::draft::InitiativeDraft,
        labels::{InitiativeLabels, insert_labels},
    },
};

pub struct NewInitiative {
    pub owner_org_id: i64,
    pub draft: InitiativeDraft,
}

/// The row of a new initiative written at `now` (version 1, its lists
/// normalised, its benefit-cost ratio derived), with those lists for its
/// label rows.
pub fn initiative_row(
    new: NewInitiative,
    now: DateTime<Utc>,
) -> (initiative::ActiveModel, Vec<CoType>, Vec<String>) {
    let co_types = co_type_set(&new.draft.co_types);
    let tags = tag_set(&new.draft.tags);
    let row = initiative::ActiveModel {
        owner_org_id: Set(new.owner_org_id),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        deleted_at: Set(None),
        ..new.draft.into_row()
    };
    (row, co_types, tags)
}

pub async fn insert_initiative(
    db: &impl ConnectionTrait,
    new: NewInitiative,
    now: DateTime<Utc>,
) -> Result<initiative::Model, DbErr> {
    let (row, co_types, tags) = initiative_row(new, now);
    let model = row.insert(db).await?;
    insert_labels::<InitiativeLabels>(db, model.id, &co_types, &tags).await?;
    Ok(model)
}
