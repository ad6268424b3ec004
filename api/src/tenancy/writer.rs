//! Writing: the [`Writer`] a member's write runs as, and the
//! [`WriteGate`] that makes SQLite's writers take turns.

use std::{collections::HashSet, sync::Arc};

use crate::{
    error::{AppError, Result},
    store::{Db, admission::Admitted},
    tenancy::{
        Caller, OrgId, ReadRule, RoleSet, ScopedDb, Subject,
        rules::{part_condition, read_condition},
    },
};
use entity::{PartOfInitiative, Versioned, initiative};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, ModelTrait, PrimaryKeyTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

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

/// A member writing its own organisation's records.
pub struct Writer<'a> {
    pub(super) scope: &'a ScopedDb,
    pub(super) org: OrgId,
    pub(super) roles: &'a RoleSet,
    pub(super) subject: &'a Subject,
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

    /// Runs `work` as one write ([`ScopedDb::transact`]); commands go
    /// through `repo::unit`, which also orders the change log.
    pub(crate) async fn transact<T>(
        &self,
        work: impl AsyncFnOnce(&Admitted) -> Result<T>,
    ) -> Result<T> {
        self.scope.transact(work).await
    }

    /// The database, to read this organisation's own records (its audit
    /// log) outside a write.
    pub fn db(&self) -> &'a Db {
        self.scope.conn()
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

    /// The ids among `ids` of rows of `E` this writer may change (it may see
    /// them and its organisation owns them), read in `conn` and locked as
    /// [`Self::get_for_write`] locks one, in id order: one statement for a
    /// batch's checks.
    pub async fn own_ids_for_write<E>(
        &self,
        conn: &impl ConnectionTrait,
        ids: &[i64],
    ) -> Result<HashSet<i64>>
    where
        E: ReadRule + Versioned,
    {
        if ids.is_empty() {
            return Ok(HashSet::new());
        }
        let rows = E::find()
            .filter(read_condition::<E>(&self.as_caller()))
            .filter(E::id_column().is_in(ids.iter().copied()))
            .filter(E::owner_column().eq(self.org.0))
            .order_by_asc(E::id_column())
            .lock_exclusive()
            .all(conn)
            .await?;
        rows.iter()
            .map(|row| match row.get(E::id_column()) {
                sea_orm::Value::BigInt(Some(id)) => Ok(id),
                _ => Err(AppError::Internal(anyhow::anyhow!("a row without an id"))),
            })
            .collect()
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

    pub(super) fn as_caller(&self) -> Caller {
        Caller::Member {
            org: self.org,
            roles: self.roles.clone(),
            subject: self.subject.clone(),
        }
    }
}
