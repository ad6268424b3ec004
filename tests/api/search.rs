//! Full-text search: stemming, ranking, and the same answers on both backends.

use serde_json::json;

use crate::helpers::TestApp;

const SEARCH: &str = r#"
query Search($search: String!, $order: CaseStudyOrder, $after: String) {
  caseStudies(first: 10, after: $after, filter: { search: $search }, orderBy: $order) {
    totalCount
    nodes { title owner { slug } }
    pageInfo { hasNextPage endCursor }
  }
}"#;

fn titles(response: &crate::helpers::Gql) -> Vec<String> {
    response.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["title"].as_str().expect("title").to_owned())
        .collect()
}

#[tokio::test]
async fn a_search_for_inspection_finds_west_lothians_citizen_led_inspection() {
    let app = TestApp::with_demo().await;
    let response = app.gql(SEARCH, json!({ "search": "inspection" })).await;
    let found = titles(&response);
    assert!(
        found
            .iter()
            .any(|t| t == "An Inspector Calls: Citizen-Led Service Inspection"),
        "{found:?}"
    );
    assert_eq!(
        response.data()["caseStudies"]["nodes"][0]["owner"]["slug"],
        "west-lothian"
    );
}

#[tokio::test]
async fn search_stems_english_words() {
    let app = TestApp::with_demo().await;
    let response = app.gql(SEARCH, json!({ "search": "Inspections" })).await;
    assert!(
        titles(&response)
            .iter()
            .any(|t| t.starts_with("An Inspector Calls")),
        "{:?}",
        titles(&response)
    );
}

#[tokio::test]
async fn every_word_of_a_search_must_match() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(SEARCH, json!({ "search": "inspection zzyzxq" }))
        .await;
    assert_eq!(response.data()["caseStudies"]["totalCount"], 0);
}

#[tokio::test]
async fn relevance_ranks_a_title_match_above_a_body_match() {
    let app = TestApp::with_demo().await;
    // "dementia" is in one title and in other case studies' text.
    let response = app
        .gql(
            SEARCH,
            json!({ "search": "dementia", "order": { "field": "RELEVANCE" } }),
        )
        .await;
    let found = titles(&response);
    assert!(!found.is_empty());
    assert_eq!(found[0], "Co-Production Charter for dementia", "{found:?}");
}

#[tokio::test]
async fn relevance_pages_each_result_once() {
    let app = TestApp::with_demo().await;
    let all = app
        .gql(
            SEARCH,
            json!({ "search": "co production", "order": { "field": "RELEVANCE" } }),
        )
        .await;
    let total = all.data()["caseStudies"]["totalCount"]
        .as_i64()
        .expect("total");
    assert!(total >= 3, "expected several matches, got {total}");
    let mut seen = Vec::new();
    let mut after = serde_json::Value::Null;
    loop {
        let query = SEARCH.replace("first: 10", "first: 2");
        let response = app
            .gql(
                &query,
                json!({ "search": "co production", "order": { "field": "RELEVANCE" }, "after": after }),
            )
            .await;
        seen.extend(titles(&response));
        let info = &response.data()["caseStudies"]["pageInfo"];
        if !info["hasNextPage"].as_bool().expect("hasNextPage") {
            break;
        }
        after = info["endCursor"].clone();
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "{seen:?}");
    assert_eq!(seen.len() as i64, total);
}

#[tokio::test]
async fn search_syntax_in_input_is_treated_as_words() {
    let app = TestApp::with_demo().await;
    for input in [
        "\"inspection",
        "inspection OR",
        "inspection*",
        "NEAR(inspection",
        "inspection -- ;",
    ] {
        let response = app.gql(SEARCH, json!({ "search": input })).await;
        assert!(
            response.0.get("errors").is_none(),
            "{input}: {}",
            response.0
        );
    }
    let response = app.gql(SEARCH, json!({ "search": "  *** " })).await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
}

#[tokio::test]
async fn relevance_without_a_search_is_bad_user_input() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(
            "{ caseStudies(orderBy: { field: RELEVANCE }) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
}

#[tokio::test]
async fn welsh_text_is_found_by_its_own_words() {
    let app = TestApp::with_demo().await;
    let response = app.gql(SEARCH, json!({ "search": "tystiolaeth" })).await;
    let found = response.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    assert!(
        found.iter().any(|n| n["owner"]["slug"] == "data-cymru"),
        "{found:?}"
    );
}

const UPSERT: &str = r#"
mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { created } }"#;

