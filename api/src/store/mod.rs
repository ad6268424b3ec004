//! The store: connecting to the database and migrating it, the pool and
//! its admission gate, counting statements, keyset paging, and lists of a
//! child table read with their parent. It knows SQL and connections but no
//! caller: the tenancy layer above it is the only way the rest of the
//! server reaches owned tables.

pub mod admission;
pub mod joined;
pub mod keyset;
pub mod lists;
pub mod pg;
pub mod search;
pub mod versioned;

use std::{
    path::Path,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};

pub use admission::Db;

use crate::config::Config;

/// Counts the SQL statements sent to the database (reported on `/metrics`).
#[derive(Debug, Default)]
pub struct StatementCounter(AtomicU64);

impl StatementCounter {
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// Opens a connection pool. For SQLite, creates the database file's folder.
pub async fn connect(config: &Config, counter: Arc<StatementCounter>) -> anyhow::Result<Db> {
    connect_to(config, "DATABASE_URL", &config.database_url, counter).await
}

/// The read replica's pool, when `DATABASE_READ_URL` names one.
pub async fn connect_replica(
    config: &Config,
    counter: Arc<StatementCounter>,
) -> anyhow::Result<Option<Db>> {
    match &config.database_read_url {
        Some(url) => Ok(Some(
            connect_to(config, "DATABASE_READ_URL", url, counter).await?,
        )),
        None => Ok(None),
    }
}

async fn connect_to(
    config: &Config,
    variable: &str,
    url: &str,
    counter: Arc<StatementCounter>,
) -> anyhow::Result<Db> {
    if url.starts_with("sqlite:") {
        create_sqlite_folder(url)?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(config.db_max_connections)
        .min_connections(0)
        // The pool opens connections when first asked: the server starts,
        // and answers 503, while the database is still down.
        .connect_lazy(true)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(ACQUIRE_TIMEOUT)
        // A ping before every statement doubled the round trips of a
        // request; a connection idle this long is still checked, so one
        // left over from before a database restart is caught before use.
        .test_before_acquire_if_idle_for(pg::kept::IDLE)
        .sqlx_logging(false)
        .map_sqlx_postgres_opts({
            let timeout = format!("{}ms", config.db_statement_timeout.as_millis());
            move |opts| {
                opts.options([
                    ("statement_timeout", timeout.clone()),
                    // Planning a page (the scope's conditions, two joins)
                    // costs Postgres twice what running it does, and left to
                    // itself Postgres re-plans every execution: a generic
                    // plan, not knowing its LIMIT, looks dearer than it is.
                    // Each statement is planned once per connection; those
                    // whose plan depends on their values (a search's words,
                    // a batch's keys) ask for custom plans in their
                    // transaction.
                    ("plan_cache_mode", "force_generic_plan".to_owned()),
                    // Not knowing its LIMIT either, a generic plan of a page
                    // at a million case studies expected 40,000 rows and
                    // started two parallel workers for 21 (5 ms, where the
                    // page reads in 0.3). A server answering many requests at
                    // once has no idle core for workers anyway.
                    ("max_parallel_workers_per_gather", "0".to_owned()),
                ])
            }
        })
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(sqlx_sqlite_journal_wal())
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
        });
    let mut db = Database::connect(options)
        .await
        .with_context(|| format!("{variable}: cannot connect to {}", redact(url)))?;
    db.set_metric_callback({
        let counter = counter.clone();
        move |info| record_statement(&counter, info.statement, info.elapsed, info.failed)
    });
    Ok(Db::new(
        db,
        config.db_max_connections,
        ACQUIRE_TIMEOUT,
        counter,
    ))
}

/// Counts a statement sent, and traces it for those who ask (`api::sql`).
pub(in crate::store) fn record_statement(
    counter: &StatementCounter,
    statement: &dyn std::fmt::Display,
    elapsed: Duration,
    failed: bool,
) {
    counter.0.fetch_add(1, Ordering::Relaxed);
    tracing::trace!(target: "api::sql", elapsed_us = elapsed.as_micros() as u64, failed, sql = %statement, "sql statement");
}

/// Runs `sql`, sent as it is (a session setting, a lock, a notification),
/// counted and traced like every other statement: sea-orm reports only
/// those it prepares.
async fn unprepared(
    counter: &StatementCounter,
    sql: &str,
    run: impl std::future::Future<Output = Result<sea_orm::ExecResult, sea_orm::DbErr>>,
) -> Result<sea_orm::ExecResult, sea_orm::DbErr> {
    let started = std::time::Instant::now();
    let result = run.await;
    record_statement(counter, &sql, started.elapsed(), result.is_err());
    result
}

/// How long a statement waits for a connection before it fails.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

fn sqlx_sqlite_journal_wal() -> sea_orm::sqlx::sqlite::SqliteJournalMode {
    sea_orm::sqlx::sqlite::SqliteJournalMode::Wal
}

/// Applies pending migrations.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("applying database migrations")
}

/// Whether `err` says the database could not be reached (rather than that
/// it refused something): worth waiting for.
pub fn is_unreachable(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<sea_orm::DbErr>(),
            Some(sea_orm::DbErr::Conn(_) | sea_orm::DbErr::ConnectionAcquire(_))
        )
    })
}

/// Whether the schema is migrated and requests may use it.
#[derive(Debug, Default)]
pub struct SchemaReady(std::sync::atomic::AtomicBool);

impl SchemaReady {
    pub fn get(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }

    fn set(&self) {
        self.0.store(true, Ordering::Release);
    }
}

/// Migrates now when the database answers; when it does not, keeps trying
/// in the background and serves 503 meanwhile. Any other failure stops
/// start-up.
pub async fn migrate_when_reachable(db: &DatabaseConnection) -> anyhow::Result<Arc<SchemaReady>> {
    let ready = Arc::new(SchemaReady::default());
    match migrate(db).await {
        Ok(()) => ready.set(),
        Err(err) if is_unreachable(&err) => {
            tracing::warn!(error = %err, "the database is unreachable: serving 503 until it answers");
            let (db, waiting) = (db.clone(), ready.clone());
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    match migrate(&db).await {
                        Ok(()) => {
                            waiting.set();
                            tracing::info!("the database answers and its schema is current");
                            return;
                        }
                        Err(err) if is_unreachable(&err) => {
                            tracing::debug!(error = %err, "the database is still unreachable");
                        }
                        Err(err) => {
                            tracing::error!(error = ?err, "migrating the database failed; retrying");
                        }
                    }
                }
            });
        }
        Err(err) => return Err(err),
    }
    Ok(ready)
}

/// Whether the database answers.
pub async fn reachable(db: &DatabaseConnection) -> Result<(), String> {
    db.execute_unprepared("SELECT 1")
        .await
        .map(drop)
        .map_err(|_| "database unreachable".to_owned())
}

/// Whether the database answers and every migration is applied.
pub async fn readiness(db: &DatabaseConnection) -> Result<(), String> {
    db.execute_unprepared("SELECT 1")
        .await
        .map_err(|_| "database unreachable".to_owned())?;
    let pending = Migrator::get_pending_migrations(db)
        .await
        .map_err(|_| "cannot read the migration table".to_owned())?;
    if pending.is_empty() {
        Ok(())
    } else {
        Err(format!("{} migrations pending", pending.len()))
    }
}

/// `sqlite://path/to/file.db?mode=rwc` creates the file but not its folder.
fn create_sqlite_folder(url: &str) -> anyhow::Result<()> {
    let path = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("DATABASE_URL: cannot create folder {}", parent.display()))?;
    }
    Ok(())
}

/// The URL without its password, for error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://***@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}
