//! Reading case studies: filtered, ordered, paged lists and lookups by id,
//! all starting from the caller's scope.

use chrono::{DateTime, Utc};
use entity::{
    case_study::{Column, Entity, Model},
    case_study_co_type, case_study_tag, charter, initiative, organisation,
    vocabulary::{CaseStudyStatus, CoType, Nation, ServiceArea, StarStep, Visibility},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityName, QueryFilter, QueryResult, QueryTrait,
    sea_query::{Expr, ExprTrait, Order, Query, SelectStatement},
};

use crate::{
    domain::search::SearchTerms,
    error::Result,
    repo::{
        initiative::read::reaches_evidence_level,
        labels::{self, CaseStudyLabels, Labels},
        organisation::{
            joined::Organisation as JoinedOrganisation,
            read::{owned_by_club_member, owned_by_slug, owned_in_nations},
        },
        search::{self, among},
    },
    store::{
        joined,
        keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
        pg::positional::Layout,
    },
    tenancy::ScopedDb,
};

/// What a list of case studies is narrowed to. Empty lists mean "any".
#[derive(Debug, Default, Clone, PartialEq)]
pub struct CaseStudyFilter {
    pub search: Option<SearchTerms>,
    /// Any of these Co's.
    pub co_types: Vec<CoType>,
    pub service_area: Option<ServiceArea>,
    /// The owner organisation's slug.
    pub owner: Option<String>,
    /// All of these tags.
    pub tags: Vec<String>,
    pub visibility: Option<Visibility>,
    pub status: Option<CaseStudyStatus>,
    pub updated_since: Option<DateTime<Utc>>,
    pub initiative_id: Option<i64>,
    /// Of an initiative (one the caller may see) at any of these steps.
    pub star_steps: Vec<StarStep>,
    /// Owned by an organisation of any of these nations.
    pub nations: Vec<Nation>,
    /// Written in any of these languages.
    pub languages: Vec<String>,
    /// Of an initiative (one the caller may see) whose pathway holds
    /// evidence at this Nesta level or higher.
    pub min_evidence_level: Option<i16>,
    /// Only case studies of Club members.
    pub club_only: bool,
    /// Only featured case studies (`Some(true)`), or only others.
    pub featured: Option<bool>,
}

/// The orders a case study list can be read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseStudyOrder {
    /// Most recently updated first.
    UpdatedAt,
    /// Most recently published first; unpublished last.
    PublishedAt,
    /// Alphabetical.
    Title,
    /// Best match first (needs a search).
    Relevance,
}

/// What the search index found for a filter's search: the ids of every
/// match (those the caller may see among them are read through its scope).
#[derive(Debug, Default)]
pub struct Found(Option<Vec<i64>>);

impl Found {
    /// Narrows a list to `ids` (a batch of ranked matches).
    pub(super) fn among(ids: Vec<i64>) -> Self {
        Self(Some(ids))
    }
}

/// Looks up `filter`'s search, if it has one, in the search index (once
/// the index holds every change the database has committed).
pub async fn find(db: &ScopedDb, filter: &CaseStudyFilter) -> Result<Found> {
    let Some(terms) = &filter.search else {
        return Ok(Found(None));
    };
    let index = search::current(db).await?;
    let ids = index
        .matching(terms, db.search_narrowed())
        .map_err(crate::error::AppError::Internal)?;
    Ok(Found(Some(ids)))
}

