//! GraphQL over WebSocket (`graphql-transport-ws`, and the older
//! `graphql-ws`) at `/graphql/ws`: subscriptions only.
//!
//! A socket holds no more than its token, at every operation:
//! - the token from `connection_init` is checked again every
//!   [`TOKEN_RECHECK`]; once it is revoked, expired or its organisation
//!   deactivated, the socket closes with 4403;
//! - each subscription goes through the rate limit bucket HTTP uses for the
//!   same token (or address), and a socket holds at most
//!   [`MAX_SUBSCRIPTIONS`] at once;
//! - each operation gets its own scope and loaders, so nothing read for one
//!   subscription is served to another from a cache.
//!
//! Queries and mutations are refused here (see `graphql::rules`): over HTTP
//! they get the request timeout, the concurrency cap and a token check per
//! request, none of which a long-lived socket could give them.

use std::{
    net::SocketAddr,
    sync::{
        Arc, OnceLock,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use async_graphql::{Data, Executor, Request, Response, ServerError};
use futures_util::{StreamExt, stream::BoxStream};

use crate::{
    graphql::{AppSchema, context::RequestCtx},
    http::AppState,
    rate_limit::Bucket,
    scope::{Caller, ScopedDb},
};

/// How often an open socket's token is checked again: within the time a
/// revocation takes to reach every replica.
pub const TOKEN_RECHECK: Duration = Duration::from_secs(1);
/// Most subscriptions one socket may hold open.
pub const MAX_SUBSCRIPTIONS: usize = 16;
/// The close code for a socket whose token no longer holds
/// (graphql-transport-ws: Forbidden).
pub const TOKEN_ENDED: u16 = 4403;

/// Who opened a socket, once its `connection_init` was accepted.
pub struct Session {
    pub caller: Caller,
    /// The `Authorization` value, checked again while the socket is open.
    pub authorization: Option<String>,
}

/// Runs a socket's operations, each with its own scope and loaders.
#[derive(Clone)]
pub struct SocketExecutor {
    pub schema: AppSchema,
    pub state: Arc<AppState>,
    pub client: SocketAddr,
    pub session: Arc<OnceLock<Session>>,
    pub open: Arc<AtomicUsize>,
}

fn refused(message: &str, code: &str) -> Response {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code);
    Response::from_errors(vec![error])
}

/// Counts an open subscription for as long as its stream lives.
struct OpenSubscription(Arc<AtomicUsize>);

impl Drop for OpenSubscription {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Executor for SocketExecutor {
    async fn execute(&self, _request: Request) -> Response {
        refused(
            "send queries and mutations over HTTP: POST /graphql",
            "BAD_USER_INPUT",
        )
    }

    fn execute_stream(
        &self,
        request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        let single = |response: Response| futures_util::stream::once(async { response }).boxed();
        let Some(session) = self.session.get() else {
            return single(refused(
                "send connection_init before subscribing",
                "UNAUTHENTICATED",
            ));
        };
        let bucket = match &session.authorization {
            Some(authorization) => Bucket::token(authorization),
            None => Bucket::Address(self.client.ip()),
        };
        if self.state.rate_limits.check(&bucket).is_err() {
            return single(refused(
                "too many requests: wait a few seconds, then subscribe again",
                "RATE_LIMITED",
            ));
        }
        if self.open.fetch_add(1, Ordering::Relaxed) >= MAX_SUBSCRIPTIONS {
            self.open.fetch_sub(1, Ordering::Relaxed);
            return single(refused(
                &format!(
                    "a socket holds at most {MAX_SUBSCRIPTIONS} subscriptions: end one, or open another socket"
                ),
                "BAD_USER_INPUT",
            ));
        }
        let open = OpenSubscription(self.open.clone());
        let request = request.data(RequestCtx::new(ScopedDb::new(
            self.state.db.clone(),
            session.caller.clone(),
            self.state.write_gate.clone(),
        )));
        Executor::execute_stream(&self.schema, request, session_data)
            .map(move |response| {
                let _open = &open;
                response
            })
            .boxed()
    }
}
