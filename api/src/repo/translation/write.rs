//! Writing translations. Setting or removing one is a write of its
//! record: the record's owner does it (EDITOR), against the record's
//! version, which it moves on; it is audited, and for a case study it is in
//! the change feed. When the original's text changes, its translations
//! become OUTDATED ([`mark_outdated`]).

use chrono::Utc;
use entity::{
    case_study, charter,
    charter::{Commitment, Risk},
    initiative,
    translation::{self, Column, Entity, RiskText},
    vocabulary::{AuditAction, ChangeOp, ContentKind, TranslationStatus},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, NotSet,
    QueryFilter, sea_query::Expr,
};

use crate::{
    domain::{
        language,
        validate::{self, SUMMARY_MAX, TITLE_MAX},
    },
    error::{AppError, Result},
    repo::{
        self,
        revision::{self, Revised},
        unit::{self, Audited, Unit},
    },
    tenancy::{ReadRule, ScopedDb},
};

/// A translation's text as a client sets it. Which parts a record takes
/// depends on its kind: a case study's title, summary and body; an
/// initiative's title and summary; a charter's title, commitments and risks.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationDraft {
    pub language: String,
    pub status: TranslationStatus,
    pub title: String,
    pub summary: Option<String>,
    pub body: Option<String>,
    pub commitments: Option<Vec<String>>,
    pub risks: Option<Vec<RiskText>>,
}

/// A record whose text can be translated.
pub trait Translated: Audited + ReadRule {
    const KIND: ContentKind;
    const NAME: &'static str;
    fn language(model: &Self::Model) -> &str;
    fn version(model: &Self::Model) -> i32;
    /// `model` as the next version, written now.
    fn touched(model: &Self::Model) -> Self::Model;
    /// Checks that `draft` holds the parts this record takes, and no others.
    /// Errors name fields under `at`.
    fn check_parts(model: &Self::Model, draft: &TranslationDraft, at: &str) -> Result<()>;
    /// The record as a case study, whose writes the change feed reports.
    fn as_case_study(_model: &Self::Model) -> Option<&case_study::Model> {
        None
    }
}

/// A translation holds every text of its record, so that whatever it
/// answers is in its language.
fn require_part(present: bool, field: &str, name: &str, at: &str) -> Result<()> {
    match present {
        true => Ok(()),
        false => Err(AppError::bad_input(
            format!("{at}.{field}"),
            format!("a translation of a {name} holds its {field} too: translate it as well"),
        )),
    }
}

fn refuse_part(present: bool, field: &str, name: &str, at: &str) -> Result<()> {
    match present {
        true => Err(AppError::bad_input(
            format!("{at}.{field}"),
            format!("a {name} has no {field} to translate: leave it out"),
        )),
        false => Ok(()),
    }
}

macro_rules! touched {
    ($model:ident) => {{
        let mut next = $model.clone();
        next.version += 1;
        next.updated_at = Utc::now();
        next
    }};
}

/// A case study's translation holds its title, summary and body.
pub(crate) fn check_case_study_parts(draft: &TranslationDraft, at: &str) -> Result<()> {
    let name = "case study";
    require_part(draft.summary.is_some(), "summary", name, at)?;
    require_part(draft.body.is_some(), "body", name, at)?;
    refuse_part(draft.commitments.is_some(), "commitments", name, at)?;
    refuse_part(draft.risks.is_some(), "risks", name, at)
}

impl Translated for case_study::Entity {
    const KIND: ContentKind = ContentKind::CaseStudy;
    const NAME: &'static str = "case study";
    fn language(model: &case_study::Model) -> &str {
        &model.language
    }
    fn version(model: &case_study::Model) -> i32 {
        model.version
    }
    fn touched(model: &case_study::Model) -> case_study::Model {
        touched!(model)
    }
    fn check_parts(_: &case_study::Model, draft: &TranslationDraft, at: &str) -> Result<()> {
        check_case_study_parts(draft, at)
    }
    fn as_case_study(model: &case_study::Model) -> Option<&case_study::Model> {
        Some(model)
    }
}

