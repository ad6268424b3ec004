//! The HTTP surface: GraphQL over HTTP (POST, and GET for queries only),
//! GraphiQL for browsers, health and readiness, and Prometheus metrics.

pub mod graphiql;
pub mod rate_limit;
pub mod socket;

use std::{net::SocketAddr, sync::Arc, time::Instant};

use crate::{
    auth::{AuthHandle, Authenticator, TokenError},
    graphql::{
        AppSchema,
        context::RequestCtx,
        errors::shape,
        fast::{
            documents::{Documents, Prepared, Validation},
            json,
        },
    },
    http::{
        rate_limit::{Bucket, RateLimits},
        socket::OpenSockets,
    },
    live::ChangeBus,
    metrics::METRICS,
    store::{self, StatementCounter},
    tenancy::{Caller, Pools},
};
use async_graphql::parser::types::OperationType;
use async_graphql::{BatchRequest, Request, http::parse_query_string};
use axum::{
    Json, Router,
    body::Bytes,
    extract::{ConnectInfo, RawQuery, State, rejection::BytesRejection},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use serde_json::json;
use tower::limit::GlobalConcurrencyLimitLayer;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The schema HTTP requests run on, once `documents` has prepared them.
    pub schema: AppSchema,
    /// The same, for documents that passed every rule before.
    pub revalidating_schema: AppSchema,
    pub documents: Arc<Documents>,
    /// The schema subscriptions run on, with its extensions.
    pub socket_schema: AppSchema,
    pub auth: Arc<Authenticator>,
    pub changes: Arc<ChangeBus>,
    pub rate_limits: Arc<RateLimits>,
    /// Where each request's scope is drawn from.
    pub pools: Pools,
    pub statements: Arc<StatementCounter>,
    pub graphiql: bool,
    pub slow_operation: std::time::Duration,
    pub request_timeout: std::time::Duration,
    /// Set once migrations are applied; until then requests get 503.
    pub schema_ready: Arc<store::SchemaReady>,
    /// Turns true when the server begins to stop: open subscriptions close.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// One clone per open WebSocket, so that stopping can wait for them.
    pub sockets: Arc<()>,
    /// The sockets open now, by address and token, against their limits.
    pub open_sockets: Arc<OpenSockets>,
    /// Turns of request concurrency, taken by every GraphQL request and by
    /// every subscription event while it resolves.
    pub turns: Arc<tokio::sync::Semaphore>,
}

/// The routes, with at most `state.turns` GraphQL requests running at once.
pub fn routes(state: AppState) -> Router {
    // Waiting requests hold no memory but their connection: the limit
    // bounds what a flood of large batches can take, and the pool would
    // queue the surplus anyway.
    let graphql =
        get(graphql_get)
            .post(graphql_post)
            .layer(GlobalConcurrencyLimitLayer::with_semaphore(
                state.turns.clone(),
            ));
    Router::new()
        .route("/graphql", graphql)
        .route("/graphql/ws", get(socket::graphql_ws))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .merge(crate::http::graphiql::routes())
        // Shared, not cloned field by field: every request takes the state.
        .with_state(Arc::new(state))
}

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

/// The media type to answer with: `application/graphql-response+json` when
/// the client accepts it, else `application/json`.
fn response_type(headers: &HeaderMap) -> &'static str {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if accept.contains(GRAPHQL_RESPONSE) {
        GRAPHQL_RESPONSE
    } else {
        "application/json"
    }
}

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

/// A request-level error (no `data`), shaped like a GraphQL response.
fn request_error(
    status: StatusCode,
    code: &str,
    message: &str,
    content_type: &'static str,
) -> Response {
    METRICS.error(code);
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        Json(body),
    )
        .into_response()
}

/// How a request arrived: over GET it may only read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Transport {
    Get,
    Post,
}

async fn execute(
    state: &AppState,
    request: Request,
    headers: &HeaderMap,
    client: SocketAddr,
    transport: Transport,
) -> Response {
    let content_type = response_type(headers);
    if !state.schema_ready.get() {
        return request_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "SERVICE_UNAVAILABLE",
            "the database is not reachable yet, try again shortly",
            content_type,
        );
    }
    let caller = match headers.get(header::AUTHORIZATION) {
        None => Caller::Anonymous,
        Some(value) => match state
            .auth
            .caller_from_header(value.to_str().unwrap_or_default())
            .await
        {
            Ok(caller) => caller,
            Err(TokenError::Unavailable) => {
                return request_error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "SERVICE_UNAVAILABLE",
                    "the database is unavailable, try again shortly",
                    content_type,
                );
            }
            // A bad token is never treated as anonymous.
            Err(reason) => {
                tracing::warn!(reason = %reason, "token refused");
                let mut response = request_error(
                    StatusCode::UNAUTHORIZED,
                    "UNAUTHENTICATED",
                    "the bearer token is invalid, expired or revoked: get a new one",
                    content_type,
                );
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                return response;
            }
        },
    };
    let bucket = match headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        Some(token) => Bucket::token(token),
        None => Bucket::Address(client.ip()),
    };
    if let Err(wait) = state.rate_limits.check(&bucket) {
        let mut response = request_error(
            StatusCode::TOO_MANY_REQUESTS,
            "RATE_LIMITED",
            "too many requests: wait for the number of seconds in Retry-After, then try again",
            content_type,
        );
        let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
        return response;
    }
    if let Caller::Member { org, subject, .. } = &caller {
        let span = tracing::Span::current();
        span.record("org", org.0);
        span.record("subject", subject.0.as_str());
    }
    let started = Instant::now();
    let prepared = match state.documents.prepare(request) {
        Ok(prepared) => prepared,
        Err(error) => {
            let mut response = async_graphql::Response::from_errors(vec![error]);
            observe(state, None, started.elapsed(), &mut response);
            return answer(response, content_type);
        }
    };
    let Prepared {
        request,
        operation_name,
        operation_type,
        validation,
    } = prepared;
    // Even a mutation named only by a persisted-query hash.
    if transport == Transport::Get && operation_type != OperationType::Query {
        let mut response = request_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "BAD_USER_INPUT",
            "mutations must be sent with POST",
            content_type,
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }
    // Only a query reads from the replica; mutations use the primary.
    let scoped = match operation_type {
        OperationType::Query => state.pools.scoped_for_reading(caller),
        _ => state.pools.scoped(caller),
    };
    let request = request
        .data(RequestCtx::new(scoped))
        .data(AuthHandle(state.auth.clone()));
    let schema = match validation {
        Validation::Passed => &state.revalidating_schema,
        Validation::Needed(_) => &state.schema,
    };
    let Ok(mut response) =
        tokio::time::timeout(state.request_timeout, schema.execute(request)).await
    else {
        tracing::warn!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            "request timed out"
        );
        return request_error(
            StatusCode::GATEWAY_TIMEOUT,
            "TIMEOUT",
            "the request took too long and was stopped: ask for less (smaller pages, fewer nested lists)",
            content_type,
        );
    };
    if !request_failed(&response) {
        validation.passed();
    }
    observe(
        state,
        operation_name.as_deref(),
        started.elapsed(),
        &mut response,
    );
    answer(response, content_type)
}

