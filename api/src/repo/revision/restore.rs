//! Restoring a revision: the content a record had at an earlier version
//! (its fields and translations, not its editorial state), written as its
//! next version, audited as RESTORE and kept as a revision of its own.

use std::collections::BTreeMap;

use entity::{
    case_study, charter, initiative,
    revision::{Column, Entity},
    translation::RiskText,
    vocabulary::{AuditAction, ContentKind, TranslationStatus},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{
    domain::{
        revision::{Snapshot, undo},
        validate,
    },
    error::{AppError, Result},
    repo::{
        self,
        case_study::draft::CaseStudyDraft,
        charter::draft::CharterDraft,
        initiative::draft::InitiativeDraft,
        labels::{CaseStudyLabels, InitiativeLabels},
        revision::{self as revisions, changes_of, translations_of},
        translation::write::{TranslationDraft, put},
        unit::{self, Unit},
    },
    tenancy::ScopedDb,
};

const TRANSLATIONS: &str = "translations.";

/// The content of the record `(kind, id)` at `version`, from `current`
/// (its content at `current_version`) taken back over the revisions since.
async fn content_at(
    conn: &impl ConnectionTrait,
    kind: ContentKind,
    id: i64,
    current_version: i32,
    version: i32,
    mut current: Snapshot,
) -> Result<Snapshot> {
    if version < 1 || version >= current_version {
        return Err(AppError::bad_input(
            "version",
            format!(
                "version must be an earlier version, 1 to {}",
                current_version - 1
            ),
        ));
    }
    let since = Entity::find()
        .filter(Column::RecordKind.eq(kind))
        .filter(Column::RecordId.eq(id))
        .filter(Column::Version.gt(version))
        .order_by_desc(Column::Version)
        .all(conn)
        .await?;
    let expected: Vec<i32> = (version + 1..=current_version).rev().collect();
    let found: Vec<i32> = since.iter().map(|r| r.version).collect();
    if found != expected {
        return Err(AppError::bad_input(
            "version",
            format!("version {version} is older than the revisions kept of this record"),
        ));
    }
    for revision in &since {
        undo(&mut current, &changes_of(revision)?)
            .map_err(|e| AppError::Internal(anyhow::anyhow!(e)))?;
    }
    Ok(current)
}

/// The fields of `content` a client sets, as the draft `D`.
fn draft_of<D: DeserializeOwned>(content: &Snapshot, left_out: &[&str]) -> Result<D> {
    let fields: serde_json::Map<String, Value> = content
        .iter()
        .filter(|(k, _)| !k.starts_with(TRANSLATIONS) && !left_out.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    serde_json::from_value(Value::Object(fields))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("a restored draft: {e}")))
}

/// The translations `content` holds.
fn translations_in(content: &Snapshot) -> Result<Vec<TranslationDraft>> {
    let mut by_language: BTreeMap<&str, BTreeMap<&str, &Value>> = BTreeMap::new();
    for (key, value) in content {
        if let Some((language, part)) = key
            .strip_prefix(TRANSLATIONS)
            .and_then(|rest| rest.rsplit_once('.'))
        {
            by_language.entry(language).or_default().insert(part, value);
        }
    }
    let text = |parts: &BTreeMap<&str, &Value>, part: &str| {
        parts.get(part).and_then(|v| v.as_str()).map(str::to_owned)
    };
    by_language
        .into_iter()
        .map(|(language, parts)| {
            let status = parts
                .get("status")
                .and_then(|v| serde_json::from_value::<TranslationStatus>((*v).clone()).ok())
                .unwrap_or(TranslationStatus::Outdated);
            Ok(TranslationDraft {
                language: language.to_owned(),
                status,
                title: text(&parts, "title").unwrap_or_default(),
                summary: text(&parts, "summary"),
                body: text(&parts, "body"),
                commitments: parts
                    .get("commitments")
                    .and_then(|v| serde_json::from_value::<Vec<String>>((*v).clone()).ok()),
                risks: parts
                    .get("risks")
                    .and_then(|v| serde_json::from_value::<Vec<RiskText>>((*v).clone()).ok()),
            })
        })
        .collect()
}

