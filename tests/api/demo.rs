//! The demo network of the sources, loaded idempotently.

use serde_json::json;

use crate::helpers::{TestApp, token};

#[tokio::test]
async fn seeding_the_demo_twice_changes_nothing() {
    let app = TestApp::spawn().await;
    let first = api::seed::demo(&app.db).await.expect("first run");
    assert!(first.total() > 20, "{first:?}");
    let second = api::seed::demo(&app.db).await.expect("second run");
    assert_eq!(second.total(), 0, "{second:?}");
}

#[tokio::test]
async fn the_seven_councils_of_the_sources_are_there_with_their_gss_codes() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(
            "{ organisations(first: 100) { nodes { slug gssCode } } }",
            json!({}),
        )
        .await;
    let nodes = response.data()["organisations"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    for (slug, gss) in [
        ("surrey", "E10000030"),
        ("argyll-and-bute", "S12000035"),
        ("manchester", "E08000003"),
        ("west-lothian", "S12000040"),
        ("midlothian", "S12000019"),
        ("walsall", "E08000030"),
        ("east-dunbartonshire", "S12000045"),
    ] {
        assert!(
            nodes
                .iter()
                .any(|n| n["slug"] == slug && n["gssCode"] == gss),
            "{slug} {gss} missing"
        );
    }
}

#[tokio::test]
async fn the_first_query_of_the_readme_answers() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(
            "{ caseStudies(first: 5) { nodes { title owner { name } } } }",
            json!({}),
        )
        .await;
    let nodes = response.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    assert_eq!(nodes.len(), 5);
    assert!(
        nodes
            .iter()
            .all(|n| n["owner"]["name"].as_str().is_some_and(|s| !s.is_empty()))
    );
}

#[tokio::test]
async fn the_dementia_charter_holds_both_sides_and_the_two_risks() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(
            r#"{ charters(filter: { owner: "east-dunbartonshire" }) { nodes { title status
                 commitments { party kind text } risks { description likelihood impact mitigation }
                 signatories { party } versions { number } } } }"#,
            json!({}),
        )
        .await;
    let charter = &response.data()["charters"]["nodes"][0];
    assert_eq!(charter["title"], "Co-Production Charter for dementia");
    let commitments = charter["commitments"].as_array().expect("commitments");
    for party in ["SERVICE", "COMMUNITY"] {
        for kind in ["RIGHT", "RESPONSIBILITY"] {
            assert!(
                commitments
                    .iter()
                    .any(|c| c["party"] == party && c["kind"] == kind),
                "{party} {kind}"
            );
        }
    }
    assert_eq!(charter["status"], "ADOPTED");
    assert_eq!(charter["versions"].as_array().map(Vec::len), Some(1));
    assert_eq!(charter["signatories"].as_array().map(Vec::len), Some(2));
    let risks = charter["risks"].as_array().expect("risks");
    assert_eq!(risks.len(), 2);
    let text = serde_json::to_string(risks).expect("json").to_lowercase();
    assert!(
        text.contains("insurance") && text.contains("confidentiality"),
        "{text}"
    );
}

#[tokio::test]
async fn midlothian_shows_a_pathway_with_graded_evidence_one_gap_and_indicators() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql_as(
            &token("surrey", &["VIEWER"]),
            r#"{ initiatives(first: 2, filter: { owner: "midlothian", tags: ["outcomes"] }) { nodes {
                 appraisal { quadrant benefitCostRatio }
                 pathway { steps { kind } links { evidence { nestaLevel marylandLevel } } }
                 unevidenced: evidenceGaps(minNestaLevel: 1) { from { label } to { label } }
                 indicators { kind change } } } }"#,
            json!({}),
        )
        .await;
    let initiative = &response.data()["initiatives"]["nodes"][0];
    let pathway = &initiative["pathway"];
    let kinds: Vec<&str> = pathway["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter_map(|s| s["kind"].as_str())
        .collect();
    for kind in [
        "ACTIVITY",
        "OUTPUT",
        "INTERMEDIATE_OUTCOME",
        "FINAL_OUTCOME",
    ] {
        assert!(kinds.contains(&kind), "{kind}");
    }
    let levels: std::collections::BTreeSet<i64> = pathway["links"]
        .as_array()
        .expect("links")
        .iter()
        .flat_map(|l| l["evidence"].as_array().cloned().unwrap_or_default())
        .filter_map(|e| e["nestaLevel"].as_i64())
        .collect();
    assert!(levels.len() >= 3, "evidence at several levels: {levels:?}");
    assert_eq!(
        initiative["unevidenced"].as_array().map(Vec::len),
        Some(1),
        "one link without evidence: {}",
        initiative["unevidenced"]
    );
    assert_eq!(initiative["appraisal"]["quadrant"], "QUICK_WIN");
    assert!(initiative["indicators"][0]["change"].as_f64().is_some());
}

#[tokio::test]
async fn the_demo_has_an_accepted_peer_review_between_two_councils() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql_as(
            &token("manchester", &["VIEWER"]),
            "{ peerReviews(filter: { role: VISITOR, status: ACCEPTED }) { nodes { host { slug } initiative { title visibility } } } }",
            json!({}),
        )
        .await;
    let review = &response.data()["peerReviews"]["nodes"][0];
    assert_eq!(review["host"]["slug"], "walsall");
    assert_eq!(
        review["initiative"]["visibility"], "PRIVATE",
        "the visitor reads the private subject while the review runs"
    );
}
