//! No N+1: a page costs the same number of statements whatever its size.

use api::repo::{
    self,
    case_study::{draft::CaseStudyDraft, rows::NewCaseStudy},
    initiative::{draft::InitiativeDraft, rows::NewInitiative},
};
use chrono::{Duration, Utc};
use entity::vocabulary::{CaseStudyStatus, CoType, ServiceArea, StarStep, Visibility};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, case_study_in_detail, global_id, token};

const PAGE_WITH_RELATIONS: &str = r#"
query($first: Int!) {
  caseStudies(first: $first) {
    nodes { title owner { name } initiative { title owner { name } } }
  }
}"#;

/// Adds 60 public case studies spread over initiatives of several owners.
async fn arrange_many_case_studies(app: &TestApp) {
    let orgs: Vec<i64> = entity::organisation::Entity::find()
        .filter(entity::organisation::Column::Active.eq(true))
        .all(&app.db)
        .await
        .expect("organisations")
        .into_iter()
        .map(|o| o.id)
        .collect();
    // Case studies and initiatives have disjoint owners, so that every page
    // needs all three relations, whatever rows it holds.
    let (case_study_owners, initiative_owners) = orgs.split_at(orgs.len() / 2);
    let now = Utc::now();
    let mut initiatives = Vec::new();
    for (i, owner) in initiative_owners.iter().enumerate() {
        let new = NewInitiative {
            owner_org_id: *owner,
            draft: InitiativeDraft {
                title: format!("Initiative {i}"),
                summary: "A test initiative".into(),
                co_types: vec![CoType::CoDesign],
                star_step: StarStep::MapIt,
                service_area: ServiceArea::Other,
                tags: vec!["test".into()],
                visibility: Visibility::Public,
                language: "en".into(),
                appraisal: Default::default(),
            },
        };
        initiatives.push(
            repo::initiative::rows::insert_initiative(&app.db, new, now)
                .await
                .expect("initiative"),
        );
    }
    for i in 0..60 {
        let initiative = &initiatives[i % initiatives.len()];
        let owner = case_study_owners[i % case_study_owners.len()];
        let new = NewCaseStudy {
            owner_org_id: owner,
            draft: CaseStudyDraft {
                initiative_id: Some(initiative.id),
                external_id: Some(format!("many-{i}")),
                title: format!("Case study {i}"),
                summary: "A test case study".into(),
                body: "Body".into(),
                co_types: vec![CoType::CoDelivery],
                service_area: ServiceArea::Health,
                tags: vec![],
                language: "en".into(),
                visibility: Visibility::Public,
            },
            status: CaseStudyStatus::Published,
            published_at: Some(now),
        };
        repo::case_study::rows::insert_case_study(&app.db, new, now + Duration::seconds(i as i64))
            .await
            .expect("case study");
    }
}

async fn statements_for_page(app: &TestApp, first: i64) -> u64 {
    let before = app.statements().await;
    let response = app
        .gql(PAGE_WITH_RELATIONS, json!({ "first": first }))
        .await;
    let nodes = response.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .len();
    assert_eq!(nodes as i64, first);
    app.statements().await - before
}

#[tokio::test]
async fn a_page_with_owner_initiative_and_initiative_owner_takes_at_most_5_statements_whatever_its_size()
 {
    let app = TestApp::with_demo().await;
    arrange_many_case_studies(&app).await;

    let for_50 = statements_for_page(&app, 50).await;
    let for_5 = statements_for_page(&app, 5).await;

    println!("statements: page of 50 = {for_50}, page of 5 = {for_5}");
    assert!(for_50 <= 5, "a page of 50 took {for_50} statements");
    assert_eq!(
        for_50, for_5,
        "a page of 50 took {for_50} statements, a page of 5 took {for_5}"
    );
}

