//! The HTTP surface: GraphQL over HTTP (POST, and GET for queries only),
//! GraphiQL for browsers, health and readiness, and Prometheus metrics.

use std::{net::SocketAddr, sync::Arc};

use async_graphql::{
    BatchRequest, Request,
    http::{ALL_WEBSOCKET_PROTOCOLS, GraphiQLSource, parse_query_string},
};
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::{
    Json, Router,
    body::Bytes,
    extract::{ConnectInfo, RawQuery, State, WebSocketUpgrade, rejection::BytesRejection},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    response::{Html, IntoResponse, Response},
    routing::get,
};
use sea_orm::DatabaseConnection;
use serde_json::json;

use crate::{
    auth::{Authenticator, TokenError},
    db::{self, StatementCounter},
    graphql::{AppSchema, context::RequestCtx},
    live::ChangeBus,
    rate_limit::{Bucket, RateLimits},
    scope::{Caller, ScopedDb, WriteGate},
};

/// The authenticator, for resolvers that change what it knows (revocation).
#[derive(Clone)]
pub struct AuthHandle(pub Arc<Authenticator>);

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub schema: AppSchema,
    pub auth: Arc<Authenticator>,
    pub write_gate: WriteGate,
    pub changes: Arc<ChangeBus>,
    pub rate_limits: Arc<RateLimits>,
    pub db: DatabaseConnection,
    pub statements: Arc<StatementCounter>,
    pub graphiql: bool,
}

pub fn routes(state: AppState) -> Router {
    Router::new()
        .route("/graphql", get(graphql_get).post(graphql_post))
        .route("/graphql/ws", get(graphql_ws))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(state)
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
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        Json(body),
    )
        .into_response()
}

async fn execute(
    state: &AppState,
    request: Request,
    headers: &HeaderMap,
    client: SocketAddr,
) -> Response {
    let content_type = response_type(headers);
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
    let request = request
        .data(RequestCtx::new(ScopedDb::new(
            state.db.clone(),
            caller,
            state.write_gate.clone(),
        )))
        .data(AuthHandle(state.auth.clone()));
    if let Some(operation) = &request.operation_name {
        tracing::Span::current().record("operation", operation.as_str());
    }
    let response = state.schema.execute(request).await;
    // A request that failed before execution (parse, validation, limits)
    // carries no `data` at all; per the GraphQL-over-HTTP spec it is a 400
    // when answered as graphql-response+json.
    let request_failed = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty());
    let (status, body) = if request_failed {
        let status = if content_type == GRAPHQL_RESPONSE {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        };
        (
            status,
            serde_json::to_vec(&json!({ "errors": response.errors })),
        )
    } else {
        (StatusCode::OK, serde_json::to_vec(&response))
    };
    // Serialising a response of plain values cannot fail.
    (
        status,
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body.unwrap_or_default(),
    )
        .into_response()
}

async fn graphql_post(
    State(state): State<AppState>,
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
    execute(&state, request, &headers, client).await
}

async fn graphql_get(
    State(state): State<AppState>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let content_type = response_type(&headers);
    let query = query.unwrap_or_default();
    if query.is_empty() && wants_html(&headers) && state.graphiql {
        return Html(
            GraphiQLSource::build()
                .endpoint("/graphql")
                .title("Costar")
                .finish(),
        )
        .into_response();
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
    if is_mutation(&request) {
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
    execute(&state, request, &headers, client).await
}

/// Whether the operation the request would run is a mutation (GET must never run one).
fn is_mutation(request: &Request) -> bool {
    use async_graphql::parser::types::OperationType;
    let Ok(document) = async_graphql::parser::parse_query(&request.query) else {
        return false;
    };
    let operation = match (&request.operation_name, document.operations.iter().count()) {
        (Some(name), _) => document
            .operations
            .iter()
            .find(|(op_name, _)| op_name.is_some_and(|n| n.as_str() == name))
            .map(|(_, op)| op.node.ty),
        (None, 1) => document.operations.iter().next().map(|(_, op)| op.node.ty),
        (None, _) => None,
    };
    matches!(
        operation,
        Some(OperationType::Mutation | OperationType::Subscription)
    )
}

/// Subscriptions over `graphql-transport-ws` (and the older `graphql-ws`).
/// The token travels in `connection_init`: `{"Authorization": "Bearer …"}`.
async fn graphql_ws(
    State(state): State<AppState>,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> Response {
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .on_upgrade(move |socket| {
            let schema = state.schema.clone();
            GraphQLWebSocket::new(socket, schema, protocol)
                .on_connection_init(move |payload| async move {
                    subscriber_data(&state, &payload).await
                })
                .serve()
        })
}

/// The data of one subscriber's connection: its scope and the change bus.
async fn subscriber_data(
    state: &AppState,
    payload: &serde_json::Value,
) -> async_graphql::Result<async_graphql::Data> {
    let header = ["Authorization", "authorization"]
        .iter()
        .find_map(|key| payload.get(*key)?.as_str());
    let caller = match header {
        None => Caller::Anonymous,
        Some(value) => state
            .auth
            .caller_from_header(value)
            .await
            .map_err(|reason| {
                tracing::warn!(reason = %reason, "subscription token refused");
                async_graphql::Error::new(
                    "UNAUTHENTICATED: the bearer token is invalid, expired or revoked",
                )
            })?,
    };
    let mut data = async_graphql::Data::default();
    data.insert(RequestCtx::new(ScopedDb::new(
        state.db.clone(),
        caller,
        state.write_gate.clone(),
    )));
    data.insert(state.changes.clone());
    Ok(data)
}

async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

async fn readyz(State(state): State<AppState>) -> Response {
    match db::readiness(&state.db).await {
        Ok(()) => Json(json!({ "status": "ready" })).into_response(),
        Err(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "unavailable", "reason": reason })),
        )
            .into_response(),
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    let body = format!(
        "# HELP costar_db_statements_total SQL statements sent to the database.\n\
         # TYPE costar_db_statements_total counter\n\
         costar_db_statements_total {}\n",
        state.statements.get()
    );
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body).into_response()
}

/// Methods the GraphQL route answers, for CORS.
pub const GRAPHQL_METHODS: [Method; 3] = [Method::GET, Method::POST, Method::OPTIONS];
