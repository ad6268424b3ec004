//! Request limits and persisted operations: aliases, the standard
//! introspection query, Apollo persisted queries, trusted documents, and
//! how many requests run at once.

use std::time::Duration;

use reqwest::StatusCode;
use sea_orm::TransactionTrait;
use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

/// The introspection query GraphiQL and codegen tools send (graphql-js's
/// `getIntrospectionQuery()`).
const INTROSPECTION: &str = r#"
query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}
"#;

fn sha256_hex(text: &str) -> String {
    api::graphql::trusted::sha256_hex(text)
}

fn persisted(hash: &str) -> Value {
    json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } })
}

async fn post_body(app: &TestApp, body: Value) -> (StatusCode, Value) {
    let response = app
        .client
        .post(app.url("/graphql"))
        .json(&body)
        .send()
        .await
        .expect("sent");
    (response.status(), response.json().await.expect("json"))
}

#[tokio::test]
async fn the_standard_introspection_query_passes_the_limits() {
    let app = TestApp::spawn().await;
    let response = app.gql(INTROSPECTION, json!({})).await;
    assert!(
        response.data()["__schema"]["types"]
            .as_array()
            .is_some_and(|t| t.len() > 50)
    );
}

#[tokio::test]
async fn more_than_100_aliases_are_too_complex() {
    let app = TestApp::spawn().await;
    let fields = |n: usize| -> String { (0..n).map(|i| format!("a{i}: __typename ")).collect() };
    let fine = app.gql(&format!("{{ {} }}", fields(100)), json!({})).await;
    assert_eq!(fine.data().as_object().map(|o| o.len()), Some(100));
    let refused = app.gql(&format!("{{ {} }}", fields(101)), json!({})).await;
    assert_eq!(refused.error_code(), "QUERY_TOO_COMPLEX");
    assert!(
        refused.error_message().contains("101 aliases"),
        "{}",
        refused.error_message()
    );
}

