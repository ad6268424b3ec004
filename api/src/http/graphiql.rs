//! GraphiQL, served whole from this server (its scripts are embedded), so
//! that it works on council intranets and offline laptops, under a
//! Content-Security-Policy that allows nothing from elsewhere.

use axum::{
    Router,
    extract::Path,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

/// Where the assets are served; the version in the path lets browsers
/// cache them for good.
const ASSETS: &str = "/graphiql/3.8.3";

struct Asset {
    name: &'static str,
    media: &'static str,
    /// Gzip-compressed at rest and on the wire.
    gzip: bool,
    bytes: &'static [u8],
}

const FILES: &[Asset] = &[
    Asset {
        name: "graphiql.min.js",
        media: "text/javascript; charset=utf-8",
        gzip: true,
        bytes: include_bytes!("../../assets/graphiql/graphiql.min.js.gz"),
    },
    Asset {
        name: "graphiql.min.css",
        media: "text/css; charset=utf-8",
        gzip: true,
        bytes: include_bytes!("../../assets/graphiql/graphiql.min.css.gz"),
    },
    Asset {
        name: "react.production.min.js",
        media: "text/javascript; charset=utf-8",
        gzip: true,
        bytes: include_bytes!("../../assets/graphiql/react.production.min.js.gz"),
    },
    Asset {
        name: "react-dom.production.min.js",
        media: "text/javascript; charset=utf-8",
        gzip: true,
        bytes: include_bytes!("../../assets/graphiql/react-dom.production.min.js.gz"),
    },
    Asset {
        name: "init.js",
        media: "text/javascript; charset=utf-8",
        gzip: false,
        bytes: include_bytes!("../../assets/graphiql/init.js"),
    },
];

/// Only this server's own scripts and styles; GraphiQL's stylesheet sets
/// inline styles and data-URI fonts and images.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
     connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn page() -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Costar GraphiQL</title>
<link rel="stylesheet" href="{ASSETS}/graphiql.min.css">
</head>
<body style="margin: 0; height: 100vh;">
<div id="graphiql" style="height: 100vh;"></div>
<script src="{ASSETS}/react.production.min.js"></script>
<script src="{ASSETS}/react-dom.production.min.js"></script>
<script src="{ASSETS}/graphiql.min.js"></script>
<script src="{ASSETS}/init.js"></script>
</body>
</html>
"#
    )
}

/// The GraphiQL page, with the headers every HTML page carries.
pub fn html() -> Response {
    crate::http::page::html(page(), CONTENT_SECURITY_POLICY)
}

async fn asset(Path(name): Path<String>) -> Response {
    let Some(file) = FILES.iter().find(|f| f.name == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = file.bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(file.media));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if file.gzip {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route(&format!("{ASSETS}/{{name}}"), get(asset))
}
