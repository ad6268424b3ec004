//! Curation by network bodies: only a CURATOR of a NETWORK_BODY features,
//! verifies and hides PUBLIC case studies; an edit clears the verified
//! mark; a hidden case study is gone for anonymous callers everywhere and
//! stays for its owner and the network; reports reach the owner's ADMINs
//! and the curators, and no one else.

use serde_json::{Value, json};

use crate::helpers::{Gql, TestApp, token};

const FIND: &str = r#"query($key: String!) { caseStudies(first: 50, filter: { search: $key }) {
  nodes { id externalId version featured verifiedAt verifiedBy { slug } hiddenAt } } }"#;

fn curator() -> String {
    token("governance-international", &["CURATOR"])
}

fn ok(answer: Gql) -> Value {
    assert!(answer.0.get("errors").is_none(), "{}", answer.0);
    answer.0["data"].clone()
}

/// The id of the demo case study `external_id`, as Walsall's EDITOR finds it.
async fn case_study(app: &TestApp, external_id: &str) -> (String, i64) {
    let answer = app
        .gql_as(
            &token("walsall", &["EDITOR"]),
            "{ caseStudies(first: 50) { nodes { id externalId version } } }",
            json!({}),
        )
        .await;
    let node = answer.data()["caseStudies"]["nodes"]
        .as_array()
        .and_then(|n| n.iter().find(|n| n["externalId"] == external_id).cloned())
        .unwrap_or_else(|| panic!("no case study {external_id}"));
    (
        node["id"].as_str().expect("id").to_owned(),
        node["version"].as_i64().expect("version"),
    )
}

const FEATURE: &str = "mutation($id: ID!, $f: Boolean!) { featureCaseStudy(id: $id, featured: $f) { id featured version } }";
const VERIFY: &str = "mutation($id: ID!) { verifyCaseStudy(id: $id, note: \"Checked\") { id verifiedAt verifiedBy { id slug } verificationNote version } }";
const HIDE: &str = "mutation($id: ID!) { hideCaseStudy(id: $id, reason: \"Names a resident\") { id hiddenAt hiddenReason } }";
const UNHIDE: &str = "mutation($id: ID!) { unhideCaseStudy(id: $id) { id hiddenAt } }";

#[tokio::test]
async fn only_a_curator_of_a_network_body_features_verifies_and_hides() {
    let app = TestApp::with_demo().await;
    let (walsall, _) = case_study(&app, "walsall-video-calls-2015").await;
    let vars = json!({ "id": walsall, "f": false });
    for (who, code) in [
        (token("surrey", &["ADMIN"]), "FORBIDDEN"),
        (token("surrey", &["CURATOR"]), "FORBIDDEN"),
        (token("governance-international", &["ADMIN"]), "FORBIDDEN"),
        (token("walsall", &["EDITOR"]), "FORBIDDEN"),
    ] {
        for mutation in [FEATURE, VERIFY, HIDE, UNHIDE] {
            let refused = app.gql_as(&who, mutation, vars.clone()).await;
            assert_eq!(refused.error_code(), code, "{mutation}");
        }
    }
    let anonymous = app.gql(FEATURE, vars.clone()).await;
    assert_eq!(anonymous.error_code(), "UNAUTHENTICATED");

    let featured = ok(app
        .gql_as(&curator(), FEATURE, json!({ "id": walsall, "f": false }))
        .await);
    assert_eq!(featured["featureCaseStudy"]["featured"], false);
    let listed = app
        .gql(
            "{ caseStudies(first: 50, filter: { featured: true }) { nodes { externalId } } }",
            json!({}),
        )
        .await;
    let keys: Vec<&str> = listed.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| n["externalId"].as_str())
        .collect();
    assert_eq!(
        keys,
        ["west-lothian-an-inspector-calls"],
        "the demo's other featured case"
    );

    // A NETWORK case study is not curated; a PRIVATE one is not found.
    let (network, _) = case_study(&app, "midlothian-outcome-indicators-interim-2024").await;
    let refused = app
        .gql_as(&curator(), FEATURE, json!({ "id": network, "f": true }))
        .await;
    assert_eq!(refused.error_code(), "FORBIDDEN");
    let (private, _) = case_study(&app, "walsall-digital-buddies-planning-notes").await;
    let hidden = app
        .gql_as(&curator(), FEATURE, json!({ "id": private, "f": true }))
        .await;
    assert_eq!(hidden.error_code(), "NOT_FOUND");
}

