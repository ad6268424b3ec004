//! What every HTML page this server serves carries: its own
//! Content-Security-Policy and the headers that keep it from being framed,
//! sniffed or told where it was linked from.

use axum::{
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};

/// An HTML page under `policy`, revalidated on every visit (its scripts
/// are what change between versions, and they are named by their content).
pub fn html(body: impl IntoResponse, policy: &'static str) -> Response {
    let mut response = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, policy),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-cache"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
