//! A graphql-transport-ws client for the tests: connect, authenticate in
//! `connection_init`, subscribe, read.

use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream, connect_async,
    tungstenite::{self, Message, client::IntoClientRequest, http::HeaderValue},
};

use crate::helpers::TestApp;

pub type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// Why a socket was not opened.
#[derive(Debug)]
pub enum Refused {
    /// The upgrade was answered with this HTTP status.
    Status(u16),
    /// `connection_init` was answered by closing, for this reason.
    Closed(String),
}

/// Opens a socket to `app` and sends `connection_init` with `token`.
pub async fn try_connect(app: &TestApp, token: Option<&str>) -> Result<Socket, Refused> {
    let mut request = format!("ws://{}/graphql/ws", app.addr)
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        HeaderValue::from_static("graphql-transport-ws"),
    );
    let mut socket = match connect_async(request).await {
        Ok((socket, _)) => socket,
        Err(tungstenite::Error::Http(response)) => {
            return Err(Refused::Status(response.status().as_u16()));
        }
        Err(other) => panic!("cannot connect: {other}"),
    };
    let payload = token.map_or(
        json!({}),
        |t| json!({ "Authorization": format!("Bearer {t}") }),
    );
    send(
        &mut socket,
        json!({ "type": "connection_init", "payload": payload }),
    )
    .await;
    loop {
        match tokio::time::timeout(Duration::from_secs(10), socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) => {
                let ack: Value = serde_json::from_str(&text).expect("JSON");
                assert_eq!(ack["type"], "connection_ack", "{ack}");
                return Ok(socket);
            }
            Ok(Some(Ok(Message::Close(frame)))) => {
                return Err(Refused::Closed(
                    frame.map(|f| f.reason.to_string()).unwrap_or_default(),
                ));
            }
            Ok(Some(Ok(_))) => continue,
            other => panic!("no answer to connection_init: {other:?}"),
        }
    }
}

/// [`try_connect`], which must succeed.
pub async fn connect(app: &TestApp, token: Option<&str>) -> Socket {
    try_connect(app, token)
        .await
        .unwrap_or_else(|refused| panic!("socket refused: {refused:?}"))
}

pub async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::text(message.to_string()))
        .await
        .expect("sent");
}

/// Starts the operation `query` as `id`.
pub async fn subscribe(socket: &mut Socket, id: &str, query: &str, variables: Value) {
    send(
        socket,
        json!({ "id": id, "type": "subscribe", "payload": { "query": query, "variables": variables } }),
    )
    .await;
}

/// The next text message, or the close frame's code, within `wait`.
pub async fn next(socket: &mut Socket, wait: Duration) -> Result<Value, Option<u16>> {
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