#[tokio::test]
async fn apollo_persisted_queries_register_once_and_run_by_hash() {
    let app = TestApp::with_demo().await;
    let query = "query Portal { caseStudies(first: 2) { nodes { title } } }";
    let hash = sha256_hex(query);

    let (_, unknown) = post_body(&app, json!({ "extensions": persisted(&hash) })).await;
    assert_eq!(
        unknown["errors"][0]["extensions"]["code"],
        "PERSISTED_QUERY_NOT_FOUND"
    );
    assert_eq!(unknown["errors"][0]["message"], "PersistedQueryNotFound");

    let (_, wrong) = post_body(
        &app,
        json!({ "query": query, "extensions": persisted(&sha256_hex("{ other }")) }),
    )
    .await;
    assert!(wrong.get("data").is_none(), "{wrong}");

    let (status, registered) = post_body(
        &app,
        json!({ "query": query, "extensions": persisted(&hash) }),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let expected = registered["data"].clone();
    assert_eq!(
        expected["caseStudies"]["nodes"].as_array().map(Vec::len),
        Some(2)
    );

    let (_, by_hash) = post_body(&app, json!({ "extensions": persisted(&hash) })).await;
    assert_eq!(by_hash["data"], expected, "{by_hash}");

    // And over GET, as CDNs cache it.
    let extensions = persisted(&hash).to_string();
    let response = app
        .client
        .get(app.url("/graphql"))
        .query(&[("extensions", extensions.as_str())])
        .send()
        .await
        .expect("sent");
    let by_get: Value = response.json().await.expect("json");
    assert_eq!(by_get["data"], expected, "{by_get}");
}

#[tokio::test]
async fn a_persisted_mutation_never_runs_over_get() {
    let app = TestApp::with_demo().await;
    let mutation = "mutation { revokeToken(jti: \"never-used\") }";
    let hash = sha256_hex(mutation);
    let admin = token("walsall", &["ADMIN"]);
    let response = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(&admin)
        .json(&json!({ "query": mutation, "extensions": persisted(&hash) }))
        .send()
        .await
        .expect("sent");
    let registered: Value = response.json().await.expect("json");
    assert!(registered.get("errors").is_none(), "{registered}");

    let extensions = persisted(&hash).to_string();
    let response = app
        .client
        .get(app.url("/graphql"))
        .bearer_auth(&admin)
        .query(&[("extensions", extensions.as_str())])
        .send()
        .await
        .expect("sent");
    let by_get: Value = response.json().await.expect("json");
    assert!(by_get.get("data").is_none(), "{by_get}");
    assert!(
        by_get["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("POST")),
        "{by_get}"
    );
}

#[tokio::test]
async fn in_trusted_mode_only_registered_operations_run() {
    let dir = tempfile::tempdir().expect("dir");
    let registered = "query Portal { caseStudies(first: 1) { nodes { title } } }";
    let manifest = dir.path().join("operations.json");
    std::fs::write(
        &manifest,
        json!({ "format": "apollo-persisted-query-manifest", "version": 1,
                "operations": [{ "id": sha256_hex(registered), "name": "Portal", "type": "query", "body": registered }] })
        .to_string(),
    )
    .expect("manifest");
    let app = TestApp::spawn_with(|config| config.trusted_documents = Some(manifest)).await;

    let whole = app.gql(registered, json!({})).await;
    assert!(whole.data()["caseStudies"]["nodes"].is_array());
    let (_, by_hash) = post_body(
        &app,
        json!({ "extensions": persisted(&sha256_hex(registered)) }),
    )
    .await;
    assert!(by_hash["data"]["caseStudies"].is_object(), "{by_hash}");

    for other in [
        "{ caseStudies(first: 100) { nodes { title body } } }",
        INTROSPECTION,
    ] {
        let refused = app.gql(other, json!({})).await;
        assert_eq!(refused.error_code(), "PERSISTED_QUERY_NOT_IN_LIST");
    }
    let (_, unknown_hash) = post_body(
        &app,
        json!({ "extensions": persisted(&sha256_hex("{ __typename }")) }),
    )
    .await;
    assert_eq!(
        unknown_hash["errors"][0]["extensions"]["code"],
        "PERSISTED_QUERY_NOT_IN_LIST"
    );
    // Registering through the persisted-query cache does not get past it.
    let (_, sneaked) = post_body(
        &app,
        json!({ "query": "{ __typename }", "extensions": persisted(&sha256_hex("{ __typename }")) }),
    )
    .await;
    assert!(sneaked.get("data").is_none(), "{sneaked}");
}

#[tokio::test]
async fn a_request_past_its_time_is_stopped_with_a_clear_error() {
    let app = TestApp::spawn_with(|config| {
        config.request_timeout = std::time::Duration::from_millis(1);
    })
    .await;
    api::seed::demo(&app.db).await.expect("demo");
    // Twenty write transactions in a row take longer than a millisecond
    // whatever the machine, and each waits on the database.
    let mutations: String = (0..20)
        .map(|i| format!(r#"r{i}: revokeToken(jti: "timeout-{i}") "#))
        .collect();
    let response = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(token("walsall", &["ADMIN"]))
        .json(&json!({ "query": format!("mutation {{ {mutations} }}") }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::GATEWAY_TIMEOUT);
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["errors"][0]["extensions"]["code"], "TIMEOUT");
    assert!(body.get("data").is_none(), "{body}");
}

#[tokio::test]
async fn a_statement_past_the_statement_timeout_is_a_timeout_error() {
    use sea_orm::ConnectionTrait;

    let Some(server) = crate::helpers::postgres_server() else {
        eprintln!("statement_timeout is a Postgres setting: this test runs in the Postgres half");
        return;
    };
    let mut config = crate::helpers::test_config(format!("{server}/postgres"));
    config.db_statement_timeout = std::time::Duration::from_millis(50);
    let db = api::store::connect(&config, Default::default())
        .await
        .expect("connects");
    let err = db
        .execute_unprepared("SELECT pg_sleep(1)")
        .await
        .expect_err("stopped by statement_timeout");
    assert_eq!(api::error::AppError::from(err).code(), "TIMEOUT");
    db.execute_unprepared("SELECT pg_sleep(0.01)")
        .await
        .expect("a quick statement runs");
}

#[tokio::test]
async fn requests_beyond_the_concurrency_limit_wait_their_turn() {
    let app = TestApp::spawn_with(|config| {
        config.max_concurrent_requests = 1;
        config.db_max_connections = 1;
    })
    .await;
    // Holding the pool's one connection keeps a request that reads the
    // database running.
    let held = app.db.begin().await.expect("begin");
    let reading = {
        let request = app
            .client
            .post(app.url("/graphql"))
            .json(&json!({ "query": "{ caseStudies(first: 1) { nodes { id } } }" }));
        tokio::spawn(async move { request.send().await?.json::<Value>().await })
    };
    // Time for it to arrive, on a busy machine too.
    tokio::time::sleep(Duration::from_secs(1)).await;

    // This one needs no database, yet waits for the one that runs.
    let waiting = tokio::time::timeout(
        Duration::from_millis(700),
        app.gql("{ __typename }", json!({})),
    )
    .await;
    assert!(waiting.is_err(), "a second request ran beside the first");

    held.rollback().await.expect("release the connection");
    let read = reading.await.expect("joined").expect("answered");
    assert!(read["data"]["caseStudies"]["nodes"].is_array(), "{read}");
    let after = app.gql("{ __typename }", json!({})).await;
    assert_eq!(after.data()["__typename"], "Query");
}

/// Fields whose cost grows with what they read or return, each with the
/// selection a page would ask of it, which is answered alone. Under 100
/// aliases (the most a document may hold) each must be refused before any
/// of it runs.
const EXPENSIVE_FIELDS: &[(&str, &str)] = &[
    ("nodes", "nodes(ids: $ids) { id }"),
    (
        "search",
        r#"caseStudies(first: 1, filter: { search: "care" }) { totalCount }"#,
    ),
    (
        "caseStudyFacets",
        "caseStudyFacets { total coTypes { value count } coStepMatrix { count } }",
    ),
    (
        "initiativeFacets",
        "initiativeFacets { total starSteps { value count } }",
    ),
    (
        "similarInitiatives",
        "similarInitiatives(initiativeId: $initiative, first: 1) { score }",
    ),
    (
        "peerMatches",
        "node(id: $initiative) { ... on Initiative { peerMatches(first: 1) { score } } }",
    ),
    (
        "pathway",
        "node(id: $initiative) { ... on Initiative { pathway { steps { id kind label }
        links { id from { id } to { id } evidence { nestaLevel marylandLevel } } } } }",
    ),
    (
        "evidenceGaps",
        "node(id: $initiative) { ... on Initiative { evidenceGaps { id from { label } to { label } } } }",
    ),
    (
        "indicators",
        "node(id: $initiative) { ... on Initiative { indicators { name measurements { measuredOn value } } } }",
    ),
    (
        "charters",
        "node(id: $initiative) { ... on Initiative { charters { title
        commitments { party kind text } risks { description likelihood impact mitigation } } } }",
    ),
    (
        "versions",
        "node(id: $initiative) { ... on Initiative { charters { versions { number title } } } }",
    ),
];

