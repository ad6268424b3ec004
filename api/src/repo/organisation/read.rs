//! Reading organisations: the network's public directory.

use entity::{
    organisation::{Column, Entity, Model},
    vocabulary::Nation,
};
use sea_orm::{
    ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryTrait,
    sea_query::{Expr, ExprTrait, Query, SelectStatement},
};

use crate::{
    error::Result,
    store::{
        Db,
        keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
    },
    tenancy::{OrgId, ScopedDb},
};

/// `owner_column IN (SELECT id FROM organisation WHERE slug = ? AND active)`:
/// an inactive organisation is named as one that never existed.
pub fn owned_by_slug(owner_column: Expr, slug: &str) -> Expr {
    owner_column.in_subquery(
        Query::select()
            .column(Column::Id)
            .from(Entity)
            .and_where(Column::Slug.eq(slug))
            .and_where(Column::Active.eq(true))
            .to_owned(),
    )
}

/// `owner_column IN (SELECT id FROM organisation WHERE club_member)`.
pub fn owned_by_club_member(owner_column: Expr) -> Expr {
    owner_column.in_subquery(
        Query::select()
            .column(Column::Id)
            .from(Entity)
            .and_where(Column::ClubMember.eq(true))
            .to_owned(),
    )
}

/// `owner_column IN (SELECT id FROM organisation WHERE nation IN nations)`.
pub fn owned_in_nations(owner_column: Expr, nations: &[Nation]) -> Expr {
    owner_column.in_subquery(
        Query::select()
            .column(Column::Id)
            .from(Entity)
            .and_where(Column::Nation.is_in(nations.iter().copied()))
            .to_owned(),
    )
}

/// Organisations in alphabetical order.
pub async fn page(
    db: &ScopedDb,
    club_only: bool,
    args: &PageArgs,
) -> Result<(Page<Model>, SelectStatement)> {
    let key = SortKey {
        name: "NAME",
        expr: Expr::col((Entity, Column::Name)),
        descending: false,
        nullable: false,
        value: |m: &Model| SortValue::Text(m.name.clone()),
        kind: KeyKind::Text,
        id: Expr::col((Entity, Column::Id)),
    };
    let request = args.validate(key.name)?;
    let mut select = db.readable_organisations();
    if club_only {
        select = select.filter(Column::ClubMember.eq(true));
    }
    let select = select.into_query();
    let page = keyset::fetch_page(db.conn(), select.clone(), &key, &request, |m| m.id).await?;
    Ok((page, select))
}

pub async fn by_slug(db: &ScopedDb, slug: &str) -> Result<Option<Model>> {
    let select = db
        .readable_organisations()
        .filter(Column::Slug.eq(slug))
        .into_query();
    Ok(keyset::fetch_all(db.conn(), &select)
        .await?
        .into_iter()
        .next())
}

/// Organisations by id, for loaders and `node`.
pub async fn by_ids(db: &ScopedDb, ids: &[i64]) -> Result<Vec<Model>> {
    keyset::fetch_all(db.conn(), &db.organisations_by_id(ids).into_query()).await
}

/// The id of the active organisation with `slug`: the token check, made
/// before there is a caller to scope it by (see `auth`).
pub async fn active_id_by_slug(db: &Db, slug: &str) -> Result<Option<OrgId>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Slug.eq(slug))
        .filter(Column::Active.eq(true))
        .one(db)
        .await?
        .map(|o| OrgId(o.id)))
}
