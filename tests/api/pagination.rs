//! Keyset pagination: every row exactly once, in every order, both ways.

use std::collections::HashSet;

use serde_json::{Value, json};

use crate::helpers::TestApp;

const PAGE: &str = r#"
query Page($first: Int, $after: String, $last: Int, $before: String, $order: CaseStudyOrder) {
  caseStudies(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
    totalCount
    edges { cursor node { id title } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}"#;

/// Pages forward with `first: 2` until the end; returns the ids in order.
async fn page_forward(app: &TestApp, order: &str) -> (Vec<String>, i64) {
    let mut ids = Vec::new();
    let mut after = Value::Null;
    for _ in 0..100 {
        let response = app
            .gql(
                PAGE,
                json!({ "first": 2, "after": after, "order": { "field": order } }),
            )
            .await;
        let connection = &response.data()["caseStudies"];
        let total = connection["totalCount"].as_i64().expect("totalCount");
        let edges = connection["edges"].as_array().expect("edges");
        assert!(edges.len() <= 2, "a page holds at most `first` edges");
        ids.extend(
            edges
                .iter()
                .map(|e| e["node"]["id"].as_str().expect("id").to_owned()),
        );
        if !connection["pageInfo"]["hasNextPage"]
            .as_bool()
            .expect("hasNextPage")
        {
            return (ids, total);
        }
        after = connection["pageInfo"]["endCursor"].clone();
    }
    panic!("paging did not end");
}

#[tokio::test]
async fn paging_with_first_2_returns_each_case_study_exactly_once_in_every_order() {
    let app = TestApp::with_demo().await;
    for order in ["UPDATED_AT", "PUBLISHED_AT", "TITLE"] {
        let (ids, total) = page_forward(&app, order).await;
        let unique: HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{order}: a case study came twice");
        assert_eq!(
            ids.len() as i64,
            total,
            "{order}: pages must add up to totalCount"
        );
        assert!(
            total >= 8,
            "{order}: the demo has at least 8 public case studies, saw {total}"
        );
    }
}

#[tokio::test]
async fn paging_backward_with_last_2_returns_the_same_rows_in_the_same_order() {
    let app = TestApp::with_demo().await;
    let (forward, _) = page_forward(&app, "TITLE").await;
    let mut backward: Vec<String> = Vec::new();
    let mut before = Value::Null;
    loop {
        let response = app
            .gql(
                PAGE,
                json!({ "last": 2, "before": before, "order": { "field": "TITLE" } }),
            )
            .await;
        let connection = &response.data()["caseStudies"];
        let page: Vec<String> = connection["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| e["node"]["id"].as_str().expect("id").to_owned())
            .collect();
        backward.splice(0..0, page);
        if !connection["pageInfo"]["hasPreviousPage"]
            .as_bool()
            .expect("hasPreviousPage")
        {
            break;
        }
        before = connection["pageInfo"]["startCursor"].clone();
    }
    assert_eq!(backward, forward);
}

#[tokio::test]
async fn titles_come_in_alphabetical_order() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(
            "{ caseStudies(first: 100, orderBy: { field: TITLE }) { nodes { title } } }",
            json!({}),
        )
        .await;
    let titles: Vec<&str> = response.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["title"].as_str().expect("title"))
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted);
}

#[tokio::test]
async fn first_above_100_is_refused_with_bad_user_input() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql("{ caseStudies(first: 101) { totalCount } }", json!({}))
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert!(
        response.error_message().contains("100"),
        "{}",
        response.error_message()
    );
    assert!(
        response.0["data"].is_null(),
        "no partial data: {}",
        response.0
    );
}

#[tokio::test]
async fn a_damaged_cursor_or_one_of_another_order_is_bad_user_input() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(PAGE, json!({ "first": 1, "after": "not-a-cursor" }))
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");

    let first = app
        .gql(PAGE, json!({ "first": 1, "order": { "field": "TITLE" } }))
        .await;
    let cursor = first.data()["caseStudies"]["pageInfo"]["endCursor"].clone();
    let response = app
        .gql(
            PAGE,
            json!({ "first": 1, "after": cursor, "order": { "field": "UPDATED_AT" } }),
        )
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert!(
        response.error_message().contains("orderBy"),
        "{}",
        response.error_message()
    );
}

#[tokio::test]
async fn every_list_pages_to_its_total() {
    let app = TestApp::with_demo().await;
    for field in ["organisations", "initiatives", "charters"] {
        let mut seen = HashSet::new();
        let mut after = Value::Null;
        let query = format!(
            "query($after: String) {{ {field}(first: 2, after: $after) {{ totalCount nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}"
        );
        let total = loop {
            let response = app.gql(&query, json!({ "after": after })).await;
            let connection = &response.data()[field];
            for node in connection["nodes"].as_array().expect("nodes") {
                assert!(
                    seen.insert(node["id"].as_str().expect("id").to_owned()),
                    "{field}: repeated id"
                );
            }
            if !connection["pageInfo"]["hasNextPage"]
                .as_bool()
                .expect("hasNextPage")
            {
                break connection["totalCount"].as_i64().expect("totalCount");
            }
            after = connection["pageInfo"]["endCursor"].clone();
        };
        assert_eq!(seen.len() as i64, total, "{field}");
        assert!(total > 0, "{field} is empty");
    }
}