/// Replaces the record's translations with those `content` holds.
async fn put_translations(
    unit: &Unit<'_>,
    kind: ContentKind,
    id: i64,
    owner: i64,
    content: &Snapshot,
) -> Result<Vec<entity::translation::Model>> {
    let txn = unit.txn();
    entity::translation::Entity::delete_many()
        .filter(entity::translation::Column::RecordKind.eq(kind))
        .filter(entity::translation::Column::RecordId.eq(id))
        .exec(txn)
        .await?;
    for draft in translations_in(content)? {
        put(txn, owner, kind, id, draft).await?;
    }
    translations_of(txn, kind, id).await
}

/// Restores the case study `id` to its content at `version`.
pub async fn case_study(
    db: &ScopedDb,
    id: i64,
    version: i32,
    expected_version: i32,
) -> Result<case_study::Model> {
    let writer = db.writer()?;
    unit::write_changes(&writer, async move |unit| {
        use repo::case_study::write::{revised, save_draft, snapshot};
        let current = unit
            .for_write::<case_study::Entity>(id, "case study")
            .await?;
        validate::expected_version(current.version, expected_version)?;
        let txn = unit.txn();
        let labels = repo::labels::for_write::<CaseStudyLabels>(txn, id).await?;
        let translations = translations_of(txn, ContentKind::CaseStudy, id).await?;
        let before = snapshot(&current, &labels, &translations);
        let old = content_at(
            txn,
            ContentKind::CaseStudy,
            id,
            current.version,
            version,
            before.clone(),
        )
        .await?;
        let draft: CaseStudyDraft = draft_of(
            &old,
            &[
                "status",
                "deleted",
                "verifiedBy",
                "featured",
                "hiddenReason",
            ],
        )?;
        let (next, labels) =
            save_draft(unit, &current, &labels, draft, AuditAction::Restore).await?;
        let translations =
            put_translations(unit, ContentKind::CaseStudy, id, next.owner_org_id, &old).await?;
        let after = snapshot(&next, &labels, &translations);
        revisions::record(unit, revised(&next), next.version, &before, &after).await?;
        Ok(next)
    })
    .await
}

/// Restores the initiative `id` to its content at `version`.
pub async fn initiative(
    db: &ScopedDb,
    id: i64,
    version: i32,
    expected_version: i32,
) -> Result<initiative::Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        use repo::initiative::write::{revised, save_draft, snapshot};
        let current = unit
            .for_write::<initiative::Entity>(id, "initiative")
            .await?;
        validate::expected_version(current.version, expected_version)?;
        let txn = unit.txn();
        let labels = repo::labels::for_write::<InitiativeLabels>(txn, id).await?;
        let translations = translations_of(txn, ContentKind::Initiative, id).await?;
        let before = snapshot(&current, &labels, &translations);
        let old = content_at(
            txn,
            ContentKind::Initiative,
            id,
            current.version,
            version,
            before.clone(),
        )
        .await?;
        let draft: InitiativeDraft = draft_of(&old, &["deleted"])?;
        let (next, labels) = save_draft(unit, &current, draft, AuditAction::Restore).await?;
        let translations =
            put_translations(unit, ContentKind::Initiative, id, next.owner_org_id, &old).await?;
        let after = snapshot(&next, &labels, &translations);
        revisions::record(unit, revised(&next), next.version, &before, &after).await?;
        Ok(next)
    })
    .await
}

/// Restores the charter `id` to its content at `version`; its status
/// follows the charter's rules (restored text on an adopted charter is a
/// DRAFT until it is adopted again).
pub async fn charter(
    db: &ScopedDb,
    id: i64,
    version: i32,
    expected_version: i32,
) -> Result<charter::Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        use repo::charter::write::{revised, save_draft, snapshot};
        let current = unit.for_write::<charter::Entity>(id, "charter").await?;
        validate::expected_version(current.version, expected_version)?;
        let txn = unit.txn();
        let translations = translations_of(txn, ContentKind::Charter, id).await?;
        let before = snapshot(&current, &translations);
        let old = content_at(
            txn,
            ContentKind::Charter,
            id,
            current.version,
            version,
            before.clone(),
        )
        .await?;
        let mut draft: CharterDraft = draft_of(&old, &["deleted"])?;
        draft.status = current.status;
        let next = save_draft(unit, &current, draft, None, AuditAction::Restore).await?;
        let translations =
            put_translations(unit, ContentKind::Charter, id, next.owner_org_id, &old).await?;
        let after = snapshot(&next, &translations);
        revisions::record(unit, revised(&next), next.version, &before, &after).await?;
        Ok(next)
    })
    .await
}
