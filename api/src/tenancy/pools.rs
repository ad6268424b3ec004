//! The pools a request's scope is drawn from: the primary, and a read
//! replica for queries when one is configured. The HTTP and socket handlers
//! hold this, never a connection: all they can get from it is a scope for
//! a caller, or the pools' health.

use std::sync::Arc;

use crate::{
    store::{self, Db, admission::PoolState, search::SearchIndex},
    tenancy::{Caller, ScopedDb, WriteGate},
};

#[derive(Clone)]
pub struct Pools {
    primary: Db,
    replica: Option<Db>,
    gate: WriteGate,
    search: Arc<SearchIndex>,
}

impl Pools {
    pub fn new(primary: Db, replica: Option<Db>, search: Arc<SearchIndex>) -> Self {
        let gate = WriteGate::for_backend(primary.pool().get_database_backend());
        Self {
            primary,
            replica,
            gate,
            search,
        }
    }

    /// The writers' turn on this database (one at a time on SQLite).
    pub fn gate(&self) -> &WriteGate {
        &self.gate
    }

    /// `caller`'s scope on the primary: for mutations and subscriptions.
    pub fn scoped(&self, caller: Caller) -> ScopedDb {
        ScopedDb::new(
            self.primary.clone(),
            caller,
            self.gate.clone(),
            self.search.clone(),
        )
    }

    /// `caller`'s scope for a query, which only reads: on the replica when
    /// there is one.
    pub fn scoped_for_reading(&self, caller: Caller) -> ScopedDb {
        let db = self.replica.as_ref().unwrap_or(&self.primary);
        ScopedDb::new(db.clone(), caller, self.gate.clone(), self.search.clone())
    }

    /// Whether the primary answers with every migration applied, and the
    /// replica (if any) answers.
    pub async fn readiness(&self) -> Result<(), String> {
        // The checks use the pools directly: connections kept between
        // requests' statements go back first, or a probe after a burst
        // would find every connection lent out.
        self.primary.hand_back_kept();
        let replica = match &self.replica {
            None => Ok(()),
            Some(replica) => {
                replica.hand_back_kept();
                store::reachable(replica.pool())
                    .await
                    .map_err(|reason| format!("read replica: {reason}"))
            }
        };
        store::readiness(self.primary.pool())
            .await
            .and(replica)
            .and(match self.search.position() {
                Some(_) => Ok(()),
                None => Err("search index: still being built".to_owned()),
            })
    }

    /// The primary pool's state, for the metrics.
    pub fn pool_state(&self) -> PoolState {
        self.primary.pool_state()
    }
}
