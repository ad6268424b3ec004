//! The label tables: an aggregate's Co types and tags, mirrored from its
//! row into a table each so that its filters are served by indexes. Both
//! aggregates that have them write them through here.

use entity::{
    case_study_co_type, case_study_tag, initiative_co_type, initiative_tag, vocabulary::CoType,
};
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr,
    EntityTrait, QueryFilter,
};

/// An aggregate's two label tables.
pub trait Labelled {
    type CoTypeRow: ActiveModelTrait + ActiveModelBehavior + Send;
    type TagRow: ActiveModelTrait + ActiveModelBehavior + Send;
    fn co_type_row(id: i64, co_type: CoType) -> Self::CoTypeRow;
    fn tag_row(id: i64, tag: String) -> Self::TagRow;
    /// The column naming the record, in each table.
    fn co_type_owner() -> <<Self::CoTypeRow as ActiveModelTrait>::Entity as EntityTrait>::Column;
    fn tag_owner() -> <<Self::TagRow as ActiveModelTrait>::Entity as EntityTrait>::Column;
}

/// The label rows of a record's lists.
pub fn label_rows<L: Labelled>(
    id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> (Vec<L::CoTypeRow>, Vec<L::TagRow>) {
    (
        co_types.iter().map(|&c| L::co_type_row(id, c)).collect(),
        tags.iter().map(|t| L::tag_row(id, t.clone())).collect(),
    )
}

/// Writes the label rows of a new record.
pub async fn insert_labels<L: Labelled>(
    db: &impl ConnectionTrait,
    id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    let (co_types, tags) = label_rows::<L>(id, co_types, tags);
    if !co_types.is_empty() {
        <L::CoTypeRow as ActiveModelTrait>::Entity::insert_many(co_types)
            .exec(db)
            .await?;
    }
    if !tags.is_empty() {
        <L::TagRow as ActiveModelTrait>::Entity::insert_many(tags)
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Rewrites a record's label rows to match its lists.
pub async fn replace_labels<L: Labelled>(
    db: &impl ConnectionTrait,
    id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    <L::CoTypeRow as ActiveModelTrait>::Entity::delete_many()
        .filter(L::co_type_owner().eq(id))
        .exec(db)
        .await?;
    <L::TagRow as ActiveModelTrait>::Entity::delete_many()
        .filter(L::tag_owner().eq(id))
        .exec(db)
        .await?;
    insert_labels::<L>(db, id, co_types, tags).await
}

/// A case study's labels.
pub struct CaseStudyLabels;

impl Labelled for CaseStudyLabels {
    type CoTypeRow = case_study_co_type::ActiveModel;
    type TagRow = case_study_tag::ActiveModel;
    fn co_type_row(id: i64, co_type: CoType) -> Self::CoTypeRow {
        case_study_co_type::ActiveModel {
            co_type: Set(co_type),
            case_study_id: Set(id),
        }
    }
    fn tag_row(id: i64, tag: String) -> Self::TagRow {
        case_study_tag::ActiveModel {
            tag: Set(tag),
            case_study_id: Set(id),
        }
    }
    fn co_type_owner() -> case_study_co_type::Column {
        case_study_co_type::Column::CaseStudyId
    }
    fn tag_owner() -> case_study_tag::Column {
        case_study_tag::Column::CaseStudyId
    }
}

/// An initiative's labels.
pub struct InitiativeLabels;

impl Labelled for InitiativeLabels {
    type CoTypeRow = initiative_co_type::ActiveModel;
    type TagRow = initiative_tag::ActiveModel;
    fn co_type_row(id: i64, co_type: CoType) -> Self::CoTypeRow {
        initiative_co_type::ActiveModel {
            co_type: Set(co_type),
            initiative_id: Set(id),
        }
    }
    fn tag_row(id: i64, tag: String) -> Self::TagRow {
        initiative_tag::ActiveModel {
            tag: Set(tag),
            initiative_id: Set(id),
        }
    }
    fn co_type_owner() -> initiative_co_type::Column {
        initiative_co_type::Column::InitiativeId
    }
    fn tag_owner() -> initiative_tag::Column {
        initiative_tag::Column::InitiativeId
    }
}
