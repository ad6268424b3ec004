//! Reading charters, from the caller's scope.

use chrono::{DateTime, Utc};
use entity::{
    charter::{Column, Entity, Model},
    charter_version,
    vocabulary::{CharterStatus, Visibility},
};
use sea_orm::{
    ColumnTrait, QueryFilter, QueryOrder, QueryTrait,
    sea_query::{Expr, SelectStatement},
};

use crate::{
    error::Result,
    repo::organisation::read::owned_by_slug,
    store::keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
    tenancy::ScopedDb,
};

#[derive(Debug, Default, Clone)]
pub struct CharterFilter {
    pub owner: Option<String>,
    pub initiative_id: Option<i64>,
    pub status: Option<CharterStatus>,
    pub visibility: Option<Visibility>,
    pub updated_since: Option<DateTime<Utc>>,
}

fn filtered(db: &ScopedDb, filter: &CharterFilter) -> SelectStatement {
    let mut select = db.readable::<Entity>();
    if let Some(slug) = &filter.owner {
        select = select.filter(owned_by_slug(Expr::col((Entity, Column::OwnerOrgId)), slug));
    }
    if let Some(initiative) = filter.initiative_id {
        select = select.filter(db.names_readable::<entity::initiative::Entity>(
            Expr::col((Entity, Column::InitiativeId)),
            initiative,
        ));
    }
    if let Some(status) = filter.status {
        select = select.filter(Column::Status.eq(status));
    }
    if let Some(visibility) = filter.visibility {
        select = select.filter(Column::Visibility.eq(visibility));
    }
    if let Some(since) = filter.updated_since {
        select = select.filter(Column::UpdatedAt.gte(since));
    }
    select.into_query()
}

/// Charters, most recently updated first.
pub async fn page(
    db: &ScopedDb,
    filter: &CharterFilter,
    args: &PageArgs,
) -> Result<(Page<Model>, SelectStatement)> {
    let key = SortKey {
        name: "UPDATED_AT",
        expr: Expr::col((Entity, Column::UpdatedAt)),
        descending: true,
        nullable: false,
        value: |m: &Model| SortValue::Time(Some(m.updated_at)),
        kind: KeyKind::Time,
        id: Expr::col((Entity, Column::Id)),
    };
    let request = args.validate(key.name)?;
    let select = filtered(db, filter);
    let page = keyset::fetch_page(db.conn(), select.clone(), &key, &request, |m| m.id).await?;
    Ok((page, select))
}

pub async fn by_ids(db: &ScopedDb, ids: &[i64]) -> Result<Vec<Model>> {
    keyset::fetch_all(db.conn(), &db.readable_ids::<Entity>(ids).into_query()).await
}

/// The charters the caller may see of each initiative in `initiative_ids`,
/// by id (as a case study's lookup joins them).
pub async fn of_initiatives(db: &ScopedDb, initiative_ids: &[i64]) -> Result<Vec<Model>> {
    let select = db
        .readable::<Entity>()
        .filter(Column::InitiativeId.is_in(initiative_ids.iter().copied()))
        .order_by_asc(Column::Id)
        .into_query();
    keyset::fetch_all(db.conn(), &select).await
}

/// The adopted versions of the charters among `charter_ids` the caller may
/// read, oldest first.
pub async fn versions_of(
    db: &ScopedDb,
    charter_ids: &[i64],
) -> Result<Vec<charter_version::Model>> {
    let select = db
        .readable_charter_versions()
        .filter(charter_version::Column::CharterId.is_in(charter_ids.iter().copied()))
        .order_by_asc(charter_version::Column::CharterId)
        .order_by_asc(charter_version::Column::Number)
        .into_query();
    keyset::fetch_all(db.conn(), &select).await
}
