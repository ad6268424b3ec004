//! The Explorer as the server serves it: at `/` and at its deep links,
//! from assets embedded in the binary, under a policy that allows nothing
//! from elsewhere; the API's own paths stay the API's.

use reqwest::{StatusCode, header};

use crate::helpers::TestApp;

async fn get(app: &TestApp, path: &str, accept_encoding: Option<&str>) -> reqwest::Response {
    let mut request = app
        .client
        .get(app.url(path))
        .header(header::ACCEPT, "text/html");
    if let Some(encoding) = accept_encoding {
        request = request.header(header::ACCEPT_ENCODING, encoding);
    }
    request.send().await.expect("sent")
}

fn header_of(response: &reqwest::Response, name: header::HeaderName) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The paths of the scripts and stylesheets a page names.
fn assets_of(page: &str) -> Vec<String> {
    page.split('"')
        .filter(|part| part.starts_with("/assets/"))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_explorer_opens_at_the_root_under_its_policy_with_every_asset_from_here() {
    let app = TestApp::spawn().await;
    let response = get(&app, "/", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header_of(&response, header::CONTENT_TYPE).starts_with("text/html"));
    let csp = header_of(&response, header::CONTENT_SECURITY_POLICY);
    for directive in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{directive} in {csp}");
    }
    assert!(!csp.contains("unsafe"), "nothing inline is allowed: {csp}");
    assert_eq!(header_of(&response, header::X_FRAME_OPTIONS), "DENY");
    assert_eq!(header_of(&response, header::CACHE_CONTROL), "no-cache");
    let page = response.text().await.expect("body");
    assert!(page.contains("<html lang=\"en\""), "{page}");
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "nothing from elsewhere: {page}"
    );
    assert!(
        page.match_indices("<script").all(|(at, _)| page[at..]
            .split('>')
            .next()
            .is_some_and(|tag| tag.contains("src="))),
        "no inline script: {page}"
    );

    let assets = assets_of(&page);
    assert!(
        assets.iter().any(|a| a.ends_with(".js")),
        "a script: {assets:?}"
    );
    assert!(
        assets.iter().any(|a| a.ends_with(".css")),
        "a stylesheet: {assets:?}"
    );
    for asset in &assets {
        let plain = get(&app, asset, None).await;
        assert_eq!(plain.status(), StatusCode::OK, "{asset}");
        let media = header_of(&plain, header::CONTENT_TYPE);
        let expected = match asset.rsplit('.').next() {
            Some("js") => "text/javascript",
            Some("css") => "text/css",
            Some("svg") => "image/svg+xml",
            other => panic!("an asset of an unexpected kind: {other:?}"),
        };
        assert!(media.starts_with(expected), "{asset}: {media}");
        assert!(
            header_of(&plain, header::CACHE_CONTROL).contains("immutable"),
            "{asset}"
        );
        assert_eq!(header_of(&plain, header::CONTENT_ENCODING), "", "{asset}");
        let plain = plain.bytes().await.expect("body");
        assert!(!plain.is_empty(), "{asset}");

        // A browser that takes gzip gets the build's compressed copy, smaller.
        let zipped = get(&app, asset, Some("gzip, deflate, br")).await;
        assert_eq!(zipped.status(), StatusCode::OK, "{asset}");
        assert_eq!(
            header_of(&zipped, header::CONTENT_ENCODING),
            "gzip",
            "{asset}"
        );
        assert_eq!(
            header_of(&zipped, header::VARY),
            "accept-encoding",
            "{asset}"
        );
        let zipped = zipped.bytes().await.expect("body");
        assert_eq!(&zipped[..2], &[0x1f, 0x8b], "{asset} is gzip");
        assert!(
            zipped.len() < plain.len(),
            "{asset}: {} ≥ {}",
            zipped.len(),
            plain.len()
        );
    }
}

#[tokio::test]
async fn a_deep_link_opens_the_explorer_and_the_apis_paths_stay_the_apis() {
    let app = TestApp::spawn().await;
    let root = get(&app, "/", None).await.text().await.expect("body");
    for link in [
        "/case-studies/Q2FzZVN0dWR5OjE",
        "/initiatives/SW5pdGlhdGl2ZToz",
        "/sign-in",
        "/case-studies/new",
        "/?co=CO_DESIGN&q=health",
    ] {
        let response = get(&app, link, None).await;
        assert_eq!(response.status(), StatusCode::OK, "{link}");
        assert_eq!(response.text().await.expect("body"), root, "{link}");
    }
    for not_the_app in [
        "/graphql/nothing",
        "/healthz/deeper",
        "/dev/nothing",
        "/assets/nothing.js",
        "/graphiql",
        "/favicon.ico",
        "/case-studies/x/report.pdf",
    ] {
        let response = get(&app, not_the_app, None).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{not_the_app}");
    }
    let posted = app
        .client
        .post(app.url("/case-studies/new"))
        .send()
        .await
        .expect("sent");
    assert_eq!(posted.status(), StatusCode::NOT_FOUND);
    // GraphiQL keeps /graphql for browsers.
    let graphiql = get(&app, "/graphql", None)
        .await
        .text()
        .await
        .expect("body");
    assert!(graphiql.contains("id=\"graphiql\""));
}

#[tokio::test]
async fn a_client_that_takes_no_html_is_not_handed_the_page() {
    let app = TestApp::spawn().await;
    for accept in ["application/ld+json", "application/json"] {
        let response = app
            .client
            .get(app.url("/case-studies/Q2FzZVN0dWR5OjE"))
            .header(header::ACCEPT, accept)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::NOT_ACCEPTABLE, "{accept}");
    }
    let anything = app
        .client
        .get(app.url("/case-studies/Q2FzZVN0dWR5OjE"))
        .header(header::ACCEPT, "*/*")
        .send()
        .await
        .expect("sent");
    assert_eq!(anything.status(), StatusCode::OK);
}

/// The app's preview server (`vite preview`) sends the policy the server
/// does, so that what passes there passes here.
#[tokio::test]
async fn the_preview_server_sends_the_servers_policy() {
    let app = TestApp::spawn().await;
    let served = header_of(&get(&app, "/", None).await, header::CONTENT_SECURITY_POLICY);
    let config = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("explorer/vite.config.ts"),
    )
    .expect("explorer/vite.config.ts");
    assert!(
        config.contains(&format!("\"{served}\"")),
        "vite.config.ts does not hold the served policy {served:?}"
    );
}

#[tokio::test]
async fn an_api_only_server_serves_no_explorer() {
    let app = TestApp::spawn_with(|config| config.explorer = false).await;
    assert_eq!(get(&app, "/", None).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        get(&app, "/case-studies/new", None).await.status(),
        StatusCode::NOT_FOUND
    );
    let graphiql = get(&app, "/graphql", None).await;
    assert_eq!(graphiql.status(), StatusCode::OK);
}
