//! `caseStudyChanged` over graphql-transport-ws: each subscriber gets what it
//! may see, as it happens, from any replica.

use std::time::Duration;

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, token},
    ws::{self, Socket},
};

const SUBSCRIPTION: &str =
    "subscription { caseStudyChanged { op externalId caseStudy { title visibility } } }";

/// Connects, authenticates with `token` in `connection_init`, and subscribes.
pub async fn subscribe(app: &TestApp, token: Option<&str>) -> Socket {
    let mut socket = ws::connect(app, token).await;
    ws::subscribe(&mut socket, "1", SUBSCRIPTION, json!({})).await;
    // Let the server register the subscription before anything changes.
    tokio::time::sleep(Duration::from_millis(300)).await;
    socket
}

/// The next protocol message, or `None` after 10 seconds of silence.
async fn next_message(socket: &mut Socket) -> Option<Value> {
    ws::next(socket, Duration::from_secs(10)).await.ok()
}

async fn next_change(socket: &mut Socket) -> Value {
    let message = next_message(socket)
        .await
        .expect("a change within 10 seconds");
    assert_eq!(message["type"], "next", "{message}");
    message["payload"]["data"]["caseStudyChanged"].clone()
}

/// Reads changes until the one of `external_id`; no private record may come first.
async fn change_of(socket: &mut Socket, external_id: &str) -> Value {
    loop {
        let change = next_change(socket).await;
        assert_ne!(
            change["externalId"], "hidden",
            "a private change reached another council: {change}"
        );
        if change["externalId"] == external_id {
            return change;
        }
    }
}

const UPSERT: &str = r#"
mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { created updated } }"#;

fn item(key: &str, visibility: &str) -> Value {
    json!({ "externalId": key, "title": format!("Live {key}"), "summary": "S", "body": "B", "coTypes": ["CO_DESIGN"],
            "serviceArea": "HEALTH", "visibility": visibility, "status": "PUBLISHED" })
}

#[tokio::test]
async fn a_subscriber_receives_the_changes_it_may_see_as_they_happen() {
    let app = TestApp::with_demo().await;
    let partner = token("governance-international", &["SYNC"]);
    let mut surrey = subscribe(&app, Some(&token("surrey", &["VIEWER"]))).await;

    // A private change must not reach Surrey; the network one after it must.
    app.gql_as(
        &partner,
        UPSERT,
        json!({ "input": [item("hidden", "PRIVATE")] }),
    )
    .await
    .data();
    app.gql_as(
        &partner,
        UPSERT,
        json!({ "input": [item("shared", "NETWORK")] }),
    )
    .await
    .data();

    let change = change_of(&mut surrey, "shared").await;
    assert_eq!(change["op"], "UPSERT");
    assert_eq!(change["caseStudy"]["title"], "Live shared");
}

#[tokio::test]
async fn a_bad_token_in_connection_init_is_refused() {
    let app = TestApp::spawn().await;
    match ws::try_connect(&app, Some("not-a-token")).await {
        Err(ws::Refused::Closed(reason)) => assert!(
            reason.contains("UNAUTHENTICATED"),
            "closed without saying why: {reason:?}"
        ),
        Err(other) => panic!("refused otherwise: {other:?}"),
        Ok(_) => panic!("a bad token opened a socket"),
    }
}

#[tokio::test]
async fn a_change_made_through_one_replica_reaches_a_subscriber_of_another() {
    let first = TestApp::with_demo().await;
    let second = first.replica().await;
    let mut subscriber = subscribe(&second, Some(&token("surrey", &["VIEWER"]))).await;

    let partner = token("governance-international", &["SYNC"]);
    first
        .gql_as(
            &partner,
            UPSERT,
            json!({ "input": [item("across", "NETWORK")] }),
        )
        .await
        .data();

    let change = change_of(&mut subscriber, "across").await;
    assert_eq!(change["op"], "UPSERT");
}

#[tokio::test]
async fn each_event_shows_the_record_as_it_is_then() {
    // A subscription's loaders live as long as it does: what one event
    // read must not answer for the next, after the record changed.
    let app = TestApp::with_demo().await;
    let partner = token("governance-international", &["SYNC"]);
    let mut socket = ws::connect(&app, Some(&token("surrey", &["VIEWER"]))).await;
    ws::subscribe(
        &mut socket,
        "1",
        "subscription { caseStudyChanged { externalId caseStudy { tags coTypes owner { name } } } }",
        json!({}),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    let tagged = |tags: Value, co_types: Value| {
        let mut item = item("retagged", "NETWORK");
        item["tags"] = tags;
        item["coTypes"] = co_types;
        json!({ "input": [item] })
    };
    app.gql_as(
        &partner,
        UPSERT,
        tagged(json!(["first"]), json!(["CO_DESIGN"])),
    )
    .await
    .data();
    let first = change_of(&mut socket, "retagged").await;
    assert_eq!(first["caseStudy"]["tags"], json!(["first"]));

    app.gql_as(
        &partner,
        UPSERT,
        tagged(json!(["second"]), json!(["CO_DELIVERY"])),
    )
    .await
    .data();
    let second = change_of(&mut socket, "retagged").await;
    assert_eq!(second["caseStudy"]["tags"], json!(["second"]), "{second}");
    assert_eq!(second["caseStudy"]["coTypes"], json!(["CO_DELIVERY"]));
}
