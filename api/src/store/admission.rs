//! The connection pool behind an admission gate of the same size, so that
//! `/metrics` can say how many statements are waiting for a connection:
//! sqlx counts connections in use and idle, but not the tasks queued for
//! one.
//!
//! Every statement takes a permit for its length, and every transaction
//! for its whole life (see [`Admitted`]). With as many permits as the pool
//! has connections, a task blocked here is exactly a task the pool would
//! have kept waiting.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use sea_orm::{
    ConnAcquireErr, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    ExecResult, QueryResult, Statement, TransactionTrait,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::store::{StatementCounter, pg::kept::Kept};

/// What the pool holds at one moment, for the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolState {
    pub in_use: u64,
    pub idle: u64,
    /// Statements queued for a connection.
    pub waiting: u64,
    pub max: u64,
}

/// A pooled database connection whose statements queue at the gate.
#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    gate: Arc<Gate>,
    /// Postgres connections kept between statements outside transactions.
    kept: Option<Arc<Kept>>,
    /// Where the statements sea-orm does not report are counted.
    statements: Arc<StatementCounter>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("gate", &self.gate)
            .finish_non_exhaustive()
    }
}

#[derive(Debug)]
struct Gate {
    permits: Arc<Semaphore>,
    waiting: AtomicU64,
    timeout: Duration,
}

/// A permit to use one pooled connection; dropping it lets the next waiter in.
pub type Admission = OwnedSemaphorePermit;

impl Db {
    /// Gates `conn`, whose pool holds at most `connections`, giving up
    /// after `timeout` in the queue as the pool itself would; statements
    /// run outside sea-orm's pool are counted in `statements`.
    pub fn new(
        conn: DatabaseConnection,
        connections: u32,
        timeout: Duration,
        statements: Arc<StatementCounter>,
    ) -> Self {
        let kept = (conn.get_database_backend() == DbBackend::Postgres).then(|| {
            Kept::new(
                conn.get_postgres_connection_pool().clone(),
                statements.clone(),
            )
        });
        Self {
            conn,
            gate: Arc::new(Gate {
                permits: Arc::new(Semaphore::new(connections as usize)),
                waiting: AtomicU64::new(0),
                timeout,
            }),
            kept,
            statements,
        }
    }

    /// The pool itself, for start-up work (migrations, seeding) and for
    /// reading its state. Request work goes through the gate.
    pub fn pool(&self) -> &DatabaseConnection {
        &self.conn
    }

    /// Connections idle between statements, which the pool counts as in use.
    pub fn kept_idle(&self) -> usize {
        self.kept.as_ref().map_or(0, |kept| kept.idle())
    }

    /// Hands every kept connection back to the pool, for work that uses
    /// the pool directly (a readiness check) or before closing it.
    pub fn hand_back_kept(&self) {
        if let Some(kept) = &self.kept {
            kept.hand_back_all();
        }
    }

    /// Statements queued for a connection now.
    pub fn waiting(&self) -> u64 {
        self.gate.waiting.load(Ordering::Relaxed)
    }

    /// The pool's connections now, kept ones counted as idle (the pool
    /// itself counts them as lent out).
    pub fn pool_state(&self) -> PoolState {
        let (open, idle, max) = match self.conn.get_database_backend() {
            DbBackend::Postgres => {
                let pool = self.conn.get_postgres_connection_pool();
                (
                    pool.size(),
                    pool.num_idle(),
                    pool.options().get_max_connections(),
                )
            }
            _ => {
                let pool = self.conn.get_sqlite_connection_pool();
                (
                    pool.size(),
                    pool.num_idle(),
                    pool.options().get_max_connections(),
                )
            }
        };
        let idle = idle as u64 + self.kept_idle() as u64;
        PoolState {
            in_use: u64::from(open).saturating_sub(idle),
            idle,
            waiting: self.waiting(),
            max: max.into(),
        }
    }

