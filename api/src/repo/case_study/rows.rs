//! A case study's row, its label rows and its change, written together:
//! a case study never exists without the labels its filters read or the
//! change the sync feed reads. Callers pass a transaction.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{
    case_study,
    vocabulary::{CaseStudyStatus, ChangeOp, CoType},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use crate::{
    domain::labels::{co_type_set, tag_set},
    repo::{
        case_study::draft::CaseStudyDraft,
        change_log::write::{record_change, record_new},
        labels::{CaseStudyLabels, insert_labels, insert_labels_of_all},
    },
};

pub struct NewCaseStudy {
    pub owner_org_id: i64,
    pub draft: CaseStudyDraft,
    pub status: CaseStudyStatus,
    pub published_at: Option<DateTime<Utc>>,
}

/// Inserts a case study, its labels and its `UPSERT` change.
pub async fn insert_case_study(
    db: &impl ConnectionTrait,
    new: NewCaseStudy,
    now: DateTime<Utc>,
) -> Result<case_study::Model, DbErr> {
    let (row, co_types, tags) = case_study_row(new, now);
    let model = row.insert(db).await?;
    insert_labels::<CaseStudyLabels>(db, model.id, &co_types, &tags).await?;
    record_change(db, None, &model, ChangeOp::Upsert, now).await?;
    Ok(model)
}

/// Like [`insert_case_study`] for each of `new`, in one statement a table,
/// but a case study whose owner already has one with its `external_id` (a
/// concurrent writer may have just added it) is not inserted: answers the
/// ones inserted, their changes logged in the order given.
pub async fn insert_case_studies_if_absent(
    db: &impl ConnectionTrait,
    new: Vec<NewCaseStudy>,
    now: DateTime<Utc>,
) -> Result<Vec<case_study::Model>, DbErr> {
    let mut rows = Vec::with_capacity(new.len());
    let mut by_key = HashMap::with_capacity(new.len());
    for (order, new) in new.into_iter().enumerate() {
        let key = (new.owner_org_id, new.draft.external_id.clone());
        let (row, co_types, tags) = case_study_row(new, now);
        by_key.insert(key, (order, co_types, tags));
        rows.push(row);
    }
    let inserted = case_study::Entity::insert_many(rows)
        .on_conflict_do_nothing_on([
            case_study::Column::OwnerOrgId,
            case_study::Column::ExternalId,
        ])
        .exec_with_returning_many(db)
        .await;
    // An insert that RETURNING finds nothing for is the conflict, too.
    let mut inserted = match inserted {
        Ok(sea_orm::TryInsertResult::Inserted(models)) => models,
        Ok(_) | Err(DbErr::RecordNotFound(_) | DbErr::RecordNotInserted) => return Ok(Vec::new()),
        Err(other) => return Err(other),
    };
    // RETURNING promises no order: put them back in the order given.
    let order_of = |model: &case_study::Model| {
        by_key
            .get(&(model.owner_org_id, model.external_id.clone()))
            .map_or(usize::MAX, |(order, _, _)| *order)
    };
    inserted.sort_by_cached_key(order_of);
    insert_labels_of_all::<CaseStudyLabels>(
        db,
        inserted.iter().filter_map(|model| {
            let (_, co_types, tags) =
                by_key.get(&(model.owner_org_id, model.external_id.clone()))?;
            Some((model.id, co_types.as_slice(), tags.as_slice()))
        }),
    )
    .await?;
    record_new(db, &inserted, now).await?;
    Ok(inserted)
}

/// The row of a new case study written at `now` (version 1, its lists
/// normalised), with those lists for its label rows.
pub fn case_study_row(
    new: NewCaseStudy,
    now: DateTime<Utc>,
) -> (case_study::ActiveModel, Vec<CoType>, Vec<String>) {
    let co_types = co_type_set(&new.draft.co_types);
    let tags = tag_set(&new.draft.tags);
    let row = case_study::ActiveModel {
        owner_org_id: Set(new.owner_org_id),
        status: Set(new.status),
        published_at: Set(new.published_at),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        deleted_at: Set(None),
        // A new case study carries no curator's mark.
        featured: Set(false),
        verified_at: Set(None),
        verified_by_org_id: Set(None),
        verified_note: Set(None),
        hidden_at: Set(None),
        hidden_by_org_id: Set(None),
        hidden_reason: Set(None),
        ..new.draft.into_row()
    };
    (row, co_types, tags)
}
