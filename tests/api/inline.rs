//! Items of a page answered inline (`graphql::fast::inline`) read exactly as the
//! executor writes them: every selection is asked twice, once plain and
//! once with a key selected twice, which the executor merges into the same
//! answer and which sends the object through the executor.

use serde_json::json;

use crate::helpers::{TestApp, token};

/// Every field of a case study the inline path answers, with its owner and
/// initiative.
const EVERY_PLAIN_FIELD: &str = "id title summary body coTypes serviceArea tags language \
    visibility status publishedAt externalId version createdAt updatedAt \
    owner { id slug name kind gssCode nation version clubMember } \
    initiative { id title summary coTypes starStep serviceArea tags visibility version createdAt updatedAt }";

/// Lists, and the selections asked of their items.
const SELECTIONS: &[(&str, &str)] = &[
    ("caseStudies", EVERY_PLAIN_FIELD),
    (
        "caseStudies",
        "id title summary publishedAt owner { name slug } initiative { title starStep }",
    ),
    (
        "caseStudies",
        "id __typename t: title o: owner { __typename n: name } initiative { i: id }",
    ),
    (
        "caseStudies",
        "id ... on CaseStudy { title owner { ... on Organisation { name } } } ...Card",
    ),
    (
        "caseStudies",
        "id title owner { name @include(if: true) slug @skip(if: true) }",
    ),
    (
        "organisations",
        "id slug name kind gssCode nation version clubMember",
    ),
    (
        "initiatives",
        "id title summary coTypes starStep serviceArea tags visibility version createdAt updatedAt",
    ),
    // The owner comes through a loader: the executor answers.
    ("initiatives", "id title owner { name }"),
];

/// The body of the answer to `{ list { nodes { selection } } }`, byte for
/// byte: the order of keys is part of the answer.
async fn answer(app: &TestApp, token: Option<&str>, list: &str, selection: &str) -> String {
    let fragment = if selection.contains("...Card") {
        " fragment Card on CaseStudy { summary initiative { title } }"
    } else {
        ""
    };
    let query = format!("{{ {list}(first: 50) {{ nodes {{ {selection} }} }} }}{fragment}");
    let mut request = app
        .client
        .post(app.url("/graphql"))
        .json(&json!({ "query": query }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let body = request
        .send()
        .await
        .expect("request sent")
        .text()
        .await
        .expect("a body");
    assert!(!body.contains("\"errors\""), "{list}: {selection}: {body}");
    body
}

#[tokio::test]
async fn items_answered_inline_read_as_the_executor_writes_them() {
    let app = TestApp::with_demo().await;
    // Anonymous callers see public case studies; a member sees network and
    // its own private ones too, some with initiatives hidden from it.
    let member = token("walsall", &["VIEWER"]);
    for caller in [None, Some(member.as_str())] {
        for (list, selection) in SELECTIONS {
            let inline = answer(&app, caller, list, selection).await;
            // The key selected twice comes first, so the merged answer
            // keeps the order of keys.
            let first = selection.split_whitespace().next().expect("a field");
            let executor = answer(&app, caller, list, &format!("{first} {selection}")).await;
            assert_eq!(inline, executor, "{list}: {selection}");
            assert!(
                inline.matches("\"id\"").count() > 1,
                "{list}: {selection}: {inline}"
            );
        }
    }
}
