//! The reference sync client (`examples/sync_client.rs`) survives being
//! killed at any point: rerun, its mirror equals what the server holds.

#[path = "../../examples/sync_client.rs"]
#[allow(dead_code)]
mod client;

use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

fn batch(n: usize, body: &str) -> Value {
    Value::Array(
        (0..n)
            .map(|i| {
                json!({ "externalId": format!("m-{i:03}"), "title": format!("Mirror {i}"), "summary": "S", "body": body,
                        "coTypes": ["CO_DESIGN"], "serviceArea": "HEALTH", "visibility": "NETWORK", "status": "PUBLISHED" })
            })
            .collect(),
    )
}

/// What the server holds for the token: every case study it may read, by id.
async fn server_view(app: &TestApp, token: &str) -> client::Mirror {
    view_at(&app.client, &app.url("/graphql"), token).await
}

/// [`server_view`] of the server at `url`.
async fn view_at(http: &reqwest::Client, url: &str, token: &str) -> client::Mirror {
    let mut view = client::Mirror::new();
    let mut after = Value::Null;
    loop {
        let response: Value = http
            .post(url)
            .bearer_auth(token)
            .json(&json!({
                "query": "query($after: String) { caseStudies(first: 100, after: $after) { nodes { id externalId title summary version visibility status }
                   pageInfo { endCursor hasNextPage } } }",
                "variables": { "after": after },
            }))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("JSON");
        let list = &response["data"]["caseStudies"];
        for node in list["nodes"].as_array().expect("nodes") {
            view.insert(node["id"].as_str().expect("id").to_owned(), node.clone());
        }
        if !list["pageInfo"]["hasNextPage"].as_bool().expect("bool") {
            return view;
        }
        after = list["pageInfo"]["endCursor"].clone();
    }
}

#[tokio::test]
async fn a_sync_client_killed_mid_run_and_rerun_ends_with_the_servers_records() {
    let app = TestApp::with_demo().await;
    let partner = token("governance-international", &["SYNC"]);
    let state = tempfile::tempdir().expect("temp dir");
    let client = client::Client {
        url: app.url("/graphql"),
        token: partner.clone(),
        state: state.path().to_owned(),
        http: reqwest::Client::new(),
    };

    // Push 250 records (three feed pages with the demo), then killed after the first page.
    client.push(batch(250, "v1")).await.expect("push");
    assert!(
        client.pull(Some(1)).await.is_err(),
        "the simulated kill stops the run"
    );

    // Meanwhile the server moves on: edits, a deletion, a record made private to its owner.
    client.push(batch(250, "v2")).await.expect("push again");
    let first = server_view(&app, &partner)
        .await
        .into_iter()
        .find(|(_, record)| record["externalId"] == "m-007")
        .map(|(id, _)| id)
        .expect("a record of the partner");
    app.gql_as(
        &partner,
        "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
        json!({ "id": first }),
    )
    .await
    .data();

    // Killed again mid-run, then rerun to the end.
    let _ = client.pull(Some(2)).await;
    client.pull(None).await.expect("a clean run");
    assert_eq!(client.load_mirror(), server_view(&app, &partner).await);

    // Another council's view converges too, with the delete and the edits.
    let surrey_state = tempfile::tempdir().expect("temp dir");
    let surrey = client::Client {
        url: app.url("/graphql"),
        token: token("surrey", &["VIEWER"]),
        state: surrey_state.path().to_owned(),
        http: reqwest::Client::new(),
    };
    let _ = surrey.pull(Some(1)).await;
    surrey.pull(None).await.expect("a clean run");
    assert_eq!(surrey.load_mirror(), server_view(&app, &surrey.token).await);
}

/// The case studies of the batch the database holds.
async fn stored_of_batch(database_url: &str) -> u64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let db = sea_orm::Database::connect(database_url)
        .await
        .expect("database");
    let stored = entity::case_study::Entity::find()
        .filter(entity::case_study::Column::ExternalId.starts_with("m-"))
        .count(&db)
        .await
        .expect("count");
    db.close().await.ok();
    stored
}

/// Whether a transaction of the server on `database_url` has written and
/// not yet ended: the moment to kill it mid-batch (Postgres only; on
/// SQLite the kill comes a moment after the batch is sent).
async fn write_in_progress(database_url: &str) -> bool {
    use sea_orm::ConnectionTrait;
    let Some((server, name)) = database_url.rsplit_once('/') else {
        return false;
    };
    let Ok(admin) = sea_orm::Database::connect(format!("{server}/postgres")).await else {
        return false;
    };
    let row = admin
        .query_one_raw(sea_orm::Statement::from_sql_and_values(
            sea_orm::DatabaseBackend::Postgres,
            "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL",
            [name.into()],
        ))
        .await
        .ok()
        .flatten();
    admin.close().await.ok();
    row.and_then(|r| r.try_get::<i64>("", "n").ok())
        .is_some_and(|n| n > 0)
}

#[tokio::test]
async fn a_server_killed_in_the_middle_of_a_batch_keeps_all_of_it_or_none() {
    let (database_url, _guard) = crate::helpers::fresh_database().await;
    let on_postgres = crate::helpers::postgres_server().is_some();
    let seeded = std::process::Command::new(env!("CARGO_BIN_EXE_costar"))
        .args(["seed", "--demo"])
        .env("DATABASE_URL", &database_url)
        .env("COSTAR_JWT_SECRET", crate::helpers::TEST_SECRET)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("seed runs");
    assert!(seeded.success());
    let body =
        "A paragraph of the case study, long enough to make the batch take a while. ".repeat(20);
    let size = api::repo::case_study::sync::MAX_BATCH;
    let items = batch(size, &body);
    let partner = token("governance-international", &["SYNC"]);
    let env = [("COSTAR_BODY_LIMIT_BYTES", "4194304")];
    let (mut server, base) = crate::helpers::start_binary(&database_url, &env).await;

    let state = tempfile::tempdir().expect("temp dir");
    let client = client::Client {
        url: format!("{base}/graphql"),
        token: partner.clone(),
        state: state.path().to_owned(),
        http: reqwest::Client::new(),
    };
    let pushing = tokio::spawn({
        let http = client.http.clone();
        let (url, token, items) = (client.url.clone(), partner.clone(), items.clone());
        async move {
            client::Client {
                url,
                token,
                state: Default::default(),
                http,
            }
            .push(items)
            .await
        }
    });
    let started = std::time::Instant::now();
    if on_postgres {
        while !write_in_progress(&database_url).await {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(30),
                "the batch never started writing"
            );
        }
    } else {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    server.start_kill().expect("SIGKILL");
    server.wait().await.expect("killed");
    assert!(
        pushing.await.expect("task").is_err(),
        "the batch was not acknowledged"
    );
    let stored = stored_of_batch(&database_url).await;
    println!("killed mid-batch: {stored} of {size} case studies stored");
    assert!(
        stored == 0 || stored == size as u64,
        "a killed batch left {stored} of its case studies"
    );

    // Rerun: the batch again, then the feed to the end.
    let (_server, base) = crate::helpers::start_binary(&database_url, &env).await;
    let client = client::Client {
        url: format!("{base}/graphql"),
        ..client
    };
    let pushed = client.push(items).await.expect("the rerun pushes");
    assert_eq!(
        pushed["created"].as_u64(),
        Some(size as u64 - stored),
        "{pushed}"
    );
    client.pull(None).await.expect("the rerun pulls to the end");
    assert_eq!(
        client.load_mirror(),
        view_at(&client.http, &client.url, &partner).await
    );
}
