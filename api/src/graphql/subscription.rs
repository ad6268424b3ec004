//! Live updates: `caseStudyChanged` streams each committed change the
//! subscriber may learn of, read through its own scope as it happens.

use std::sync::Arc;

use async_graphql::{Context, Subscription};
use futures_util::{Stream, stream};
use tokio::sync::broadcast::error::RecvError;

use crate::{
    db::change_feed,
    error::{AppError, Result},
    graphql::{context::ContextExt, types::change::CaseStudyChange},
    live::ChangeBus,
    metrics::METRICS,
};

#[derive(Default)]
pub struct SubscriptionRoot;

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
        let receiver = bus.subscribe();
        // Counted open for as long as the stream lives.
        let open = METRICS.subscription_opened();
        Ok(stream::unfold(
            (scoped, receiver, open),
            |(scoped, mut receiver, open)| async move {
                loop {
                    match receiver.recv().await {
                        Ok(seq) => match change_feed::by_seq(&scoped, seq).await {
                            Ok(Some(change)) => {
                                return Some((CaseStudyChange(change), (scoped, receiver, open)));
                            }
                            Ok(None) => continue,
                            Err(err) => {
                                tracing::warn!(error = %err, seq, "cannot read a change for a subscriber")
                            }
                        },
                        Err(RecvError::Lagged(missed)) => {
                            tracing::warn!(
                                missed,
                                "a subscriber fell behind; it should resync from caseStudyChanges"
                            )
                        }
                        Err(RecvError::Closed) => return None,
                    }
                }
            },
        ))
    }
}
