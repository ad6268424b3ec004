//! An initiative's row and its label rows, written together so that the
//! filters the label tables serve always match the record.

use chrono::{DateTime, Utc};
use entity::{initiative, initiative_co_type, initiative_tag, vocabulary::CoType};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use crate::{
    domain::labels::{co_type_set, tag_set},
    repo::initiative::draft::InitiativeDraft,
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
    let draft = InitiativeDraft {
        co_types: co_types.clone(),
        tags: tags.clone(),
        ..new.draft
    };
    let row = initiative::ActiveModel {
        owner_org_id: Set(new.owner_org_id),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        deleted_at: Set(None),
        ..draft.into_row()
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
    insert_initiative_labels(db, model.id, &co_types, &tags).await?;
    Ok(model)
}

/// Rewrites an initiative's label rows to match its lists.
pub async fn replace_initiative_labels(
    db: &impl ConnectionTrait,
    initiative_id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    initiative_co_type::Entity::delete_many()
        .filter(initiative_co_type::Column::InitiativeId.eq(initiative_id))
        .exec(db)
        .await?;
    initiative_tag::Entity::delete_many()
        .filter(initiative_tag::Column::InitiativeId.eq(initiative_id))
        .exec(db)
        .await?;
    insert_initiative_labels(db, initiative_id, co_types, tags).await
}

/// The label rows of an initiative's lists, which its filters read.
pub fn label_rows(
    initiative_id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> (
    Vec<initiative_co_type::ActiveModel>,
    Vec<initiative_tag::ActiveModel>,
) {
    let co_types = co_types
        .iter()
        .map(|&co_type| initiative_co_type::ActiveModel {
            co_type: Set(co_type),
            initiative_id: Set(initiative_id),
        })
        .collect();
    let tags = tags
        .iter()
        .map(|tag| initiative_tag::ActiveModel {
            tag: Set(tag.clone()),
            initiative_id: Set(initiative_id),
        })
        .collect();
    (co_types, tags)
}

async fn insert_initiative_labels(
    db: &impl ConnectionTrait,
    initiative_id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    let (co_types, tags) = label_rows(initiative_id, co_types, tags);
    if !co_types.is_empty() {
        initiative_co_type::Entity::insert_many(co_types)
            .exec(db)
            .await?;
    }
    if !tags.is_empty() {
        initiative_tag::Entity::insert_many(tags).exec(db).await?;
    }
    Ok(())
}