/// The scoped, filtered select behind a list (its page and its count),
/// narrowed to what the filter's search `found`.
pub fn filtered(db: &ScopedDb, filter: &CaseStudyFilter, found: &Found) -> SelectStatement {
    let backend = db.conn().get_database_backend();
    let mut select = db.readable_rows::<Entity>();
    if let Found(Some(ids)) = found {
        select.cond_where(among(backend, ids));
    }
    if !filter.co_types.is_empty() {
        select.cond_where(
            Column::Id.in_subquery(
                Query::select()
                    .column(case_study_co_type::Column::CaseStudyId)
                    .from(case_study_co_type::Entity)
                    .and_where(
                        case_study_co_type::Column::CoType.is_in(filter.co_types.iter().copied()),
                    )
                    .to_owned(),
            ),
        );
    }
    for tag in &filter.tags {
        select.cond_where(
            Column::Id.in_subquery(
                Query::select()
                    .column(case_study_tag::Column::CaseStudyId)
                    .from(case_study_tag::Entity)
                    .and_where(case_study_tag::Column::Tag.eq(tag.as_str()))
                    .to_owned(),
            ),
        );
    }
    if !filter.languages.is_empty() {
        select.cond_where(Column::Language.is_in(filter.languages.iter().map(String::as_str)));
    }
    if let Some(area) = filter.service_area {
        select.cond_where(Column::ServiceArea.eq(area));
    }
    if let Some(slug) = &filter.owner {
        select.cond_where(owned_by_slug(Expr::col((Entity, Column::OwnerOrgId)), slug));
    }
    if let Some(visibility) = filter.visibility {
        select.cond_where(Column::Visibility.eq(visibility));
    }
    if let Some(status) = filter.status {
        select.cond_where(Column::Status.eq(status));
    }
    if let Some(since) = filter.updated_since {
        select.cond_where(Column::UpdatedAt.gte(since));
    }
    if let Some(initiative) = filter.initiative_id {
        select.cond_where(db.names_readable::<entity::initiative::Entity>(
            Expr::col((Entity, Column::InitiativeId)),
            initiative,
        ));
    }
    if let Some(featured) = filter.featured {
        select.cond_where(Column::Featured.eq(featured));
    }
    if filter.club_only {
        select.cond_where(owned_by_club_member(Expr::col((
            Entity,
            Column::OwnerOrgId,
        ))));
    }
    let of_initiative = Expr::col((Entity, Column::InitiativeId));
    if !filter.star_steps.is_empty() {
        select.cond_where(db.names_readable_where::<initiative::Entity>(
            of_initiative.clone(),
            initiative::Column::StarStep.is_in(filter.star_steps.iter().copied()),
        ));
    }
    if let Some(level) = filter.min_evidence_level {
        select.cond_where(db.names_readable_where::<initiative::Entity>(
            of_initiative,
            reaches_evidence_level(
                Expr::col((initiative::Entity, initiative::Column::Id)),
                level,
            ),
        ));
    }
    if !filter.nations.is_empty() {
        select.cond_where(owned_in_nations(
            Expr::col((Entity, Column::OwnerOrgId)),
            &filter.nations,
        ));
    }
    joined::select_columns::<Entity>(&mut select);
    select
}

fn sort_key(order: CaseStudyOrder) -> SortKey<Model> {
    let id = Expr::col((Entity, Column::Id));
    match order {
        CaseStudyOrder::PublishedAt => SortKey {
            name: "PUBLISHED_AT",
            expr: Expr::col((Entity, Column::PublishedAt)),
            descending: true,
            nullable: true,
            value: |m| SortValue::Time(m.published_at),
            kind: KeyKind::Time,
            id,
        },
        CaseStudyOrder::Title => SortKey {
            name: "TITLE",
            expr: Expr::col((Entity, Column::Title)),
            descending: false,
            nullable: false,
            value: |m| SortValue::Text(m.title.clone()),
            kind: KeyKind::Text,
            id,
        },
        // Relevance without a search has nothing to rank by: the
        // resolver refuses it, and this is the safe fallback.
        CaseStudyOrder::UpdatedAt | CaseStudyOrder::Relevance => SortKey {
            name: "UPDATED_AT",
            expr: Expr::col((Entity, Column::UpdatedAt)),
            descending: true,
            nullable: false,
            value: |m| SortValue::Time(Some(m.updated_at)),
            kind: KeyKind::Time,
            id,
        },
    }
}

/// The cursor of a case study in the default order (most recently updated first).
pub fn updated_at_cursor(model: &Model) -> keyset::Cursor {
    keyset::cursor(
        "UPDATED_AT",
        SortValue::Time(Some(model.updated_at)),
        model.id,
    )
}

/// The relations a page reads in its own statement, joined, rather than
/// in one more statement each.
#[derive(Debug, Clone, Copy, Default)]
pub struct Joined {
    pub owner: bool,
    pub initiative: bool,
    /// The case study's Co's and tags.
    pub labels: bool,
}

/// A page row's joined relations, `None` where not joined.
#[derive(Debug, Default)]
pub struct Relations {
    pub owner: Option<organisation::Model>,
    /// `Some(None)`: joined, and there is no initiative the caller may read.
    pub initiative: Option<Option<initiative::Model>>,
    pub labels: Option<Labels>,
}