impl Translated for initiative::Entity {
    const KIND: ContentKind = ContentKind::Initiative;
    const NAME: &'static str = "initiative";
    fn language(model: &initiative::Model) -> &str {
        &model.language
    }
    fn version(model: &initiative::Model) -> i32 {
        model.version
    }
    fn touched(model: &initiative::Model) -> initiative::Model {
        touched!(model)
    }
    fn check_parts(_: &initiative::Model, draft: &TranslationDraft, at: &str) -> Result<()> {
        require_part(draft.summary.is_some(), "summary", Self::NAME, at)?;
        refuse_part(draft.body.is_some(), "body", Self::NAME, at)?;
        refuse_part(draft.commitments.is_some(), "commitments", Self::NAME, at)?;
        refuse_part(draft.risks.is_some(), "risks", Self::NAME, at)
    }
}

impl Translated for charter::Entity {
    const KIND: ContentKind = ContentKind::Charter;
    const NAME: &'static str = "charter";
    fn language(model: &charter::Model) -> &str {
        &model.language
    }
    fn version(model: &charter::Model) -> i32 {
        model.version
    }
    fn touched(model: &charter::Model) -> charter::Model {
        touched!(model)
    }
    fn check_parts(model: &charter::Model, draft: &TranslationDraft, at: &str) -> Result<()> {
        refuse_part(draft.summary.is_some(), "summary", Self::NAME, at)?;
        refuse_part(draft.body.is_some(), "body", Self::NAME, at)?;
        let same_length = |field: &str, given: Option<usize>, stored: usize| match given {
            None if stored > 0 => require_part(false, field, Self::NAME, at),
            Some(given) if given != stored => Err(AppError::bad_input(
                format!("{at}.{field}"),
                format!(
                    "{field} holds {given} items; the charter has {stored}: translate each, in order"
                ),
            )),
            _ => Ok(()),
        };
        let commitments: Vec<Commitment> = repo::content::Stored::load(&model.commitments);
        let risks: Vec<Risk> = repo::content::Stored::load(&model.risks);
        same_length(
            "commitments",
            draft.commitments.as_ref().map(Vec::len),
            commitments.len(),
        )?;
        same_length("risks", draft.risks.as_ref().map(Vec::len), risks.len())
    }
}

impl TranslationDraft {
    /// The draft with its rules applied; errors name fields under `at`
    /// (`input`, `input[2].translations[0]`).
    pub(crate) fn validated(self, at: &str) -> Result<Self> {
        let language = validate::language(&format!("{at}.language"), &self.language)?;
        if !matches!(
            self.status,
            TranslationStatus::Human | TranslationStatus::Machine
        ) {
            return Err(AppError::bad_input(
                format!("{at}.status"),
                "a translation is HUMAN or MACHINE; the server marks it OUTDATED",
            ));
        }
        let text = |field: &str, value: Option<String>, max: usize| {
            value
                .map(|v| validate::text(&format!("{at}.{field}"), &v, max))
                .transpose()
        };
        let commitments = self
            .commitments
            .map(|list| {
                validate::each(&format!("{at}.commitments"), list, |at, text| {
                    validate::text(at, &text, SUMMARY_MAX)
                })
            })
            .transpose()?;
        let risks = self
            .risks
            .map(|list| {
                validate::each(&format!("{at}.risks"), list, |at, risk| {
                    Ok(RiskText {
                        description: validate::text(
                            &format!("{at}.description"),
                            &risk.description,
                            SUMMARY_MAX,
                        )?,
                        mitigation: validate::text(
                            &format!("{at}.mitigation"),
                            &risk.mitigation,
                            SUMMARY_MAX,
                        )?,
                    })
                })
            })
            .transpose()?;
        Ok(Self {
            title: validate::text(&format!("{at}.title"), &self.title, TITLE_MAX)?,
            summary: text("summary", self.summary, SUMMARY_MAX)?,
            body: self
                .body
                .map(|b| validate::body(&format!("{at}.body"), &b))
                .transpose()?,
            commitments,
            risks,
            language,
            status: self.status,
        })
    }
}

