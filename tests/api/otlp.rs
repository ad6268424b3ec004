//! Trace export over OTLP/HTTP, in a build with `--features otlp`: the real
//! binary sends its request spans to the collector the standard
//! `OTEL_EXPORTER_OTLP_ENDPOINT` names.

use std::sync::{Arc, Mutex};

use axum::{Router, body::Bytes, routing::post};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn request_spans_are_exported_when_an_otlp_endpoint_is_set() {
    let received: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
    let collector = Router::new().route(
        "/v1/traces",
        post({
            let received = received.clone();
            move |body: Bytes| {
                let received = received.clone();
                async move {
                    received.lock().expect("lock").push(body.to_vec());
                    StatusCode::OK
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let collector_addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, collector).await });

    let (database_url, _guard) = crate::helpers::fresh_database().await;
    let endpoint = format!("http://{collector_addr}");
    let (mut server, base) = crate::helpers::start_binary(
        &database_url,
        &[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.as_str()),
            ("OTEL_SERVICE_NAME", "costar-otlp-test"),
            ("RUST_LOG", "info"),
        ],
    )
    .await;
    let client = reqwest::Client::new();
    let response = client
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": "query OtlpProbe { organisations(first: 1) { totalCount } }" }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);

    // Stopping flushes the batch.
    let status = crate::helpers::stop_binary(&mut server).await;
    assert!(status.success(), "{status}");

    let bodies = received.lock().expect("lock").clone();
    assert!(!bodies.is_empty(), "no trace reached the collector");
    let all: Vec<u8> = bodies.concat();
    let contains = |needle: &[u8]| all.windows(needle.len()).any(|w| w == needle);
    assert!(
        contains(b"costar-otlp-test"),
        "the service name is exported"
    );
    assert!(contains(b"http_request"), "the request span is exported");
    assert!(contains(b"OtlpProbe"), "with its operation name");
}
