//! Reading initiatives, from the caller's scope.

use chrono::{DateTime, Utc};
use entity::{
    evidence,
    initiative::{Column, Entity, Model},
    initiative_co_type, initiative_tag,
    vocabulary::{CoType, Nation, ServiceArea, StarStep, Visibility},
};
use sea_orm::{
    ColumnTrait, QueryFilter, QueryTrait,
    sea_query::{Expr, ExprTrait, Query, SelectStatement},
};

use crate::{
    error::Result,
    repo::organisation::read::{owned_by_club_member, owned_by_slug, owned_in_nations},
    store::keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
    tenancy::ScopedDb,
};

/// What a list of initiatives is narrowed to. Empty lists mean "any".
#[derive(Debug, Default, Clone, PartialEq)]
pub struct InitiativeFilter {
    /// Any of these Co's.
    pub co_types: Vec<CoType>,
    pub service_area: Option<ServiceArea>,
    pub star_step: Option<StarStep>,
    /// At any of these steps.
    pub star_steps: Vec<StarStep>,
    pub owner: Option<String>,
    /// Owned by an organisation of any of these nations.
    pub nations: Vec<Nation>,
    /// With evidence on their pathway at this Nesta level or higher.
    pub min_evidence_level: Option<i16>,
    /// All of these tags.
    pub tags: Vec<String>,
    pub visibility: Option<Visibility>,
    pub updated_since: Option<DateTime<Utc>>,
    /// Only initiatives of Club members.
    pub club_only: bool,
}

/// `id_column IN (SELECT initiative_id FROM evidence WHERE nesta_level >= level)`:
/// the initiative's pathway holds evidence at `level` or higher, which is
/// its highest level reaching `level`.
pub fn reaches_evidence_level(id_column: Expr, level: i16) -> Expr {
    id_column.in_subquery(
        Query::select()
            .column(evidence::Column::InitiativeId)
            .from(evidence::Entity)
            .and_where(evidence::Column::NestaLevel.gte(level))
            .to_owned(),
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitiativeOrder {
    UpdatedAt,
    Title,
    /// Highest benefit-cost ratio first; unappraised ones last.
    BenefitCostRatio,
    /// Highest Impact Matrix impact first; unscored ones last.
    Impact,
}

pub(crate) fn filtered(db: &ScopedDb, filter: &InitiativeFilter) -> SelectStatement {
    let mut select = db.readable::<Entity>();
    if !filter.co_types.is_empty() {
        select = select.filter(
            Column::Id.in_subquery(
                Query::select()
                    .column(initiative_co_type::Column::InitiativeId)
                    .from(initiative_co_type::Entity)
                    .and_where(
                        initiative_co_type::Column::CoType.is_in(filter.co_types.iter().copied()),
                    )
                    .to_owned(),
            ),
        );
    }
    for tag in &filter.tags {
        select = select.filter(
            Column::Id.in_subquery(
                Query::select()
                    .column(initiative_tag::Column::InitiativeId)
                    .from(initiative_tag::Entity)
                    .and_where(initiative_tag::Column::Tag.eq(tag.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(area) = filter.service_area {
        select = select.filter(Column::ServiceArea.eq(area));
    }
    if let Some(step) = filter.star_step {
        select = select.filter(Column::StarStep.eq(step));
    }
    if !filter.star_steps.is_empty() {
        select = select.filter(Column::StarStep.is_in(filter.star_steps.iter().copied()));
    }
    if !filter.nations.is_empty() {
        select = select.filter(owned_in_nations(
            Expr::col((Entity, Column::OwnerOrgId)),
            &filter.nations,
        ));
    }
    if let Some(level) = filter.min_evidence_level {
        select = select.filter(reaches_evidence_level(
            Expr::col((Entity, Column::Id)),
            level,
        ));
    }
    if let Some(slug) = &filter.owner {
        select = select.filter(owned_by_slug(Expr::col((Entity, Column::OwnerOrgId)), slug));
    }
    if let Some(visibility) = filter.visibility {
        select = select.filter(Column::Visibility.eq(visibility));
    }
    if let Some(since) = filter.updated_since {
        select = select.filter(Column::UpdatedAt.gte(since));
    }
    if filter.club_only {
        select = select.filter(owned_by_club_member(Expr::col((
            Entity,
            Column::OwnerOrgId,
        ))));
    }
    select.into_query()
}

pub async fn page(
    db: &ScopedDb,
    filter: &InitiativeFilter,
    order: InitiativeOrder,
    args: &PageArgs,
) -> Result<(Page<Model>, SelectStatement)> {
    let id = Expr::col((Entity, Column::Id));
    let key = match order {
        InitiativeOrder::UpdatedAt => SortKey {
            name: "UPDATED_AT",
            expr: Expr::col((Entity, Column::UpdatedAt)),
            descending: true,
            nullable: false,
            value: |m: &Model| SortValue::Time(Some(m.updated_at)),
            kind: KeyKind::Time,
            id,
        },
        InitiativeOrder::Title => SortKey {
            name: "TITLE",
            expr: Expr::col((Entity, Column::Title)),
            descending: false,
            nullable: false,
            value: |m: &Model| SortValue::Text(m.title.clone()),
            kind: KeyKind::Text,
            id,
        },
        InitiativeOrder::BenefitCostRatio => SortKey {
            name: "BENEFIT_COST_RATIO",
            expr: Expr::col((Entity, Column::BenefitCostRatio)),
            descending: true,
            nullable: true,
            value: |m: &Model| SortValue::number(m.benefit_cost_ratio),
            kind: KeyKind::Number,
            id,
        },
        InitiativeOrder::Impact => SortKey {
            name: "IMPACT",
            expr: Expr::col((Entity, Column::ImpactScore)),
            descending: true,
            nullable: true,
            value: |m: &Model| {
                m.impact_score
                    .map_or(SortValue::Null, |s| SortValue::Integer(s.into()))
            },
            kind: KeyKind::Integer,
            id,
        },
    };
    let request = args.validate(key.name)?;
    let select = filtered(db, filter);
    let page = keyset::fetch_page(db.conn(), select.clone(), &key, &request, |m| m.id).await?;
    Ok((page, select))
}

/// The initiatives among `ids` that the caller may see.
pub async fn by_ids(db: &ScopedDb, ids: &[i64]) -> Result<Vec<Model>> {
    keyset::fetch_all(db.conn(), &db.readable_ids::<Entity>(ids).into_query()).await
}