/// A translation is into another language than the original's.
pub(crate) fn check_language(name: &str, original: &str, language: &str, at: &str) -> Result<()> {
    match language::same_language(original, language) {
        true => Err(AppError::bad_input(
            format!("{at}.language"),
            format!(
                "the {name} is written in {original}: change the original rather than translate it"
            ),
        )),
        false => Ok(()),
    }
}

/// The stored translation of `record` in `language`, if any.
async fn find(
    txn: &impl ConnectionTrait,
    kind: ContentKind,
    record: i64,
    language: &str,
) -> Result<Option<translation::Model>> {
    Ok(Entity::find()
        .filter(Column::RecordKind.eq(kind))
        .filter(Column::RecordId.eq(record))
        .filter(Column::Language.eq(language))
        .one(txn)
        .await?)
}

/// The translations of the case studies `ids`, which the writer has
/// already found among its own, by case study.
pub(crate) async fn of_own_case_studies(
    conn: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<translation::Model>>> {
    let mut found: std::collections::HashMap<i64, Vec<translation::Model>> = Default::default();
    if ids.is_empty() {
        return Ok(found);
    }
    let rows = Entity::find()
        .filter(Column::RecordKind.eq(ContentKind::CaseStudy))
        .filter(Column::RecordId.is_in(ids.iter().copied()))
        .all(conn)
        .await?;
    for row in rows {
        found.entry(row.record_id).or_default().push(row);
    }
    Ok(found)
}

/// Whether every one of `drafts` is stored as it says.
pub(crate) fn all_stored(stored: &[translation::Model], drafts: &[TranslationDraft]) -> bool {
    drafts.iter().all(|draft| {
        stored
            .iter()
            .any(|s| s.language == draft.language && same(s, draft))
    })
}

/// Whether `stored` says what `draft` does.
fn same(stored: &translation::Model, draft: &TranslationDraft) -> bool {
    let json = |v: &Option<serde_json::Value>| v.clone();
    stored.status == draft.status
        && stored.title == draft.title
        && stored.summary == draft.summary
        && stored.body == draft.body
        && json(&stored.commitments) == draft.commitments.as_ref().map(|c| serde_json::json!(c))
        && json(&stored.risks) == draft.risks.as_ref().map(|r| serde_json::json!(r))
}

/// Writes `draft` as the translation of the record `(kind, record)` owned
/// by `owner`, replacing the one in its language.
pub(crate) async fn put(
    txn: &impl ConnectionTrait,
    owner: i64,
    kind: ContentKind,
    record: i64,
    draft: TranslationDraft,
) -> Result<()> {
    let existing = find(txn, kind, record, &draft.language).await?;
    let row = translation::ActiveModel {
        id: existing.as_ref().map_or(NotSet, |e| Set(e.id)),
        owner_org_id: Set(owner),
        record_kind: Set(kind),
        record_id: Set(record),
        language: Set(draft.language),
        status: Set(draft.status),
        title: Set(draft.title),
        summary: Set(draft.summary),
        body: Set(draft.body),
        commitments: Set(draft.commitments.map(|c| serde_json::json!(c))),
        risks: Set(draft.risks.map(|r| serde_json::json!(r))),
        updated_at: Set(Utc::now()),
    };
    match existing {
        Some(_) => row.update(txn).await.map(drop)?,
        None => row.insert(txn).await.map(drop)?,
    }
    Ok(())
}

/// Sets the translation `draft` of the record `id` of `E`, as a write of it.
pub async fn set<E>(
    db: &ScopedDb,
    id: i64,
    expected_version: i32,
    draft: TranslationDraft,
) -> Result<E::Model>
where
    E: Translated,
    E::Model: sea_orm::IntoActiveModel<E::ActiveModel> + Clone,
    <E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType: From<i64>,
{
    let writer = db.writer()?;
    let draft = draft.validated("input")?;
    unit::write_changes(&writer, async move |unit| {
        let current = unit.for_write::<E>(id, E::NAME).await?;
        validate::expected_version(E::version(&current), expected_version)?;
        check_language(E::NAME, E::language(&current), &draft.language, "input")?;
        E::check_parts(&current, &draft, "input")?;
        let owner = unit.writer().org().0;
        let before = revision::translations_of(unit.txn(), E::KIND, id).await?;
        put(unit.txn(), owner, E::KIND, id, draft).await?;
        written::<E>(unit, AuditAction::Translate, &current, id, &before).await
    })
    .await
}

/// Removes the translation of the record `id` of `E` in `language`.
pub async fn remove<E>(
    db: &ScopedDb,
    id: i64,
    language: &str,
    expected_version: i32,
) -> Result<E::Model>
where
    E: Translated,
    E::Model: sea_orm::IntoActiveModel<E::ActiveModel> + Clone,
    <E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType: From<i64>,
{
    let writer = db.writer()?;
    let language = validate::language("language", language)?;
    unit::write_changes(&writer, async move |unit| {
        let current = unit.for_write::<E>(id, E::NAME).await?;
        validate::expected_version(E::version(&current), expected_version)?;
        let Some(found) = find(unit.txn(), E::KIND, id, &language).await? else {
            return Err(AppError::bad_input(
                "language",
                format!("the {} has no translation in {language}", E::NAME),
            ));
        };
        let before = revision::translations_of(unit.txn(), E::KIND, id).await?;
        Entity::delete_by_id(found.id).exec(unit.txn()).await?;
        written::<E>(unit, AuditAction::RemoveTranslation, &current, id, &before).await
    })
    .await
}

/// Moves the record `id` on to its next version, audited as `action`,
/// kept as a revision (its translations were `before`), and for a case
/// study in the change feed.
async fn written<E>(
    unit: &Unit<'_>,
    action: AuditAction,
    current: &E::Model,
    id: i64,
    before: &[translation::Model],
) -> Result<E::Model>
where
    E: Translated,
    E::Model: sea_orm::IntoActiveModel<E::ActiveModel> + Clone,
{
    let next = E::touched(current);
    unit.save::<E>(action, current, next.clone()).await?;
    // Only the translations changed: comparing them alone finds the same
    // changes as comparing the whole records.
    let after = revision::translations_of(unit.txn(), E::KIND, id).await?;
    let revised = Revised {
        kind: E::KIND,
        id,
        owner: unit.writer().org().0,
    };
    revision::record(
        unit,
        revised,
        E::version(&next),
        &revision::snapshot(&(), &[], before),
        &revision::snapshot(&(), &[], &after),
    )
    .await?;
    if let (Some(before), Some(after)) = (E::as_case_study(current), E::as_case_study(&next)) {
        repo::change_log::write::record_change(
            unit.txn(),
            Some(before),
            after,
            ChangeOp::Upsert,
            after.updated_at,
        )
        .await?;
    }
    Ok(next)
}

/// Marks every translation of the record `(kind, record)` OUTDATED: its
/// original's text changed after them.
pub(crate) async fn mark_outdated(
    conn: &impl ConnectionTrait,
    kind: ContentKind,
    record: i64,
) -> Result<()> {
    Entity::update_many()
        .col_expr(Column::Status, Expr::value(TranslationStatus::Outdated))
        .filter(Column::RecordKind.eq(kind))
        .filter(Column::RecordId.eq(record))
        .filter(Column::Status.ne(TranslationStatus::Outdated))
        .exec(conn)
        .await?;
    Ok(())
}