#[tokio::test]
async fn an_edit_of_the_content_clears_the_verified_mark_and_says_so() {
    let app = TestApp::with_demo().await;
    let (id, _) = case_study(&app, "walsall-video-calls-2015").await;
    let verified = ok(app.gql_as(&curator(), VERIFY, json!({ "id": id })).await);
    let verified = &verified["verifyCaseStudy"];
    assert!(verified["verifiedAt"].is_string());
    assert_eq!(verified["verifiedBy"]["slug"], "governance-international");
    assert_eq!(verified["verificationNote"], "Checked");
    let edited = ok(app
        .gql_as(
            &token("walsall", &["EDITOR"]),
            "mutation($id: ID!, $v: Int!) { updateCaseStudy(input: { id: $id, expectedVersion: $v, title: \"Video calls across generations\" }) { verifiedAt verifiedBy { slug } revisions(first: 1) { nodes { changes { field before after } } } } }",
            json!({ "id": id, "v": verified["version"] }),
        )
        .await);
    let edited = &edited["updateCaseStudy"];
    assert_eq!(edited["verifiedAt"], Value::Null);
    assert_eq!(edited["verifiedBy"], Value::Null);
    let changes = edited["revisions"]["nodes"][0]["changes"]
        .as_array()
        .expect("changes");
    let cleared = changes
        .iter()
        .find(|c| c["field"] == "verifiedBy")
        .expect("the revision says why");
    assert_eq!(cleared["after"], Value::Null);
    assert_eq!(
        cleared["before"], verified["verifiedBy"]["id"],
        "named by its global id"
    );
    assert!(changes.iter().any(|c| c["field"] == "title"));
}

