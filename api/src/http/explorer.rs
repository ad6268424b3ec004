//! The Explorer: the web app built from `explorer/` into `explorer/dist`,
//! embedded in the binary and served at `/` and at every deep link under
//! it, so that `cargo run` opens it offline, under a Content-Security-Policy
//! that allows nothing from elsewhere. Building the binary needs no Node:
//! the built files are part of the source tree.

use axum::{
    Router,
    extract::Path,
    http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header},
    response::{IntoResponse, Response},
    routing::get,
};

#[derive(rust_embed::Embed)]
#[folder = "../explorer/dist"]
struct ExplorerDist;

/// Only this server's own scripts, styles and API; no inline script or
/// style at all.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'";

/// Paths that belong to the API, never to the app: an unknown path under
/// one of them is a 404, not the app's page.
const RESERVED: &[&str] = &[
    "/graphql",
    "/graphiql",
    "/healthz",
    "/readyz",
    "/metrics",
    "/dev",
    "/assets",
];

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/", get(page))
        .route("/assets/{*file}", get(asset))
        .fallback(deep_link)
}

async fn page() -> Response {
    match ExplorerDist::get("index.html") {
        Some(file) => crate::http::page::html(file.data.into_owned(), CONTENT_SECURITY_POLICY),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The app's own links (`/case-studies/…`, `/initiatives/…`) load the app,
/// which routes them itself; anything that looks like a file, or belongs
/// to the API, does not. A client that takes no HTML (asking for a case
/// study's JSON-LD, say) is told so rather than handed the page.
async fn deep_link(method: Method, uri: Uri, request: HeaderMap) -> Response {
    let path = uri.path();
    let api = RESERVED
        .iter()
        .any(|prefix| path == *prefix || path.starts_with(&format!("{prefix}/")));
    let file_like = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    if !(method == Method::GET || method == Method::HEAD) || api || file_like {
        StatusCode::NOT_FOUND.into_response()
    } else if !takes_html(&request) {
        StatusCode::NOT_ACCEPTABLE.into_response()
    } else {
        page().await
    }
}

/// Whether a request's `Accept` lets HTML answer it: no header, `text/html`,
/// `text/*` or `*/*`.
fn takes_html(request: &HeaderMap) -> bool {
    let mut accepts = request
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|range| {
            range
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .peekable();
    accepts.peek().is_none()
        || accepts.any(|range| matches!(range.as_str(), "text/html" | "text/*" | "*/*"))
}

/// A built script, stylesheet or image. Their names carry a hash of their
/// content, so browsers keep them for good; a gzip copy made by the build
/// goes to clients that take it.
async fn asset(Path(file): Path<String>, request: HeaderMap) -> Response {
    let name = format!("assets/{file}");
    let Some(plain) = ExplorerDist::get(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let media = plain.metadata.mimetype().to_owned();
    let gzipped = accepts_gzip(&request)
        .then(|| ExplorerDist::get(&format!("{name}.gz")))
        .flatten();
    let mut response = match &gzipped {
        Some(compressed) => compressed.data.clone().into_owned().into_response(),
        None => plain.data.into_owned().into_response(),
    };
    let headers = response.headers_mut();
    if let Ok(media) = HeaderValue::from_str(&media) {
        headers.insert(header::CONTENT_TYPE, media);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if gzipped.is_some() {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}

fn accepts_gzip(request: &HeaderMap) -> bool {
    request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            name.eq_ignore_ascii_case("gzip") && !refused
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(encoding: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(encoding).unwrap_or(HeaderValue::from_static("")),
        );
        headers
    }

    fn accepting(accept: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            HeaderValue::from_str(accept).expect("a header"),
        );
        headers
    }

    #[test]
    fn a_deep_link_answers_with_html_only_where_html_is_taken() {
        assert!(takes_html(&HeaderMap::new()));
        assert!(takes_html(&accepting(
            "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
        )));
        assert!(takes_html(&accepting("*/*")));
        assert!(takes_html(&accepting("TEXT/HTML")));
        assert!(!takes_html(&accepting("application/ld+json")));
        assert!(!takes_html(&accepting(
            "application/json, application/graphql-response+json"
        )));
    }

    #[test]
    fn gzip_goes_to_clients_that_take_it_and_no_others() {
        assert!(accepts_gzip(&with("gzip, deflate, br")));
        assert!(accepts_gzip(&with("br;q=1.0, GZIP;q=0.5")));
        assert!(!accepts_gzip(&with("gzip;q=0")));
        assert!(!accepts_gzip(&with("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