    /// Waits for a connection's worth of room.
    pub async fn admit(&self) -> Result<Admission, DbErr> {
        let gate = &self.gate;
        let permit = match gate.permits.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                // Counted until the wait ends, however it ends: a request
                // stopped mid-wait (timed out, or its client gone) drops
                // this future before it resumes.
                let waiting = Waiting::start(&gate.waiting);
                let queued =
                    tokio::time::timeout(gate.timeout, gate.permits.clone().acquire_owned());
                let outcome = queued.await;
                drop(waiting);
                match outcome {
                    Ok(Ok(permit)) => permit,
                    // The semaphore is never closed; a timeout reads as the
                    // pool's own.
                    Ok(Err(_)) | Err(_) => {
                        return Err(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout));
                    }
                }
            }
        };
        Ok(permit)
    }

    /// Begins a transaction that holds its admission until it ends.
    pub async fn begin(&self) -> Result<Admitted, DbErr> {
        let admission = self.admit().await?;
        if let Some(kept) = &self.kept {
            kept.make_room();
        }
        // sqlx's Postgres BEGIN is not safe to stop half-way: a future
        // dropped during its round trip leaves the session inside a
        // transaction, and the pool lends it to the next statement, which
        // then runs in it (sqlx issue 4393). Begun on a task of its own, the
        // BEGIN completes even when the request is stopped (its client gone,
        // its time up), and a transaction nobody took is rolled back there.
        let (begun, taken) = tokio::sync::oneshot::channel();
        let conn = self.conn.clone();
        tokio::spawn(async move {
            if let Err(Ok(untaken)) = begun.send(conn.begin().await) {
                let _ = untaken.rollback().await;
            }
        });
        let txn = taken
            .await
            .map_err(|_| DbErr::Custom("the task beginning a transaction stopped".into()))??;
        Ok(Admitted {
            txn,
            statements: self.statements.clone(),
            _admission: admission,
        })
    }
}

/// A transaction with the admission it runs under.
pub struct Admitted {
    txn: DatabaseTransaction,
    statements: Arc<StatementCounter>,
    _admission: Admission,
}

impl Admitted {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}

impl std::ops::Deref for Admitted {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Admitted {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        super::unprepared(&self.statements, sql, self.txn.execute_unprepared(sql)).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Db {
    fn get_database_backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        let _admission = self.admit().await?;
        self.conn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        let _admission = self.admit().await?;
        super::unprepared(&self.statements, sql, self.conn.execute_unprepared(sql)).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        let _admission = self.admit().await?;
        match &self.kept {
            Some(kept) => kept.query_one(stmt).await,
            None => self.conn.query_one_raw(stmt).await,
        }
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        let _admission = self.admit().await?;
        match &self.kept {
            Some(kept) => kept.query_all(stmt).await,
            None => self.conn.query_all_raw(stmt).await,
        }
    }
}

/// One statement counted as waiting for as long as it lives.
struct Waiting<'a>(&'a AtomicU64);

impl<'a> Waiting<'a> {
    fn start(count: &'a AtomicU64) -> Self {
        count.fetch_add(1, Ordering::Relaxed);
        Self(count)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn sqlite(connections: u32, timeout: Duration) -> Db {
        let conn = sea_orm::Database::connect("sqlite::memory:")
            .await
            .expect("in-memory SQLite opens");
        Db::new(conn, connections, timeout, Arc::default())
    }

    /// A statement sent while every permit is held, once it is waiting.
    async fn queue_a_statement(
        db: &Db,
    ) -> tokio::task::JoinHandle<Result<Option<QueryResult>, DbErr>> {
        let queued = tokio::spawn({
            let db = db.clone();
            async move {
                db.query_one_raw(Statement::from_string(DbBackend::Sqlite, "select 1"))
                    .await
            }
        });
        while db.waiting() == 0 {
            tokio::task::yield_now().await;
        }
        queued
    }

    #[tokio::test]
    async fn a_statement_beyond_the_pool_waits_and_is_counted() {
        let db = sqlite(1, Duration::from_secs(5)).await;
        let held = db.admit().await.expect("the one permit");
        let queued = queue_a_statement(&db).await;
        assert_eq!(db.waiting(), 1);
        drop(held);
        let row = queued.await.expect("task ends").expect("the query runs");
        assert!(row.is_some());
        assert_eq!(db.waiting(), 0);
    }

    #[tokio::test]
    async fn a_statement_stopped_while_it_waits_is_no_longer_counted() {
        let db = sqlite(1, Duration::from_secs(5)).await;
        let _held = db.admit().await.expect("the one permit");
        let queued = queue_a_statement(&db).await;
        queued.abort();
        assert!(queued.await.is_err_and(|e| e.is_cancelled()));
        assert_eq!(db.waiting(), 0);
    }

    #[tokio::test]
    async fn a_transaction_keeps_its_admission_until_it_ends() {
        let db = sqlite(1, Duration::from_millis(50)).await;
        let txn = db.begin().await.expect("begins");
        let refused = db
            .query_one_raw(Statement::from_string(DbBackend::Sqlite, "select 1"))
            .await;
        assert!(matches!(
            refused,
            Err(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout))
        ));
        assert_eq!(db.waiting(), 0);
        txn.commit().await.expect("commits");
        db.query_one_raw(Statement::from_string(DbBackend::Sqlite, "select 1"))
            .await
            .expect("room again");
    }
}
