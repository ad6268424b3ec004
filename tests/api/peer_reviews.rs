//! Peer reviews: requested by one side, answered by the other; while
//! accepted the visitor reads the private subject, and not before or after.

use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

const REQUEST: &str =
    "mutation($input: RequestPeerReviewInput!) { requestPeerReview(input: $input) { id status } }";
const RESPOND: &str = "mutation($id: ID!, $accept: Boolean!) { respondToPeerReview(id: $id, accept: $accept) { status } }";
const COMPLETE: &str = "mutation($id: ID!, $f: String!) { completePeerReview(id: $id, findings: $f) { status findings } }";
const READ: &str = "query($id: ID!) { node(id: $id) { id ... on Initiative { charters { title } } ... on CaseStudy { title } } }";

async fn private_subject(app: &TestApp, editor: &str, case_study: bool) -> Value {
    if case_study {
        let created = app
            .gql_as(
                editor,
                "mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { caseStudies { id } } }",
                json!({ "input": [{ "externalId": "private-one", "title": "Private", "summary": "S", "body": "B",
                                     "coTypes": ["CO_DESIGN"], "serviceArea": "HEALTH", "visibility": "PRIVATE", "status": "PUBLISHED" }] }),
            )
            .await;
        created.data()["upsertCaseStudies"]["caseStudies"][0]["id"].clone()
    } else {
        let created = app
            .gql_as(
                editor,
                "mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }",
                json!({ "input": { "title": "Private plan", "summary": "S", "coTypes": ["CO_DESIGN"], "starStep": "MAP_IT",
                                    "serviceArea": "HOUSING", "visibility": "PRIVATE" } }),
            )
            .await;
        let id = created.data()["createInitiative"]["id"].clone();
        app.gql_as(
            editor,
            "mutation($input: CreateCharterInput!) { createCharter(input: $input) { id } }",
            json!({ "input": { "title": "Private charter", "initiativeId": id, "visibility": "PRIVATE" } }),
        )
        .await
        .data();
        id
    }
}

#[tokio::test]
async fn an_accepted_review_opens_a_private_initiative_to_the_visitor_until_it_is_completed() {
    let app = TestApp::with_demo().await;
    let walsall = token("walsall", &["EDITOR"]);
    let surrey = token("surrey", &["EDITOR"]);
    let subject = private_subject(&app, &walsall, false).await;

    let requested = app
        .gql_as(&walsall, REQUEST, json!({ "input": { "kind": "STUDY_VISIT", "initiativeId": subject, "visitor": "surrey" } }))
        .await;
    let review = requested.data()["requestPeerReview"]["id"].clone();
    assert_eq!(requested.data()["requestPeerReview"]["status"], "REQUESTED");
    assert_eq!(
        app.gql_as(&surrey, READ, json!({ "id": subject }))
            .await
            .data()["node"],
        Value::Null,
        "not before acceptance"
    );

    let own_answer = app
        .gql_as(&walsall, RESPOND, json!({ "id": review, "accept": true }))
        .await;
    assert_eq!(
        own_answer.error_code(),
        "FORBIDDEN",
        "the requester does not answer its own request"
    );
    let accepted = app
        .gql_as(&surrey, RESPOND, json!({ "id": review, "accept": true }))
        .await;
    assert_eq!(accepted.data()["respondToPeerReview"]["status"], "ACCEPTED");
    let open = app.gql_as(&surrey, READ, json!({ "id": subject })).await;
    assert_eq!(open.data()["node"]["id"], subject);
    assert_eq!(
        open.data()["node"]["charters"][0]["title"],
        "Private charter",
        "its charters open too"
    );
    let bystander = app
        .gql_as(
            &token("midlothian", &["ADMIN"]),
            READ,
            json!({ "id": subject }),
        )
        .await;
    assert_eq!(bystander.data()["node"], Value::Null);

    let by_host = app
        .gql_as(&walsall, COMPLETE, json!({ "id": review, "f": "x" }))
        .await;
    assert_eq!(by_host.error_code(), "FORBIDDEN", "the visitor completes");
    let completed = app
        .gql_as(
            &surrey,
            COMPLETE,
            json!({ "id": review, "f": "Residents lead the inspections." }),
        )
        .await;
    assert_eq!(
        completed.data()["completePeerReview"]["status"],
        "COMPLETED"
    );
    assert_eq!(
        app.gql_as(&surrey, READ, json!({ "id": subject }))
            .await
            .data()["node"],
        Value::Null,
        "not after completion"
    );
    let listed = app
        .gql_as(&walsall, "{ peerReviews(filter: { role: HOST, status: COMPLETED }) { nodes { findings visitor { slug } } } }", json!({}))
        .await;
    assert_eq!(
        listed.data()["peerReviews"]["nodes"][0]["findings"],
        "Residents lead the inspections."
    );
}