#[tokio::test]
async fn a_hidden_case_study_is_gone_for_anonymous_callers_and_stays_for_its_owner() {
    let app = TestApp::with_demo().await;
    let (id, _) = case_study(&app, "walsall-video-calls-2015").await;
    let key = json!({ "key": "video calls" });
    let seen = |answer: &Gql| {
        answer.data()["caseStudies"]["nodes"]
            .as_array()
            .is_some_and(|n| n.iter().any(|n| n["id"] == id.as_str()))
    };
    assert!(seen(&app.gql(FIND, key.clone()).await));
    let facets = "{ caseStudyFacets { total } }";
    let total = |answer: Gql| {
        answer.data()["caseStudyFacets"]["total"]
            .as_i64()
            .expect("total")
    };
    let before = total(app.gql(facets, json!({})).await);

    let hidden = ok(app.gql_as(&curator(), HIDE, json!({ "id": id })).await);
    assert_eq!(hidden["hideCaseStudy"]["hiddenReason"], "Names a resident");
    // Anonymous: not in search, lists, counts, or by id.
    assert!(!seen(&app.gql(FIND, key.clone()).await));
    assert_eq!(total(app.gql(facets, json!({})).await), before - 1);
    let node = app
        .gql(
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(node.data()["node"], Value::Null);
    // The owner and other members still read it, with why it is hidden.
    for who in [token("walsall", &["VIEWER"]), token("surrey", &["VIEWER"])] {
        let answer = app.gql_as(&who, FIND, key.clone()).await;
        assert!(seen(&answer), "{}", answer.0);
    }
    // The owner hears of it in its audit log.
    let audit = app
        .gql_as(
            &token("walsall", &["ADMIN"]),
            "{ auditLog(first: 1) { nodes { action } } }",
            json!({}),
        )
        .await;
    assert_eq!(audit.data()["auditLog"]["nodes"][0]["action"], "HIDE");
    // The public change feed reports it gone.
    let feed = app
        .gql(
            "{ caseStudyChanges(first: 100) { nodes { op id } } }",
            json!({}),
        )
        .await;
    let last = feed.data()["caseStudyChanges"]["nodes"]
        .as_array()
        .and_then(|n| n.iter().rev().find(|n| n["id"] == id.as_str()).cloned())
        .expect("the hiding is in the public feed");
    assert_eq!(last["op"], "DELETE", "{last}");
    let again = app.gql_as(&curator(), HIDE, json!({ "id": id })).await;
    assert_eq!(again.error_code(), "BAD_USER_INPUT");
    ok(app.gql_as(&curator(), UNHIDE, json!({ "id": id })).await);
    assert!(seen(&app.gql(FIND, key).await));
}

const REPORT: &str = "mutation($id: ID!) { reportContent(id: $id, reason: OUTDATED, details: \"The service closed in 2019\") { id status } }";
const REPORTS: &str = "{ contentReports(status: OPEN, first: 50) { totalCount nodes { id reason details caseStudy { externalId } reporter { slug } } } }";
const RESOLVE: &str = "mutation($id: ID!) { resolveReport(id: $id, outcome: \"Updated the account\") { status outcome resolvedBy { slug } } }";

#[tokio::test]
async fn reports_reach_the_owners_admins_and_the_curators_and_no_one_else() {
    let app = TestApp::with_demo().await;
    let (id, _) = case_study(&app, "walsall-video-calls-2015").await;
    let reported = ok(app
        .gql_as(&token("surrey", &["VIEWER"]), REPORT, json!({ "id": id }))
        .await);
    let report = reported["reportContent"]["id"].clone();
    assert_eq!(reported["reportContent"]["status"], "OPEN");

    let walsall_admin = token("walsall", &["ADMIN"]);
    for who in [walsall_admin.clone(), curator()] {
        let open = app.gql_as(&who, REPORTS, json!({})).await;
        let nodes = open.data()["contentReports"]["nodes"]
            .as_array()
            .expect("nodes")
            .clone();
        assert!(
            nodes
                .iter()
                .any(|n| n["id"] == report && n["reporter"]["slug"] == "surrey"),
            "{nodes:?}"
        );
    }
    let manchester = app
        .gql_as(&token("manchester", &["ADMIN"]), REPORTS, json!({}))
        .await;
    assert_eq!(manchester.data()["contentReports"]["totalCount"], 0);
    let editor = app
        .gql_as(&token("walsall", &["EDITOR"]), REPORTS, json!({}))
        .await;
    assert_eq!(editor.error_code(), "FORBIDDEN");
    let elsewhere = app
        .gql_as(
            &token("manchester", &["ADMIN"]),
            RESOLVE,
            json!({ "id": report }),
        )
        .await;
    assert_eq!(elsewhere.error_code(), "NOT_FOUND");

    let resolved = ok(app
        .gql_as(&walsall_admin, RESOLVE, json!({ "id": report }))
        .await);
    assert_eq!(resolved["resolveReport"]["status"], "RESOLVED");
    assert_eq!(resolved["resolveReport"]["resolvedBy"]["slug"], "walsall");
    let twice = app
        .gql_as(&curator(), RESOLVE, json!({ "id": report }))
        .await;
    assert_eq!(twice.error_code(), "BAD_USER_INPUT");

    // A case study the reporter may not read is not found.
    let (private, _) = case_study(&app, "walsall-digital-buddies-planning-notes").await;
    let hidden = app
        .gql_as(
            &token("surrey", &["VIEWER"]),
            REPORT,
            json!({ "id": private }),
        )
        .await;
    assert_eq!(hidden.error_code(), "NOT_FOUND");
}

#[tokio::test]
async fn completeness_names_the_recommended_parts_a_case_study_lacks() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let created = ok(app
        .gql_as(
            &editor,
            r#"mutation { createCaseStudy(input: { title: "Short", summary: "Too short", body: "B",
                coTypes: [CO_DESIGN], serviceArea: HOUSING, visibility: NETWORK }) {
                completeness { score missing } } }"#,
            json!({}),
        )
        .await);
    let completeness = &created["createCaseStudy"]["completeness"];
    assert_eq!(
        completeness["missing"],
        json!(["starStep", "outcomeIndicator", "evidence", "summary"])
    );
    assert!((completeness["score"].as_f64().expect("score") - 0.2).abs() < 1e-9);
    // A Welsh council's case study needs a Welsh text too; one written in Welsh has it.
    let cymru = app
        .gql(
            "{ caseStudies(first: 50, filter: { nations: [WALES] }) { nodes { language completeness { missing } } } }",
            json!({}),
        )
        .await;
    for node in cymru.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
    {
        let missing = node["completeness"]["missing"].as_array().expect("missing");
        let welsh = node["language"] == "cy";
        assert_eq!(
            !missing.contains(&json!("welshTranslation")),
            welsh,
            "{node}"
        );
    }
}

#[tokio::test]
async fn the_demo_network_has_a_curator_a_featured_and_a_verified_case_and_a_resolved_report() {
    let app = TestApp::with_demo().await;
    let answer = app
        .gql(
            "{ caseStudies(first: 50) { nodes { externalId featured verifiedBy { slug } } } }",
            json!({}),
        )
        .await;
    let nodes = answer.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    assert!(nodes.iter().filter(|n| n["featured"] == true).count() >= 1);
    assert!(
        nodes
            .iter()
            .any(|n| n["verifiedBy"]["slug"] == "governance-international")
    );
    let resolved = app
        .gql_as(&curator(), "{ contentReports(status: RESOLVED, first: 10) { nodes { outcome caseStudy { externalId } } } }", json!({}))
        .await;
    let nodes = resolved.data()["contentReports"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    assert!(
        nodes
            .iter()
            .any(|n| n["caseStudy"]["externalId"] == "manchester-health-trainers-2013"),
        "{nodes:?}"
    );
}
