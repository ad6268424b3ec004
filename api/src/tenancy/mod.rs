//! The tenancy layer: who the caller is, and the one place that turns that
//! into SQL. Every read of an owned table starts from [`ScopedDb::readable`]
//! (or the peer-review and organisation equivalents here), so a record the
//! caller may not see never leaves the database: lists, counts, searches,
//! `node` and the loaders all behave as if it did not exist.
//!
//! Work that is not on behalf of a caller (migrations, seeding) holds the
//! bare pool (`Db::pool`) instead, which the GraphQL context never does.

mod pools;

pub use pools::Pools;

use std::{collections::BTreeSet, sync::Arc};

use crate::{
    error::{AppError, Result},
    store::{Db, admission::Admitted},
};
use entity::{
    Owned, PartOfInitiative, case_study, case_study_change, charter, charter_version, initiative,
    organisation, peer_review,
    vocabulary::{CaseStudyStatus, PeerReviewStatus, Reach, Visibility},
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, EntityTrait, Iterable, ModelTrait,
    PrimaryKeyToColumn, PrimaryKeyTrait, QueryFilter, QuerySelect, QueryTrait, Select,
    sea_query::{
        Alias, Expr, ExprTrait, IntoCondition, JoinType, Query, SelectStatement, SimpleExpr,
    },
};

/// An organisation's database id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgId(pub i64);

/// Who a token was issued to (its `sub`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject(pub String);

/// A role a token grants within its organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Viewer,
    Editor,
    Admin,
    Sync,
}

impl Role {
    pub const ALL: [Self; 4] = [Self::Viewer, Self::Editor, Self::Admin, Self::Sync];

    /// The name used in tokens' `roles` claim.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Viewer => "VIEWER",
            Self::Editor => "EDITOR",
            Self::Admin => "ADMIN",
            Self::Sync => "SYNC",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// The roles of one caller; never empty for a member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSet(BTreeSet<Role>);

impl RoleSet {
    pub fn new(roles: impl IntoIterator<Item = Role>) -> Option<Self> {
        let set: BTreeSet<Role> = roles.into_iter().collect();
        (!set.is_empty()).then_some(Self(set))
    }

