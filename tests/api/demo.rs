//! The demo network of the sources, loaded idempotently.

use serde_json::json;

use crate::helpers::TestApp;

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
                 commitments { party kind text } risks { description likelihood impact mitigation } } } }"#,
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
    let risks = charter["risks"].as_array().expect("risks");
    assert_eq!(risks.len(), 2);
    let text = serde_json::to_string(risks).expect("json").to_lowercase();
    assert!(
        text.contains("insurance") && text.contains("confidentiality"),
        "{text}"
    );
}