#[tokio::test]
async fn the_visitors_feed_gains_the_case_study_on_acceptance_and_loses_it_on_cancellation() {
    let app = TestApp::with_demo().await;
    let walsall = token("walsall", &["EDITOR"]);
    let surrey = token("surrey", &["EDITOR"]);
    let subject = private_subject(&app, &walsall, true).await;
    let feed = "query($after: String) { caseStudyChanges(first: 100, after: $after) { nodes { op id } pageInfo { endCursor } } }";
    let start = app.gql_as(&surrey, feed, json!({})).await.data()["caseStudyChanges"]["pageInfo"]["endCursor"].clone();

    let review = app
        .gql_as(&walsall, REQUEST, json!({ "input": { "kind": "PEER_REVIEW", "caseStudyId": subject, "visitor": "surrey" } }))
        .await
        .data()["requestPeerReview"]["id"]
        .clone();
    app.gql_as(&surrey, RESPOND, json!({ "id": review, "accept": true }))
        .await
        .data();
    app.gql_as(
        &walsall,
        "mutation($id: ID!) { cancelPeerReview(id: $id) { status } }",
        json!({ "id": review }),
    )
    .await
    .data();

    let changes = app.gql_as(&surrey, feed, json!({ "after": start })).await;
    let ops: Vec<(Value, Value)> = changes.data()["caseStudyChanges"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|c| (c["op"].clone(), c["id"].clone()))
        .collect();
    // Read after the cancellation, both changes show the record as it is now: gone.
    assert_eq!(
        ops,
        vec![
            (json!("DELETE"), subject.clone()),
            (json!("DELETE"), subject.clone())
        ]
    );
    let others = app
        .gql_as(
            &token("midlothian", &["VIEWER"]),
            feed,
            json!({ "after": start }),
        )
        .await;
    assert!(
        others.data()["caseStudyChanges"]["nodes"]
            .as_array()
            .expect("nodes")
            .is_empty(),
        "no one else hears of it"
    );
}

#[tokio::test]
async fn a_request_needs_one_subject_one_other_side_and_a_date_to_come() {
    let app = TestApp::with_demo().await;
    let walsall = token("walsall", &["EDITOR"]);
    let subject = private_subject(&app, &walsall, false).await;
    for (input, field) in [
        (
            json!({ "kind": "PEER_REVIEW", "visitor": "surrey" }),
            "initiativeId",
        ),
        (
            json!({ "kind": "PEER_REVIEW", "initiativeId": subject, "visitor": "surrey", "host": "surrey" }),
            "visitor",
        ),
        (
            json!({ "kind": "PEER_REVIEW", "initiativeId": subject, "visitor": "walsall" }),
            "visitor",
        ),
        (
            json!({ "kind": "PEER_REVIEW", "initiativeId": subject, "visitor": "nowhere" }),
            "visitor",
        ),
        (
            json!({ "kind": "PEER_REVIEW", "initiativeId": subject, "visitor": "surrey", "proposedFor": "2020-01-01" }),
            "proposedFor",
        ),
    ] {
        let response = app
            .gql_as(&walsall, REQUEST, json!({ "input": input }))
            .await;
        assert_eq!(response.error_code(), "BAD_USER_INPUT", "{input}");
        assert_eq!(
            response.0["errors"][0]["extensions"]["field"], field,
            "{input}"
        );
    }
}