#[tokio::test]
async fn nested_case_studies_and_charters_of_many_initiatives_batch() {
    let app = TestApp::with_demo().await;
    arrange_many_case_studies(&app).await;
    let query = r#"query($first: Int!) { initiatives(first: $first) { nodes { title
        caseStudies(first: 3) { totalCount nodes { title owner { name } } }
        charters { title } } } }"#;
    // Four initiatives' whole practice is near the complexity limit, since
    // every list counts at its ceiling.
    let before = app.statements().await;
    app.gql(query, json!({ "first": 1 })).await.data();
    let for_1 = app.statements().await - before;
    let before = app.statements().await;
    let response = app.gql(query, json!({ "first": 4 })).await;
    let for_4 = app.statements().await - before;
    assert_eq!(
        response.data()["initiatives"]["nodes"]
            .as_array()
            .map(Vec::len),
        Some(4)
    );
    println!("statements: 1 initiative = {for_1}, 4 initiatives = {for_4}");
    // One per relation whatever the page size: the page, pathway steps,
    // links and evidence, indicators and measurements, the peer matches'
    // subjects and candidates, charters and their versions (which a page
    // without charters never asks for).
    assert!(for_4 <= 10, "4 initiatives took {for_4} statements");
    assert!(
        for_1 <= for_4,
        "1 initiative took {for_1} statements, 4 took {for_4}"
    );
}

const UPSERT: &str = r#"
mutation($input: [UpsertCaseStudyInput!]!) {
  upsertCaseStudies(input: $input) { created updated unchanged }
}"#;

fn batch(size: usize) -> serde_json::Value {
    // Keys differ between sizes, so each batch starts new.
    (0..size)
        .map(|i| {
            json!({
                "externalId": format!("batch-{size}-{i:03}"),
                "title": format!("Synced case study {i}"),
                "summary": "Kept in step by a partner's system.",
                "body": "Residents and staff designed it together.",
                "coTypes": ["CO_DESIGN"],
                "serviceArea": "HEALTH",
                "visibility": "NETWORK",
            })
        })
        .collect()
}

/// A partner re-sending a batch its copy already matches: the server reads
/// the batch's rows once, whatever the batch's size.
#[tokio::test]
async fn an_unchanged_upsert_batch_costs_the_same_statements_whatever_its_size() {
    let app = TestApp::with_demo().await;
    let sync = crate::helpers::token("walsall", &["SYNC"]);
    let mut costs = Vec::new();
    for size in [5, 100] {
        let input = batch(size);
        let created = app.gql_as(&sync, UPSERT, json!({ "input": input })).await;
        assert_eq!(created.data()["upsertCaseStudies"]["unchanged"], 0);
        let before = app.statements().await;
        let again = app.gql_as(&sync, UPSERT, json!({ "input": input })).await;
        assert_eq!(again.data()["upsertCaseStudies"]["unchanged"], size);
        costs.push(app.statements().await - before);
    }
    assert_eq!(
        costs[0], costs[1],
        "statements for 5 and 100 unchanged items"
    );
    assert!(
        costs[1] <= 4,
        "an unchanged batch took {} statements",
        costs[1]
    );
}

/// A partner's first sync: a batch of new case studies is written in a
/// few statements a table, whatever the batch's size.
#[tokio::test]
async fn a_batch_of_new_case_studies_costs_the_same_statements_whatever_its_size() {
    let app = TestApp::with_demo().await;
    let sync = crate::helpers::token("walsall", &["SYNC"]);
    // The token's first use reads whether it was revoked.
    app.gql_as(&sync, "{ __typename }", json!({})).await.data();
    let mut costs = Vec::new();
    for size in [5, 100] {
        let before = app.statements().await;
        let created = app
            .gql_as(&sync, UPSERT, json!({ "input": batch(size) }))
            .await;
        assert_eq!(created.data()["upsertCaseStudies"]["created"], size);
        costs.push(app.statements().await - before);
    }
    assert_eq!(costs[0], costs[1], "statements for 5 and 100 new items");
    assert!(
        costs[1] <= 16,
        "a batch of new items took {} statements",
        costs[1]
    );
}

#[tokio::test]
async fn the_portal_page_with_owner_and_initiative_is_one_statement() {
    let app = TestApp::with_demo().await;
    arrange_many_case_studies(&app).await;
    let before = app.statements().await;
    let response = app
        .gql(
            "{ caseStudies(first: 20) { nodes { title owner { name } initiative { title } } } }",
            json!({}),
        )
        .await;
    let nodes = response.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    assert_eq!(nodes.len(), 20);
    assert!(nodes.iter().all(|n| n["owner"]["name"].is_string()));
    assert!(nodes.iter().any(|n| n["initiative"]["title"].is_string()));
    assert_eq!(
        app.statements().await - before,
        1,
        "the owners and initiatives are joined to the page"
    );
}

