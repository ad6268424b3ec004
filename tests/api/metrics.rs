//! `/metrics`: the families an operator scrapes, fed by real requests.

use serde_json::json;

use crate::{
    helpers::{TestApp, token},
    live::subscribe,
};

async fn scrape(app: &TestApp) -> String {
    let response = reqwest::get(app.url("/metrics")).await.expect("metrics");
    assert!(
        response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/openmetrics-text")),
        "{:?}",
        response.headers()
    );
    response.text().await.expect("body")
}

/// The value of the sample `name` (with its labels), if present.
fn sample(text: &str, name: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn metrics_expose_requests_latency_errors_pool_batches_and_subscriptions() {
    let app = TestApp::with_demo().await;
    for _ in 0..3 {
        app.gql(
            "query MetricsProbe { caseStudies(first: 5) { nodes { title owner { name } } } }",
            json!({}),
        )
        .await
        .data();
    }
    app.gql("{ caseStudies(first: 1000) { totalCount } }", json!({}))
        .await;
    // Initiatives' owners come through the organisation loader.
    app.gql(
        "{ initiatives(first: 5) { nodes { owner { name } } } }",
        json!({}),
    )
    .await
    .data();
    let _socket = subscribe(&app, Some(&token("surrey", &["VIEWER"]))).await;

    let text = scrape(&app).await;
    assert_eq!(
        sample(
            &text,
            r#"costar_graphql_requests_total{operation="MetricsProbe"}"#
        ),
        Some(3.0),
        "{text}"
    );
    assert_eq!(
        sample(
            &text,
            r#"costar_graphql_request_duration_seconds_count{operation="MetricsProbe"}"#
        ),
        Some(3.0)
    );
    assert!(
        text.lines().any(|line| line
            .starts_with("costar_graphql_request_duration_seconds_bucket{")
            && line.contains(r#"operation="MetricsProbe""#)
            && line.contains(r#"le="+Inf""#)
            && line.ends_with(" 3")),
        "{text}"
    );
    assert!(
        sample(
            &text,
            r#"costar_graphql_errors_total{code="BAD_USER_INPUT"}"#
        )
        .is_some_and(|n| n >= 1.0),
        "{text}"
    );
    for state in ["in_use", "idle", "max", "waiting"] {
        assert!(
            sample(
                &text,
                &format!(r#"costar_db_pool_connections{{state="{state}"}}"#)
            )
            .is_some(),
            "{state}: {text}"
        );
    }
    assert!(
        sample(
            &text,
            r#"costar_dataloader_batch_size_count{loader="organisation"}"#
        )
        .is_some_and(|n| n >= 1.0),
        "{text}"
    );
    assert!(
        sample(&text, "costar_subscriptions_open").is_some_and(|n| n >= 1.0),
        "{text}"
    );
    assert!(
        sample(&text, "costar_websockets_open").is_some_and(|n| n >= 1.0),
        "{text}"
    );
    assert!(sample(&text, "costar_db_statements_total").is_some());
    assert!(text.ends_with("# EOF\n"));
}
