//! `upsertCaseStudies`: idempotent, all-or-nothing batches keyed by external id.

use std::time::Duration;

use sea_orm::{
    ColumnTrait, ConnectionTrait, Database, DatabaseBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, TransactionTrait,
};
use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

const UPSERT: &str = r#"
mutation($input: [UpsertCaseStudyInput!]!) {
  upsertCaseStudies(input: $input) { created updated unchanged caseStudies { externalId title version } }
}"#;

fn batch(prefix: &str, n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({ "externalId": format!("{prefix}-{i:03}"), "title": format!("Partner case {i}"), "summary": "Summary",
                    "body": format!("Body {i}"), "coTypes": ["CO_DELIVERY"], "serviceArea": "HEALTH",
                    "visibility": "NETWORK", "tags": ["partner"] })
        })
        .collect()
}

/// Everything a real change moves: versions, audit entries, change-log rows.
async fn footprint(app: &TestApp) -> (u64, u64, i64) {
    let audit = entity::audit_log::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    let changes = entity::case_study_change::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    let versions: i64 = entity::case_study::Entity::find()
        .filter(entity::case_study::Column::ExternalId.like("p-%"))
        .all(&app.db)
        .await
        .expect("rows")
        .iter()
        .map(|c| i64::from(c.version))
        .sum();
    (audit, changes, versions)
}

#[tokio::test]
async fn the_same_batch_twice_changes_nothing_the_second_time() {
    let app = TestApp::with_demo().await;
    let sync = token("governance-international", &["SYNC"]);
    let first = app
        .gql_as(&sync, UPSERT, json!({ "input": batch("p", 20) }))
        .await;
    let payload = &first.data()["upsertCaseStudies"];
    assert_eq!(
        (
            payload["created"].clone(),
            payload["updated"].clone(),
            payload["unchanged"].clone()
        ),
        (json!(20), json!(0), json!(0))
    );
    assert_eq!(
        payload["caseStudies"][7]["externalId"], "p-007",
        "answers in the order sent"
    );

    let before = footprint(&app).await;
    let second = app
        .gql_as(&sync, UPSERT, json!({ "input": batch("p", 20) }))
        .await;
    let payload = &second.data()["upsertCaseStudies"];
    assert_eq!(
        (
            payload["created"].clone(),
            payload["updated"].clone(),
            payload["unchanged"].clone()
        ),
        (json!(0), json!(0), json!(20))
    );
    assert_eq!(footprint(&app).await, before, "nothing else moved");
}

#[tokio::test]
async fn one_changed_item_is_the_only_update() {
    let app = TestApp::with_demo().await;
    let sync = token("governance-international", &["SYNC"]);
    app.gql_as(&sync, UPSERT, json!({ "input": batch("p", 10) }))
        .await
        .data();
    let mut changed = batch("p", 10);
    changed[4]["body"] = json!("A better body");
    let response = app.gql_as(&sync, UPSERT, json!({ "input": changed })).await;
    let payload = &response.data()["upsertCaseStudies"];
    assert_eq!(
        (payload["updated"].clone(), payload["unchanged"].clone()),
        (json!(1), json!(9))
    );
    assert_eq!(payload["caseStudies"][4]["version"], 2);
    assert_eq!(payload["caseStudies"][3]["version"], 1);
}

