//! Inserting records with everything that must change with them: the label
//! tables that serve the filters, and the change log the sync feed reads.
//! Callers pass a transaction so that a record never exists without them.

use chrono::{DateTime, Utc};
use entity::{
    case_study, case_study_change, case_study_co_type, case_study_tag, charter, charter_version,
    initiative, initiative_co_type, initiative_tag, organisation, peer_review,
    vocabulary::{
        CaseStudyStatus, ChangeOp, CharterStatus, CoType, Nation, OrganisationKind, PeerReviewKind,
        PeerReviewStatus, Reach, ServiceArea, StarStep, Visibility,
    },
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, NotSet,
    QueryFilter, QueryOrder,
};
use serde_json::json;

use crate::domain::{
    appraisal::{Appraisal, Score},
    labels::{co_type_set, tag_set},
};

pub struct NewOrganisation {
    pub slug: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub gss_code: Option<String>,
    pub nation: Nation,
    pub club_member: bool,
}

pub async fn insert_organisation(
    db: &impl ConnectionTrait,
    new: NewOrganisation,
    now: DateTime<Utc>,
) -> Result<organisation::Model, DbErr> {
    organisation::ActiveModel {
        id: NotSet,
        slug: Set(new.slug),
        name: Set(new.name),
        kind: Set(new.kind),
        gss_code: Set(new.gss_code),
        nation: Set(new.nation),
        club_member: Set(new.club_member),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(db)
    .await
}

pub struct NewInitiative {
    pub owner_org_id: i64,
    pub title: String,
    pub summary: String,
    pub co_types: Vec<CoType>,
    pub star_step: StarStep,
    pub service_area: ServiceArea,
    pub tags: Vec<String>,
    pub visibility: Visibility,
    pub appraisal: Appraisal,
}

pub async fn insert_initiative(
    db: &impl ConnectionTrait,
    new: NewInitiative,
    now: DateTime<Utc>,
) -> Result<initiative::Model, DbErr> {
    let co_types = co_type_set(&new.co_types);
    let tags = tag_set(&new.tags);
    let model = initiative::ActiveModel {
        id: NotSet,
        owner_org_id: Set(new.owner_org_id),
        title: Set(new.title),
        summary: Set(new.summary),
        co_types: Set(json!(co_types)),
        star_step: Set(new.star_step),
        service_area: Set(new.service_area),
        tags: Set(json!(tags)),
        visibility: Set(new.visibility),
        impact_score: Set(new.appraisal.impact.map(Score::get)),
        ease_score: Set(new.appraisal.ease.map(Score::get)),
        annual_cost: Set(new.appraisal.annual_cost),
        annual_benefit: Set(new.appraisal.annual_benefit),
        benefit_cost_ratio: Set(new.appraisal.benefit_cost_ratio()),
        currency: Set(new.appraisal.currency),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        deleted_at: Set(None),
    }
    .insert(db)
    .await?;
    insert_initiative_labels(db, model.id, &co_types, &tags).await?;
    Ok(model)
}

pub struct NewCaseStudy {
    pub owner_org_id: i64,
    pub initiative_id: Option<i64>,
    pub external_id: Option<String>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub co_types: Vec<CoType>,
    pub service_area: ServiceArea,
    pub tags: Vec<String>,
    pub language: String,
    pub visibility: Visibility,
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
    insert_case_study_labels(db, model.id, &co_types, &tags).await?;
    record_change(db, None, &model, ChangeOp::Upsert, now).await?;
    Ok(model)
}

/// Like [`insert_case_study`], but when the owner already has a case study
/// with this `external_id` (a concurrent writer may have just added it),
/// inserts nothing and answers `None`.
pub async fn insert_case_study_if_absent(
    db: &impl ConnectionTrait,
    new: NewCaseStudy,
    now: DateTime<Utc>,
) -> Result<Option<case_study::Model>, DbErr> {
    let (row, co_types, tags) = case_study_row(new, now);
    let inserted = case_study::Entity::insert(row)
        .on_conflict_do_nothing_on([
            case_study::Column::OwnerOrgId,
            case_study::Column::ExternalId,
        ])
        .exec_with_returning(db)
        .await;
    // An insert that RETURNING finds nothing for is the conflict, too.
    let model = match inserted {
        Ok(sea_orm::TryInsertResult::Inserted(model)) => model,
        Ok(_) | Err(DbErr::RecordNotFound(_) | DbErr::RecordNotInserted) => return Ok(None),
        Err(other) => return Err(other),
    };
    insert_case_study_labels(db, model.id, &co_types, &tags).await?;
    record_change(db, None, &model, ChangeOp::Upsert, now).await?;
    Ok(Some(model))
}

/// The row of a new case study, with its normalised lists.
fn case_study_row(
    new: NewCaseStudy,
    now: DateTime<Utc>,
) -> (case_study::ActiveModel, Vec<CoType>, Vec<String>) {
    let co_types = co_type_set(&new.co_types);
    let tags = tag_set(&new.tags);
    let row = case_study::ActiveModel {
        id: NotSet,
        owner_org_id: Set(new.owner_org_id),
        initiative_id: Set(new.initiative_id),
        external_id: Set(new.external_id),
        title: Set(new.title),
        summary: Set(new.summary),
        body: Set(new.body),
        co_types: Set(json!(co_types)),
        service_area: Set(new.service_area),
        tags: Set(json!(tags)),
        language: Set(new.language),
        visibility: Set(new.visibility),
        status: Set(new.status),
        published_at: Set(new.published_at),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        deleted_at: Set(None),
    };
    (row, co_types, tags)
}

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
        db.execute_unprepared(&format!("NOTIFY {}", crate::repo::change_log::CHANNEL))
            .await?;
    }
    Ok(())
}

