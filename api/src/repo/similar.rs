//! Club discovery: initiatives of other organisations that tackle the same
//! problem, ranked by how alike they are (shared Co's, service area, tags,
//! and words of title and summary) and then by how far along the five
//! steps they are, since those further along have more to teach.
//!
//! Candidates come from the caller's scope through the indexed label
//! tables (anything sharing a Co, a tag or the service area), so an
//! initiative the caller may not see is never scored.

use std::collections::BTreeSet;

use entity::{
    initiative::{Column, Entity, Model},
    initiative_co_type, initiative_tag,
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityName, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, sea_query::Query,
};

use crate::{
    domain::similarity::{Described, Match, Profile, rank},
    error::{AppError, Result},
    repo::labels::{self, InitiativeLabels},
    store::pg::positional::Layout,
    tenancy::ScopedDb,
};

/// Most matches one question returns.
pub const MAX_MATCHES: usize = 50;
/// Matches returned when the question does not say how many.
pub const DEFAULT_MATCHES: i32 = 10;
/// Most candidates scored for one batch of questions: the most recently
/// updated of those sharing anything.
pub const MAX_CANDIDATES: u64 = 2_000;

/// The initiatives the caller may see that share a Co, a tag or the
/// service area with any of `subjects`.
pub async fn candidates(db: &ScopedDb, subjects: &[Described]) -> Result<Vec<Described>> {
    let profiles: Vec<Profile> = subjects.iter().map(Profile::of).collect();
    let co_types: BTreeSet<&str> = profiles.iter().flat_map(|p| p.co_types.clone()).collect();
    let tags: BTreeSet<String> = profiles.iter().flat_map(|p| p.tags.clone()).collect();
    let areas: BTreeSet<&str> = profiles.iter().map(|p| p.service_area.as_str()).collect();
    let mut shares = Condition::any().add(Column::ServiceArea.is_in(areas));
    if !co_types.is_empty() {
        shares = shares.add(
            Column::Id.in_subquery(
                Query::select()
                    .column(initiative_co_type::Column::InitiativeId)
                    .from(initiative_co_type::Entity)
                    .and_where(initiative_co_type::Column::CoType.is_in(co_types))
                    .to_owned(),
            ),
        );
    }
    if !tags.is_empty() {
        shares = shares.add(
            Column::Id.in_subquery(
                Query::select()
                    .column(initiative_tag::Column::InitiativeId)
                    .from(initiative_tag::Entity)
                    .and_where(initiative_tag::Column::Tag.is_in(tags))
                    .to_owned(),
            ),
        );
    }
    let mut select = db
        .readable::<Entity>()
        .filter(shares)
        .order_by_desc(Column::UpdatedAt)
        .order_by_desc(Column::Id)
        .limit(MAX_CANDIDATES)
        .into_query();
    let backend = db.conn().get_database_backend();
    labels::select::<InitiativeLabels>(&mut select, backend, Entity.table_name(), "");
    let rows = db.conn().query_all_raw(backend.build(&select)).await?;
    let layout = Layout::default();
    rows.iter()
        .map(|row| {
            Ok(Described {
                initiative: layout.read(row, "")?,
                labels: labels::read(row, "")?,
            })
        })
        .collect()
}

/// `initiatives` with their labels, as matching compares them.
pub async fn described(db: &ScopedDb, initiatives: Vec<Model>) -> Result<Vec<Described>> {
    let ids: Vec<i64> = initiatives.iter().map(|i| i.id).collect();
    let mut labels = labels::readable::<InitiativeLabels>(db, &ids).await?;
    Ok(initiatives
        .into_iter()
        .map(|initiative| Described {
            labels: labels.remove(&initiative.id).unwrap_or_default(),
            initiative,
        })
        .collect())
}

/// The best `first` matches of each of `subjects` among `candidates`, by
/// subject id. Scoring up to [`MAX_CANDIDATES`] rows is milliseconds of
/// CPU, so it runs on a blocking thread rather than holding an async
/// worker that other requests wait on.
pub async fn rank_each(
    subjects: Vec<Described>,
    candidates: Vec<Described>,
    first: usize,
) -> Result<Vec<(i64, Vec<Match>)>> {
    tokio::task::spawn_blocking(move || {
        subjects
            .iter()
            .map(|subject| {
                let id = subject.initiative.id;
                (id, rank(&Profile::of(subject), &candidates, first))
            })
            .collect()
    })
    .await
    .map_err(|err| AppError::Internal(anyhow::anyhow!("ranking similar initiatives: {err}")))
}

/// The initiatives most like `subject` that the caller may see.
pub async fn similar_to(db: &ScopedDb, subject: Model, first: usize) -> Result<Vec<Match>> {
    let subject = described(db, vec![subject]).await?;
    let candidates = candidates(db, &subject).await?;
    let ranked = rank_each(subject, candidates, first).await?;
    Ok(ranked
        .into_iter()
        .next()
        .map(|(_, matches)| matches)
        .unwrap_or_default())
}
