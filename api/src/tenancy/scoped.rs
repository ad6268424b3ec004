//! [`ScopedDb`]: the database as one caller may see it.

use std::sync::Arc;

use crate::{
    error::{AppError, Result},
    store::{
        Db,
        admission::Admitted,
        search::{Narrowed, SearchIndex},
    },
    tenancy::{
        Caller, ReadRule, WriteGate, Writer,
        rules::{part_condition, read_condition, readable_ids},
    },
};
use entity::{
    OwnerOnly, PartOfInitiative, Published, case_study, case_study_change, charter,
    charter_version, community_asset, initiative, organisation, peer_review, revision, translation,
    vocabulary::{ContentKind, Reach},
};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, Iterable, PrimaryKeyToColumn, QueryFilter, Select,
    sea_query::{
        Alias, Expr, ExprTrait, IntoCondition, JoinType, Query, SelectStatement, SimpleExpr,
    },
};

/// The database as one caller may see it.
#[derive(Clone)]
pub struct ScopedDb {
    db: Db,
    caller: Caller,
    gate: WriteGate,
    search: Arc<SearchIndex>,
}

impl ScopedDb {
    pub fn new(db: Db, caller: Caller, gate: WriteGate, search: Arc<SearchIndex>) -> Self {
        Self {
            db,
            caller,
            gate,
            search,
        }
    }

    /// The search index, which finds and ranks matches; what it finds is
    /// read back through this scope.
    pub fn search_index(&self) -> &SearchIndex {
        &self.search
    }

    /// What this caller's searches may be narrowed to before their rows
    /// are read through the scope: the public ones, for an anonymous one.
    pub fn search_narrowed(&self) -> Narrowed {
        match self.caller {
            Caller::Anonymous => Narrowed::ToPublic,
            _ => Narrowed::Not,
        }
    }

    /// Runs `work` as one write: waits for the write turn where the
    /// database needs one, begins the transaction, and commits it when
    /// `work` succeeds; when it fails the transaction is dropped, which
    /// rolls it back. The turn is held until the transaction has ended.
    pub(crate) async fn transact<T>(
        &self,
        work: impl AsyncFnOnce(&Admitted) -> Result<T>,
    ) -> Result<T> {
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

    /// The rows among `ids` this caller may read.
    pub fn readable_ids<E: ReadRule>(&self, ids: &[i64]) -> Select<E> {
        use sea_orm::{ColumnTrait, Iterable, PrimaryKeyToColumn};
        let id = E::PrimaryKey::iter()
            .next()
            .expect("an owned table has a primary key")
            .into_column();
        self.readable::<E>().filter(id.is_in(ids.iter().copied()))
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

    /// The community assets this caller may read: those whose own
    /// visibility lets it, of initiatives it may read.
    pub fn readable_assets(&self) -> Select<community_asset::Entity> {
        self.readable::<community_asset::Entity>().filter(
            community_asset::Column::InitiativeId
                .in_subquery(readable_ids::<initiative::Entity>(&self.caller)),
        )
    }

    /// The rows of an owner-only table (participants, survey runs and
    /// responses) that belong to the caller's organisation: nobody else
    /// reads them, whatever else they may read.
    pub fn own<E: OwnerOnly>(&self) -> Select<E> {
        let condition = match &self.caller {
            Caller::Anonymous => Expr::val(false).into_condition(),
            Caller::Member { org, .. } => E::owner_column().eq(org.0).into_condition(),
        };
        E::find().filter(condition)
    }

    /// Material network bodies publish for everyone (templates and
    /// questionnaires): every caller reads all of it.
    pub fn published<E: Published>(&self) -> Select<E> {
        E::find()
    }

    /// The adopted versions of the charters this caller may read.
    pub fn readable_charter_versions(&self) -> Select<charter_version::Entity> {
        charter_version::Entity::find().filter(
            charter_version::Column::CharterId
                .in_subquery(readable_ids::<charter::Entity>(&self.caller)),
        )
    }

    /// The translations of the records of `kind` among `ids` that this
    /// caller may read: a translation is read as its record is.
    pub fn readable_translations(
        &self,
        kind: ContentKind,
        ids: &[i64],
    ) -> Select<translation::Entity> {
        use translation::Column;
        let readable = match kind {
            ContentKind::CaseStudy => readable_ids::<case_study::Entity>(&self.caller),
            ContentKind::Initiative => readable_ids::<initiative::Entity>(&self.caller),
            ContentKind::Charter => readable_ids::<charter::Entity>(&self.caller),
        };
        translation::Entity::find()
            .filter(Column::RecordKind.eq(kind))
            .filter(Column::RecordId.is_in(ids.iter().copied()))
            .filter(Column::RecordId.in_subquery(readable))
    }

    /// The revisions of the caller's own organisation's records: nobody
    /// else reads them, whatever they may read of the records.
    pub fn own_revisions(&self) -> Select<revision::Entity> {
        let condition = match &self.caller {
            Caller::Anonymous => Expr::val(false).into_condition(),
            Caller::Member { org, .. } => revision::Column::OwnerOrgId.eq(org.0).into_condition(),
        };
        revision::Entity::find().filter(condition)
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
                scope: self,
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

    /// `column` names a row of `E` the caller may read and that meets
    /// `condition`: a filter through a related record (a case study's
    /// initiative) never matches by what a hidden record holds.
    pub fn names_readable_where<E: ReadRule>(
        &self,
        column: Expr,
        condition: SimpleExpr,
    ) -> SimpleExpr {
        let mut ids = readable_ids::<E>(&self.caller);
        ids.and_where(condition);
        column.in_subquery(ids)
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
