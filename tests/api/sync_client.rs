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
    let mut view = client::Mirror::new();
    let mut after = Value::Null;
    loop {
        let response = app
            .gql_as(
                token,
                "query($after: String) { caseStudies(first: 100, after: $after) { nodes { id externalId title summary version visibility status }
                   pageInfo { endCursor hasNextPage } } }",
                json!({ "after": after }),
            )
            .await;
        let list = &response.data()["caseStudies"];
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