    pub fn contains(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    /// Whether these roles allow what `required` allows: ADMIN includes
    /// EDITOR, and EDITOR includes VIEWER; SYNC stands alone.
    pub fn allows(&self, required: Role) -> bool {
        match required {
            Role::Viewer => !self.0.is_empty(),
            Role::Editor => self.contains(Role::Editor) || self.contains(Role::Admin),
            Role::Admin => self.contains(Role::Admin),
            Role::Sync => self.contains(Role::Sync),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Role> + '_ {
        self.0.iter().copied()
    }
}

/// The caller of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// No token: sees PUBLIC, published records only.
    Anonymous,
    /// A verified token of an active member organisation.
    Member {
        org: OrgId,
        roles: RoleSet,
        subject: Subject,
    },
}

impl Caller {
    pub fn org(&self) -> Option<OrgId> {
        match self {
            Self::Anonymous => None,
            Self::Member { org, .. } => Some(*org),
        }
    }
}

/// How a table's rows open up beyond their owner and visibility.
pub trait ReadRule: Owned {
    /// What a non-owner additionally needs to see a PUBLIC or NETWORK row
    /// (a case study must be published).
    fn shared_condition() -> Condition {
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

/// `column = 'text'`, the text written into the SQL rather than bound:
/// these are the rule's own constants, never input, and written out they
/// let a prepared statement's kept plan use a partial index that names them
/// (no index predicate matches a bound value).
fn written_out<C: ColumnTrait>(column: C, text: &'static str) -> SimpleExpr {
    let (table, column) = column.as_column_ref();
    Expr::cust(format!("\"{table}\".\"{column}\" = '{text}'"))
}

/// The visibility rule of `E` for `caller`, as a condition.
fn read_condition<E: ReadRule>(caller: &Caller) -> Condition {
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
            .add(E::shared_condition()),
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
fn readable_ids<E: ReadRule>(caller: &Caller) -> SelectStatement {
    let mut select = E::find().filter(read_condition::<E>(caller)).select_only();
    for key in E::PrimaryKey::iter() {
        select = select.column(key.into_column());
    }
    select.into_query()
}

/// The rows of `E` that belong to an initiative `caller` may read.
fn part_condition<E: PartOfInitiative>(caller: &Caller) -> SimpleExpr {
    E::initiative_column().in_subquery(readable_ids::<initiative::Entity>(caller))
}

/// Serialises write transactions where the database cannot: SQLite turns a
/// reading transaction into a writing one only while no other writer holds
/// the database, and otherwise fails at once instead of waiting. Postgres
/// locks rows itself and needs no gate.
#[derive(Clone, Default)]
pub struct WriteGate(Option<Arc<tokio::sync::Mutex<()>>>);

impl WriteGate {
    pub fn for_backend(backend: DatabaseBackend) -> Self {
        Self((backend == DatabaseBackend::Sqlite).then(|| Arc::new(tokio::sync::Mutex::new(()))))
    }

    /// Waits for the turn to write, where the database needs turns; every
    /// writer of the process, requests and background work alike, takes it.
    pub async fn turn(&self) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        match &self.0 {
            Some(gate) => Some(Arc::clone(gate).lock_owned().await),
            None => None,
        }
    }
}

/// The database as one caller may see it.
#[derive(Clone)]
pub struct ScopedDb {
    db: Db,
    caller: Caller,
    gate: WriteGate,
}

impl ScopedDb {
    pub fn new(db: Db, caller: Caller, gate: WriteGate) -> Self {
        Self { db, caller, gate }
    }

    /// Runs `work` as one write: waits for the write turn where the
    /// database needs one, begins the transaction, and commits it when
    /// `work` succeeds; when it fails the transaction is dropped, which
    /// rolls it back. The turn is held until the transaction has ended.
    pub async fn transact<T>(&self, work: impl AsyncFnOnce(&Admitted) -> Result<T>) -> Result<T> {
        let _turn = self.gate.turn().await;
        let txn = self.db.begin().await?;
        let done = work(&txn).await?;
        txn.commit().await?;
        Ok(done)
    }

    pub fn caller(&self) -> &Caller {
        &self.caller
    }

    /// How many rows `select` (built from one of the scoped selects of
    /// this module) counts.
    pub async fn count(&self, select: SelectStatement) -> Result<i64> {
        crate::store::keyset::count(&self.db, select).await
    }

    /// The connection to run statements on, for the repositories' executors
    /// only (clippy refuses it elsewhere). Every statement on an owned
    /// table must start from one of the scoped selects of this module.
    pub fn conn(&self) -> &Db {
        &self.db
    }

    /// The rows of `E` this caller may read.
    pub fn readable<E: ReadRule>(&self) -> Select<E> {
        E::find().filter(read_condition::<E>(&self.caller))
    }

    /// [`ScopedDb::readable`] as a statement with no select list yet, for
    /// a reader that writes its own (a page, with its joined columns):
    /// `E::find()` would build each of `E`'s columns as an expression
    /// only for them to be dropped.
    pub fn readable_rows<E: ReadRule>(&self) -> SelectStatement {
        let mut select = Query::select();
        select
            .from(E::default().table_ref())
            .cond_where(read_condition::<E>(&self.caller));
        select
    }

    /// The rows of a part of an initiative (pathway, evidence, indicators)
    /// this caller may read: those of the initiatives it may read.
    pub fn readable_parts<E: PartOfInitiative>(&self) -> Select<E> {
        E::find().filter(part_condition::<E>(&self.caller))
    }

    /// The adopted versions of the charters this caller may read.
    pub fn readable_charter_versions(&self) -> Select<charter_version::Entity> {
        charter_version::Entity::find().filter(
            charter_version::Column::CharterId
                .in_subquery(readable_ids::<charter::Entity>(&self.caller)),
        )
    }

    /// The caller as a writer: only a member writes, and only its own
    /// organisation's records (role checks are guards on the resolvers).
    pub fn writer(&self) -> Result<Writer<'_>> {
        match &self.caller {
            Caller::Anonymous => Err(AppError::Unauthenticated),
            Caller::Member {
                org,
                roles,
                subject,
            } => Ok(Writer {
                db: &self.db,
                org: *org,
                roles,
                subject,
            }),
        }
    }

    /// The peer reviews this caller may read: those it is a party to, and
    /// those whose host shared the findings with the network.
    pub fn readable_peer_reviews(&self) -> Select<peer_review::Entity> {
        let condition = match &self.caller {
            Caller::Anonymous => Expr::val(false).into_condition(),
            Caller::Member { org, .. } => Condition::any()
                .add(peer_review::Column::HostOrgId.eq(org.0))
                .add(peer_review::Column::VisitorOrgId.eq(org.0))
                .add(peer_review::Column::FindingsShared.eq(true)),
        };
        peer_review::Entity::find().filter(condition)
    }

    /// The change-log rows this caller may learn of: changes to records it
    /// could see just before or just after them (a record leaving its view
    /// shows as a DELETE), and changes addressed to its organisation.
    pub fn visible_changes(&self) -> Select<case_study_change::Entity> {
        use case_study_change::Column;
        let shared = [Reach::Network, Reach::Public];
        let condition = match &self.caller {
            Caller::Anonymous => Condition::any()
                .add(Column::ReachBefore.eq(Reach::Public))
                .add(Column::ReachAfter.eq(Reach::Public)),
            Caller::Member { org, .. } => Condition::any()
                .add(Column::OwnerOrgId.eq(org.0))
                .add(Column::ReachBefore.is_in(shared))
                .add(Column::ReachAfter.is_in(shared))
                .add(Column::AudienceOrgId.eq(org.0)),
        };
        case_study_change::Entity::find().filter(condition)
    }

    /// `column = id` when the caller may read the row `id` of `E`; for a
    /// row it may not, a condition no row meets. Every filter that names
    /// another record goes through it, so that naming a hidden record
    /// answers exactly as naming one that never existed.
    pub fn names_readable<E: ReadRule>(&self, column: Expr, id: i64) -> SimpleExpr {
        let mut ids = readable_ids::<E>(&self.caller);
        for key in E::PrimaryKey::iter() {
            ids.and_where(Expr::col((E::default(), key.into_column())).eq(id));
        }
        column.clone().eq(id).and(column.in_subquery(ids))
    }

    /// The organisations directory: every active organisation is public.
    pub fn readable_organisations(&self) -> Select<organisation::Entity> {
        organisation::Entity::find().filter(organisation::Column::Active.eq(true))
    }

    /// Joins to `select` the rows of `E` this caller may read that meet
    /// `on`; where there is none, the joined columns are NULL.
    pub fn join_readable<E: ReadRule>(&self, select: &mut SelectStatement, on: SimpleExpr) {
        select.join(
            JoinType::LeftJoin,
            E::default(),
            Condition::all()
                .add(on)
                .add(read_condition::<E>(&self.caller)),
        );
    }

    /// Joins to `select`, named `alias`, the organisations that meet `on`,
    /// every one (as [`Self::organisations_by_id`] reads them).
    pub fn join_organisations(&self, select: &mut SelectStatement, alias: &str, on: SimpleExpr) {
        select.join_as(
            JoinType::LeftJoin,
            organisation::Entity,
            Alias::new(alias),
            on,
        );
    }

    /// Organisations by id, inactive ones included: the owner of a record
    /// the caller may see is always shown.
    pub fn organisations_by_id(&self, ids: &[i64]) -> Select<organisation::Entity> {
        organisation::Entity::find().filter(organisation::Column::Id.is_in(ids.iter().copied()))
    }
}

/// A member writing its own organisation's records.
pub struct Writer<'a> {
    db: &'a Db,
    org: OrgId,
    roles: &'a RoleSet,
    subject: &'a Subject,
}

impl<'a> Writer<'a> {
    pub fn org(&self) -> OrgId {
        self.org
    }

