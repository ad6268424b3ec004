//! `upsertCaseStudies`: partners push batches keyed by their own external
//! ids. A batch is one transaction, all or nothing; an item whose content
//! equals what is stored changes nothing (no version, no audit entry, no
//! change-log row). Items are checked in external-id order (the first that
//! cannot be written is the one reported); stored ones are then updated one
//! by one, new ones inserted together with ON CONFLICT DO NOTHING, in key
//! order, and a key a concurrent batch inserted first is re-read and
//! updated, so concurrent identical batches neither duplicate nor
//! deadlock. A batch in step with what is stored (most of a partner's
//! syncs) is answered from one read that locks nothing: it waits for no
//! writer and makes none wait.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use entity::{
    case_study::{Column, Entity, Model},
    vocabulary::{AuditAction, CaseStudyStatus, ChangeOp, ContentKind},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityName, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QueryTrait, sea_query::SelectStatement,
};

use crate::{
    error::{AppError, Result},
    repo::{
        self,
        case_study::{
            draft::CaseStudyDraft,
            rows::NewCaseStudy,
            write::{self, check_publicity, is_public},
        },
        labels::{self, CaseStudyLabels, Labels},
        revision,
        translation::write::{self as translations, TranslationDraft},
        unit::{self, Unit},
    },
    tenancy::{ScopedDb, Writer},
};

const KIND: ContentKind = ContentKind::CaseStudy;

/// Most items one batch may hold.
pub const MAX_BATCH: usize = 500;

// A batch's tag rows are written in one statement: two parameters each,
// within SQLite's 32,766.
const _: () = assert!(MAX_BATCH * crate::domain::validate::TAGS_MAX * 2 < 32_766);

/// One item of a batch: the full content of a case study, keyed by
/// `draft.external_id`. A status left out keeps the stored one (DRAFT for a new one).
pub struct UpsertItem {
    pub draft: CaseStudyDraft,
    pub status: Option<CaseStudyStatus>,
    /// Translations to hold: each one replaces the stored one in its
    /// language; languages left out keep theirs.
    pub translations: Vec<TranslationDraft>,
}

/// What a batch did, with the case studies in the order they were sent.
pub struct UpsertOutcome {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub case_studies: Vec<Model>,
}

/// A validation failure, prefixed with the item it is about.
fn in_item(index: usize, external_id: &str, err: AppError) -> AppError {
    match err {
        AppError::BadInput { field, message } => AppError::BadInput {
            field: Some(format!("input[{index}].{}", field.unwrap_or_default())),
            message: format!("item {index} (externalId {external_id:?}): {message}"),
        },
        AppError::Forbidden(why) => AppError::Forbidden(why),
        other => other,
    }
}

