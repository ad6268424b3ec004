//! Failure behaviour against a private Postgres cluster the test stops and
//! starts itself: the server outlives its database.

use std::time::{Duration, Instant};

use api::Application;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    cluster::Cluster,
    helpers::{postgres_server, test_config},
};

/// These tests run in the Postgres half of the suite.
fn postgres_half() -> bool {
    let on = postgres_server().is_some();
    if !on {
        eprintln!("failure tests run with COSTAR_TEST_POSTGRES (the Postgres half of the suite)");
    }
    on
}

async fn post(client: &reqwest::Client, url: &str, query: &str) -> (StatusCode, Value) {
    let response = client
        .post(url)
        .json(&json!({ "query": query }))
        .send()
        .await
        .expect("sent");
    let status = response.status();
    (status, response.json().await.expect("json"))
}

#[tokio::test]
async fn the_server_starts_while_the_database_is_down_and_recovers_when_it_comes_up() {
    if !postgres_half() {
        return;
    }
    let cluster = Cluster::init();
    let app = Application::build(test_config(cluster.url("postgres")))
        .await
        .expect("the server starts while its database is down");
    let base = format!("http://{}", app.local_addr());
    tokio::spawn(app.run_until(std::future::pending()));
    let client = reqwest::Client::new();

    let ready = client
        .get(format!("{base}/readyz"))
        .send()
        .await
        .expect("readyz");
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    let (status, body) = post(
        &client,
        &format!("{base}/graphql"),
        "{ organisations { totalCount } }",
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"],
        "SERVICE_UNAVAILABLE"
    );
    assert!(body.get("data").is_none(), "{body}");

    cluster.start();
    let started = Instant::now();
    loop {
        let ready = client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .expect("readyz");
        if ready.status() == StatusCode::OK {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "still not ready 20 s after the database came up"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (status, body) = post(
        &client,
        &format!("{base}/graphql"),
        "{ organisations { totalCount } }",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["data"]["organisations"]["totalCount"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_restart_under_write_load_loses_no_acknowledged_write() {
    use std::sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    };

    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

    if !postgres_half() {
        return;
    }
    let cluster = Cluster::init();
    cluster.start();
    let app = Application::build(test_config(cluster.url("postgres")))
        .await
        .expect("builds");
    api::seed::demo(app.db()).await.expect("demo");
    let url = format!("http://{}/graphql", app.local_addr());
    tokio::spawn(app.run_until(std::future::pending()));
    let editor = crate::helpers::token("walsall", &["EDITOR"]);

    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(Mutex::new(Vec::<(i64, Instant)>::new()));
    let refusals = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut writers = Vec::new();
    for writer in 0..4 {
        let (stop, acknowledged, refusals) = (stop.clone(), acknowledged.clone(), refusals.clone());
        let (url, editor) = (url.clone(), editor.clone());
        writers.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let body = json!({
                    "query": "mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }",
                    "variables": { "input": { "title": format!("load {writer}-{n}"), "summary": "s", "coTypes": ["CO_DESIGN"],
                                               "starStep": "MAP_IT", "serviceArea": "HOUSING", "visibility": "PRIVATE" } }
                });
                let Ok(response) = client.post(&url).bearer_auth(&editor).json(&body).send().await else {
                    continue;
                };
                let value: Value = response.json().await.unwrap_or_default();
                match value["data"]["createInitiative"]["id"].as_str() {
                    Some(id) => {
                        let id = crate::helpers::decode_global_id(id);
                        acknowledged.lock().expect("lock").push((id, Instant::now()));
                    }
                    None => refusals.lock().expect("lock").push(
                        value["errors"][0]["extensions"]["code"]
                            .as_str()
                            .unwrap_or("none")
                            .to_owned(),
                    ),
                }
            }
        }));
    }

    tokio::time::sleep(Duration::from_secs(1)).await;
    tokio::task::block_in_place(|| cluster.stop_immediately());
    tokio::time::sleep(Duration::from_secs(1)).await;
    tokio::task::block_in_place(|| cluster.start());
    let restarted = Instant::now();
    tokio::time::sleep(Duration::from_secs(6)).await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.expect("writer");
    }

    let acknowledged = acknowledged.lock().expect("lock").clone();
    let recovered = acknowledged
        .iter()
        .filter(|(_, at)| *at > restarted)
        .map(|(_, at)| at.duration_since(restarted))
        .min()
        .expect("writes succeed again after the restart");
    assert!(
        recovered <= Duration::from_secs(5),
        "the first write after the restart came {recovered:?} later"
    );
    let refusals = refusals.lock().expect("lock").clone();
    assert!(
        refusals.iter().all(|code| code == "SERVICE_UNAVAILABLE"),
        "writes refused during the outage say SERVICE_UNAVAILABLE: {refusals:?}"
    );

    let db = sea_orm::Database::connect(cluster.url("postgres"))
        .await
        .expect("connect");
    let ids: Vec<i64> = acknowledged.iter().map(|(id, _)| *id).collect();
    let stored = entity::initiative::Entity::find()
        .filter(entity::initiative::Column::Id.is_in(ids.clone()))
        .count(&db)
        .await
        .expect("count");
    println!(
        "acknowledged {} writes, {} refused during the outage, first write {recovered:?} after the restart",
        ids.len(),
        refusals.len()
    );
    assert_eq!(stored, ids.len() as u64, "an acknowledged write was lost");
}

