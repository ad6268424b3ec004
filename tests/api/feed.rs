//! The sync feed: oldest first, resumable, deletions included, filtered per caller.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

const FEED: &str = r#"
query($after: String) {
  caseStudyChanges(first: 100, after: $after) {
    nodes { op id externalId caseStudy { title version } }
    pageInfo { endCursor hasNextPage }
  }
}"#;

async fn read_feed(app: &TestApp, token: Option<&str>, after: &Value) -> (Vec<Value>, Value) {
    let (_, response) = app.post(token, FEED, json!({ "after": after })).await;
    let feed = &response.data()["caseStudyChanges"];
    (
        feed["nodes"].as_array().expect("nodes").clone(),
        feed["pageInfo"]["endCursor"].clone(),
    )
}

const UPSERT: &str = r#"
mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { caseStudies { id version } } }"#;

fn item(key: &str, body: &str, visibility: &str) -> Value {
    json!({ "externalId": key, "title": format!("Partner {key}"), "summary": "S", "body": body, "coTypes": ["CO_DESIGN"],
            "serviceArea": "HEALTH", "visibility": visibility, "status": "PUBLISHED" })
}

#[tokio::test]
async fn a_cursor_taken_before_a_delete_and_an_edit_resumes_with_exactly_those_two() {
    let app = TestApp::with_demo().await;
    let partner = token("governance-international", &["SYNC", "EDITOR"]);
    let created = app
        .gql_as(
            &partner,
            UPSERT,
            json!({ "input": [item("a", "one", "NETWORK"), item("b", "one", "NETWORK")] }),
        )
        .await;
    let ids: Vec<Value> = created.data()["upsertCaseStudies"]["caseStudies"]
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["id"].clone())
        .collect();

    let (_, cursor) = read_feed(&app, Some(&partner), &Value::Null).await;
    app.gql_as(
        &partner,
        "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
        json!({ "id": ids[0] }),
    )
    .await
    .data();
    app.gql_as(
        &partner,
        UPSERT,
        json!({ "input": [item("b", "two", "NETWORK")] }),
    )
    .await
    .data();

    let (changes, end) = read_feed(&app, Some(&partner), &cursor).await;
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert_eq!(
        (
            changes[0]["op"].clone(),
            changes[0]["id"].clone(),
            changes[0]["externalId"].clone()
        ),
        (json!("DELETE"), ids[0].clone(), json!("a"))
    );
    assert_eq!(changes[0]["caseStudy"], Value::Null);
    assert_eq!(
        (changes[1]["op"].clone(), changes[1]["id"].clone()),
        (json!("UPSERT"), ids[1].clone())
    );
    assert_eq!(changes[1]["caseStudy"]["version"], 2);

    let (nothing, _) = read_feed(&app, Some(&partner), &end).await;
    assert!(
        nothing.is_empty(),
        "the end cursor resumes with nothing new: {nothing:?}"
    );
}

#[tokio::test]
async fn a_record_that_leaves_a_callers_view_reaches_it_as_a_delete_and_private_ones_never_reach_it()
 {
    let app = TestApp::with_demo().await;
    let partner = token("governance-international", &["SYNC", "EDITOR"]);
    let surrey = token("surrey", &["VIEWER"]);
    app.gql_as(
        &partner,
        UPSERT,
        json!({ "input": [item("shared", "one", "NETWORK"), item("secret", "one", "PRIVATE")] }),
    )
    .await
    .data();
    let (seen, cursor) = read_feed(&app, Some(&surrey), &Value::Null).await;
    assert!(
        seen.iter()
            .any(|c| c["externalId"] == "shared" && c["op"] == "UPSERT")
    );
    assert!(
        !seen.iter().any(|c| c["externalId"] == "secret"),
        "a private record never reaches another council"
    );
    let (anonymous, _) = read_feed(&app, None, &Value::Null).await;
    assert!(
        !anonymous.iter().any(|c| c["externalId"] == "shared"),
        "network records never reach anonymous callers"
    );

    // The owner makes the shared one private: Surrey's mirror must drop it.
    app.gql_as(
        &partner,
        UPSERT,
        json!({ "input": [item("shared", "one", "PRIVATE")] }),
    )
    .await
    .data();
    let (after, _) = read_feed(&app, Some(&surrey), &cursor).await;
    assert_eq!(after.len(), 1, "{after:?}");
    // Another council's mirror drops it by id: the key is the owner's.
    assert_eq!(
        (after[0]["op"].clone(), after[0]["externalId"].clone()),
        (json!("DELETE"), Value::Null)
    );
    let (owner_view, _) = read_feed(&app, Some(&partner), &cursor).await;
    assert!(
        owner_view
            .iter()
            .any(|c| c["op"] == "UPSERT" && c["externalId"] == "shared"),
        "{owner_view:?}"
    );
}

