//! The socket holds no more than its token: it carries subscriptions only,
//! closes with 4403 once its token is revoked or expired or its organisation
//! is deactivated, and bounds the subscriptions and sockets it holds.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, claims, sign_hs, token},
    ws::{Refused, connect, next, subscribe, try_connect},
};

const SUBSCRIPTION: &str = "subscription { caseStudyChanged { op } }";

#[tokio::test]
async fn queries_and_mutations_over_the_socket_are_refused() {
    let app = TestApp::with_demo().await;
    let mut socket = connect(&app, Some(&token("surrey", &["ADMIN"]))).await;
    for (id, query) in [
        ("q", "{ caseStudies(first: 1) { totalCount } }"),
        ("m", r#"mutation { revokeToken(jti: "x") }"#),
    ] {
        subscribe(&mut socket, id, query, json!({})).await;
        let answer = loop {
            let message = next(&mut socket, Duration::from_secs(10))
                .await
                .expect("an answer");
            if message["type"] != "complete" {
                break message;
            }
        };
        assert_eq!(answer["id"], id, "{answer}");
        assert_eq!(answer["payload"]["data"], Value::Null, "{answer}");
        assert_eq!(
            answer["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
            "{answer}"
        );
    }
}

#[tokio::test]
async fn a_socket_closes_with_4403_once_its_token_is_revoked() {
    let app = TestApp::with_demo().await;
    let claims = claims("surrey", &["VIEWER"]);
    let viewer = sign_hs(&claims);
    let mut socket = connect(&app, Some(&viewer)).await;
    subscribe(&mut socket, "1", SUBSCRIPTION, json!({})).await;
    app.gql_as(
        &token("surrey", &["ADMIN"]),
        "mutation($jti: String!) { revokeToken(jti: $jti) }",
        json!({ "jti": claims["jti"] }),
    )
    .await
    .data();
    let started = Instant::now();
    let code = loop {
        match next(&mut socket, Duration::from_secs(10)).await {
            Ok(_) => continue,
            Err(code) => break code,
        }
    };
    assert_eq!(code, Some(4403));
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_socket_closes_with_4403_once_its_token_expires() {
    let app = TestApp::with_demo().await;
    let mut claims = claims("surrey", &["VIEWER"]);
    // Past its expiry but inside the 30 s leeway: accepted for ~3 s more.
    claims["exp"] = json!(chrono::Utc::now().timestamp() - 27);
    let mut socket = connect(&app, Some(&sign_hs(&claims))).await;
    subscribe(&mut socket, "1", SUBSCRIPTION, json!({})).await;
    let code = loop {
        match next(&mut socket, Duration::from_secs(15)).await {
            Ok(_) => continue,
            Err(code) => break code,
        }
    };
    assert_eq!(code, Some(4403));
}

#[tokio::test]
async fn a_socket_holds_a_bounded_number_of_subscriptions() {
    let app = TestApp::with_demo().await;
    let mut socket = connect(&app, Some(&token("surrey", &["VIEWER"]))).await;
    for id in 0..api::http::socket::MAX_SUBSCRIPTIONS {
        subscribe(&mut socket, &id.to_string(), SUBSCRIPTION, json!({})).await;
    }
    subscribe(&mut socket, "one-too-many", SUBSCRIPTION, json!({})).await;
    // The subscriptions already held may deliver events first.
    let answer = loop {
        let message = next(&mut socket, Duration::from_secs(10))
            .await
            .expect("an answer");
        if message["id"] == "one-too-many" {
            break message;
        }
    };
    assert_eq!(
        answer["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
        "{answer}"
    );
}

/// Waits for `check` to hold, for up to 5 s.
async fn eventually(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let started = Instant::now();
    while !check().await {
        assert!(started.elapsed() < Duration::from_secs(5), "never: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_token_holds_at_most_its_share_of_sockets() {
    let app = TestApp::spawn_with(|config| config.sockets_per_token = 2).await;
    api::seed::demo(&app.db).await.expect("demo");
    let viewer = token("surrey", &["VIEWER"]);
    let first = connect(&app, Some(&viewer)).await;
    let _second = connect(&app, Some(&viewer)).await;
    match try_connect(&app, Some(&viewer)).await {
        Err(Refused::Closed(reason)) => {
            assert!(reason.contains("RATE_LIMITED"), "{reason}");
            assert!(reason.contains("open sockets"), "{reason}");
        }
        other => panic!("a third socket of the token: {other:?}"),
    }
    // Another token, and anonymous callers, have their own share.
    let _other = connect(&app, Some(&token("walsall", &["VIEWER"]))).await;
    let _anonymous = connect(&app, None).await;
    drop(first);
    eventually("a closed socket gives its place back", async || {
        try_connect(&app, Some(&viewer)).await.is_ok()
    })
    .await;
}

#[tokio::test]
async fn an_address_holds_at_most_its_share_of_sockets() {
    let app = TestApp::spawn_with(|config| config.sockets_per_address = 2).await;
    let first = connect(&app, None).await;
    let _second = connect(&app, None).await;
    match try_connect(&app, None).await {
        Err(Refused::Status(status)) => assert_eq!(status, 429),
        other => panic!("a third socket of the address: {other:?}"),
    }
    drop(first);
    eventually("a closed socket gives its place back", async || {
        try_connect(&app, None).await.is_ok()
    })
    .await;
}

#[tokio::test]
async fn an_event_resolving_past_the_request_timeout_ends_its_subscription() {
    // No time at all to resolve an event: the first one times out.
    let app = TestApp::spawn_with(|config| config.request_timeout = Duration::ZERO).await;
    api::seed::demo(&app.db).await.expect("demo");
    let writer = app.replica().await;
    let mut socket = connect(&app, Some(&token("surrey", &["VIEWER"]))).await;
    subscribe(&mut socket, "1", SUBSCRIPTION, json!({})).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    writer
        .gql_as(
            &token("surrey", &["EDITOR"]),
            r#"mutation { createCaseStudy(input: { title: "Timed", summary: "S", body: "B",
                 coTypes: [CO_DESIGN], serviceArea: HEALTH, visibility: NETWORK }) { id } }"#,
            json!({}),
        )
        .await
        .data();
    let answer = next(&mut socket, Duration::from_secs(10))
        .await
        .expect("an answer");
    assert_eq!(answer["type"], "next", "{answer}");
    assert_eq!(
        answer["payload"]["errors"][0]["extensions"]["code"], "TIMEOUT",
        "{answer}"
    );
    let end = next(&mut socket, Duration::from_secs(10))
        .await
        .expect("the end");
    assert_eq!(end["type"], "complete", "{end}");
}

#[tokio::test]
async fn a_socket_closes_with_4403_once_its_organisation_is_deactivated() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
    let app = TestApp::with_demo().await;
    let mut socket = connect(&app, Some(&token("surrey", &["VIEWER"]))).await;
    subscribe(&mut socket, "1", SUBSCRIPTION, json!({})).await;
    let surrey = entity::organisation::Entity::find()
        .filter(entity::organisation::Column::Slug.eq("surrey"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("surrey");
    let mut inactive: entity::organisation::ActiveModel = surrey.into();
    inactive.active = Set(false);
    inactive.update(&app.db).await.expect("deactivated");
    // As over HTTP, within the time an organisation lookup is trusted (30 s).
    let started = Instant::now();
    let code = loop {
        match next(&mut socket, Duration::from_secs(40)).await {
            Ok(_) => continue,
            Err(code) => break code,
        }
    };
    assert_eq!(code, Some(4403));
    assert!(started.elapsed() < Duration::from_secs(35));
}

/// A subscription's document is prepared as an HTTP request's is: in
/// trusted mode only a registered one runs, and it runs.
#[tokio::test]
async fn a_socket_runs_registered_documents_only_in_trusted_mode() {
    const UPSERT: &str = "mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { created } }";
    let dir = tempfile::tempdir().expect("dir");
    let manifest = dir.path().join("operations.json");
    let hash = |text: &str| api::graphql::trusted::sha256_hex(text);
    std::fs::write(
        &manifest,
        json!({ hash(SUBSCRIPTION): SUBSCRIPTION, hash(UPSERT): UPSERT }).to_string(),
    )
    .expect("manifest");
    let app = TestApp::spawn_with(|config| config.trusted_documents = Some(manifest)).await;
    api::seed::demo(&app.db).await.expect("demo");
    let mut socket = connect(&app, Some(&token("surrey", &["VIEWER"]))).await;

    subscribe(
        &mut socket,
        "other",
        "subscription { caseStudyChanged { op id } }",
        json!({}),
    )
    .await;
    let refused = next(&mut socket, Duration::from_secs(10))
        .await
        .expect("an answer");
    assert_eq!(refused["id"], "other", "{refused}");
    assert_eq!(
        refused["payload"]["errors"][0]["extensions"]["code"], "PERSISTED_QUERY_NOT_IN_LIST",
        "{refused}"
    );

    subscribe(&mut socket, "registered", SUBSCRIPTION, json!({})).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Published to the network, so that the subscriber (another member) sees it.
    let item = json!({ "externalId": "trusted", "title": "Trusted", "summary": "S", "body": "B",
                       "coTypes": ["CO_DESIGN"], "serviceArea": "HEALTH", "visibility": "NETWORK",
                       "status": "PUBLISHED" });
    app.gql_as(
        &token("governance-international", &["SYNC"]),
        UPSERT,
        json!({ "input": [item] }),
    )
    .await
    .data();
    let answer = loop {
        let message = next(&mut socket, Duration::from_secs(10))
            .await
            .expect("an answer");
        if message["id"] == "registered" {
            break message;
        }
    };
    assert_eq!(answer["type"], "next", "{answer}");
    assert_eq!(
        answer["payload"]["data"]["caseStudyChanged"]["op"], "UPSERT",
        "{answer}"
    );
}