const OWNER: JoinedOrganisation = JoinedOrganisation {
    name: "owner",
    prefix: "owner_",
};
const INITIATIVE_PREFIX: &str = "initiative_";

/// Joins to `select` the relations `joined` asks for; [`relations`] reads
/// them back.
fn join_relations(db: &ScopedDb, select: &mut SelectStatement, joined: Joined) {
    if joined.labels {
        let backend = db.conn().get_database_backend();
        labels::select::<CaseStudyLabels>(select, backend, Entity.table_name(), "");
    }
    if joined.owner {
        OWNER.join(db, select, (Entity, Column::OwnerOrgId));
    }
    if joined.initiative {
        db.join_readable::<initiative::Entity>(
            select,
            Expr::col((initiative::Entity, initiative::Column::Id))
                .equals((Entity, Column::InitiativeId)),
        );
        let table = initiative::Entity.table_name();
        joined::select_prefixed::<initiative::Entity>(select, table, INITIATIVE_PREFIX);
    }
}

/// The relations [`join_relations`] joined to `row`.
fn relations(row: &QueryResult, layout: &Layout, joined: Joined) -> Result<Relations> {
    Ok(Relations {
        owner: match joined.owner {
            true => OWNER.read(row, layout)?,
            false => None,
        },
        initiative: match joined.initiative {
            true => Some(layout.joined(row, INITIATIVE_PREFIX)?),
            false => None,
        },
        labels: match joined.labels {
            true => Some(labels::read(row, "")?),
            false => None,
        },
    })
}

/// One page of the case studies the caller may see, with the relations
/// `joined` asks for.
pub async fn page(
    db: &ScopedDb,
    filter: &CaseStudyFilter,
    order: CaseStudyOrder,
    args: &PageArgs,
    joined: Joined,
) -> Result<Page<(Model, Relations)>> {
    if let (CaseStudyOrder::Relevance, Some(terms)) = (order, &filter.search) {
        return super::ranked::page(db, filter, terms, args, joined).await;
    }
    let key = sort_key(order);
    let request = args.validate(key.name)?;
    let found = find(db, filter).await?;
    let mut select = filtered(db, filter, &found);
    join_relations(db, &mut select, joined);
    let relations = |row: &QueryResult, layout: &Layout| relations(row, layout, joined);
    keyset::fetch_page_with(db.conn(), select, &key, &request, |m| m.id, relations).await
}

/// How many case studies the caller may see `filter` finds.
pub async fn count(db: &ScopedDb, filter: &CaseStudyFilter) -> Result<i64> {
    let found = find(db, filter).await?;
    db.count(filtered(db, filter, &found)).await
}

/// The rows of `filtered` with the relations `joined` asks for, in no
/// order.
pub(super) async fn fetch_joined(
    db: &ScopedDb,
    mut select: SelectStatement,
    joined: Joined,
) -> Result<Vec<(Model, Relations)>> {
    join_relations(db, &mut select, joined);
    joined::fetch_all(db.conn(), &select, |row, layout| {
        relations(row, layout, joined)
    })
    .await
}

/// The case studies among `ids` that the caller may see.
fn readable_by_ids(db: &ScopedDb, ids: &[i64]) -> SelectStatement {
    db.readable::<Entity>()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .into_query()
}

/// The case studies among `ids` that the caller may see, with the
/// relations `joined` asks for, in one statement.
pub async fn by_ids_joined(
    db: &ScopedDb,
    ids: &[i64],
    joined: Joined,
) -> Result<Vec<(Model, Relations)>> {
    fetch_joined(db, readable_by_ids(db, ids), joined).await
}

/// A case study read by id with its initiative and that initiative's
/// charters: what a detail page shows, in one statement.
pub struct WithCharters {
    pub case_study: Model,
    pub relations: Relations,
    /// The charters the caller may read of the initiative (none when it may
    /// not read the initiative), in id order.
    pub charters: Vec<charter::Model>,
}

const CHARTER_PREFIX: &str = "charter_";

