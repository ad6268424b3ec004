//! Requests an attacker would try: filters naming hidden records, cursors
//! the server did not issue, text Postgres cannot store, inactive
//! organisations by id, and tokens with such claims. Each answers as a
//! request about nothing, or as a client error, the same on both backends.

use base64::Engine;
use entity::{
    case_study, initiative, organisation,
    vocabulary::{CaseStudyStatus, Visibility},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, claims, global_id, sign_hs, token};

/// A NETWORK, published case study whose initiative is PRIVATE, and the
/// slug of their owner.
async fn visible_case_study_of_a_private_initiative(app: &TestApp) -> (i64, String) {
    let study = case_study::Entity::find()
        .filter(case_study::Column::InitiativeId.is_not_null())
        .one(&app.db)
        .await
        .expect("query")
        .expect("a case study with an initiative");
    let initiative_id = study.initiative_id.expect("initiative");
    let mut study: case_study::ActiveModel = study.into();
    study.visibility = Set(Visibility::Network);
    study.status = Set(CaseStudyStatus::Published);
    let study = study.update(&app.db).await.expect("update");
    let initiative = initiative::Entity::find_by_id(initiative_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("initiative");
    let mut initiative: initiative::ActiveModel = initiative.into();
    initiative.visibility = Set(Visibility::Private);
    initiative.update(&app.db).await.expect("update");
    let owner = organisation::Entity::find_by_id(study.owner_org_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("owner");
    (initiative_id, owner.slug)
}

const COUNTS_BY_INITIATIVE: &str = "query($i: ID!) {
    caseStudies(filter: { initiativeId: $i }) { totalCount nodes { id } }
    charters(filter: { initiativeId: $i }) { totalCount }
    peerReviews(filter: { initiativeId: $i }) { totalCount } }";

fn counts(response: &Value) -> [Value; 3] {
    [
        response["caseStudies"]["totalCount"].clone(),
        response["charters"]["totalCount"].clone(),
        response["peerReviews"]["totalCount"].clone(),
    ]
}

#[tokio::test]
async fn a_filter_naming_a_hidden_initiative_answers_as_one_never_used() {
    let app = TestApp::with_demo().await;
    let (initiative_id, owner) = visible_case_study_of_a_private_initiative(&app).await;
    let other = if owner == "surrey" {
        "west-lothian"
    } else {
        "surrey"
    };
    let outsider = token(other, &["VIEWER"]);

    let hidden = app
        .gql_as(
            &outsider,
            COUNTS_BY_INITIATIVE,
            json!({ "i": global_id("Initiative", initiative_id) }),
        )
        .await;
    let unused = app
        .gql_as(
            &outsider,
            COUNTS_BY_INITIATIVE,
            json!({ "i": global_id("Initiative", 999_999) }),
        )
        .await;
    assert_eq!(counts(hidden.data()), counts(unused.data()));
    assert_eq!(hidden.data()["caseStudies"]["totalCount"], 0);

    // The owner still finds its own case study by its initiative.
    let own = app
        .gql_as(
            &token(&owner, &["VIEWER"]),
            COUNTS_BY_INITIATIVE,
            json!({ "i": global_id("Initiative", initiative_id) }),
        )
        .await;
    assert!(own.data()["caseStudies"]["totalCount"].as_i64() >= Some(1));
}

#[tokio::test]
async fn a_peer_review_filter_naming_a_hidden_case_study_answers_as_one_never_used() {
    let app = TestApp::with_demo().await;
    let private = case_study::Entity::find()
        .filter(case_study::Column::Visibility.eq(Visibility::Private))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the demo holds a private case study");
    let owner = organisation::Entity::find_by_id(private.owner_org_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("owner");
    let other = if owner.slug == "surrey" {
        "west-lothian"
    } else {
        "surrey"
    };
    // A review of it whose findings the host shared with the network: the
    // outsider reads the review, never the case study it names.
    let visitor = organisation::Entity::find()
        .filter(organisation::Column::Slug.is_not_in([owner.slug.as_str(), other]))
        .filter(organisation::Column::Active.eq(true))
        .one(&app.db)
        .await
        .expect("query")
        .expect("a third organisation");
    let now = chrono::Utc::now();
    entity::peer_review::ActiveModel {
        id: sea_orm::NotSet,
        kind: Set(entity::vocabulary::PeerReviewKind::StudyVisit),
        host_org_id: Set(owner.id),
        visitor_org_id: Set(visitor.id),
        initiative_id: Set(None),
        case_study_id: Set(Some(private.id)),
        status: Set(entity::vocabulary::PeerReviewStatus::Completed),
        proposed_for: Set(None),
        message: Set(None),
        findings: Set(Some("Shared findings".into())),
        findings_shared: Set(true),
        requested_by_org_id: Set(Some(visitor.id)),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&app.db)
    .await
    .expect("review");
    let query = "query($c: ID!) { peerReviews(filter: { caseStudyId: $c }) { totalCount } }";
    let outsider = token(other, &["VIEWER"]);
    let shared = app
        .gql_as(
            &outsider,
            r#"{ peerReviews(first: 100) { nodes { findings } } }"#,
            json!({}),
        )
        .await;
    assert!(
        shared.0.to_string().contains("Shared findings"),
        "the outsider reads the shared review: {}",
        shared.0
    );
    let hidden = app
        .gql_as(
            &outsider,
            query,
            json!({ "c": global_id("CaseStudy", private.id) }),
        )
        .await;
    let unused = app
        .gql_as(
            &outsider,
            query,
            json!({ "c": global_id("CaseStudy", 999_999) }),
        )
        .await;
    assert_eq!(hidden.data(), unused.data());
}

#[tokio::test]
async fn an_inactive_organisation_is_null_by_id_and_matches_nothing_by_slug() {
    let app = TestApp::with_demo().await;
    let org = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq("surrey"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("surrey");
    let id = global_id("Organisation", org.id);
    let before = app
        .gql(
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(before.data()["node"]["id"], id.as_str());
    let mut inactive: organisation::ActiveModel = org.into();
    inactive.active = Set(false);
    inactive.update(&app.db).await.expect("update");

    let after = app
        .gql(
            "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id }
               organisation(slug: \"surrey\") { id }
               caseStudies(filter: { owner: \"surrey\" }) { totalCount }
               charters(filter: { owner: \"surrey\" }) { totalCount } }",
            json!({ "id": id }),
        )
        .await;
    let data = after.data();
    assert_eq!(data["node"], Value::Null);
    assert_eq!(data["nodes"], json!([null]));
    assert_eq!(data["organisation"], Value::Null);
    assert_eq!(data["caseStudies"]["totalCount"], 0);
    assert_eq!(data["charters"]["totalCount"], 0);
}

fn forged_cursor(order: &str, key: Value) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(json!({ "o": order, "k": key, "i": 1 }).to_string())
}

#[tokio::test]
async fn a_cursor_the_server_did_not_issue_is_a_client_error_on_every_list() {
    let app = TestApp::with_demo().await;
    let member = token("surrey", &["ADMIN"]);
    let lists = [
        ("caseStudies(first: 2, after: $c)", "UPDATED_AT"),
        (
            "caseStudies(first: 2, after: $c, orderBy: { field: TITLE })",
            "TITLE",
        ),
        (
            "caseStudies(first: 2, after: $c, orderBy: { field: PUBLISHED_AT })",
            "PUBLISHED_AT",
        ),
        ("initiatives(first: 2, after: $c)", "UPDATED_AT"),
        (
            "initiatives(first: 2, after: $c, orderBy: { field: BENEFIT_COST_RATIO })",
            "BENEFIT_COST_RATIO",
        ),
        ("organisations(first: 2, after: $c)", "NAME"),
        ("charters(first: 2, after: $c)", "UPDATED_AT"),
        ("peerReviews(first: 2, after: $c)", "UPDATED_AT"),
        ("caseStudyChanges(first: 2, after: $c)", "SEQ"),
    ];
    let wrong_keys = [
        json!({ "Text": "2020-01-01" }),
        json!({ "Time": "2020-01-01T00:00:00Z" }),
        json!({ "Integer": 3 }),
        json!({ "Number": 0.5 }),
        json!({ "Text": "a\u{0}b" }),
        json!("Null"),
        json!({ "Time": null }),
        json!({ "Unknown": 1 }),
    ];
    for (list, order) in lists {
        let query =
            format!("query($c: String) {{ x: {list} {{ pageInfo {{ hasNextPage endCursor }} }} }}");
        // The server's own cursor reads as a cursor.
        let first = app.gql_as(&member, &query, json!({ "c": null })).await;
        let issued = first.data()["x"]["pageInfo"]["endCursor"].clone();
        let second = app.gql_as(&member, &query, json!({ "c": issued })).await;
        assert!(second.0.get("errors").is_none(), "{list}: {:?}", second.0);
        let mut refused = 0;
        for key in &wrong_keys {
            let response = app
                .gql_as(
                    &member,
                    &query,
                    json!({ "c": forged_cursor(order, key.clone()) }),
                )
                .await;
            if response.0.get("errors").is_some() {
                assert_eq!(response.error_code(), "BAD_USER_INPUT", "{list} {key}");
                refused += 1;
            }
        }
        // Only the one kind (and NULL for a nullable key) may pass.
        assert!(refused >= wrong_keys.len() - 2, "{list}: {refused} refused");
    }
}

#[tokio::test]
async fn a_nul_character_is_a_client_error_naming_where_it_is() {
    let app = TestApp::with_demo().await;
    let editor = token("surrey", &["EDITOR"]);
    let cases = [
        (
            r#"{ organisation(slug: "sur\u0000rey") { id } }"#,
            json!({}),
            "slug",
        ),
        (
            "query($s: String!) { organisation(slug: $s) { id } }",
            json!({ "s": "sur\u{0}rey" }),
            "$s",
        ),
        (
            "query($s: String) { caseStudies(filter: { search: $s }) { totalCount } }",
            json!({ "s": "health\u{0}" }),
            "$s",
        ),
        (
            "mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }",
            json!({ "input": { "title": "A\u{0}B", "summary": "S", "body": "B",
                "coTypes": ["CO_DESIGN"], "serviceArea": "HEALTH", "visibility": "PRIVATE" } }),
            "$input.title",
        ),
    ];
    for (query, variables, field) in cases {
        let response = app.gql_as(&editor, query, variables).await;
        assert_eq!(response.error_code(), "BAD_USER_INPUT", "{query}");
        assert_eq!(
            response.0["errors"][0]["extensions"]["field"], field,
            "{query}"
        );
    }
}

#[tokio::test]
async fn a_token_whose_claims_hold_a_nul_is_refused_not_a_server_error() {
    let app = TestApp::with_demo().await;
    for claim in ["org", "sub", "jti"] {
        let mut claims = claims("surrey", &["VIEWER"]);
        claims[claim] = json!("surrey\u{0}");
        let (status, response) = app
            .post(Some(&sign_hs(&claims)), "{ viewer { subject } }", json!({}))
            .await;
        assert_eq!(status, reqwest::StatusCode::UNAUTHORIZED, "{claim}");
        assert_eq!(response.error_code(), "UNAUTHENTICATED", "{claim}");
    }
}

const REVOKE: &str = "mutation($jti: String!) { revokeToken(jti: $jti) }";
const VIEWER: &str = "{ viewer { subject } }";

#[tokio::test]
async fn an_admin_revokes_only_its_own_organisations_tokens() {
    let app = TestApp::with_demo().await;
    let surrey_claims = claims("surrey", &["EDITOR"]);
    let surrey_token = sign_hs(&surrey_claims);
    let jti = surrey_claims["jti"].as_str().expect("jti");
    let west_lothian_admin = token("west-lothian", &["ADMIN"]);

    // Another organisation's jti answers exactly as an unknown one...
    let foreign = app
        .gql_as(&west_lothian_admin, REVOKE, json!({ "jti": jti }))
        .await;
    let unknown = app
        .gql_as(
            &west_lothian_admin,
            REVOKE,
            json!({ "jti": "never-issued" }),
        )
        .await;
    assert_eq!(foreign.data()["revokeToken"], jti);
    assert_eq!(unknown.data()["revokeToken"], "never-issued");
    // ...and revokes nothing of theirs.
    let (status, _) = app.post(Some(&surrey_token), VIEWER, json!({})).await;
    assert_eq!(status, reqwest::StatusCode::OK);

    // Surrey's own ADMIN can still revoke it: the jti was not taken.
    app.gql_as(&token("surrey", &["ADMIN"]), REVOKE, json!({ "jti": jti }))
        .await
        .data();
    let (status, _) = app.post(Some(&surrey_token), VIEWER, json!({})).await;
    assert_eq!(status, reqwest::StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_token_that_outlives_any_revocation_is_refused() {
    let app = TestApp::with_demo().await;
    let mut claims = claims("surrey", &["VIEWER"]);
    claims["exp"] = json!(chrono::Utc::now().timestamp() + 400 * 86_400);
    let (status, _) = app.post(Some(&sign_hs(&claims)), VIEWER, json!({})).await;
    assert_eq!(status, reqwest::StatusCode::UNAUTHORIZED);
}
