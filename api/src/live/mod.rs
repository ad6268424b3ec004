//! Live changes: every replica learns of every committed case-study change
//! and hands its sequence number to its subscribers, who each read it back
//! through their own scope.
//!
//! On Postgres, writers `NOTIFY` (delivered at commit) and each replica
//! `LISTEN`s; on SQLite (one process) the replica watches the change log.
//! Either way the change log itself is the source: a wake-up only says
//! "read past the last number you handed out", so a missed notification
//! delays a change by one poll at most, and none is handed out twice.

pub mod indexer;

use std::{sync::Arc, time::Duration};

use sea_orm::{DatabaseBackend, DatabaseConnection, sqlx::postgres::PgListener};
use tokio::sync::broadcast;

use crate::repo;

/// How long a replica waits without a notification before reading anyway.
const POLL: Duration = Duration::from_secs(2);
/// How often SQLite's single process looks for new changes.
const SQLITE_POLL: Duration = Duration::from_millis(200);

/// Hands out the sequence numbers of committed changes, in order.
pub struct ChangeBus {
    sender: broadcast::Sender<i64>,
}

impl ChangeBus {
    /// Starts watching the change log of `db` (reached at `database_url`).
    pub async fn start(db: DatabaseConnection, database_url: String) -> anyhow::Result<Arc<Self>> {
        let (sender, _) = broadcast::channel(1024);
        // Unknown while the database is down: read once it answers.
        let last = repo::change_log::read::last_seq(&db).await.ok();
        let bus = Arc::new(Self {
            sender: sender.clone(),
        });
        tokio::spawn(watch(db, database_url, sender, last));
        Ok(bus)
    }

    pub fn subscribe(&self) -> broadcast::Receiver<i64> {
        self.sender.subscribe()
    }
}

async fn watch(
    db: DatabaseConnection,
    database_url: String,
    sender: broadcast::Sender<i64>,
    mut last: Option<i64>,
) {
    let mut listener = None;
    loop {
        if db.get_database_backend() == DatabaseBackend::Postgres {
            if listener.is_none() {
                listener = listen(&database_url).await;
            }
            match listener.as_mut() {
                Some(l) => {
                    if let Ok(Err(err)) = tokio::time::timeout(POLL, l.recv()).await {
                        tracing::warn!(error = %err, "change listener lost its connection; reconnecting");
                        listener = None;
                    }
                }
                None => tokio::time::sleep(POLL).await,
            }
        } else {
            tokio::time::sleep(SQLITE_POLL).await;
        }
        let Some(after) = last else {
            last = repo::change_log::read::last_seq(&db).await.ok();
            continue;
        };
        match repo::change_log::read::seqs_after(&db, after).await {
            Ok(seqs) => {
                for seq in seqs {
                    last = Some(seq);
                    // No subscriber is not an error.
                    let _ = sender.send(seq);
                }
            }
            Err(err) => tracing::warn!(error = ?err, "cannot read the change log; retrying"),
        }
    }
}

async fn listen(database_url: &str) -> Option<PgListener> {
    let mut listener = PgListener::connect(database_url).await.ok()?;
    listener.listen(repo::change_log::CHANNEL).await.ok()?;
    Some(listener)
}
