//! Reading peer reviews: a caller sees the reviews it hosts or visits, and
//! those whose findings the host shared with the network.

use entity::{
    organisation,
    peer_review::{Column, Entity, Model},
    vocabulary::{PeerReviewKind, PeerReviewStatus},
};
use sea_orm::{
    ColumnTrait, QueryFilter, QueryResult, QueryTrait,
    sea_query::{Expr, SelectStatement},
};

use crate::{
    error::Result,
    repo::organisation::joined::Organisation as JoinedOrganisation,
    store::{
        keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
        pg::positional::Layout,
    },
    tenancy::{Caller, ScopedDb},
};

/// Which side of a review the caller is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewRole {
    Host,
    Visitor,
}

#[derive(Debug, Default, Clone)]
pub struct PeerReviewFilter {
    pub role: Option<ReviewRole>,
    pub status: Option<PeerReviewStatus>,
    pub kind: Option<PeerReviewKind>,
    pub initiative_id: Option<i64>,
    pub case_study_id: Option<i64>,
}

fn filtered(db: &ScopedDb, filter: &PeerReviewFilter) -> SelectStatement {
    let mut select = db.readable_peer_reviews();
    if let Some(role) = filter.role {
        // A role names the caller's side; an anonymous caller has none.
        let org = match db.caller() {
            Caller::Member { org, .. } => org.0,
            Caller::Anonymous => -1,
        };
        select = select.filter(match role {
            ReviewRole::Host => Column::HostOrgId.eq(org),
            ReviewRole::Visitor => Column::VisitorOrgId.eq(org),
        });
    }
    if let Some(status) = filter.status {
        select = select.filter(Column::Status.eq(status));
    }
    if let Some(kind) = filter.kind {
        select = select.filter(Column::Kind.eq(kind));
    }
    if let Some(initiative) = filter.initiative_id {
        select = select.filter(db.names_readable::<entity::initiative::Entity>(
            Expr::col((Entity, Column::InitiativeId)),
            initiative,
        ));
    }
    if let Some(case_study) = filter.case_study_id {
        select = select.filter(db.names_readable::<entity::case_study::Entity>(
            Expr::col((Entity, Column::CaseStudyId)),
            case_study,
        ));
    }
    select.into_query()
}

/// A review's host and visitor, where its page joined them.
#[derive(Debug, Default)]
pub struct Parties {
    pub host: Option<organisation::Model>,
    pub visitor: Option<organisation::Model>,
}

const HOST: JoinedOrganisation = JoinedOrganisation {
    name: "host",
    prefix: "host_",
};
const VISITOR: JoinedOrganisation = JoinedOrganisation {
    name: "visitor",
    prefix: "visitor_",
};

/// Peer reviews, most recently updated first, with their parties when
/// `with_parties`.
pub async fn page(
    db: &ScopedDb,
    filter: &PeerReviewFilter,
    args: &PageArgs,
    with_parties: bool,
) -> Result<(Page<(Model, Parties)>, SelectStatement)> {
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
    let mut source = select.clone();
    if with_parties {
        HOST.join(db, &mut source, (Entity, Column::HostOrgId));
        VISITOR.join(db, &mut source, (Entity, Column::VisitorOrgId));
    }
    let parties = |row: &QueryResult, layout: &Layout| match with_parties {
        true => Ok(Parties {
            host: HOST.read(row, layout)?,
            visitor: VISITOR.read(row, layout)?,
        }),
        false => Ok(Parties::default()),
    };
    let page =
        keyset::fetch_page_with(db.conn(), source, &key, &request, |m| m.id, parties).await?;
    Ok((page, select))
}

pub async fn by_ids(db: &ScopedDb, ids: &[i64]) -> Result<Vec<Model>> {
    let select = db
        .readable_peer_reviews()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .into_query();
    keyset::fetch_all(db.conn(), &select).await
}