pub async fn upsert(db: &ScopedDb, items: Vec<UpsertItem>) -> Result<UpsertOutcome> {
    let writer = db.writer()?;
    if items.len() > MAX_BATCH {
        return Err(AppError::bad_input(
            "input",
            format!(
                "a batch holds at most {MAX_BATCH} items, this one {}: split it",
                items.len()
            ),
        ));
    }
    let mut validated = Vec::with_capacity(items.len());
    let mut seen = HashSet::new();
    for (index, item) in items.into_iter().enumerate() {
        let key = item.draft.external_id.clone().unwrap_or_default();
        let draft = item
            .draft
            .validated()
            .map_err(|e| in_item(index, &key, e))?;
        // The key the batch is matched by: an item without one could only
        // ever be new, and a resend would duplicate it.
        let Some(key) = draft.external_id.clone() else {
            return Err(in_item(
                index,
                "",
                AppError::bad_input("externalId", "an upserted case study needs its externalId"),
            ));
        };
        let translations = validated_translations(&draft, item.translations)
            .map_err(|e| in_item(index, &key, e))?;
        if !seen.insert(key.clone()) {
            return Err(AppError::bad_input(
                format!("input[{index}].externalId"),
                format!(
                    "item {index} (externalId {key:?}): the externalId appears twice in the batch"
                ),
            ));
        }
        validated.push((
            index,
            key,
            UpsertItem {
                draft,
                status: item.status,
                translations,
            },
        ));
    }
    // A fixed order of keys: concurrent batches lock rows in the same order.
    validated.sort_by(|a, b| a.1.cmp(&b.1));
    // Copied, so that the batch itself can move into the write below.
    let owned_keys: Vec<String> = validated.iter().map(|(_, key, _)| key.clone()).collect();
    let keys: Vec<&str> = owned_keys.iter().map(String::as_str).collect();

    // When nothing would change, the batch takes effect at this read, as if
    // it had come before whatever commits after it: it locks nothing, so it
    // neither waits for a writer nor makes one wait.
    let read = db.conn().begin().await?;
    // Stored translations matter only to a batch that carries some.
    let translated = validated
        .iter()
        .any(|(_, _, item)| !item.translations.is_empty());
    let stored = existing_by_key(&read, &writer, &keys, Lock::None, translated).await?;
    read.commit().await?;
    if let Some(outcome) = in_step(&validated, stored) {
        return Ok(outcome);
    }

    unit::write_changes(&writer, async move |unit| {
        let mut outcome = UpsertOutcome {
            created: 0,
            updated: 0,
            unchanged: 0,
            case_studies: Vec::new(),
        };
        let mut existing = existing_by_key(
            unit.txn(),
            unit.writer(),
            &keys,
            Lock::ForUpdate,
            translated,
        )
        .await?;
        let checks = NewItemChecks::read(unit, &validated, &existing).await?;
        let mut results: Vec<(usize, Model)> = Vec::with_capacity(validated.len());
        let mut new = Vec::new();
        // In key order, so that the first item (by key) that cannot be
        // written is the one reported, whether it is new or not.
        for (index, key, item) in validated {
            match existing.remove(&key) {
                Some(found) => {
                    let model = update_one(unit, found, item, &mut outcome)
                        .await
                        .map_err(|e| in_item(index, &key, e))?;
                    results.push((index, model));
                }
                None => {
                    checks.check(&item).map_err(|e| in_item(index, &key, e))?;
                    new.push((index, key, item));
                }
            }
        }
        results.extend(create_all(unit, new, &mut outcome).await?);
        results.sort_by_key(|(index, _)| *index);
        outcome.case_studies = results.into_iter().map(|(_, model)| model).collect();
        Ok(outcome)
    })
    .await
}

/// An item's translations, each checked, in languages other than the
/// original's and each language once.
fn validated_translations(
    draft: &CaseStudyDraft,
    items: Vec<TranslationDraft>,
) -> Result<Vec<TranslationDraft>> {
    let mut languages = HashSet::new();
    items
        .into_iter()
        .enumerate()
        .map(|(at, item)| {
            // (`in_item` puts the item's place in front.)
            let at = format!("translations[{at}]");
            let item = item.validated(&at)?;
            translations::check_language("case study", &draft.language, &item.language, &at)?;
            translations::check_case_study_parts(&item, &at)?;
            if !languages.insert(item.language.to_ascii_lowercase()) {
                return Err(AppError::bad_input(
                    format!("{at}.language"),
                    format!("{} is translated twice in this item", item.language),
                ));
            }
            Ok(item)
        })
        .collect()
}

/// The outcome of a batch that changes nothing of `stored`, if it is one.
fn in_step(
    batch: &[(usize, String, UpsertItem)],
    mut stored: HashMap<String, Stored>,
) -> Option<UpsertOutcome> {
    let mut found = Vec::with_capacity(batch.len());
    for (index, key, item) in batch {
        let stored = stored
            .remove(key)
            .filter(|stored| unchanged(stored, item))?;
        found.push((*index, stored.row));
    }
    found.sort_by_key(|(index, _)| *index);
    Some(UpsertOutcome {
        created: 0,
        updated: 0,
        unchanged: found.len(),
        case_studies: found.into_iter().map(|(_, row)| row).collect(),
    })
}

/// A case study as stored: its row, its labels and its translations.
struct Stored {
    row: Model,
    labels: Labels,
    translations: Vec<entity::translation::Model>,
}

/// Whether `item` says what `existing` holds.
fn unchanged(existing: &Stored, item: &UpsertItem) -> bool {
    let Stored {
        row,
        labels,
        translations: stored,
    } = existing;
    row.deleted_at.is_none()
        && CaseStudyDraft::of(row, labels) == item.draft
        && row.status == item.status.unwrap_or(row.status)
        && translations::all_stored(stored, &item.translations)
}

/// Whether rows are read to be written (locked until the transaction ends).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lock {
    None,
    ForUpdate,
}

