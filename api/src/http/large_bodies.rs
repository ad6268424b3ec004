//! Large request bodies (a partner's batch, not a query) are taken a few
//! at a time. Each is held whole while it is parsed, checked and written,
//! with the rows it is compared with: a few megabytes. Waiting its turn, a
//! request holds no more than its connection, its body unread; a request
//! with a small body, or none, never waits here.

use std::sync::Arc;

use axum::{
    extract::{Request, State},
    http::{Method, header},
    middleware::Next,
    response::Response,
};
use tokio::sync::Semaphore;

/// A body longer than this is large: a query is a few kilobytes, a batch
/// of 500 case studies a few hundred.
pub const LARGE_BODY_BYTES: u64 = 64 * 1024;

/// The turns large requests take.
pub struct LargeBodies {
    turns: Semaphore,
}

impl LargeBodies {
    /// At most `at_once` large requests run at once.
    pub fn new(at_once: usize) -> Arc<Self> {
        Arc::new(Self {
            turns: Semaphore::new(at_once),
        })
    }
}

/// Whether `request` carries a large body: a POST whose length is over
/// [`LARGE_BODY_BYTES`] or not given (a chunked body may be any length).
fn is_large(request: &Request) -> bool {
    request.method() == Method::POST
        && request
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|length| length.to_str().ok()?.parse::<u64>().ok())
            .is_none_or(|length| length > LARGE_BODY_BYTES)
}

/// Runs `request`, after waiting for a turn when its body is large.
pub async fn take_turns(
    State(large): State<Arc<LargeBodies>>,
    request: Request,
    next: Next,
) -> Response {
    if !is_large(&request) {
        return next.run(request).await;
    }
    // The semaphore is never closed, so the turn always comes.
    let _turn = large.turns.acquire().await;
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(length: Option<u64>) -> Request {
        let mut request = Request::post("/graphql");
        if let Some(length) = length {
            request = request.header(header::CONTENT_LENGTH, length);
        }
        request.body(Body::empty()).expect("a request")
    }

    #[test]
    fn only_long_or_unmeasured_posts_are_large() {
        assert!(!is_large(&post(Some(200))));
        assert!(!is_large(&post(Some(LARGE_BODY_BYTES))));
        assert!(is_large(&post(Some(LARGE_BODY_BYTES + 1))));
        assert!(is_large(&post(None)));
        let get = Request::get("/graphql?query=%7B__typename%7D")
            .body(Body::empty())
            .expect("a request");
        assert!(!is_large(&get));
    }
}