#[tokio::test]
async fn relevance_ranks_every_match_and_finds_the_oldest_best_one_first() {
    let app = TestApp::with_demo().await;
    let sync = crate::helpers::token("governance-international", &["SYNC"]);
    let viewer = crate::helpers::token("governance-international", &["VIEWER"]);
    // The first one written, and so the oldest of 2,001 matches, is the
    // best: both words in its title, summary, tags and body; the others
    // hold them in their bodies only.
    let items: Vec<_> = (0..2_001)
        .map(|i| match i {
            0 => json!({ "externalId": "w-0000", "title": "Community health panel",
                    "summary": "A community health panel of residents.",
                    "body": "Residents ran a community health survey.",
                    "tags": ["community health"],
                    "coTypes": ["CO_DELIVERY"], "serviceArea": "HEALTH", "visibility": "NETWORK" }),
            _ => json!({ "externalId": format!("w-{i:04}"), "title": format!("Partner case {i}"),
                    "summary": "Summary", "body": "Residents ran a community health count.",
                    "coTypes": ["CO_DELIVERY"], "serviceArea": "HEALTH", "visibility": "NETWORK" }),
        })
        .collect();
    for chunk in items.chunks(500) {
        let created = app.gql_as(&sync, UPSERT, json!({ "input": chunk })).await;
        assert_eq!(
            created.data()["upsertCaseStudies"]["created"],
            chunk.len(),
            "{:?}",
            created.0
        );
    }
    let ranked = app
        .gql_as(
            &viewer,
            SEARCH,
            json!({ "search": "community health", "order": { "field": "RELEVANCE" } }),
        )
        .await;
    let total = ranked.data()["caseStudies"]["totalCount"]
        .as_i64()
        .expect("a count");
    assert!(total > 2_000, "{total}");
    let found = titles(&ranked);
    assert_eq!(found.len(), 10);
    assert_eq!(
        found[0], "Community health panel",
        "the best match is first however old it is"
    );
    let newest_first = app
        .gql_as(&viewer, SEARCH, json!({ "search": "community health" }))
        .await;
    assert!(
        !titles(&newest_first).contains(&"Community health panel".to_owned()),
        "newest first, the oldest is not on the first page"
    );
}

#[tokio::test]
async fn a_highlight_marks_the_words_found_in_the_text_shown() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(
            r#"{ caseStudies(first: 1, filter: { search: "inspections citizen" }, orderBy: { field: RELEVANCE }) {
                nodes { title searchHighlight(search: "inspections citizen") {
                    title { text matched } passage { text matched } } } } }"#,
            json!({}),
        )
        .await;
    let node = &response.data()["caseStudies"]["nodes"][0];
    let highlight = &node["searchHighlight"];
    let joined = |parts: &serde_json::Value| -> String {
        parts
            .as_array()
            .expect("parts")
            .iter()
            .map(|p| p["text"].as_str().expect("text"))
            .collect()
    };
    assert_eq!(
        joined(&highlight["title"]),
        node["title"].as_str().expect("title")
    );
    let marked: Vec<String> = highlight["title"]
        .as_array()
        .expect("parts")
        .iter()
        .filter(|p| p["matched"] == true)
        .map(|p| p["text"].as_str().expect("text").to_lowercase())
        .collect();
    assert!(marked.contains(&"inspection".to_owned()), "{marked:?}");
    assert!(marked.contains(&"citizen".to_owned()), "{marked:?}");
    assert!(
        highlight["passage"]
            .as_array()
            .expect("parts")
            .iter()
            .any(|p| p["matched"] == true),
        "{highlight}"
    );
    let bad = app
        .gql(
            r#"{ caseStudies(first: 1) { nodes { searchHighlight(search: "--") { title { text } } } } }"#,
            json!({}),
        )
        .await;
    assert_eq!(bad.error_code(), "BAD_USER_INPUT", "{:?}", bad.0);
    assert!(
        bad.error_message().contains("at least one word"),
        "{:?}",
        bad.0
    );
}

/// The titles an editor of `org` finds for `search` (its own drafts too).
async fn found_by(app: &TestApp, org: &str, search: &str) -> Vec<String> {
    let editor = crate::helpers::token(org, &["EDITOR"]);
    titles(
        &app.gql_as(&editor, SEARCH, json!({ "search": search }))
            .await,
    )
}

#[tokio::test]
async fn a_case_study_is_found_by_its_tags_as_they_are_now() {
    // Tags live in their label table only: the search document follows them
    // through a create, a change of tags, and a change of the other words.
    let app = TestApp::with_demo().await;
    let editor = crate::helpers::token("walsall", &["EDITOR"]);
    let created = app
        .gql_as(
            &editor,
            "mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }",
            json!({ "input": {
                "title": "Repairs", "summary": "What we did", "body": "How it went.",
                "coTypes": ["CO_DESIGN"], "serviceArea": "HOUSING",
                "tags": ["Quokkaboard"], "visibility": "NETWORK",
            } }),
        )
        .await;
    let id = created.data()["createCaseStudy"]["id"].clone();
    assert_eq!(found_by(&app, "walsall", "quokkaboard").await, ["Repairs"]);

    let update = |version: i64, change: serde_json::Value| {
        let mut input = json!({ "id": id, "expectedVersion": version });
        input
            .as_object_mut()
            .expect("an object")
            .extend(change.as_object().expect("an object").clone());
        input
    };
    const UPDATE: &str = "mutation($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { version tags } }";
    let retagged = app
        .gql_as(
            &editor,
            UPDATE,
            json!({ "input": update(1, json!({ "tags": ["Wallabyline"] })) }),
        )
        .await;
    assert_eq!(
        retagged.data()["updateCaseStudy"]["tags"],
        json!(["wallabyline"])
    );
    assert!(found_by(&app, "walsall", "quokkaboard").await.is_empty());
    assert_eq!(found_by(&app, "walsall", "wallabyline").await, ["Repairs"]);

    let renamed = app
        .gql_as(
            &editor,
            UPDATE,
            json!({ "input": update(2, json!({ "title": "Kitchens" })) }),
        )
        .await;
    assert_eq!(
        renamed.data()["updateCaseStudy"]["tags"],
        json!(["wallabyline"])
    );
    assert_eq!(found_by(&app, "walsall", "wallabyline").await, ["Kitchens"]);
    assert_eq!(found_by(&app, "walsall", "kitchens").await, ["Kitchens"]);
}