/// The case studies among `ids` the caller may see, each joined with its
/// labels, the owner `joined` asks for, its initiative and the initiative's
/// charters.
/// A case study comes back once per charter, so this is for lookups by id:
/// a page's LIMIT would count charters.
pub async fn by_ids_with_charters(
    db: &ScopedDb,
    ids: &[i64],
    owner: bool,
) -> Result<Vec<WithCharters>> {
    let joined = Joined {
        owner,
        initiative: true,
        labels: true,
    };
    let mut select = readable_by_ids(db, ids);
    join_relations(db, &mut select, joined);
    // The charters of an initiative the caller may not read meet a NULL id
    // and join none.
    db.join_readable::<charter::Entity>(
        &mut select,
        Expr::col((charter::Entity, charter::Column::InitiativeId))
            .equals((initiative::Entity, initiative::Column::Id)),
    );
    joined::select_prefixed::<charter::Entity>(
        &mut select,
        charter::Entity.table_name(),
        CHARTER_PREFIX,
    );
    select
        .order_by((Entity, Column::Id), Order::Asc)
        .order_by((charter::Entity, charter::Column::Id), Order::Asc);
    let rows = db
        .conn()
        .query_all_raw(db.conn().get_database_backend().build(&select))
        .await?;
    let layout = Layout::default();
    let mut found: Vec<WithCharters> = Vec::new();
    for row in &rows {
        let id: i64 = row.try_get("", "id")?;
        if found.last().is_none_or(|last| last.case_study.id != id) {
            found.push(WithCharters {
                case_study: layout.read(row, "")?,
                relations: relations(row, &layout, joined)?,
                charters: Vec::new(),
            });
        }
        if let (Some(charter), Some(last)) = (
            layout.joined::<charter::Model>(row, CHARTER_PREFIX)?,
            found.last_mut(),
        ) {
            last.charters.push(charter);
        }
    }
    Ok(found)
}

/// The case studies among `ids` that the caller may see.
pub async fn by_ids(db: &ScopedDb, ids: &[i64]) -> Result<Vec<Model>> {
    keyset::fetch_all(db.conn(), &db.readable_ids::<Entity>(ids).into_query()).await
}

/// The first `per_parent` case studies (newest first) of each initiative in
/// `initiative_ids`, in one statement.
pub async fn first_of_initiatives(
    db: &ScopedDb,
    initiative_ids: &[i64],
    per_parent: u64,
) -> Result<Vec<Model>> {
    let mut ranked = db
        .readable::<Entity>()
        .filter(Column::InitiativeId.is_in(initiative_ids.iter().copied()))
        .into_query();
    ranked.expr_as(
        Expr::cust("ROW_NUMBER() OVER (PARTITION BY case_study.initiative_id ORDER BY case_study.updated_at DESC, case_study.id DESC)"),
        "row_in_parent",
    );
    let select = Query::select()
        .column(sea_orm::sea_query::Asterisk)
        .from_subquery(ranked, "ranked")
        .and_where(Expr::col("row_in_parent").lte(per_parent as i64))
        .to_owned();
    keyset::fetch_all(db.conn(), &select).await
}

/// The number of case studies the caller may see per initiative.
pub async fn count_by_initiative(db: &ScopedDb, initiative_ids: &[i64]) -> Result<Vec<(i64, i64)>> {
    let mut select = db
        .readable::<Entity>()
        .filter(Column::InitiativeId.is_in(initiative_ids.iter().copied()))
        .into_query();
    select
        .clear_selects()
        .column((Entity, Column::InitiativeId))
        .expr_as(Expr::cust("COUNT(*)"), "n")
        .group_by_col((Entity, Column::InitiativeId));
    let rows = db
        .conn()
        .query_all_raw(db.conn().get_database_backend().build(&select))
        .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get::<i64>("", "initiative_id")?,
                row.try_get::<i64>("", "n")?,
            ))
        })
        .collect()
}

/// The external ids of those of `ids` the caller's organisation owns,
/// deleted or not: the owner's own keys, which its sync client needs to
/// drop a record it deleted. Another organisation's key is never read.
pub async fn own_external_ids(
    db: &ScopedDb,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Option<String>>> {
    let Some(org) = db.caller().org() else {
        return Ok(std::collections::HashMap::new());
    };
    let select = Query::select()
        .columns([Column::Id, Column::ExternalId])
        .from(Entity)
        .and_where(Column::Id.is_in(ids.iter().copied()))
        .and_where(Column::OwnerOrgId.eq(org.0))
        .to_owned();
    let rows = db
        .conn()
        .query_all_raw(db.conn().get_database_backend().build(&select))
        .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get::<i64>("", "id")?,
                row.try_get::<Option<String>>("", "external_id")?,
            ))
        })
        .collect()
}