/// The rows the batch names that exist already, in one statement: a batch
/// in step with the partner's system then costs a read, not one per item.
/// Postgres locks them, when asked, in key order, the order every batch uses.
async fn existing_by_key(
    conn: &impl ConnectionTrait,
    writer: &Writer<'_>,
    keys: &[&str],
    lock: Lock,
    translated: bool,
) -> Result<HashMap<String, Stored>> {
    let mut select = Entity::find()
        .filter(Column::OwnerOrgId.eq(writer.org().0))
        .filter(Column::ExternalId.is_in(keys.iter().copied()))
        .order_by_asc(Column::ExternalId)
        .into_query();
    if conn.get_database_backend() == DatabaseBackend::Postgres {
        // A prepared statement's generic plan, which Postgres switches to
        // after five runs, cannot see that these keys pick a handful of one
        // owner's rows, and walked all of them (125 ms instead of 5 at
        // 100,000 case studies): plan this one for its actual keys.
        conn.execute_unprepared("SET LOCAL plan_cache_mode = force_custom_plan")
            .await?;
        if lock == Lock::ForUpdate {
            select.lock_exclusive();
        }
    }
    Ok(with_labels(conn, select, translated)
        .await?
        .into_iter()
        .filter_map(|stored| Some((stored.row.external_id.clone()?, stored)))
        .collect())
}

