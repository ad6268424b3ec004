//! Requests answered with an error before they ran, or instead of their
//! answer: each shaped like a GraphQL response (`errors` with a `code`,
//! no `data`), with the HTTP status and headers that go with it.

use std::time::Duration;

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde_json::json;

use crate::metrics::METRICS;

/// Why a request was refused.
pub enum Refusal {
    /// Migrations are not applied yet, or the database cannot be reached:
    /// the client should try again shortly.
    Unavailable(&'static str),
    /// A token was sent and does not hold (never treated as anonymous).
    BadToken,
    RateLimited {
        retry_after: Duration,
    },
    /// A mutation (or a subscription) sent with GET.
    NotPost,
    TimedOut,
    /// The request itself cannot be read: its body, its media type, its
    /// query string.
    Unreadable {
        status: StatusCode,
        message: &'static str,
    },
}

impl Refusal {
    pub fn response(self, content_type: &'static str) -> Response {
        match self {
            Self::Unavailable(message) => request_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE",
                message,
                content_type,
            ),
            Self::BadToken => {
                let mut response = request_error(
                    StatusCode::UNAUTHORIZED,
                    "UNAUTHENTICATED",
                    "the bearer token is invalid, expired or revoked: get a new one",
                    content_type,
                );
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                response
            }
            Self::RateLimited { retry_after } => {
                let mut response = request_error(
                    StatusCode::TOO_MANY_REQUESTS,
                    "RATE_LIMITED",
                    "too many requests: wait for the number of seconds in Retry-After, then try again",
                    content_type,
                );
                let seconds = retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0);
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
                response
            }
            Self::NotPost => {
                let mut response = request_error(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "BAD_USER_INPUT",
                    "mutations must be sent with POST",
                    content_type,
                );
                response
                    .headers_mut()
                    .insert(header::ALLOW, HeaderValue::from_static("POST"));
                response
            }
            Self::TimedOut => request_error(
                StatusCode::GATEWAY_TIMEOUT,
                "TIMEOUT",
                "the request took too long and was stopped: ask for less (smaller pages, fewer nested lists)",
                content_type,
            ),
            Self::Unreadable { status, message } => {
                request_error(status, "BAD_USER_INPUT", message, content_type)
            }
        }
    }
}

/// A request-level error (no `data`), shaped like a GraphQL response.
pub(crate) fn request_error(
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
