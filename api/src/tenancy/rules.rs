//! The read rules: for each owned table, which rows a caller may read,
//! as SQL. Everything the tenancy layer hands out is filtered by these.

use crate::tenancy::{Caller, OrgId};
use entity::{
    Owned, PartOfInitiative, case_study, charter, community_asset, initiative, peer_review,
    vocabulary::{CaseStudyStatus, PeerReviewStatus, Visibility},
};
use sea_orm::{
    ColumnTrait, Condition, Iterable, PrimaryKeyToColumn, QueryFilter, QuerySelect, QueryTrait,
    sea_query::{Expr, ExprTrait, Query, SelectStatement, SimpleExpr},
};

/// How a table's rows open up beyond their owner and visibility.
pub trait ReadRule: Owned {
    /// What a non-owner additionally needs to see a PUBLIC or NETWORK row
    /// (a case study must be published).
    fn shared_condition() -> Condition {
        Condition::all()
    }

    /// What an anonymous caller additionally needs to see a PUBLIC row (a
    /// case study must not be hidden by a curator).
    fn public_condition() -> Condition {
        Condition::all()
    }

    /// The rows an ACCEPTED peer review visited by `org` opens.
    fn opened_by_review(org: OrgId) -> Option<SimpleExpr>;
}

/// `subject_column IN (subjects of ACCEPTED reviews visited by org)`.
fn reviewed_by(
    org: OrgId,
    our_column: SimpleExpr,
    review_column: peer_review::Column,
) -> SimpleExpr {
    our_column.in_subquery(
        Query::select()
            .column(review_column)
            .from(peer_review::Entity)
            .and_where(peer_review::Column::VisitorOrgId.eq(org.0))
            .and_where(peer_review::Column::Status.eq(PeerReviewStatus::Accepted))
            .and_where(review_column.is_not_null())
            .to_owned(),
    )
}

impl ReadRule for case_study::Entity {
    fn shared_condition() -> Condition {
        Condition::all().add(written_out(
            case_study::Column::Status,
            CaseStudyStatus::Published.as_str(),
        ))
    }

    fn public_condition() -> Condition {
        // Written out, as the public listing's partial index names it.
        Condition::all().add(Expr::cust(r#""case_study"."hidden_at" IS NULL"#))
    }

    fn opened_by_review(org: OrgId) -> Option<SimpleExpr> {
        Some(reviewed_by(
            org,
            Expr::col((case_study::Entity, case_study::Column::Id)),
            peer_review::Column::CaseStudyId,
        ))
    }
}

impl ReadRule for initiative::Entity {
    fn opened_by_review(org: OrgId) -> Option<SimpleExpr> {
        Some(reviewed_by(
            org,
            Expr::col((initiative::Entity, initiative::Column::Id)),
            peer_review::Column::InitiativeId,
        ))
    }
}

impl ReadRule for charter::Entity {
    // A review of an initiative opens its charters too.
    fn opened_by_review(org: OrgId) -> Option<SimpleExpr> {
        Some(reviewed_by(
            org,
            Expr::col((charter::Entity, charter::Column::InitiativeId)),
            peer_review::Column::InitiativeId,
        ))
    }
}

impl ReadRule for community_asset::Entity {
    // A review of an initiative opens its shared assets' initiative, not
    // the assets a council kept PRIVATE: the rule adds nothing here.
    fn opened_by_review(_: OrgId) -> Option<SimpleExpr> {
        None
    }
}

/// `column = 'text'`, the text written into the SQL rather than bound:
/// these are the rule's own constants, never input, and written out they
/// let a prepared statement's kept plan use a partial index that names them
/// (no index predicate matches a bound value).
fn written_out<C: ColumnTrait>(column: C, text: &'static str) -> SimpleExpr {
    let (table, column) = column.as_column_ref();
    Expr::cust(format!("\"{table}\".\"{column}\" = '{text}'"))
}

/// The visibility rule of `E` for `caller`, as a condition.
pub(super) fn read_condition<E: ReadRule>(caller: &Caller) -> Condition {
    let live = match E::deleted_at_column() {
        Some(column) => Condition::all().add(column.is_null()),
        None => Condition::all(),
    };
    let rule = match caller {
        Caller::Anonymous => Condition::all()
            .add(written_out(
                E::visibility_column(),
                Visibility::Public.as_str(),
            ))
            .add(E::shared_condition())
            .add(E::public_condition()),
        Caller::Member { org, .. } => {
            let mut any = Condition::any().add(E::owner_column().eq(org.0)).add(
                Condition::all()
                    .add(E::visibility_column().is_in([Visibility::Public, Visibility::Network]))
                    .add(E::shared_condition()),
            );
            if let Some(opened) = E::opened_by_review(*org) {
                any = any.add(opened);
            }
            any
        }
    };
    live.add(rule)
}

/// The ids of the rows of `E` that `caller` may read, as a subquery.
pub(super) fn readable_ids<E: ReadRule>(caller: &Caller) -> SelectStatement {
    let mut select = E::find().filter(read_condition::<E>(caller)).select_only();
    for key in E::PrimaryKey::iter() {
        select = select.column(key.into_column());
    }
    select.into_query()
}

/// The rows of `E` that belong to an initiative `caller` may read.
pub(super) fn part_condition<E: PartOfInitiative>(caller: &Caller) -> SimpleExpr {
    E::initiative_column().in_subquery(readable_ids::<initiative::Entity>(caller))
}

#[cfg(test)]
mod tests {
    use entity::case_study;
    use sea_orm::{DbBackend, EntityTrait, QueryTrait};

    use super::*;
    use crate::tenancy::{Role, RoleSet, Subject};

    fn sql(caller: &Caller, backend: DbBackend) -> String {
        case_study::Entity::find()
            .filter(read_condition::<case_study::Entity>(caller))
            .build(backend)
            .to_string()
            .split_once(" WHERE ")
            .map(|(_, condition)| condition.to_owned())
            .unwrap_or_default()
    }

    fn member(org: i64) -> Caller {
        Caller::Member {
            org: OrgId(org),
            roles: RoleSet::new([Role::Viewer]).expect("a role"),
            subject: Subject("test".into()),
        }
    }

    #[test]
    fn anonymous_callers_read_public_published_live_rows_only() {
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let sql = sql(&Caller::Anonymous, backend);
            assert!(
                sql.contains(r#""case_study"."deleted_at" IS NULL"#),
                "{sql}"
            );
            assert!(
                sql.contains(r#""case_study"."visibility" = 'PUBLIC'"#),
                "{sql}"
            );
            assert!(
                sql.contains(r#""case_study"."status" = 'PUBLISHED'"#),
                "{sql}"
            );
            assert!(
                !sql.contains("NETWORK") && !sql.contains("owner_org_id"),
                "{sql}"
            );
        }
    }

    #[test]
    fn members_read_their_own_rows_network_rows_and_rows_a_review_opens() {
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let sql = sql(&member(7), backend);
            assert!(sql.contains(r#""case_study"."owner_org_id" = 7"#), "{sql}");
            assert!(sql.contains("'NETWORK'"), "{sql}");
            assert!(
                sql.contains(r#""visitor_org_id" = 7"#) && sql.contains("'ACCEPTED'"),
                "{sql}"
            );
            assert!(
                sql.contains(r#""case_study"."deleted_at" IS NULL"#),
                "{sql}"
            );
        }
    }
}
