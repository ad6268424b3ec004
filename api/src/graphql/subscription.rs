//! Live updates: `caseStudyChanged` streams each committed change the
//! subscriber may learn of, read through its own scope as it happens.

use std::{
    sync::{Arc, Mutex},
    time::Instant,
};

use async_graphql::{Context, Subscription};
use futures_util::{Stream, stream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, broadcast::error::RecvError, watch};

use crate::{
    error::{AppError, Result},
    graphql::{context::ContextExt, types::change::CaseStudyChange},
    live::ChangeBus,
    metrics::METRICS,
    repo,
};

#[derive(Default)]
pub struct SubscriptionRoot;

/// Resolving one event of a subscription is a request like any other: it
/// takes a turn of the server's request concurrency for as long as it runs,
/// and the socket stops it past the request timeout. The subscription
/// begins each event's turn; the socket, having sent the event, ends it.
pub struct EventTurn {
    turns: Arc<Semaphore>,
    held: Mutex<Option<OwnedSemaphorePermit>>,
    started: watch::Sender<Option<Instant>>,
}

impl EventTurn {
    pub fn new(turns: Arc<Semaphore>) -> Self {
        Self {
            turns,
            held: Mutex::new(None),
            started: watch::Sender::new(None),
        }
    }

    /// Waits for a turn, then starts the event's clock.
    pub async fn begin(&self) {
        // The semaphore is never closed.
        let permit = self.turns.clone().acquire_owned().await.ok();
        *self.held.lock().unwrap_or_else(|e| e.into_inner()) = permit;
        self.started.send_replace(Some(Instant::now()));
    }

    /// Hands the turn back once the event is sent.
    pub fn end(&self) {
        self.held.lock().unwrap_or_else(|e| e.into_inner()).take();
        self.started.send_replace(None);
    }

    /// When the event being resolved began; None between events.
    pub fn clock(&self) -> watch::Receiver<Option<Instant>> {
        self.started.subscribe()
    }
}

/// The root of live updates, over `graphql-transport-ws` at `/graphql/ws`.
#[Subscription(name = "Subscription")]
impl SubscriptionRoot {
    /// Changes to the case studies you may see, on any replica, as they are committed
    /// (a record leaving your view arrives as a DELETE).
    async fn case_study_changed(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = CaseStudyChange> + use<>> {
        let scoped = ctx.scoped_db()?.clone();
        let bus = ctx
            .data::<Arc<ChangeBus>>()
            .map_err(|_| AppError::Internal(anyhow::anyhow!("change bus missing")))?;
        let turn = ctx.data_opt::<Arc<EventTurn>>().cloned();
        let loaders = ctx.request_ctx()?.loaders.clone();
        let receiver = bus.subscribe();
        // Counted open for as long as the stream lives.
        let open = METRICS.subscription_opened();
        Ok(stream::unfold(
            (scoped, receiver, turn, open, loaders),
            |(scoped, mut receiver, turn, open, loaders)| async move {
                loop {
                    let seq = match receiver.recv().await {
                        Ok(seq) => seq,
                        Err(RecvError::Lagged(missed)) => {
                            tracing::warn!(
                                missed,
                                "a subscriber fell behind; it should resync from caseStudyChanges"
                            );
                            continue;
                        }
                        Err(RecvError::Closed) => return None,
                    };
                    if let Some(turn) = &turn {
                        turn.begin().await;
                    }
                    match repo::change_log::read::by_seq(&scoped, seq).await {
                        Ok(Some(change)) => {
                            // The event's fields read the records as they are now.
                            loaders.forget();
                            let state = (scoped, receiver, turn, open, loaders);
                            return Some((CaseStudyChange(change), state));
                        }
                        Ok(None) => {}
                        Err(err) => {
                            tracing::warn!(error = %err, seq, "cannot read a change for a subscriber")
                        }
                    }
                    // Nothing to send: the turn ends here.
                    if let Some(turn) = &turn {
                        turn.end();
                    }
                }
            },
        ))
    }
}