#[tokio::test]
async fn a_case_study_in_detail_is_three_statements() {
    let app = TestApp::with_demo().await;
    let (case_study, initiative, owner) = case_study_in_detail(&app.db).await;
    let editor = token(&owner, &["EDITOR"]);
    let document = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/bench/queries/q4.graphql"
    ))
    .expect("the mix's Q4");

    let variables = json!({
        "id": global_id("CaseStudy", case_study),
        "initiative": global_id("Initiative", initiative),
    });
    // A token's first request reads its organisation, and one request in
    // two seconds re-reads the revocation list: the least of a few runs is
    // the request's own cost.
    let mut statements = u64::MAX;
    let mut response = None;
    for _ in 0..3 {
        let before = app.statements().await;
        response = Some(app.gql_as(&editor, &document, variables.clone()).await);
        statements = statements.min(app.statements().await - before);
    }
    let response = response.expect("answered");
    let data = response.data();
    assert!(data["node"]["owner"]["name"].is_string(), "{data}");
    assert!(data["node"]["initiative"]["title"].is_string(), "{data}");
    assert!(data["node"]["initiative"]["charters"].is_array(), "{data}");
    let reviews = data["peerReviews"]["nodes"].as_array().expect("reviews");
    assert!(
        !reviews.is_empty(),
        "the demo's initiative has peer reviews"
    );
    assert!(
        reviews
            .iter()
            .all(|r| r["host"]["name"].is_string() && r["visitor"]["name"].is_string()),
        "{data}"
    );
    // The case study with its owner, initiative and charters; the peer
    // reviews with their hosts and visitors.
    assert_eq!(statements, 2);
}

/// The toolkit's parts of a page of initiatives, for their owner (who
/// reads participants) and for everyone else (who reads counts).
const TOOLKIT_PAGE: &str = r#"query($first: Int!) { initiatives(first: $first) { nodes { title
    assets { kind }
    assetSummary { participants { count } categories { category offers { count } matches { count } } }
    participants { reference }
    incentives { title totalUptake { count } template { title } }
    businessCase { npv paybackYear }
    appraisal { benefitCostRatio }
    charters { title template { title } templateDifferences { text } } } } }"#;

#[tokio::test]
async fn the_toolkit_of_a_page_of_initiatives_costs_the_same_statements_whatever_its_size() {
    let app = TestApp::with_demo().await;
    let walsall = crate::helpers::token("walsall", &["EDITOR"]);
    // Two pages of each caller's list, both holding every relation (a
    // charter from a template, assets, incentives from the menu, a
    // business case): anonymous callers see the 7 PUBLIC initiatives,
    // Walsall all 9.
    for (who, token, sizes) in [
        ("anonymous", None, [2, 7]),
        ("walsall", Some(&walsall), [7, 9]),
    ] {
        let mut costs = Vec::new();
        // A token's first request also checks it; measure after that.
        if let Some(token) = token {
            app.gql_as(token, "{ viewer { subject } }", json!({}))
                .await
                .data();
        }
        for first in sizes {
            let before = app.statements().await;
            let response = match token {
                Some(token) => {
                    app.gql_as(token, TOOLKIT_PAGE, json!({ "first": first }))
                        .await
                }
                None => app.gql(TOOLKIT_PAGE, json!({ "first": first })).await,
            };
            let nodes = response.data()["initiatives"]["nodes"]
                .as_array()
                .map(Vec::len);
            assert_eq!(nodes, Some(first), "{who}");
            costs.push(app.statements().await - before);
        }
        println!("toolkit statements ({who}): {sizes:?} initiatives = {costs:?}");
        assert_eq!(
            costs[0], costs[1],
            "{who}: pages of {sizes:?} cost {costs:?}"
        );
        // The page, assets, the participant tallies (initiatives and
        // participants), participants, incentives and their templates,
        // business cases, charters and their templates: 10 on SQLite, 11
        // on Postgres.
        assert!(costs[1] <= 11, "{who}: {costs:?}");
    }
}
