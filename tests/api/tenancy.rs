//! The read path applies the caller's scope everywhere: an anonymous caller
//! sees PUBLIC, published records only, and a hidden record behaves exactly
//! like one that does not exist.

use entity::{
    case_study, charter, initiative,
    vocabulary::{CaseStudyStatus, Visibility},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, global_id};

#[tokio::test]
async fn anonymous_callers_see_only_public_published_case_studies() {
    let app = TestApp::with_demo().await;
    let visible = case_study::Entity::find()
        .filter(case_study::Column::Visibility.eq(Visibility::Public))
        .filter(case_study::Column::Status.eq(CaseStudyStatus::Published))
        .all(&app.db)
        .await
        .expect("rows")
        .len();
    let all = case_study::Entity::find()
        .all(&app.db)
        .await
        .expect("rows")
        .len();
    assert!(all > visible, "the demo must hold hidden case studies");

    let response = app
        .gql(
            "{ caseStudies(first: 100) { totalCount nodes { visibility status } } }",
            json!({}),
        )
        .await;
    let connection = &response.data()["caseStudies"];
    assert_eq!(connection["totalCount"], visible);
    for node in connection["nodes"].as_array().expect("nodes") {
        assert_eq!(node["visibility"], "PUBLIC");
        assert_eq!(node["status"], "PUBLISHED");
    }
}

#[tokio::test]
async fn filtering_anonymously_for_private_or_network_records_finds_nothing() {
    let app = TestApp::with_demo().await;
    for visibility in ["PRIVATE", "NETWORK"] {
        let response = app
            .gql(
                "query($v: Visibility) { caseStudies(filter: { visibility: $v }) { totalCount }
                   initiatives(filter: { visibility: $v }) { totalCount } charters(filter: { visibility: $v }) { totalCount } }",
                json!({ "v": visibility }),
            )
            .await;
        let data = response.data();
        assert_eq!(data["caseStudies"]["totalCount"], 0, "{visibility}");
        assert_eq!(data["initiatives"]["totalCount"], 0, "{visibility}");
        assert_eq!(data["charters"]["totalCount"], 0, "{visibility}");
    }
}

#[tokio::test]
async fn a_hidden_record_by_id_is_exactly_like_one_that_never_existed() {
    let app = TestApp::with_demo().await;
    let private = case_study::Entity::find()
        .filter(case_study::Column::Visibility.eq(Visibility::Private))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the demo has a private case study");
    let hidden = global_id("CaseStudy", private.id);
    let never = global_id("CaseStudy", 999_999);

    // With its relations, so that the lookup joins them.
    let query = "query($id: ID!) {
        node(id: $id) { id ... on CaseStudy { owner { name } initiative { title } } }
        nodes(ids: [$id]) { id ... on CaseStudy { owner { name } initiative { title } } } }";
    let hidden_response = app.gql(query, json!({ "id": hidden })).await;
    let never_response = app.gql(query, json!({ "id": never })).await;
    assert_eq!(hidden_response.data(), never_response.data());
    assert_eq!(hidden_response.data()["node"], serde_json::Value::Null);
}

#[tokio::test]
async fn search_does_not_reveal_hidden_case_studies() {
    let app = TestApp::with_demo().await;
    let hidden = case_study::Entity::find()
        .filter(case_study::Column::Visibility.ne(Visibility::Public))
        .all(&app.db)
        .await
        .expect("rows");
    assert!(!hidden.is_empty());
    for row in hidden {
        let word = row
            .title
            .split_whitespace()
            .max_by_key(|w| w.len())
            .expect("a word")
            .to_owned();
        let response = app
            .gql(
                "query($s: String!) { caseStudies(filter: { search: $s }) { nodes { id } } }",
                json!({ "s": word }),
            )
            .await;
        let ids: Vec<&str> = response.data()["caseStudies"]["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .filter_map(|n| n["id"].as_str())
            .collect();
        assert!(
            !ids.contains(&global_id("CaseStudy", row.id).as_str()),
            "search for {word:?} revealed {}",
            row.title
        );
    }
}

#[tokio::test]
async fn nested_fields_do_not_reveal_hidden_initiatives_or_charters() {
    let app = TestApp::with_demo().await;
    let hidden_initiatives = initiative::Entity::find()
        .filter(initiative::Column::Visibility.ne(Visibility::Public))
        .all(&app.db)
        .await
        .expect("rows");
    let hidden_charters = charter::Entity::find()
        .filter(charter::Column::Visibility.ne(Visibility::Public))
        .all(&app.db)
        .await
        .expect("rows");
    assert!(!hidden_initiatives.is_empty() && !hidden_charters.is_empty());
    // Public case studies, looked up by id: the lookup joins initiatives.
    let public: Vec<String> = case_study::Entity::find()
        .filter(case_study::Column::Visibility.eq(Visibility::Public))
        .all(&app.db)
        .await
        .expect("rows")
        .iter()
        .map(|row| global_id("CaseStudy", row.id))
        .take(100)
        .collect();
    let response = app
        .gql(
            "query($ids: [ID!]!) {
               caseStudies(first: 100) { nodes { initiative { id charters { id } } } }
               nodes(ids: $ids) { ... on CaseStudy { initiative { id charters { id } } } }
               initiatives(first: 100) { nodes { id charters { id } } } charters(first: 100) { nodes { id } } }",
            json!({ "ids": public }),
        )
        .await;
    let text = response.data().to_string();
    for row in hidden_initiatives {
        assert!(
            !text.contains(&global_id("Initiative", row.id)),
            "initiative {} revealed",
            row.title
        );
    }
    for row in hidden_charters {
        assert!(
            !text.contains(&global_id("Charter", row.id)),
            "charter {} revealed",
            row.title
        );
    }
}