/// The rows `select` finds, each with its labels, in one statement, and
/// their translations in one more when `translated`.
async fn with_labels(
    conn: &impl ConnectionTrait,
    mut select: SelectStatement,
    translated: bool,
) -> Result<Vec<Stored>> {
    let backend = conn.get_database_backend();
    labels::select::<CaseStudyLabels>(&mut select, backend, Entity.table_name(), "");
    let rows = conn.query_all_raw(backend.build(&select)).await?;
    let mut stored = rows
        .iter()
        .map(|row| {
            Ok(Stored {
                row: Model::from_query_result(row, "")?,
                labels: labels::read(row, "")?,
                translations: Vec::new(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    if !translated {
        return Ok(stored);
    }
    let ids: Vec<i64> = stored.iter().map(|s| s.row.id).collect();
    let mut found = translations::of_own_case_studies(conn, &ids).await?;
    for item in &mut stored {
        item.translations = found.remove(&item.row.id).unwrap_or_default();
    }
    Ok(stored)
}

async fn find_by_key(
    conn: &impl ConnectionTrait,
    writer: &Writer<'_>,
    key: &str,
) -> Result<Option<Stored>> {
    let mut select = Entity::find()
        .filter(Column::OwnerOrgId.eq(writer.org().0))
        .filter(Column::ExternalId.eq(key))
        .into_query();
    // SQLite serialises writers already; Postgres locks the row.
    if conn.get_database_backend() == DatabaseBackend::Postgres {
        select.lock_exclusive();
    }
    Ok(with_labels(conn, select, true).await?.pop())
}

/// What a batch's new items may refer to: the initiatives among theirs
/// that the writer owns (read, and locked, in one statement).
struct NewItemChecks<'w> {
    writer: &'w Writer<'w>,
    own_initiatives: HashSet<i64>,
}

impl<'w> NewItemChecks<'w> {
    async fn read(
        unit: &Unit<'w>,
        batch: &[(usize, String, UpsertItem)],
        existing: &HashMap<String, Stored>,
    ) -> Result<Self> {
        let mut initiatives: Vec<i64> = batch
            .iter()
            .filter(|(_, key, _)| !existing.contains_key(key))
            .filter_map(|(_, _, item)| item.draft.initiative_id)
            .collect();
        initiatives.sort_unstable();
        initiatives.dedup();
        let writer = unit.writer();
        let own_initiatives = writer
            .own_ids_for_write::<entity::initiative::Entity>(unit.txn(), &initiatives)
            .await?;
        Ok(Self {
            writer,
            own_initiatives,
        })
    }

    /// Whether the writer may create `item`: only an ADMIN makes a case
    /// study PUBLIC, and its initiative must be the writer's own.
    fn check(&self, item: &UpsertItem) -> Result<()> {
        let status = item.status.unwrap_or(CaseStudyStatus::Draft);
        check_publicity(self.writer, false, is_public(item.draft.visibility, status))?;
        match item.draft.initiative_id {
            Some(id) if !self.own_initiatives.contains(&id) => {
                Err(repo::initiative::write::not_own())
            }
            _ => Ok(()),
        }
    }
}

/// Creates the batch's new case studies, checked already, in one statement
/// a table (their rows, labels, changes, audit entries and first
/// revisions); translations are written item by item. A key a concurrent
/// batch inserted meanwhile is updated instead.
async fn create_all(
    unit: &Unit<'_>,
    new: Vec<(usize, String, UpsertItem)>,
    outcome: &mut UpsertOutcome,
) -> Result<Vec<(usize, Model)>> {
    if new.is_empty() {
        return Ok(Vec::new());
    }
    let (conn, writer) = (unit.txn(), unit.writer());
    let now = Utc::now();
    let rows = new
        .iter()
        .map(|(_, _, item)| {
            let status = item.status.unwrap_or(CaseStudyStatus::Draft);
            NewCaseStudy {
                owner_org_id: writer.org().0,
                draft: item.draft.clone(),
                status,
                published_at: (status == CaseStudyStatus::Published).then_some(now),
            }
        })
        .collect();
    let inserted = repo::case_study::rows::insert_case_studies_if_absent(conn, rows, now).await?;
    unit.audit_new_all::<Entity>(AuditAction::Create, &inserted)
        .await?;
    let mut inserted: HashMap<String, Model> = inserted
        .into_iter()
        .filter_map(|model| Some((model.external_id.clone()?, model)))
        .collect();
    let mut written = Vec::with_capacity(new.len());
    let mut revisions = Vec::with_capacity(new.len());
    for (index, key, item) in new {
        let Some(model) = inserted.remove(&key) else {
            // A concurrent batch inserted it first: this is now an update.
            let found = find_by_key(conn, writer, &key)
                .await?
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("upserted row vanished")))?;
            let model = update_one(unit, found, item, outcome)
                .await
                .map_err(|e| in_item(index, &key, e))?;
            written.push((index, model));
            continue;
        };
        let labels = Labels {
            co_types: item.draft.co_types,
            tags: item.draft.tags,
        };
        let stored = if item.translations.is_empty() {
            Vec::new()
        } else {
            for translation in item.translations {
                translations::put(conn, model.owner_org_id, KIND, model.id, translation).await?;
            }
            revision::translations_of(conn, KIND, model.id).await?
        };
        revisions.push((
            write::revised(&model),
            model.version,
            write::snapshot(&model, &labels, &stored),
        ));
        outcome.created += 1;
        written.push((index, model));
    }
    revision::record_created(unit, revisions).await?;
    Ok(written)
}

/// Writes `item` over the stored case study it names, unless it says what
/// is stored.
async fn update_one(
    unit: &Unit<'_>,
    existing: Stored,
    item: UpsertItem,
    outcome: &mut UpsertOutcome,
) -> Result<Model> {
    let (conn, writer) = (unit.txn(), unit.writer());
    if unchanged(&existing, &item) {
        outcome.unchanged += 1;
        return Ok(existing.row);
    }
    let before_translations = revision::translations_of(conn, KIND, existing.row.id).await?;
    let before = write::snapshot(&existing.row, &existing.labels, &before_translations);
    // Its content, not only its status: a verification no longer holds.
    let edited = CaseStudyDraft::of(&existing.row, &existing.labels) != item.draft
        || !translations::all_stored(&existing.translations, &item.translations);
    let existing = existing.row;
    let status = item.status.unwrap_or(existing.status);
    let draft = item.draft;
    if (&draft.title, &draft.summary, &draft.body)
        != (&existing.title, &existing.summary, &existing.body)
    {
        translations::mark_outdated(conn, KIND, existing.id).await?;
    }
    for translation in item.translations {
        translations::put(conn, existing.owner_org_id, KIND, existing.id, translation).await?;
    }
    let was_public =
        existing.deleted_at.is_none() && is_public(existing.visibility, existing.status);
    check_publicity(writer, was_public, is_public(draft.visibility, status))?;
    if draft.initiative_id != existing.initiative_id {
        repo::initiative::write::check_own(conn, writer, draft.initiative_id).await?;
    }
    let now = Utc::now();
    let (co_types, tags) = (draft.co_types.clone(), draft.tags.clone());
    let next = Model {
        status,
        published_at: existing
            .published_at
            .or((status == CaseStudyStatus::Published).then_some(now)),
        updated_at: now,
        version: existing.version + 1,
        deleted_at: None,
        ..draft.onto(&existing)?
    };
    let next = repo::curation::marks::unverified_if_edited(&existing, next, edited);
    unit.save::<Entity>(AuditAction::Update, &existing, next.clone())
        .await?;
    labels::replace_labels::<CaseStudyLabels>(conn, existing.id, &co_types, &tags).await?;
    repo::change_log::write::record_change(conn, Some(&existing), &next, ChangeOp::Upsert, now)
        .await?;
    let labels = Labels { co_types, tags };
    let after_translations = revision::translations_of(conn, KIND, existing.id).await?;
    let after = write::snapshot(&next, &labels, &after_translations);
    revision::record(unit, write::revised(&next), next.version, &before, &after).await?;
    outcome.updated += 1;
    Ok(next)
}
