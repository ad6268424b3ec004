//! Full-text search over case studies and their translations, on both
//! backends alike: the search index (`store::search`) finds and ranks the
//! matches, and the database reads them back through the caller's scope,
//! with the rest of the filter. Here are the database's halves: the
//! condition "among the matches", and the reads that feed the index, which
//! serve no caller.

use std::collections::HashMap;

use entity::{
    case_study, case_study_tag, translation,
    vocabulary::{ContentKind, Reach},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};

use crate::{
    domain::language,
    error::Result,
    repo::change_log::write::reach,
    store::search::{IndexedCaseStudy, IndexedText, SearchIndex},
    tenancy::ScopedDb,
};

/// The condition "the case study is one of `ids`", as one parameter
/// whatever their number (a common word finds a third of the network).
pub fn among(backend: DatabaseBackend, ids: &[i64]) -> Expr {
    let listed = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    match backend {
        DatabaseBackend::Postgres => Expr::cust_with_values(
            "\"case_study\".\"id\" = ANY(CAST($1 AS bigint[]))",
            [format!("{{{listed}}}")],
        ),
        _ => Expr::cust_with_values(
            "\"case_study\".\"id\" IN (SELECT value FROM json_each(?))",
            [format!("[{listed}]")],
        ),
    }
}

/// Which case studies the index is handed.
#[derive(Debug, Clone, Copy)]
pub enum Batch<'a> {
    /// These (changed ones): those gone come back as removed.
    Ids(&'a [i64]),
    /// The next `limit` by id after `after`, to build the index whole.
    After { after: i64, limit: u64 },
}

/// The case studies of `batch` as the search index holds them, and the
/// ids of those that are gone (deleted, or never committed, when asked
/// for by id). Serves no
/// caller: the index holds every case study and decides no one's scope.
pub async fn indexed(
    db: &impl ConnectionTrait,
    batch: Batch<'_>,
) -> Result<(Vec<IndexedCaseStudy>, Vec<i64>)> {
    let rows = match batch {
        Batch::Ids(ids) => {
            case_study::Entity::find()
                .filter(case_study::Column::Id.is_in(ids.iter().copied()))
                .all(db)
                .await?
        }
        Batch::After { after, limit } => {
            case_study::Entity::find()
                .filter(case_study::Column::Id.gt(after))
                .order_by_asc(case_study::Column::Id)
                .limit(limit)
                .all(db)
                .await?
        }
    };
    let (live, deleted): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.deleted_at.is_none());
    let removed = match batch {
        Batch::Ids(ids) => {
            let found: std::collections::HashSet<i64> = live.iter().map(|r| r.id).collect();
            ids.iter()
                .copied()
                .filter(|id| !found.contains(id))
                .collect()
        }
        Batch::After { .. } => deleted.iter().map(|r| r.id).collect(),
    };
    let ids: Vec<i64> = live.iter().map(|r| r.id).collect();
    let mut tags: HashMap<i64, Vec<String>> = HashMap::new();
    let mut translations: HashMap<i64, Vec<translation::Model>> = HashMap::new();
    if !ids.is_empty() {
        for tag in case_study_tag::Entity::find()
            .filter(case_study_tag::Column::CaseStudyId.is_in(ids.iter().copied()))
            .order_by_asc(case_study_tag::Column::Tag)
            .all(db)
            .await?
        {
            tags.entry(tag.case_study_id).or_default().push(tag.tag);
        }
        for translated in translation::Entity::find()
            .filter(translation::Column::RecordKind.eq(ContentKind::CaseStudy))
            .filter(translation::Column::RecordId.is_in(ids.iter().copied()))
            .order_by_asc(translation::Column::Id)
            .all(db)
            .await?
        {
            translations
                .entry(translated.record_id)
                .or_default()
                .push(translated);
        }
    }
    let indexed = live
        .into_iter()
        .map(|row| {
            let public = reach(&row) == Reach::Public;
            let mut languages = vec![language::primary(&row.language)];
            let mut texts = vec![IndexedText {
                welsh: language::is_welsh(&row.language),
                tags: tags.remove(&row.id).unwrap_or_default(),
                title: row.title,
                summary: row.summary,
                body: row.body,
            }];
            for t in translations.remove(&row.id).unwrap_or_default() {
                languages.push(language::primary(&t.language));
                texts.push(IndexedText {
                    welsh: language::is_welsh(&t.language),
                    title: t.title,
                    summary: t.summary.unwrap_or_default(),
                    tags: Vec::new(),
                    body: t.body.unwrap_or_default(),
                });
            }
            languages.sort();
            languages.dedup();
            IndexedCaseStudy {
                id: row.id,
                public,
                languages,
                texts,
            }
        })
        .collect();
    Ok((indexed, removed))
}

/// How long a search waits for the index to read changes the database
/// has committed (a moment, as it hears of each at commit).
const CATCH_UP: std::time::Duration = std::time::Duration::from_secs(2);

/// The search index, once it holds every change this database has
/// committed: a search answers with what was written before it, on every
/// replica. An index still behind after [`CATCH_UP`] answers as it is.
pub async fn current(db: &ScopedDb) -> Result<&SearchIndex> {
    let index = db.search_index();
    let last = crate::repo::change_log::read::last_seq(db.conn()).await?;
    if index.position().is_none_or(|p| p < last) {
        index.wanted().notify_one();
        if !index.caught_up(last, CATCH_UP).await {
            tracing::warn!(
                position = index.position(),
                last,
                "the search index is behind the change log"
            );
        }
    }
    Ok(index)
}