/// The HTTP answer to an executed (or refused) request.
fn answer(response: async_graphql::Response, content_type: &'static str) -> Response {
    // Per the GraphQL-over-HTTP spec a request that failed is a 400 when
    // answered as graphql-response+json.
    let (status, body) = if request_failed(&response) {
        let status = if content_type == GRAPHQL_RESPONSE {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        };
        // Serialising a response of plain values cannot fail.
        let body = serde_json::to_vec(&json!({ "errors": response.errors }));
        (status, body.unwrap_or_default())
    } else {
        (StatusCode::OK, json::response(&response))
    };
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response()
}

/// Whether `response` is of a request that failed before execution (parse,
/// validation, limits): it carries no `data` at all.
fn request_failed(response: &async_graphql::Response) -> bool {
    response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty())
}

/// Shapes the errors of one request, and measures and logs it.
fn observe(
    state: &AppState,
    operation: Option<&str>,
    elapsed: std::time::Duration,
    response: &mut async_graphql::Response,
) {
    for error in &mut response.errors {
        shape(error);
    }
    if let Some(name) = operation {
        tracing::Span::current().record("operation", name);
    }
    METRICS.request(operation, elapsed);
    for error in &response.errors {
        let code = error
            .extensions
            .as_ref()
            .and_then(|e| e.get("code"))
            .and_then(|code| match code {
                async_graphql::Value::String(code) => Some(code.as_str()),
                _ => None,
            })
            .unwrap_or("INTERNAL_SERVER_ERROR");
        METRICS.error(code);
    }
    if elapsed >= state.slow_operation {
        tracing::warn!(
            operation = operation.unwrap_or("anonymous"),
            elapsed_ms = elapsed.as_millis() as u64,
            errors = response.errors.len(),
            "slow operation"
        );
    }
}

async fn graphql_post(
    State(state): State<Arc<AppState>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let content_type = response_type(&headers);
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return request_error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "BAD_USER_INPUT",
                "the request body is larger than this server accepts (COSTAR_BODY_LIMIT_BYTES)",
                content_type,
            );
        }
        Err(_) => {
            return request_error(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "the request body could not be read",
                content_type,
            );
        }
    };
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !media.starts_with("application/json") {
        return request_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "BAD_USER_INPUT",
            "send the request as application/json",
            content_type,
        );
    }
    let request = match serde_json::from_slice::<BatchRequest>(&body) {
        Ok(BatchRequest::Single(request)) => request,
        Ok(BatchRequest::Batch(_)) => {
            return request_error(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "batched requests are not supported: send one operation per request",
                content_type,
            );
        }
        Err(_) => {
            return request_error(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "the body must be a JSON object with a \"query\" string and optional \"variables\" and \"operationName\"",
                content_type,
            );
        }
    };
    if request.query.trim().is_empty() && !request.extensions.contains_key("persistedQuery") {
        return request_error(
            StatusCode::BAD_REQUEST,
            "BAD_USER_INPUT",
            "the body needs a \"query\" string holding the GraphQL document",
            content_type,
        );
    }
    execute(&state, request, &headers, client, Transport::Post).await
}

async fn graphql_get(
    State(state): State<Arc<AppState>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let content_type = response_type(&headers);
    let query = query.unwrap_or_default();
    if query.is_empty() && wants_html(&headers) && state.graphiql {
        return crate::http::graphiql::html();
    }
    let request = match parse_query_string(&query) {
        Ok(request) => request,
        Err(_) => {
            return request_error(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "pass the operation as ?query=... (with optional variables and operationName)",
                content_type,
            );
        }
    };
    execute(&state, request, &headers, client, Transport::Get).await
}

async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    match state.pools.readiness().await {
        Ok(()) => Json(json!({ "status": "ready" })).into_response(),
        Err(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "unavailable", "reason": reason })),
        )
            .into_response(),
    }
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let body = METRICS.render(state.pools.pool_state(), state.statements.get());
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

/// Methods the GraphQL route answers, for CORS.
pub const GRAPHQL_METHODS: [Method; 3] = [Method::GET, Method::POST, Method::OPTIONS];
