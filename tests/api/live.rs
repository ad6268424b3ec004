//! `caseStudyChanged` over graphql-transport-ws: each subscriber gets what it
//! may see, as it happens, from any replica.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{Message, client::IntoClientRequest, http::HeaderValue},
};

use crate::helpers::{TestApp, token};

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

const SUBSCRIPTION: &str =
    "subscription { caseStudyChanged { op externalId caseStudy { title visibility } } }";

/// Connects, authenticates with `token` in `connection_init`, and subscribes.
pub async fn subscribe(app: &TestApp, token: Option<&str>) -> Socket {
    let mut request = format!("ws://{}/graphql/ws", app.addr)
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut socket, _) = connect_async(request).await.expect("connects");
    let payload = token.map_or(
        json!({}),
        |t| json!({ "Authorization": format!("Bearer {t}") }),
    );
    socket
        .send(Message::text(
            json!({ "type": "connection_init", "payload": payload }).to_string(),
        ))
        .await
        .expect("init");
    let ack = next_message(&mut socket)
        .await
        .expect("an answer to connection_init");
    assert_eq!(ack["type"], "connection_ack", "{ack}");
    let subscribe = json!({ "id": "1", "type": "subscribe", "payload": { "query": SUBSCRIPTION } });
    socket
        .send(Message::text(subscribe.to_string()))
        .await
        .expect("subscribe");
    // Let the server register the subscription before anything changes.
    tokio::time::sleep(Duration::from_millis(300)).await;
    socket
}

/// The next protocol message, or `None` after 10 seconds of silence.
async fn next_message(socket: &mut Socket) -> Option<Value> {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .ok()??
            .ok()?;
        if let Message::Text(text) = message {
            return serde_json::from_str(&text).ok();
        }
    }
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
    let mut request = format!("ws://{}/graphql/ws", app.addr)
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let (mut socket, _) = connect_async(request).await.expect("connects");
    let init =
        json!({ "type": "connection_init", "payload": { "authorization": "Bearer not-a-token" } });
    socket
        .send(Message::text(init.to_string()))
        .await
        .expect("init");
    let answer = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .expect("an answer");
    match answer {
        Some(Ok(Message::Close(frame))) => {
            assert!(
                frame.is_some_and(|f| f.reason.contains("UNAUTHENTICATED")),
                "closed without saying why"
            )
        }
        other => panic!("expected the connection to be closed, got {other:?}"),
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