#[tokio::test]
async fn a_hundred_aliases_of_an_expensive_field_are_refused_before_they_run() {
    let app = TestApp::with_demo().await;
    let (_, initiative, owner) = crate::helpers::case_study_in_detail(&app.db).await;
    let ids: Vec<String> = (1..=100)
        .map(|i| crate::helpers::global_id("CaseStudy", i))
        .collect();
    let variables = json!({
        "ids": ids,
        "initiative": crate::helpers::global_id("Initiative", initiative),
    });
    let document = |aliases: usize, field: &str| {
        let fields: String = (0..aliases).map(|i| format!("a{i}: {field} ")).collect();
        let declared: Vec<&str> = [
            ("$ids", "$ids: [ID!]!"),
            ("$initiative", "$initiative: ID!"),
        ]
        .into_iter()
        .filter(|(name, _)| field.contains(name))
        .map(|(_, declaration)| declaration)
        .collect();
        match declared.is_empty() {
            true => format!("{{ {fields} }}"),
            false => format!("query({}) {{ {fields} }}", declared.join(", ")),
        }
    };
    let token = token(&owner, &["VIEWER"]);
    for (name, field) in EXPENSIVE_FIELDS {
        let alone = app
            .gql_as(&token, &document(1, field), variables.clone())
            .await;
        assert!(
            alone.0.get("errors").is_none(),
            "{name} alone is answered: {}",
            alone.0
        );
        let before = app.statements().await;
        let many = app
            .gql_as(&token, &document(100, field), variables.clone())
            .await;
        assert_eq!(many.error_code(), "QUERY_TOO_COMPLEX", "{name}: {}", many.0);
        assert!(
            many.error_message().contains("too complex"),
            "{name}: {}",
            many.error_message()
        );
        assert_eq!(
            app.statements().await,
            before,
            "{name}: a refused document reads nothing"
        );
    }
}

/// A POST of `query` whose body is padded past the large-body threshold.
fn large_post(app: &TestApp, query: &str) -> reqwest::RequestBuilder {
    let padding = " ".repeat(api::http::large_bodies::LARGE_BODY_BYTES as usize);
    let body = format!("{}{padding}", json!({ "query": query }));
    app.client
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .body(body)
}

#[tokio::test]
async fn large_bodies_beyond_their_limit_wait_while_small_ones_run() {
    let app = TestApp::spawn_with(|config| {
        config.max_concurrent_large_requests = 1;
        config.db_max_connections = 1;
    })
    .await;
    // Holding the pool's one connection keeps a request that reads the
    // database running.
    let held = app.db.begin().await.expect("begin");
    let reading = {
        let request = large_post(&app, "{ caseStudies(first: 1) { nodes { id } } }");
        tokio::spawn(async move { request.send().await?.json::<Value>().await })
    };
    tokio::time::sleep(Duration::from_secs(1)).await;

    let second = large_post(&app, "{ __typename }").send();
    let waiting = tokio::time::timeout(Duration::from_millis(700), second).await;
    assert!(
        waiting.is_err(),
        "a second large request ran beside the first"
    );
    let small = tokio::time::timeout(Duration::from_secs(5), app.gql("{ __typename }", json!({})))
        .await
        .expect("a small request does not wait for large ones");
    assert_eq!(small.data()["__typename"], "Query");

    held.rollback().await.expect("release the connection");
    let read = reading.await.expect("joined").expect("answered");
    assert!(read["data"]["caseStudies"]["nodes"].is_array(), "{read}");
    let after: Value = large_post(&app, "{ __typename }")
        .send()
        .await
        .expect("answered")
        .json()
        .await
        .expect("json");
    assert_eq!(after["data"]["__typename"], "Query");
}
