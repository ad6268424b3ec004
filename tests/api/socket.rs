//! The socket holds no more than its token: it carries subscriptions only,
//! closes with 4403 once its token is revoked or expired, and bounds the
//! subscriptions one socket holds.

use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{Message, client::IntoClientRequest, http::HeaderValue},
};

use crate::helpers::{TestApp, claims, sign_hs, token};

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

const SUBSCRIPTION: &str = "subscription { caseStudyChanged { op } }";

async fn connect(app: &TestApp, token: Option<&str>) -> Socket {
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
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": payload }),
    )
    .await;
    match socket.next().await {
        Some(Ok(Message::Text(text))) => {
            let ack: Value = serde_json::from_str(&text).expect("JSON");
            assert_eq!(ack["type"], "connection_ack", "{ack}");
        }
        other => panic!("no ack: {other:?}"),
    }
    socket
}

async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::text(message.to_string()))
        .await
        .expect("sent");
}

async fn subscribe(socket: &mut Socket, id: &str, query: &str) {
    send(
        socket,
        json!({ "id": id, "type": "subscribe", "payload": { "query": query } }),
    )
    .await;
}

/// The next text message, or the close frame's code, within `wait`.
async fn next(socket: &mut Socket, wait: Duration) -> Result<Value, Option<u16>> {
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, socket.next()).await {
            Err(_) => panic!("nothing within {wait:?}"),
            Ok(Some(Ok(Message::Text(text)))) => {
                return Ok(serde_json::from_str(&text).expect("JSON"));
            }
            Ok(Some(Ok(Message::Close(frame)))) => return Err(frame.map(|f| f.code.into())),
            Ok(Some(Ok(_))) => continue,
            Ok(_) => return Err(None),
        }
    }
}

#[tokio::test]
async fn queries_and_mutations_over_the_socket_are_refused() {
    let app = TestApp::with_demo().await;
    let mut socket = connect(&app, Some(&token("surrey", &["ADMIN"]))).await;
    for (id, query) in [
        ("q", "{ caseStudies(first: 1) { totalCount } }"),
        ("m", r#"mutation { revokeToken(jti: "x") }"#),
    ] {
        subscribe(&mut socket, id, query).await;
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
    subscribe(&mut socket, "1", SUBSCRIPTION).await;
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
    subscribe(&mut socket, "1", SUBSCRIPTION).await;
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
    for id in 0..api::socket::MAX_SUBSCRIPTIONS {
        subscribe(&mut socket, &id.to_string(), SUBSCRIPTION).await;
    }
    subscribe(&mut socket, "one-too-many", SUBSCRIPTION).await;
    let answer = next(&mut socket, Duration::from_secs(10))
        .await
        .expect("an answer");
    assert_eq!(answer["id"], "one-too-many", "{answer}");
    assert_eq!(
        answer["payload"]["errors"][0]["extensions"]["code"], "BAD_USER_INPUT",
        "{answer}"
    );
}
