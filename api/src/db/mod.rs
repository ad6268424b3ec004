//! Connecting to the database, migrating it, and the queries of each
//! aggregate. Query functions take a [`ScopedDb`](crate::scope::ScopedDb),
//! never a bare connection.

pub mod audit;
pub mod case_study;
pub mod case_study_edit;
pub mod case_study_sync;
pub mod change_feed;
pub mod charter;
pub mod charter_edit;
pub mod initiative;
pub mod initiative_edit;
pub mod keyset;
pub mod organisation;
pub mod organisation_edit;
pub mod peer_review;
pub mod peer_review_edit;
pub mod search;
pub mod token;
pub mod validate;
pub mod write;

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
pub async fn connect(
    config: &Config,
    counter: Arc<StatementCounter>,
) -> anyhow::Result<DatabaseConnection> {
    if config.is_embedded() {
        create_sqlite_folder(&config.database_url)?;
    }
    let mut options = ConnectOptions::new(config.database_url.clone());
    options
        .max_connections(config.db_max_connections)
        .min_connections(0)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(sqlx_sqlite_journal_wal())
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
        });
    let mut db = Database::connect(options).await.with_context(|| {
        format!(
            "DATABASE_URL: cannot connect to {}",
            redact(&config.database_url)
        )
    })?;
    db.set_metric_callback(move |info| {
        counter.0.fetch_add(1, Ordering::Relaxed);
        tracing::trace!(target: "api::sql", elapsed_us = info.elapsed.as_micros() as u64, failed = info.failed, sql = %info.statement, "sql statement");
    });
    Ok(db)
}

fn sqlx_sqlite_journal_wal() -> sea_orm::sqlx::sqlite::SqliteJournalMode {
    sea_orm::sqlx::sqlite::SqliteJournalMode::Wal
}

/// Applies pending migrations.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("applying database migrations")
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
