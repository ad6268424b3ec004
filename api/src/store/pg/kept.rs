//! Postgres connections kept between statements.
//!
//! sqlx's pool sends a Sync, and waits for Postgres's answer, every time a
//! connection goes back to it: a second round trip for every statement,
//! which cost a case study in detail (three statements) a fifth of its
//! throughput. A statement outside a transaction runs on a connection taken
//! from the pool and kept here afterwards for the next one.
//!
//! A kept connection goes back to the pool, which checks it, when its
//! statement failed or was abandoned half-way (the pool restores or closes
//! it), when a transaction begins (so the pool has room for it), and once it
//! has been idle for [`IDLE`] (so work outside requests, such as readiness
//! and start-up, finds the pool as it left it, and a connection the
//! database dropped meanwhile is caught by the pool rather than by a
//! request).

use std::{
    sync::{Arc, Mutex, MutexGuard, Weak},
    time::{Duration, Instant},
};

use sea_orm::{
    DbErr, QueryResult, RuntimeErr, Statement,
    sea_query::Values,
    sqlx::{self, PgPool, Postgres, pool::PoolConnection},
};
use sea_query_sqlx::SqlxValues;

use crate::store::StatementCounter;

/// How long a connection stays kept without a statement; the pool checks
/// connections idle this long before lending them.
pub const IDLE: Duration = Duration::from_secs(1);

type Connection = PoolConnection<Postgres>;

pub struct Kept {
    pool: PgPool,
    shelf: Mutex<Vec<(Connection, Instant)>>,
    statements: Arc<StatementCounter>,
}

impl Kept {
    /// Keeps connections of `pool`, handing back those idle for [`IDLE`]
    /// until the returned value is dropped.
    pub fn new(pool: PgPool, statements: Arc<StatementCounter>) -> Arc<Self> {
        let kept = Arc::new(Self {
            pool,
            shelf: Mutex::new(Vec::new()),
            statements,
        });
        tokio::spawn(hand_back_idle(Arc::downgrade(&kept)));
        kept
    }

    pub async fn query_all(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        let mut conn = self.take().await?;
        let started = Instant::now();
        let rows = bind(&stmt).fetch_all(&mut *conn).await;
        self.finish(conn, &stmt, started, rows.is_ok());
        Ok(rows
            .map_err(query_error)?
            .into_iter()
            .map(QueryResult::from)
            .collect())
    }

    /// The first row (a statement meant for one row asks for one: sea-orm's
    /// `one()` adds `LIMIT 1`).
    pub async fn query_one(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        Ok(self.query_all(stmt).await?.into_iter().next())
    }

    /// Connections kept idle now (the pool counts them as in use).
    pub fn idle(&self) -> usize {
        self.lock().len()
    }

    /// Hands one kept connection back, so that a transaction about to
    /// begin finds room in the pool.
    pub fn make_room(&self) {
        let handed_back = self.lock().pop();
        drop(handed_back);
    }

    /// Hands every kept connection back to the pool.
    pub fn hand_back_all(&self) {
        let handed_back = std::mem::take(&mut *self.lock());
        drop(handed_back);
    }

    /// The most recently kept connection, or a fresh one from the pool.
    async fn take(&self) -> Result<Connection, DbErr> {
        let kept = self.lock().pop();
        match kept {
            Some((conn, since)) if since.elapsed() < IDLE => return Ok(conn),
            // One kept too long goes back before the pool is asked: held
            // while waiting, it could be the very connection the wait is
            // for. When every connection sat on the shelf, a burst of
            // statements each held one and waited for another until their
            // requests timed out.
            stale => drop(stale),
        }
        self.pool.acquire().await.map_err(acquire_error)
    }

    /// Keeps `conn` after a complete statement; after a failed one it goes
    /// back to the pool, which restores it or closes it.
    fn finish(&self, conn: Connection, stmt: &Statement, started: Instant, ok: bool) {
        crate::store::record_statement(&self.statements, stmt, started.elapsed(), !ok);
        if ok {
            self.lock().push((conn, Instant::now()));
        }
    }

    fn hand_back_stale(&self) {
        let stale: Vec<_> = {
            let mut shelf = self.lock();
            // Kept last-in first-out: the stale ones are at the bottom.
            let fresh_from = shelf
                .iter()
                .position(|(_, since)| since.elapsed() < IDLE)
                .unwrap_or(shelf.len());
            shelf.drain(..fresh_from).collect()
        };
        drop(stale);
    }

    /// A poisoned shelf still holds whole connections.
    fn lock(&self) -> MutexGuard<'_, Vec<(Connection, Instant)>> {
        self.shelf.lock().unwrap_or_else(|e| e.into_inner())
    }
}

async fn hand_back_idle(kept: Weak<Kept>) {
    let mut tick = tokio::time::interval(IDLE / 4);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match kept.upgrade() {
            Some(kept) => kept.hand_back_stale(),
            None => return,
        }
    }
}

fn bind(stmt: &Statement) -> sqlx::query::Query<'_, Postgres, SqlxValues> {
    let values = stmt.values.clone().unwrap_or(Values(Vec::new()));
    sqlx::query_with(sqlx::AssertSqlSafe(stmt.sql.as_str()), SqlxValues(values))
}

/// The errors sea-orm's own pool gives, so that callers classify them alike.
fn query_error(error: sqlx::Error) -> DbErr {
    DbErr::Query(RuntimeErr::SqlxError(Arc::new(error)))
}

fn acquire_error(error: sqlx::Error) -> DbErr {
    match error {
        sqlx::Error::PoolTimedOut => DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout),
        sqlx::Error::PoolClosed => {
            DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::ConnectionClosed)
        }
        other => DbErr::Conn(RuntimeErr::SqlxError(Arc::new(other))),
    }
}
