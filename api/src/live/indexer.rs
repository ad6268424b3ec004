//! Keeps this replica's search index holding the change log. An index that
//! holds nothing (a new one, or one of another layout) is built whole from
//! the case studies; after that, and after a restart, it reads the changes
//! after the position its last commit recorded, woken by the change bus
//! (every replica hears of a commit as it happens) or by a search that
//! found it behind.

use std::{sync::Arc, time::Duration};

use sea_orm::DatabaseConnection;
use tokio::sync::broadcast;

use crate::{
    metrics::METRICS,
    repo::{
        self,
        search::{Batch, indexed},
    },
    store::search::{Commit, IndexedCaseStudy, SearchIndex},
};

/// Changes read, and case studies built, per batch: the rows of a batch
/// are in memory at once.
const BATCH: u64 = 500;
/// How many case studies a build writes between flushes of the writer.
const FLUSH_EVERY: usize = 5_000;
/// How long the indexer waits without a wake-up before reading anyway.
const POLL: Duration = Duration::from_secs(2);
/// How long it waits after a failure (the database away) to try again.
const RETRY: Duration = Duration::from_secs(1);

/// Starts keeping `index` up with the change log of `db`.
pub fn start(db: DatabaseConnection, index: Arc<SearchIndex>, mut wake: broadcast::Receiver<i64>) {
    if let Some(position) = index.position() {
        METRICS.search_index_committed(0, position);
    }
    tokio::spawn(async move {
        loop {
            match catch_up(&db, &index).await {
                Ok(()) => {
                    tokio::select! {
                        _ = wake.recv() => {}
                        _ = index.wanted().notified() => {}
                        _ = tokio::time::sleep(POLL) => {}
                    }
                    // Every number handed out so far is read in one go.
                    while wake.try_recv().is_ok() {}
                }
                Err(err) => {
                    tracing::warn!(error = %err, "the search index cannot read the change log; retrying");
                    tokio::time::sleep(RETRY).await;
                }
            }
        }
    });
}

/// Brings the index up to the change log's end.
async fn catch_up(db: &DatabaseConnection, index: &Arc<SearchIndex>) -> anyhow::Result<()> {
    let Some(mut position) = index.position() else {
        return build(db, index).await;
    };
    loop {
        let changes = repo::change_log::read::changed_after(db, position, BATCH).await?;
        let Some(&(last, _)) = changes.last() else {
            return Ok(());
        };
        let mut ids: Vec<i64> = changes.iter().map(|(_, id)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        let (upserted, removed) = indexed(db, Batch::Ids(&ids)).await?;
        let written = upserted.len();
        write(index, upserted, removed, Commit::At(last)).await?;
        METRICS.search_index_committed(written, last);
        tracing::debug!(
            position = last,
            changes = changes.len(),
            "search index caught up"
        );
        position = last;
    }
}

/// Builds the index whole: every case study, then the change log from
/// where it stood when the build began.
async fn build(db: &DatabaseConnection, index: &Arc<SearchIndex>) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let position = repo::change_log::read::last_seq(db).await?;
    index.begin_build()?;
    let mut after = 0;
    let mut built = 0;
    loop {
        let (batch, deleted) = indexed(
            db,
            Batch::After {
                after,
                limit: BATCH,
            },
        )
        .await?;
        let scanned = batch.iter().map(|c| c.id).chain(deleted.iter().copied());
        let Some(last) = scanned.max() else {
            break;
        };
        after = last;
        built += batch.len();
        let flush = built / FLUSH_EVERY != (built - batch.len()) / FLUSH_EVERY;
        write(index, batch, Vec::new(), Commit::Building { flush }).await?;
    }
    write(index, Vec::new(), Vec::new(), Commit::At(position)).await?;
    METRICS.search_index_built();
    METRICS.search_index_committed(built, position);
    tracing::info!(
        case_studies = built,
        position,
        seconds = started.elapsed().as_secs_f64(),
        "search index built"
    );
    Ok(())
}

async fn write(
    index: &Arc<SearchIndex>,
    upserted: Vec<IndexedCaseStudy>,
    removed: Vec<i64>,
    commit: Commit,
) -> anyhow::Result<()> {
    let index = index.clone();
    tokio::task::spawn_blocking(move || index.apply(&upserted, &removed, commit)).await?
}
