//! GraphQL over HTTP: POST, and GET for queries only. A request goes
//! through the same steps whichever way it came ([`execute`]): the schema
//! is ready, the caller is known, the rate limit allows it, its document is
//! prepared (`graphql::fast::documents`: trusted documents, the parse
//! cache, the rules), it runs within the request timeout on the scope of
//! its caller, and its errors are shaped and counted ([`observe`]).

use std::{net::SocketAddr, sync::Arc, time::Instant};

use async_graphql::{
    BatchRequest, Request, http::parse_query_string, parser::types::OperationType,
};
use axum::{
    body::Bytes,
    extract::{ConnectInfo, RawQuery, State, rejection::BytesRejection},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde_json::json;

use crate::{
    auth::AuthHandle,
    domain::language::Preferences,
    graphql::{
        context::RequestCtx,
        errors::shape,
        fast::{documents::Prepared, json},
    },
    http::{
        AppState,
        caller::{bucket_of, caller_of},
        refusal::Refusal,
    },
    metrics::METRICS,
    tenancy::Caller,
};

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

/// How a request arrived: over GET it may only read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Transport {
    Get,
    Post,
}

pub async fn graphql_post(
    State(state): State<Arc<AppState>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    match read_post(&headers, body) {
        Ok(request) => execute(&state, request, &headers, client, Transport::Post).await,
        Err(refusal) => refusal.response(response_type(&headers)),
    }
}

/// The one operation a POST body holds.
fn read_post(headers: &HeaderMap, body: Result<Bytes, BytesRejection>) -> Result<Request, Refusal> {
    let unreadable = |status, message| Refusal::Unreadable { status, message };
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Err(unreadable(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the request body is larger than this server accepts (COSTAR_BODY_LIMIT_BYTES)",
            ));
        }
        Err(_) => {
            return Err(unreadable(
                StatusCode::BAD_REQUEST,
                "the request body could not be read",
            ));
        }
    };
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !media.starts_with("application/json") {
        return Err(unreadable(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the request as application/json",
        ));
    }
    let request = match serde_json::from_slice::<BatchRequest>(&body) {
        Ok(BatchRequest::Single(request)) => request,
        Ok(BatchRequest::Batch(_)) => {
            return Err(unreadable(
                StatusCode::BAD_REQUEST,
                "batched requests are not supported: send one operation per request",
            ));
        }
        Err(_) => {
            return Err(unreadable(
                StatusCode::BAD_REQUEST,
                "the body must be a JSON object with a \"query\" string and optional \"variables\" and \"operationName\"",
            ));
        }
    };
    if request.query.trim().is_empty() && !request.extensions.contains_key("persistedQuery") {
        return Err(unreadable(
            StatusCode::BAD_REQUEST,
            "the body needs a \"query\" string holding the GraphQL document",
        ));
    }
    Ok(request)
}

pub async fn graphql_get(
    State(state): State<Arc<AppState>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let query = query.unwrap_or_default();
    if query.is_empty() && wants_html(&headers) && state.graphiql {
        return crate::http::graphiql::html();
    }
    match parse_query_string(&query) {
        Ok(request) => execute(&state, request, &headers, client, Transport::Get).await,
        Err(_) => Refusal::Unreadable {
            status: StatusCode::BAD_REQUEST,
            message: "pass the operation as ?query=... (with optional variables and operationName)",
        }
        .response(response_type(&headers)),
    }
}

async fn execute(
    state: &AppState,
    request: Request,
    headers: &HeaderMap,
    client: SocketAddr,
    transport: Transport,
) -> Response {
    let content_type = response_type(headers);
    match run(state, request, headers, client, transport).await {
        Ok(response) => answer(response, content_type),
        Err(refusal) => refusal.response(content_type),
    }
}

/// The steps of every GraphQL request over HTTP, in order.
async fn run(
    state: &AppState,
    request: Request,
    headers: &HeaderMap,
    client: SocketAddr,
    transport: Transport,
) -> Result<async_graphql::Response, Refusal> {
    if !state.schema_ready.get() {
        return Err(Refusal::Unavailable(
            "the database is not reachable yet, try again shortly",
        ));
    }
    let caller = caller_of(&state.auth, headers).await?;
    state
        .rate_limits
        .check(&bucket_of(headers, client))
        .map_err(|retry_after| Refusal::RateLimited { retry_after })?;
    if let Caller::Member { org, subject, .. } = &caller {
        let span = tracing::Span::current();
        span.record("org", org.0);
        span.record("subject", subject.0.as_str());
    }
    let started = Instant::now();
    let Prepared {
        request,
        operation_name,
        operation_type,
        validation,
    } = match state.documents.prepare(request) {
        Ok(prepared) => prepared,
        Err(error) => {
            let mut response = async_graphql::Response::from_errors(vec![error]);
            observe(state, None, started.elapsed(), &mut response);
            return Ok(response);
        }
    };
    // Even a mutation named only by a persisted-query hash.
    if transport == Transport::Get && operation_type != OperationType::Query {
        return Err(Refusal::NotPost);
    }
    // Only a query reads from the replica; mutations use the primary.
    let scoped = match operation_type {
        OperationType::Query => state.pools.scoped_for_reading(caller),
        _ => state.pools.scoped(caller),
    };
    let languages = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .map(Preferences::from_header)
        .unwrap_or_default();
    let request = request
        .data(RequestCtx::new(scoped).preferring(languages))
        .data(AuthHandle(state.auth.clone()));
    let schema = state.schema_for(&validation);
    let Ok(mut response) =
        tokio::time::timeout(state.request_timeout, schema.execute(request)).await
    else {
        tracing::warn!(
            elapsed_ms = started.elapsed().as_millis() as u64,
            "request timed out"
        );
        return Err(Refusal::TimedOut);
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
    Ok(response)
}

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
