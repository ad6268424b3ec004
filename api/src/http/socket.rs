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
//! - each event takes a turn of the request concurrency HTTP requests take
//!   while it resolves, and one past the request timeout ends its
//!   subscription;
//! - each operation gets its own scope and loaders, so nothing read for one
//!   subscription is served to another from a cache;
//! - a token, and a client address, hold a bounded number of sockets
//!   ([`SocketLimits`]).
//!
//! Each operation's document is prepared as an HTTP request's is
//! (`graphql::fast::documents`: trusted documents, persisted queries, the
//! rules), runs on the same schema, and its errors are shaped by the same
//! `graphql::errors::shape`. Queries and mutations are refused here: over HTTP
//! they get the request timeout, the concurrency cap and a token check per
//! request, none of which a long-lived socket could give them.

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{
        Arc, Mutex, OnceLock,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use async_graphql::{
    Data, Executor, Request, Response, ServerError, http::ALL_WEBSOCKET_PROTOCOLS,
    parser::types::OperationType,
};
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::{
    extract::{ConnectInfo, State, WebSocketUpgrade, ws},
    http::StatusCode,
    response::{IntoResponse, Response as HttpResponse},
};
use futures_util::{SinkExt, StreamExt, sink, stream::BoxStream};
use serde_json::json;

use crate::{
    auth::TokenError,
    graphql::{context::RequestCtx, errors::shape, subscription::EventTurn},
    http::{AppState, rate_limit::Bucket},
    metrics::METRICS,
    tenancy::Caller,
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
    /// The token's share of open sockets, held while this one is open.
    _slot: Option<Slot>,
}

/// How many sockets one address, and one token, may hold open at once: a
/// socket holds a task and a database-reading subscription per operation,
/// so no single client may take them all.
#[derive(Debug, Clone, Copy)]
pub struct SocketLimits {
    pub per_address: usize,
    pub per_token: usize,
}

/// The sockets open now, by address and by token.
pub struct OpenSockets {
    limits: SocketLimits,
    open: Mutex<HashMap<Bucket, usize>>,
}

/// One socket's place in [`OpenSockets`], given back when dropped.
pub struct Slot {
    sockets: Arc<OpenSockets>,
    key: Bucket,
}

impl OpenSockets {
    pub fn new(limits: SocketLimits) -> Arc<Self> {
        Arc::new(Self {
            limits,
            open: Mutex::new(HashMap::new()),
        })
    }

    fn take(self: &Arc<Self>, key: Bucket) -> Option<Slot> {
        let max = match key {
            Bucket::Address(_) => self.limits.per_address,
            Bucket::Token(_) => self.limits.per_token,
        };
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let count = open.entry(key.clone()).or_default();
        if *count >= max {
            return None;
        }
        *count += 1;
        Some(Slot {
            sockets: self.clone(),
            key,
        })
    }

    /// A place for a socket from `address`, if it holds fewer than its limit.
    pub fn take_for_address(self: &Arc<Self>, address: IpAddr) -> Option<Slot> {
        self.take(Bucket::Address(address))
    }

    /// A place for a socket of the token `authorization`, likewise.
    pub fn take_for_token(self: &Arc<Self>, authorization: &str) -> Option<Slot> {
        self.take(Bucket::token(authorization))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.sockets.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = open.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.key);
            }
        }
    }
}

/// Runs a socket's operations, each with its own scope and loaders.
#[derive(Clone)]
pub struct SocketExecutor {
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
        let prepared = match self.state.documents.prepare(request) {
            Ok(prepared) => prepared,
            Err(error) => return single(shaped(Response::from_errors(vec![error]))),
        };
        if prepared.operation_type != OperationType::Subscription {
            return single(refused(
                "this socket carries subscriptions only: send queries and mutations over HTTP, POST /graphql",
                "BAD_USER_INPUT",
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
        let turn = Arc::new(EventTurn::new(self.state.turns.clone()));
        let request = prepared
            .request
            .data(RequestCtx::new(
                self.state.pools.scoped(session.caller.clone()),
            ))
            .data(turn.clone());
        let schema = self.state.schema_for(&prepared.validation);
        let responses = Executor::execute_stream(schema, request, session_data).map(shaped);
        within_timeout(responses.boxed(), turn, self.state.request_timeout)
            .map(move |response| {
                let _open = &open;
                response
            })
            .boxed()
    }
}

fn shaped(mut response: Response) -> Response {
    for error in &mut response.errors {
        shape(error);
    }
    response
}

/// The subscription's responses, each ending its event's turn; an event
/// still resolving `timeout` after it began ends the subscription with a
/// TIMEOUT error, as an HTTP request past its time is answered.
fn within_timeout(
    responses: BoxStream<'static, Response>,
    turn: Arc<EventTurn>,
    timeout: Duration,
) -> BoxStream<'static, Response> {
    let clock = turn.clock();
    futures_util::stream::unfold(Some((responses, turn, clock)), move |state| async move {
        let (mut responses, turn, mut clock) = state?;
        loop {
            let deadline = clock
                .borrow_and_update()
                .map(|started| tokio::time::Instant::from_std(started + timeout));
            // The deadline first: an event past its time is stopped
            // even if its answer is ready at the same moment.
            tokio::select! {
                biased;
                () = sleep_until(deadline), if deadline.is_some() => {
                    return Some((timed_out(&turn, timeout), None));
                }
                // A new event began (or the last ended): read the clock again.
                Ok(()) = clock.changed() => {}
                response = responses.next() => {
                    let late = clock.borrow().is_some_and(|started| started.elapsed() >= timeout);
                    if late {
                        return Some((timed_out(&turn, timeout), None));
                    }
                    turn.end();
                    return response.map(|response| (response, Some((responses, turn, clock))));
                }
            }
        }
    })
    .boxed()
}

/// Ends the event's turn with a TIMEOUT error, the subscription's last answer.
fn timed_out(turn: &EventTurn, timeout: Duration) -> Response {
    tracing::warn!(
        timeout_ms = timeout.as_millis() as u64,
        "a subscription event timed out"
    );
    turn.end();
    refused(
        "resolving this event took too long and the subscription was stopped: select fewer fields, then subscribe again",
        "TIMEOUT",
    )
}

async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(deadline) => tokio::time::sleep_until(deadline).await,
        None => std::future::pending().await,
    }
}

