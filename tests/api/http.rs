//! The HTTP surface: GraphQL over HTTP, GraphiQL, health, readiness, limits.

use reqwest::{StatusCode, header};
use serde_json::{Value, json};

use crate::helpers::TestApp;

#[tokio::test]
async fn get_runs_a_query() {
    let app = TestApp::with_demo().await;
    let response = app
        .client
        .get(app.url("/graphql"))
        .query(&[("query", "{ caseStudies(first: 1) { totalCount } }")])
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.expect("json");
    assert!(
        body["data"]["caseStudies"]["totalCount"]
            .as_i64()
            .expect("count")
            > 0
    );
}

#[tokio::test]
async fn get_never_runs_a_mutation() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/graphql"))
        .query(&[("query", "mutation { __typename }")])
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()[header::ALLOW], "POST");
    let body: Value = response.json().await.expect("json");
    assert!(body.get("data").is_none(), "{body}");
}

#[tokio::test]
async fn a_browser_gets_graphiql() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/graphql"))
        .header(header::ACCEPT, "text/html")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    let csp = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("default-src 'none'"),
        "{csp}"
    );
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
    ] {
        assert_eq!(
            response.headers().get(name).and_then(|v| v.to_str().ok()),
            Some(value)
        );
    }
    let page = response.text().await.expect("body");
    assert!(page.contains("id=\"graphiql\""), "{page}");
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "nothing from elsewhere: {page}"
    );
    assert!(
        !page.contains("<script>"),
        "no inline script under the CSP: {page}"
    );

    // Every script and stylesheet the page names is served from here.
    let assets: Vec<&str> = page
        .split(['"'])
        .filter(|part| part.starts_with("/graphiql/"))
        .collect();
    assert_eq!(assets.len(), 5, "{assets:?}");
    for asset in assets {
        let response = app.client.get(app.url(asset)).send().await.expect("sent");
        assert_eq!(response.status(), StatusCode::OK, "{asset}");
        let media = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(
            media.starts_with("text/javascript") || media.starts_with("text/css"),
            "{asset}: {media}"
        );
        assert!(!response.bytes().await.expect("body").is_empty(), "{asset}");
    }
    let missing = app
        .client
        .get(app.url("/graphiql/3.8.3/nothing.js"))
        .send()
        .await
        .expect("sent");
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn graphql_response_json_is_answered_when_asked_for() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/graphql"))
        .header(header::ACCEPT, "application/graphql-response+json")
        .json(&json!({ "query": "{ __typename }" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/graphql-response+json"
    );

    let response = app
        .client
        .post(app.url("/graphql"))
        .header(header::ACCEPT, "application/graphql-response+json")
        .json(&json!({ "query": "{ nope }" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(
        response.status(),
        StatusCode::BAD_REQUEST,
        "a request that cannot start is a 400"
    );
    let body: Value = response.json().await.expect("json");
    assert!(
        body.get("data").is_none(),
        "a request error carries no data: {body}"
    );
    assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
}

#[tokio::test]
async fn a_body_that_is_not_json_is_refused_with_415() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url("/graphql"))
        .header(header::CONTENT_TYPE, "text/plain")
        .body("{ __typename }")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn a_body_without_a_query_is_a_bad_request() {
    let app = TestApp::spawn().await;
    for body in [r#"{ "qeury": "{ __typename }" }"#, r#"{ "query": " " }"#] {
        let response = app
            .client
            .post(app.url("/graphql"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        let text = response.text().await.expect("body");
        assert!(text.contains("query"), "{text}");
        assert!(!text.contains("\"data\""), "{text}");
    }
}

#[tokio::test]
async fn a_body_above_the_limit_is_refused_with_413() {
    let app = TestApp::spawn().await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let response = app
        .client
        .post(app.url("/graphql"))
        .json(&json!({ "query": format!("{{ __typename }} # {huge}") }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: Value = response.json().await.expect("a GraphQL-shaped error");
    assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
}

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::spawn().await;
    let health = app
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("sent");
    assert_eq!(health.status(), StatusCode::OK);
    let ready = app
        .client
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("sent");
    assert_eq!(ready.status(), StatusCode::OK);
    let body: Value = ready.json().await.expect("json");
    assert_eq!(body["status"], "ready");
}

#[tokio::test]
async fn readiness_reports_503_when_the_database_is_gone() {
    let app = TestApp::spawn().await;
    app.db.clone().close().await.expect("close");
    let ready = app
        .client
        .get(app.url("/readyz"))
        .send()
        .await
        .expect("sent");
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: Value = ready.json().await.expect("json");
    assert!(body["reason"].is_string(), "{body}");
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .expect("sent");
    assert!(!response.headers()["x-request-id"].is_empty());
    let response = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .expect("sent");
    assert_eq!(
        response.headers()["x-request-id"],
        "abc-123",
        "a caller's request id is kept"
    );
}

#[tokio::test]
async fn cors_preflight_allows_browser_portals() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/graphql"))
        .header(header::ORIGIN, "https://portal.example.org")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "content-type,authorization",
        )
        .send()
        .await
        .expect("sent");
    assert!(response.status().is_success());
    assert_eq!(response.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
}

#[tokio::test]
async fn a_too_deep_query_is_refused_as_too_complex() {
    let app = TestApp::spawn().await;
    let mut query = String::from("__typename");
    for _ in 0..20 {
        query = format!("initiative {{ owner {{ name }} {query} }}");
    }
    let response = app
        .gql(
            &format!("{{ caseStudies {{ nodes {{ {query} }} }} }}"),
            json!({}),
        )
        .await;
    assert_eq!(response.error_code(), "QUERY_TOO_COMPLEX");
}

#[tokio::test]
async fn a_malformed_argument_is_bad_user_input_with_a_message_that_says_why() {
    let app = TestApp::spawn().await;
    let response = app
        .gql(
            "query($d: DateTime) { caseStudies(filter: { updatedSince: $d }) { totalCount } }",
            json!({ "d": "yesterday" }),
        )
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert!(
        response.error_message().contains("DateTime"),
        "{}",
        response.error_message()
    );
    let response = app
        .gql(
            r#"{ caseStudies(filter: { updatedSince: "yesterday" }) { totalCount } }"#,
            json!({}),
        )
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
}

#[tokio::test]
async fn a_token_past_its_rate_limit_is_told_when_to_come_back_and_others_are_not_affected() {
    let app = TestApp::spawn_with(|config| {
        config.rate_limit_per_minute = std::num::NonZeroU32::new(6).expect("non-zero");
        config.rate_limit_burst = std::num::NonZeroU32::new(3).expect("non-zero");
    })
    .await;
    api::seed::demo(&app.db).await.expect("demo");
    let busy = crate::helpers::token("walsall", &["VIEWER"]);
    for _ in 0..3 {
        let (status, _) = app.post(Some(&busy), "{ __typename }", json!({})).await;
        assert_eq!(status, StatusCode::OK);
    }
    let response = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(&busy)
        .json(&json!({ "query": "{ __typename }" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = response.headers()[header::RETRY_AFTER]
        .to_str()
        .expect("text")
        .parse()
        .expect("seconds");
    assert!((1..=10).contains(&retry_after), "{retry_after}");
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["errors"][0]["extensions"]["code"], "RATE_LIMITED");

    let other = crate::helpers::token("surrey", &["VIEWER"]);
    let (status, _) = app.post(Some(&other), "{ __typename }", json!({})).await;
    assert_eq!(status, StatusCode::OK, "another token has its own bucket");
}

#[tokio::test]
async fn a_repeated_document_answers_bad_input_as_the_first_time() {
    let app = TestApp::spawn().await;
    // An invalid document never passes, so it is checked every time.
    let unknown = "{ caseStudies(first: 1) { nodes { nosuchfield } } }";
    let first = app.gql(unknown, json!({})).await;
    let again = app.gql(unknown, json!({})).await;
    assert!(first.error_message().contains("nosuchfield"), "{}", first.0);
    assert_eq!(again.0, first.0);

    // A document with variables passes, then gets a value of the wrong
    // type: answered as a wrong value sent the first time is.
    let query = "query Page($first: Int) { caseStudies(first: $first) { totalCount } }";
    let fresh = "query Page($first: Int) { caseStudies(first: $first) { totalCount } } ";
    let reference = app.gql(fresh, json!({ "first": "one" })).await;
    assert!(reference.0["data"].is_null(), "{}", reference.0);
    for _ in 0..2 {
        app.gql(query, json!({ "first": 1 })).await.data();
    }
    let wrong = app.gql(query, json!({ "first": "one" })).await;
    assert_eq!(wrong.0, reference.0);

    // Once a document passed, plainly valid values skip the rules; any
    // other value still meets them.
    let cases = [
        (
            "query After($after: String) { caseStudies(first: 1, after: $after) { totalCount } }",
            json!({}),
            json!({ "after": 5 }),
        ),
        (
            "query Ids($id: ID!) { node(id: $id) { id } }",
            json!({ "id": "Q2FzZVN0dWR5Ojk5OTk5" }),
            json!({ "id": ["Q2FzZVN0dWR5Ojk5OTk5"] }),
        ),
        // A nullable variable with a default may stand for a required
        // argument: a null sent for it is refused.
        (
            "query Defaulted($id: ID = \"Q2FzZVN0dWR5Ojk5OTk5\") { node(id: $id) { id } }",
            json!({ "id": "Q2FzZVN0dWR5Ojk5OTk5" }),
            json!({ "id": null }),
        ),
    ];
    for (query, right, wrong) in cases {
        let reference = app.gql(&format!("{query} "), wrong.clone()).await;
        assert!(reference.0["data"].is_null(), "{}", reference.0);
        assert!(reference.0["errors"][0]["message"].is_string());
        for _ in 0..2 {
            app.gql(query, right.clone()).await.data();
        }
        let answer = app.gql(query, wrong).await;
        assert_eq!(answer.0, reference.0, "{query}");
    }
}