    pub fn subject(&self) -> &str {
        &self.subject.0
    }

    pub fn roles(&self) -> &RoleSet {
        self.roles
    }

    pub fn db(&self) -> &'a Db {
        self.db
    }

    /// The row `id` of `E`, read in `conn` for changing it: NOT_FOUND when
    /// the caller may not see it, FORBIDDEN when it may see it but it belongs
    /// to another organisation.
    pub async fn get_for_write<E>(
        &self,
        conn: &impl ConnectionTrait,
        id: i64,
        entity: &'static str,
    ) -> Result<E::Model>
    where
        E: ReadRule,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i64>,
    {
        // Locked until the transaction ends, so writes to one record take
        // turns on Postgres (SQLite's writes take turns anyway).
        let row = E::find_by_id(id)
            .filter(read_condition::<E>(&self.as_caller()))
            .lock_exclusive()
            .one(conn)
            .await?
            .ok_or(AppError::NotFound { entity })?;
        if row.get(E::owner_column()) != sea_orm::Value::BigInt(Some(self.org.0)) {
            return Err(AppError::Forbidden(
                "only the owner organisation changes this record",
            ));
        }
        Ok(row)
    }

    /// The row `id` of a part of an initiative, read in `conn` for changing
    /// it, with its initiative (locked): NOT_FOUND and FORBIDDEN as for the
    /// initiative itself.
    pub async fn get_part_for_write<E>(
        &self,
        conn: &impl ConnectionTrait,
        id: i64,
        entity: &'static str,
    ) -> Result<(E::Model, initiative::Model)>
    where
        E: PartOfInitiative,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i64>,
    {
        let row = E::find_by_id(id)
            .filter(part_condition::<E>(&self.as_caller()))
            .one(conn)
            .await?
            .ok_or(AppError::NotFound { entity })?;
        let sea_orm::Value::BigInt(Some(initiative_id)) = row.get(E::initiative_column()) else {
            return Err(AppError::NotFound { entity });
        };
        let initiative = self
            .get_for_write::<initiative::Entity>(conn, initiative_id, "initiative")
            .await?;
        Ok((row, initiative))
    }

    fn as_caller(&self) -> Caller {
        Caller::Member {
            org: self.org,
            roles: self.roles.clone(),
            subject: self.subject.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use entity::case_study;
    use sea_orm::{DbBackend, QueryTrait};

    use super::*;

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