#[tokio::test]
async fn anonymous_callers_follow_the_public_demo_oldest_first() {
    let app = TestApp::with_demo().await;
    let (changes, _) = read_feed(&app, None, &Value::Null).await;
    assert!(changes.len() >= 8, "{changes:?}");
    assert!(changes.iter().all(|c| c["op"] == "UPSERT"));
    let mut after = Value::Null;
    let mut paged = Vec::new();
    loop {
        let (_, response) = app
            .post(None, "query($after: String) { caseStudyChanges(first: 3, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }", json!({ "after": after }))
            .await;
        let feed = &response.data()["caseStudyChanges"];
        paged.extend(
            feed["nodes"]
                .as_array()
                .expect("nodes")
                .iter()
                .map(|n| n["id"].clone()),
        );
        if !feed["pageInfo"]["hasNextPage"].as_bool().expect("bool") {
            break;
        }
        after = feed["pageInfo"]["endCursor"].clone();
    }
    let ids: Vec<Value> = changes.iter().map(|c| c["id"].clone()).collect();
    assert_eq!(
        paged, ids,
        "pages of 3 read the same changes in the same order"
    );
}

/// On Postgres two writers could take change numbers in one order and commit
/// in the other, and a reader between the commits would skip a change for
/// ever. A writer of changes waits for the one before it to end.
#[tokio::test]
async fn change_numbers_follow_commit_order_on_postgres() {
    use sea_orm::{DatabaseBackend, TransactionTrait};
    let app = TestApp::with_demo().await;
    if app.db.get_database_backend() != DatabaseBackend::Postgres {
        // SQLite serialises writers itself: there is no interleaving to test.
        return;
    }
    let partner = token("governance-international", &["SYNC"]);
    let owner = entity::organisation::Entity::find()
        .filter(entity::organisation::Column::Slug.eq("governance-international"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("org")
        .id;
    // A first writer takes its change number and holds its transaction open.
    let first = app.db.begin().await.expect("begin");
    api::repo::change_log::write::order_changes(&first)
        .await
        .expect("lock");
    let new = api::repo::case_study::rows::NewCaseStudy {
        owner_org_id: owner,
        draft: api::repo::case_study::draft::CaseStudyDraft {
            initiative_id: None,
            external_id: Some("first".into()),
            title: "First".into(),
            summary: "S".into(),
            body: "B".into(),
            co_types: vec![entity::vocabulary::CoType::CoDesign],
            service_area: entity::vocabulary::ServiceArea::Health,
            tags: vec![],
            language: "en".into(),
            visibility: entity::vocabulary::Visibility::Network,
        },
        status: entity::vocabulary::CaseStudyStatus::Published,
        published_at: Some(chrono::Utc::now()),
    };
    api::repo::case_study::rows::insert_case_study(&first, new, chrono::Utc::now())
        .await
        .expect("insert");

    // A second writer starts meanwhile: it must wait for the first to end.
    let second = {
        let client = app.client.clone();
        let url = app.url("/graphql");
        tokio::spawn(async move {
            client
                .post(url)
                .bearer_auth(partner)
                .json(&json!({ "query": UPSERT, "variables": { "input": [item("second", "b", "NETWORK")] } }))
                .send()
                .await
                .expect("sent")
                .status()
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(
        !second.is_finished(),
        "the second writer went ahead of an open first one"
    );
    first.commit().await.expect("commit");
    assert!(second.await.expect("joined").is_success());

    let (changes, _) = read_feed(&app, Some(&token("surrey", &["VIEWER"])), &Value::Null).await;
    let order: Vec<&str> = changes
        .iter()
        .filter_map(|c| c["externalId"].as_str())
        .filter(|k| ["first", "second"].contains(k))
        .collect();
    assert_eq!(order, ["first", "second"]);
}
