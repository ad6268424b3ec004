//! The search index beside the database: it never decides who sees what,
//! every replica's index answers for a write as soon as it is committed,
//! and a restarted server reads on from its index's position.

use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Database, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, fresh_database, start_binary, stop_binary, token};

const INSPECTION: &str = "An Inspector Calls: Citizen-Led Service Inspection";

const SEARCH: &str = r#"
query Search($search: String!, $order: CaseStudyOrder) {
  caseStudies(first: 50, filter: { search: $search }, orderBy: $order) {
    totalCount
    nodes { title }
  }
  caseStudyFacets(filter: { search: $search }) { total serviceAreas { value count } }
}"#;

fn titles(answer: &Value) -> Vec<String> {
    answer["data"]["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["title"].as_str().expect("title").to_owned())
        .collect()
}

/// Runs `sql` on the database behind the server, past the server and its
/// change log: the index does not hear of it.
async fn behind_the_servers_back(app: &TestApp, sql: &str) {
    app.db
        .execute_raw(Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .expect("runs");
}

#[tokio::test]
async fn a_stale_index_cannot_show_what_the_caller_may_not_see() {
    let app = TestApp::with_demo().await;
    let member = token("walsall", &["VIEWER"]);
    let mut before = Vec::new();
    for order in ["RELEVANCE", "UPDATED_AT"] {
        let vars = json!({ "search": "inspection", "order": { "field": order } });
        let answer = app.gql(SEARCH, vars.clone()).await.0;
        assert!(titles(&answer).contains(&INSPECTION.to_owned()), "{answer}");
        before.push((vars, answer));
    }
    // The index still holds it as public and matching "inspection".
    behind_the_servers_back(
        &app,
        &format!("UPDATE case_study SET visibility = 'PRIVATE' WHERE title = '{INSPECTION}'"),
    )
    .await;
    for (vars, was) in before {
        for caller in [None, Some(member.as_str())] {
            let answer = match caller {
                None => app.gql(SEARCH, vars.clone()).await.0,
                Some(token) => app.gql_as(token, SEARCH, vars.clone()).await.0,
            };
            assert!(answer["errors"].is_null(), "{answer}");
            assert!(
                !titles(&answer).contains(&INSPECTION.to_owned()),
                "{answer}"
            );
            if caller.is_none() {
                let count = |a: &Value, path: &[&str]| {
                    path.iter().fold(a.clone(), |v, k| v[*k].clone()).as_i64()
                };
                for path in [
                    &["data", "caseStudies", "totalCount"][..],
                    &["data", "caseStudyFacets", "total"][..],
                ] {
                    assert_eq!(
                        count(&answer, path),
                        count(&was, path).map(|n| n - 1),
                        "{path:?}: {answer}"
                    );
                }
            }
        }
    }
    // Its owner still finds it: the scope decides, not the index.
    let owner = token("west-lothian", &["VIEWER"]);
    let answer = app
        .gql_as(
            &owner,
            SEARCH,
            json!({ "search": "inspection", "order": { "field": "RELEVANCE" } }),
        )
        .await
        .0;
    assert!(titles(&answer).contains(&INSPECTION.to_owned()), "{answer}");
}

const CREATE: &str =
    "mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }";

fn new_case_study(word: &str) -> Value {
    json!({ "input": {
        "title": format!("{word} repairs"), "summary": "What we did", "body": "How it went.",
        "coTypes": ["CO_DESIGN"], "serviceArea": "HOUSING", "visibility": "NETWORK",
    } })
}

#[tokio::test]
async fn every_replica_finds_a_write_as_soon_as_it_is_committed() {
    let app = TestApp::with_demo().await;
    let replica = app.replica().await;
    let editor = token("walsall", &["EDITOR"]);
    for word in ["Quillowcrest", "Brackenfold", "Marrowgate"] {
        let created = app.gql_as(&editor, CREATE, new_case_study(word)).await;
        assert!(created.0["errors"].is_null(), "{:?}", created.0);
        let written = Instant::now();
        let found = replica
            .gql_as(&editor, SEARCH, json!({ "search": word }))
            .await
            .0;
        assert_eq!(titles(&found), [format!("{word} repairs")], "{found}");
        assert!(written.elapsed() < Duration::from_secs(1));
    }
}

async fn graphql(base: &str, token: &str, query: &str, variables: Value) -> Value {
    reqwest::Client::new()
        .post(format!("{base}/graphql"))
        .bearer_auth(token)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json")
}

/// The value of the metric `name` on `base`'s `/metrics`.
async fn metric(base: &str, name: &str) -> f64 {
    let text = reqwest::get(format!("{base}/metrics"))
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("{name} ")))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {name} in {text}"))
}

#[tokio::test]
async fn a_restarted_server_reads_on_from_its_index_position() {
    let (url, _guard) = fresh_database().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let place = dir.path().join("search");
    let kept = [("COSTAR_SEARCH_INDEX", place.to_str().expect("a path"))];
    let editor = token("walsall", &["EDITOR"]);

    let (mut server, base) = start_binary(&url, &kept).await;
    let db = Database::connect(&url).await.expect("connects");
    api::seed::demo(&db).await.expect("demo network loads");
    let found = graphql(&base, &editor, SEARCH, json!({ "search": "inspection" })).await;
    assert!(titles(&found).contains(&INSPECTION.to_owned()), "{found}");
    assert_eq!(metric(&base, "costar_search_index_builds_total").await, 1.0);
    stop_binary(&mut server).await;

    // A write while it is down, through a server of its own.
    let memory = [("COSTAR_SEARCH_INDEX", "memory")];
    let (mut other, other_base) = start_binary(&url, &memory).await;
    let created = graphql(&other_base, &editor, CREATE, new_case_study("Quillowbank")).await;
    assert!(created["errors"].is_null(), "{created}");
    stop_binary(&mut other).await;

    let (mut server, base) = start_binary(&url, &kept).await;
    let found = graphql(&base, &editor, SEARCH, json!({ "search": "quillowbank" })).await;
    assert_eq!(titles(&found), ["Quillowbank repairs"], "{found}");
    let found = graphql(&base, &editor, SEARCH, json!({ "search": "inspection" })).await;
    assert!(titles(&found).contains(&INSPECTION.to_owned()), "{found}");
    assert_eq!(
        metric(&base, "costar_search_index_builds_total").await,
        0.0,
        "not built again"
    );
    assert_eq!(
        metric(&base, "costar_search_index_written_total").await,
        1.0,
        "only the case study written while it was down"
    );
    stop_binary(&mut server).await;
}