#[tokio::test]
async fn one_bad_item_rejects_the_whole_batch_naming_its_index_and_external_id() {
    let app = TestApp::with_demo().await;
    let sync = token("governance-international", &["SYNC"]);
    let mut items = batch("p", 5);
    items[3]["title"] = json!("");
    let response = app.gql_as(&sync, UPSERT, json!({ "input": items })).await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert!(
        response.error_message().contains("item 3") && response.error_message().contains("p-003"),
        "{}",
        response.error_message()
    );
    assert_eq!(
        response.0["errors"][0]["extensions"]["field"],
        "input[3].title"
    );
    let stored = entity::case_study::Entity::find()
        .filter(entity::case_study::Column::ExternalId.like("p-%"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(stored, 0, "all or nothing");
}

#[tokio::test]
async fn batches_above_500_items_are_refused() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql_as(
            &token("governance-international", &["SYNC"]),
            UPSERT,
            json!({ "input": batch("p", 501) }),
        )
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert!(
        response.error_message().contains("500"),
        "{}",
        response.error_message()
    );
}

#[tokio::test]
async fn four_concurrent_identical_batches_create_no_duplicates_and_no_errors() {
    let app = TestApp::with_demo().await;
    let sync = token("governance-international", &["SYNC"]);
    let input = json!({ "input": batch("p", 50) });
    let runs = (0..4).map(|_| app.gql_as(&sync, UPSERT, input.clone()));
    let responses = futures_util::future::join_all(runs).await;
    let mut created = 0;
    for response in &responses {
        let payload = &response.data()["upsertCaseStudies"];
        created += payload["created"].as_i64().expect("created");
        assert_eq!(
            payload["updated"], 0,
            "identical content never counts as an update"
        );
    }
    assert_eq!(
        created, 50,
        "each item was created exactly once across the four batches"
    );
    let stored = entity::case_study::Entity::find()
        .filter(entity::case_study::Column::ExternalId.like("p-%"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(stored, 50);
}

#[tokio::test]
async fn a_batch_in_step_waits_for_no_writer() {
    let app = TestApp::with_demo().await;
    let sync = token("governance-international", &["SYNC"]);
    app.gql_as(&sync, UPSERT, json!({ "input": batch("p", 20) }))
        .await
        .data();
    let postgres = app.db.get_database_backend() == DatabaseBackend::Postgres;

    // Another writer, mid-transaction, holds the change log's lock, which
    // every Postgres writer takes. (SQLite has no such lock: the server
    // runs its writers one at a time, and nothing else writes its file.)
    let other = Database::connect(app.database_url())
        .await
        .expect("a second connection");
    let writer = other.begin().await.expect("begins");
    if postgres {
        writer
            .execute_unprepared(&format!(
                "SELECT pg_advisory_xact_lock({})",
                api::repo::change_log::write::CHANGE_LOG_LOCK
            ))
            .await
            .expect("takes the change log's lock");
    }

    let before = app.statements().await;
    let in_step = tokio::time::timeout(
        Duration::from_secs(5),
        app.gql_as(&sync, UPSERT, json!({ "input": batch("p", 20) })),
    )
    .await
    .expect("a batch that changes nothing answers while another writer is busy");
    assert_eq!(in_step.data()["upsertCaseStudies"]["unchanged"], 20);
    assert_eq!(
        app.statements().await - before,
        // On Postgres the read is planned for its keys: a setting, then the read.
        if postgres { 2 } else { 1 },
        "one read: no lock, no notification"
    );

    let mut changed = batch("p", 20);
    changed[3]["title"] = json!("A new title");
    let change = tokio::spawn({
        let url = app.url("/graphql");
        let client = app.client.clone();
        async move {
            client
                .post(url)
                .bearer_auth(sync)
                .json(&json!({ "query": UPSERT, "variables": { "input": changed } }))
                .send()
                .await
                .expect("sent")
                .json::<Value>()
                .await
                .expect("JSON")
        }
    });
    if postgres {
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(
            !change.is_finished(),
            "a batch with a change waits for the change log's lock"
        );
    }
    writer.rollback().await.expect("the other writer ends");
    let answer = change.await.expect("answers");
    assert_eq!(
        answer["data"]["upsertCaseStudies"]["updated"], 1,
        "{answer}"
    );
}

#[tokio::test]
async fn labels_read_back_in_the_order_they_are_compared_in() {
    // A batch's tags are compared with the stored ones as sorted sets: the
    // database must hand them back in the same (byte) order, accented
    // letters included, or an unchanged item would read as changed.
    let app = TestApp::with_demo().await;
    let sync = token("governance-international", &["SYNC"]);
    let item = json!([{ "externalId": "order-1", "title": "Order", "summary": "Summary",
        "body": "Body", "coTypes": ["CO_DELIVERY", "CO_ASSESSMENT", "CO_DESIGN"],
        "serviceArea": "HEALTH", "visibility": "NETWORK",
        "tags": ["ŵyr", "zebra", "Äpfel", "apple", "Zoo"] }]);
    let first = app.gql_as(&sync, UPSERT, json!({ "input": item })).await;
    assert_eq!(first.data()["upsertCaseStudies"]["created"], 1);
    let again = app.gql_as(&sync, UPSERT, json!({ "input": item })).await;
    assert_eq!(
        again.data()["upsertCaseStudies"]["unchanged"],
        1,
        "{:?}",
        again.0
    );

    let read = app
        .gql_as(
            &sync,
            r#"{ caseStudies(first: 1, filter: { tags: ["zebra"] }) { nodes { coTypes tags } } }"#,
            json!({}),
        )
        .await;
    let node = &read.data()["caseStudies"]["nodes"][0];
    assert_eq!(
        node["tags"],
        json!(["apple", "zebra", "zoo", "äpfel", "ŵyr"])
    );
    assert_eq!(
        node["coTypes"],
        json!(["CO_ASSESSMENT", "CO_DELIVERY", "CO_DESIGN"])
    );
}

/// The ids of the demo initiatives `slug`'s organisation owns.
async fn initiatives_of(app: &TestApp, slug: &str) -> Vec<i64> {
    let org = entity::organisation::Entity::find()
        .filter(entity::organisation::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .expect("reads")
        .expect("a demo organisation");
    entity::initiative::Entity::find()
        .filter(entity::initiative::Column::OwnerOrgId.eq(org.id))
        .all(&app.db)
        .await
        .expect("reads")
        .iter()
        .map(|i| i.id)
        .collect()
}

/// New items are written together, each whole: its row, its labels, its
/// change (in key order, whatever order they came in), its audit entry
/// and its first revision.
#[tokio::test]
async fn a_batch_of_new_items_writes_each_one_whole() {
    let app = TestApp::with_demo().await;
    let sync = token("walsall", &["SYNC"]);
    let initiative = initiatives_of(&app, "walsall").await[0];
    let mut items = batch("p", 30);
    items.reverse();
    for item in items.iter_mut().step_by(3) {
        item["initiativeId"] = json!(crate::helpers::global_id("Initiative", initiative));
        item["tags"] = json!(["partner", "second-tag"]);
        item["coTypes"] = json!(["CO_DELIVERY", "CO_DESIGN"]);
    }
    let before = footprint(&app).await;
    let response = app.gql_as(&sync, UPSERT, json!({ "input": items })).await;
    let payload = &response.data()["upsertCaseStudies"];
    assert_eq!(payload["created"], 30);
    assert_eq!(
        payload["caseStudies"][0]["externalId"], "p-029",
        "answers in the order sent"
    );
    let (audit, changes, versions) = footprint(&app).await;
    assert_eq!(
        (audit - before.0, changes - before.1, versions - before.2),
        (30, 30, 30),
        "an audit entry, a change and version 1 each"
    );

    let created = entity::case_study::Entity::find()
        .filter(entity::case_study::Column::ExternalId.like("p-%"))
        .all(&app.db)
        .await
        .expect("rows");
    let ids: Vec<i64> = created.iter().map(|c| c.id).collect();
    let key_of = |id: i64| {
        created
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.external_id.clone())
            .expect("a created case study")
    };
    let logged: Vec<String> = entity::case_study_change::Entity::find()
        .filter(entity::case_study_change::Column::CaseStudyId.is_in(ids.clone()))
        .order_by_asc(entity::case_study_change::Column::Seq)
        .all(&app.db)
        .await
        .expect("changes")
        .iter()
        .map(|change| key_of(change.case_study_id))
        .collect();
    let mut in_key_order = logged.clone();
    in_key_order.sort();
    assert_eq!(logged, in_key_order, "changes logged in key order");
    assert_eq!(
        created
            .iter()
            .filter(|c| c.initiative_id == Some(initiative))
            .count(),
        10
    );

    let tags = entity::case_study_tag::Entity::find()
        .filter(entity::case_study_tag::Column::CaseStudyId.is_in(ids.clone()))
        .count(&app.db)
        .await
        .expect("tags");
    let co_types = entity::case_study_co_type::Entity::find()
        .filter(entity::case_study_co_type::Column::CaseStudyId.is_in(ids.clone()))
        .count(&app.db)
        .await
        .expect("Co's");
    assert_eq!((tags, co_types), (40, 40), "each item's labels");
    let revisions = entity::revision::Entity::find()
        .filter(entity::revision::Column::RecordId.is_in(ids.clone()))
        .filter(entity::revision::Column::Version.eq(1))
        .all(&app.db)
        .await
        .expect("revisions");
    assert_eq!(revisions.len(), 30, "a first revision each");
    let tagged = revisions
        .iter()
        .find(|r| {
            r.record_id
                == created
                    .iter()
                    .find(|c| c.external_id.as_deref() == Some("p-029"))
                    .expect("p-029")
                    .id
        })
        .expect("p-029's revision");
    assert!(
        tagged.changes.to_string().contains("second-tag"),
        "the revision holds the item's content: {}",
        tagged.changes
    );
}

/// A new item may name only an initiative of the writer's own: the first
/// that does not, by key, refuses the whole batch, new items and updates
/// alike.
#[tokio::test]
async fn a_new_item_naming_another_organisations_initiative_refuses_the_batch() {
    let app = TestApp::with_demo().await;
    let sync = token("walsall", &["SYNC"]);
    app.gql_as(&sync, UPSERT, json!({ "input": batch("p", 3) }))
        .await
        .data();
    let theirs = initiatives_of(&app, "surrey").await[0];
    let mut items = batch("p", 8);
    items[1]["title"] = json!("An update that is not written");
    items[6]["initiativeId"] = json!(crate::helpers::global_id("Initiative", theirs));
    let before = footprint(&app).await;
    let response = app.gql_as(&sync, UPSERT, json!({ "input": items })).await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert_eq!(
        response.0["errors"][0]["extensions"]["field"],
        "input[6].initiativeId"
    );
    assert!(
        response.error_message().contains("p-006"),
        "{}",
        response.error_message()
    );
    assert_eq!(footprint(&app).await, before, "all or nothing");
}