#[tokio::test]
async fn sigterm_drains_in_flight_requests_closes_subscriptions_and_exits_0() {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::{
        connect_async,
        tungstenite::{Message, client::IntoClientRequest, protocol::frame::coding::CloseCode},
    };

    let (database_url, _guard) = crate::helpers::fresh_database().await;
    let (mut server, base) = crate::helpers::start_binary(&database_url, &[]).await;
    let client = reqwest::Client::new();
    let ws = base.replacen("http://", "ws://", 1);

    // A subscriber, acknowledged and subscribed.
    let mut request = format!("{ws}/graphql/ws")
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().expect("header"),
    );
    let (mut socket, _) = connect_async(request).await.expect("connects");
    socket
        .send(Message::text(
            json!({ "type": "connection_init" }).to_string(),
        ))
        .await
        .expect("init");
    let ack = socket.next().await.expect("ack").expect("ack");
    assert!(ack.to_string().contains("connection_ack"), "{ack}");
    let subscribe = json!({ "id": "1", "type": "subscribe",
        "payload": { "query": "subscription { caseStudyChanged { op id } }" } });
    socket
        .send(Message::text(subscribe.to_string()))
        .await
        .expect("subscribe");

    // A request still arriving when the signal comes: half its body now.
    let (body_tx, body_rx) = tokio::sync::mpsc::channel::<Vec<u8>>(2);
    let body_rx = futures_util::stream::unfold(body_rx, |mut rx| async move {
        rx.recv()
            .await
            .map(|chunk| (Ok::<_, std::io::Error>(chunk), rx))
    });
    let payload = json!({ "query": "{ organisations(first: 1) { totalCount } }" }).to_string();
    let length = payload.len();
    let (head, tail) = payload.split_at(length / 2);
    let (head, tail) = (head.as_bytes().to_vec(), tail.as_bytes().to_vec());
    body_tx.send(head).await.expect("first half");
    let in_flight = tokio::spawn({
        let client = client.clone();
        let url = format!("{base}/graphql");
        async move {
            client
                .post(url)
                .header("content-type", "application/json")
                .header("content-length", length)
                .body(reqwest::Body::wrap_stream(body_rx))
                .send()
                .await
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;

    let stopped = tokio::spawn(async move { crate::helpers::stop_binary(&mut server).await });
    tokio::time::sleep(Duration::from_millis(300)).await;

    // No longer accepting...
    let fresh = reqwest::Client::new()
        .get(format!("{base}/healthz"))
        .timeout(Duration::from_secs(2))
        .send()
        .await;
    assert!(
        fresh.is_err(),
        "a new connection was accepted after SIGTERM"
    );
    // ...but the request in flight is answered.
    body_tx.send(tail).await.expect("second half");
    drop(body_tx);
    let answered = in_flight.await.expect("task").expect("answered");
    assert_eq!(answered.status(), StatusCode::OK);
    let answered: Value = answered.json().await.expect("json");
    assert!(answered["data"]["organisations"]["totalCount"].is_number());

    // The subscriber is told goodbye.
    let close = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(message) = socket.next().await {
            if let Ok(Message::Close(frame)) = message {
                return frame;
            }
        }
        None
    })
    .await
    .expect("the socket closes within 5 s");
    assert_eq!(close.map(|f| f.code), Some(CloseCode::Away));

    let status = stopped.await.expect("stopped");
    assert!(status.success(), "exit status {status}");
}

#[tokio::test]
async fn queries_read_from_the_replica_and_mutations_write_to_the_primary() {
    use sea_orm::{ConnectionTrait, Database};

    if !postgres_half() {
        return;
    }
    let primary = Cluster::init();
    primary.start();
    let replica = Cluster::replica_of(&primary);
    replica.start();
    let mut config = test_config(primary.url("postgres"));
    config.database_read_url = Some(replica.url("postgres"));
    let app = Application::build(config).await.expect("builds");
    api::seed::demo(app.db()).await.expect("demo");
    let url = format!("http://{}/graphql", app.local_addr());
    tokio::spawn(app.run_until(std::future::pending()));
    let client = reqwest::Client::new();
    let editor = crate::helpers::token("walsall", &["EDITOR"]);
    let read = |query: String| {
        let (client, url, editor) = (client.clone(), url.clone(), editor.clone());
        async move {
            let response = client
                .post(&url)
                .bearer_auth(&editor)
                .json(&json!({ "query": query }))
                .send()
                .await
                .expect("sent");
            response.json::<Value>().await.expect("json")
        }
    };

    // The replica has caught up with the demo network.
    let started = Instant::now();
    while read("{ organisations { totalCount } }".into()).await["data"]["organisations"]["totalCount"]
        != 9
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the replica never caught up"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // With replay paused, a write must land on the primary (the replica is
    // read-only) and stay invisible to queries until the replica replays it.
    let on_replica = Database::connect(replica.url("postgres"))
        .await
        .expect("replica");
    on_replica
        .execute_unprepared("SELECT pg_wal_replay_pause()")
        .await
        .expect("pause replay");
    let created = client
        .post(&url)
        .bearer_auth(&editor)
        .json(&json!({ "query": "mutation { createInitiative(input: { title: \"Written to the primary\", summary: \"s\", coTypes: [CO_DESIGN], starStep: MAP_IT, serviceArea: HOUSING, visibility: PRIVATE }) { id title } }" }))
        .send()
        .await
        .expect("sent")
        .json::<Value>()
        .await
        .expect("json");
    let id = created["data"]["createInitiative"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("the mutation ran on the primary: {created}"))
        .to_owned();
    let node = format!("{{ node(id: \"{id}\") {{ id }} }}");
    assert_eq!(
        read(node.clone()).await["data"]["node"],
        Value::Null,
        "a query read it, so it did not read from the paused replica"
    );

    on_replica
        .execute_unprepared("SELECT pg_wal_replay_resume()")
        .await
        .expect("resume replay");
    let started = Instant::now();
    while read(node.clone()).await["data"]["node"]["id"] != id {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the replica never replayed the write"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