/// Subscriptions over `graphql-transport-ws` (and the older `graphql-ws`).
/// The token travels in `connection_init`: `{"Authorization": "Bearer …"}`.
pub async fn graphql_ws(
    State(state): State<Arc<AppState>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> HttpResponse {
    let Some(address_slot) = state.open_sockets.take_for_address(client.ip()) else {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            axum::Json(json!({ "errors": [{
                "message": "this address holds as many sockets as it may: close one, or subscribe several times over one socket",
                "extensions": { "code": "RATE_LIMITED" },
            }] })),
        )
            .into_response();
    };
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| serve(state, client, protocol, socket, address_slot))
}

async fn serve(
    state: Arc<AppState>,
    client: SocketAddr,
    protocol: GraphQLProtocol,
    socket: ws::WebSocket,
    _address_slot: Slot,
) {
    let _open = (state.sockets.clone(), METRICS.socket_opened());
    let (mut outgoing, incoming) = socket.split();
    // When the server stops, or the token stops holding, the client's side
    // ends as if it had left: the subscriptions stop.
    let (ended, mut ended_rx) = tokio::sync::watch::channel(false);
    let mut stopping = state.stopping.clone();
    let incoming = incoming.take_until(async move {
        tokio::select! {
            _ = stopping.wait_for(|stop| *stop) => {}
            _ = ended_rx.wait_for(|ended| *ended) => {}
        }
    });
    let (queue, mut queued) = tokio::sync::mpsc::channel::<ws::Message>(16);
    let to_client = sink::unfold(queue, |queue, message: ws::Message| async move {
        queue
            .send(message)
            .await
            .map(|()| queue)
            .map_err(|_| axum::Error::new("the socket is gone"))
    });
    let session = Arc::new(OnceLock::new());
    let executor = SocketExecutor {
        state: state.clone(),
        client,
        session: session.clone(),
        open: Default::default(),
    };
    let init_state = state.clone();
    let init_session = session.clone();
    let serve = GraphQLWebSocket::new_with_pair(to_client, incoming, executor, protocol)
        .on_connection_init(move |payload| async move {
            subscriber_data(&init_state, &init_session, &payload).await
        })
        .serve();
    let forward = async move {
        let mut recheck = tokio::time::interval(TOKEN_RECHECK);
        let close = loop {
            tokio::select! {
                message = queued.recv() => match message {
                    Some(message) => {
                        if outgoing.send(message).await.is_err() {
                            return;
                        }
                    }
                    None => break ws::CloseFrame {
                        code: ws::close_code::AWAY,
                        reason: "the server is stopping".into(),
                    },
                },
                _ = recheck.tick() => {
                    if !token_holds(&state, &session).await {
                        let _ = ended.send(true);
                        break ws::CloseFrame {
                            code: TOKEN_ENDED,
                            reason: "the token was revoked or has expired: connect again with a valid one".into(),
                        };
                    }
                }
            }
        };
        let _ = outgoing.send(ws::Message::Close(Some(close))).await;
        let _ = outgoing.close().await;
    };
    tokio::join!(serve, forward);
}

/// Whether the socket's token still makes the caller it made at
/// `connection_init` (a socket without a token always holds).
async fn token_holds(state: &AppState, session: &OnceLock<Session>) -> bool {
    let Some(Session {
        caller,
        authorization: Some(authorization),
        ..
    }) = session.get()
    else {
        return true;
    };
    match state.auth.caller_from_header(authorization).await {
        Ok(now) => now == *caller,
        // A database outage is not the token's fault: check again later.
        Err(TokenError::Unavailable) => true,
        Err(_) => false,
    }
}

/// The data of one subscriber's connection: the change bus. Who the
/// caller is goes into `session`, for each operation's own scope.
async fn subscriber_data(
    state: &AppState,
    session: &OnceLock<Session>,
    payload: &serde_json::Value,
) -> async_graphql::Result<Data> {
    let authorization = ["Authorization", "authorization"]
        .iter()
        .find_map(|key| payload.get(*key)?.as_str());
    let (caller, slot) = match authorization {
        None => (Caller::Anonymous, None),
        Some(value) => {
            let caller = state
                .auth
                .caller_from_header(value)
                .await
                .map_err(|reason| {
                    tracing::warn!(reason = %reason, "subscription token refused");
                    async_graphql::Error::new(
                        "UNAUTHENTICATED: the bearer token is invalid, expired or revoked",
                    )
                })?;
            let slot = state.open_sockets.take_for_token(value).ok_or_else(|| {
                async_graphql::Error::new(format!(
                    "RATE_LIMITED: this token holds {} open sockets, the most it may: close one, or subscribe several times over one socket",
                    state.open_sockets.limits.per_token
                ))
            })?;
            (caller, Some(slot))
        }
    };
    let _ = session.set(Session {
        caller,
        authorization: authorization.map(str::to_owned),
        _slot: slot,
    });
    let mut data = Data::default();
    data.insert(state.changes.clone());
    Ok(data)
}