#[tokio::test]
async fn anonymous_callers_see_no_peer_reviews_and_no_viewer() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(
            "{ viewer { subject } peerReviews { totalCount nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(response.data()["viewer"], serde_json::Value::Null);
    assert_eq!(response.data()["peerReviews"]["totalCount"], 0);
}

#[tokio::test]
async fn members_see_their_own_private_records_and_other_members_do_not() {
    let app = TestApp::with_demo().await;
    let private = case_study::Entity::find()
        .filter(case_study::Column::Visibility.eq(Visibility::Private))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a private case study");
    let id = global_id("CaseStudy", private.id);
    let query = "query($id: ID!) { node(id: $id) { id } }";
    let owner = entity::organisation::Entity::find_by_id(private.owner_org_id)
        .one(&app.db)
        .await
        .expect("q")
        .expect("owner");

    let as_owner = app
        .gql_as(
            &crate::helpers::token(&owner.slug, &["VIEWER"]),
            query,
            json!({ "id": id }),
        )
        .await;
    assert_eq!(as_owner.data()["node"]["id"], id.as_str());

    let other = if owner.slug == "surrey" {
        "argyll-and-bute"
    } else {
        "surrey"
    };
    let as_other = app
        .gql_as(
            &crate::helpers::token(other, &["ADMIN"]),
            query,
            json!({ "id": id }),
        )
        .await;
    assert_eq!(as_other.data()["node"], serde_json::Value::Null);
}

#[tokio::test]
async fn network_records_open_to_members_only() {
    let app = TestApp::with_demo().await;
    let query = "{ caseStudies(filter: { visibility: NETWORK }) { totalCount } }";
    let anonymous = app.gql(query, json!({})).await;
    let member = app
        .gql_as(
            &crate::helpers::token("surrey", &["VIEWER"]),
            query,
            json!({}),
        )
        .await;
    assert_eq!(anonymous.data()["caseStudies"]["totalCount"], 0);
    assert!(
        member.data()["caseStudies"]["totalCount"]
            .as_i64()
            .expect("count")
            > 0
    );
}

#[tokio::test]
async fn an_accepted_peer_review_opens_the_private_initiative_and_its_charters_to_the_visitor_only()
{
    let app = TestApp::with_demo().await;
    let review = entity::peer_review::Entity::find()
        .filter(
            entity::peer_review::Column::Status.eq(entity::vocabulary::PeerReviewStatus::Accepted),
        )
        .one(&app.db)
        .await
        .expect("query")
        .expect("an accepted review");
    let initiative_id = review
        .initiative_id
        .expect("the demo review is of an initiative");
    let visitor = entity::organisation::Entity::find_by_id(review.visitor_org_id)
        .one(&app.db)
        .await
        .expect("q")
        .expect("visitor");
    let query =
        "query($id: ID!) { node(id: $id) { ... on Initiative { visibility charters { id } } } }";
    let id = global_id("Initiative", initiative_id);

    let as_visitor = app
        .gql_as(
            &crate::helpers::token(&visitor.slug, &["VIEWER"]),
            query,
            json!({ "id": id }),
        )
        .await;
    assert_eq!(as_visitor.data()["node"]["visibility"], "PRIVATE");
    assert!(
        !as_visitor.data()["node"]["charters"]
            .as_array()
            .expect("charters")
            .is_empty()
    );

    let bystander = if visitor.slug == "surrey" {
        "argyll-and-bute"
    } else {
        "surrey"
    };
    let as_bystander = app
        .gql_as(
            &crate::helpers::token(bystander, &["VIEWER"]),
            query,
            json!({ "id": id }),
        )
        .await;
    assert_eq!(as_bystander.data()["node"], serde_json::Value::Null);
}