/// Who can see a case study in this state.
pub fn reach(case_study: &case_study::Model) -> Reach {
    match (
        case_study.deleted_at,
        case_study.status,
        case_study.visibility,
    ) {
        (None, CaseStudyStatus::Published, Visibility::Network) => Reach::Network,
        (None, CaseStudyStatus::Published, Visibility::Public) => Reach::Public,
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
    .insert(db)
    .await
    .map(drop)
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

pub async fn insert_peer_review(
    db: &impl ConnectionTrait,
    new: NewPeerReview,
    now: DateTime<Utc>,
) -> Result<peer_review::Model, DbErr> {
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
    .insert(db)
    .await
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

/// Rewrites a case study's label rows to match its lists.
pub async fn replace_case_study_labels(
    db: &impl ConnectionTrait,
    case_study_id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    case_study_co_type::Entity::delete_many()
        .filter(case_study_co_type::Column::CaseStudyId.eq(case_study_id))
        .exec(db)
        .await?;
    case_study_tag::Entity::delete_many()
        .filter(case_study_tag::Column::CaseStudyId.eq(case_study_id))
        .exec(db)
        .await?;
    insert_case_study_labels(db, case_study_id, co_types, tags).await
}

async fn insert_initiative_labels(
    db: &impl ConnectionTrait,
    initiative_id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    if !co_types.is_empty() {
        initiative_co_type::Entity::insert_many(co_types.iter().map(|&co_type| {
            initiative_co_type::ActiveModel {
                co_type: Set(co_type),
                initiative_id: Set(initiative_id),
            }
        }))
        .exec(db)
        .await?;
    }
    if !tags.is_empty() {
        initiative_tag::Entity::insert_many(tags.iter().map(|tag| initiative_tag::ActiveModel {
            tag: Set(tag.clone()),
            initiative_id: Set(initiative_id),
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}

async fn insert_case_study_labels(
    db: &impl ConnectionTrait,
    case_study_id: i64,
    co_types: &[CoType],
    tags: &[String],
) -> Result<(), DbErr> {
    if !co_types.is_empty() {
        case_study_co_type::Entity::insert_many(co_types.iter().map(|&co_type| {
            case_study_co_type::ActiveModel {
                co_type: Set(co_type),
                case_study_id: Set(case_study_id),
            }
        }))
        .exec(db)
        .await?;
    }
    if !tags.is_empty() {
        case_study_tag::Entity::insert_many(tags.iter().map(|tag| case_study_tag::ActiveModel {
            tag: Set(tag.clone()),
            case_study_id: Set(case_study_id),
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}

/// Writes `next` over `current`'s row only if the row is still at `current`'s version
/// (another writer may have moved it since it was read): CONFLICT otherwise.
pub async fn save_versioned<E>(
    conn: &impl ConnectionTrait,
    current: &E::Model,
    next: E::Model,
) -> crate::error::Result<()>
where
    E: entity::Versioned,
    E::Model: sea_orm::IntoActiveModel<E::ActiveModel>,
{
    use sea_orm::{ColumnTrait, IntoActiveModel, ModelTrait, QueryFilter};
    let result = E::update_many()
        .set(next.into_active_model().reset_all())
        .filter(E::id_column().eq(current.get(E::id_column())))
        .filter(E::version_column().eq(current.get(E::version_column())))
        .exec(conn)
        .await?;
    if result.rows_affected == 1 {
        Ok(())
    } else {
        Err(crate::error::AppError::Conflict {
            message:
                "the record changed while this write ran; read it again and reapply your change"
                    .into(),
            current_version: None,
        })
    }
}
