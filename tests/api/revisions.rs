//! Revisions: every write of a case study, initiative or charter is kept
//! with its field changes (long text as a diff), newest first, for the
//! owner only; restoring writes an earlier content as a new version.

use entity::revision;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Gql, TestApp, decode_global_id, token};

const REVISIONS: &str = r#"query($id: ID!) { node(id: $id) { ... on CaseStudy {
  version title body translations { language }
  revisions(first: 20) { totalCount nodes { version subject organisation { slug }
    changes { field before after diff } } } } } }"#;

const UPDATE: &str =
    r#"mutation($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { version } }"#;

fn editor() -> String {
    token("walsall", &["EDITOR"])
}

/// A body of `n` paragraphs, the `changed` one reworded.
fn body(n: usize, changed: Option<usize>) -> String {
    (0..n)
        .map(|i| match Some(i) == changed {
            true => format!("Paragraph {i} now tells what the carers decided together."),
            false => format!("Paragraph {i} of the account, as long as a paragraph of prose is."),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

async fn ok(answer: Gql) -> Value {
    assert!(answer.0.get("errors").is_none(), "{}", answer.0);
    answer.0["data"].clone()
}

async fn history(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql_as(token, REVISIONS, json!({ "id": id }))
        .await
        .data()["node"]
        .clone()
}

fn change<'a>(revision: &'a Value, field: &str) -> &'a Value {
    revision["changes"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["field"] == field))
        .unwrap_or_else(|| panic!("no change of {field} in {revision}"))
}

/// A case study written five times: created, retitled, a paragraph of its
/// long body reworded, translated, published.
async fn written_five_times(app: &TestApp) -> String {
    let input = json!({ "title": "Respite", "summary": "Carers", "body": body(30, None),
        "coTypes": ["CO_DESIGN"], "serviceArea": "ADULT_SOCIAL_CARE", "visibility": "NETWORK" });
    let created = ok(app
        .gql_as(
            &editor(),
            "mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }",
            json!({ "input": input }),
        )
        .await)
    .await;
    let id = created["createCaseStudy"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    ok(app
        .gql_as(
            &editor(),
            UPDATE,
            json!({ "input": { "id": id, "expectedVersion": 1, "title": "Respite with carers" } }),
        )
        .await)
    .await;
    ok(app
        .gql_as(
            &editor(),
            UPDATE,
            json!({ "input": { "id": id, "expectedVersion": 2, "body": body(30, Some(12)) } }),
        )
        .await)
    .await;
    ok(app
        .gql_as(
            &editor(),
            "mutation($id: ID!) { setTranslation(input: { id: $id, language: \"cy\", status: HUMAN, title: \"Seibiant\", summary: \"Gofalwyr\", body: \"Corff\", expectedVersion: 3 }) { id } }",
            json!({ "id": id }),
        )
        .await)
    .await;
    ok(app
        .gql_as(
            &editor(),
            "mutation($id: ID!) { publishCaseStudy(id: $id) { version } }",
            json!({ "id": id }),
        )
        .await)
    .await;
    id
}

#[tokio::test]
async fn revisions_list_exactly_the_writes_made_with_their_field_changes() {
    let app = TestApp::with_demo().await;
    let id = written_five_times(&app).await;
    let node = history(&app, &editor(), &id).await;
    let revisions = node["revisions"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    let versions: Vec<i64> = revisions
        .iter()
        .map(|r| r["version"].as_i64().expect("v"))
        .collect();
    assert_eq!(versions, [5, 4, 3, 2, 1], "newest first, one per write");
    assert_eq!(node["revisions"]["totalCount"], 5);
    assert!(
        revisions
            .iter()
            .all(|r| r["subject"] == "walsall-user" && r["organisation"]["slug"] == "walsall")
    );

    let published = change(&revisions[0], "status");
    assert_eq!(
        (&published["before"], &published["after"]),
        (&json!("DRAFT"), &json!("PUBLISHED"))
    );
    assert_eq!(revisions[0]["changes"].as_array().map(Vec::len), Some(1));
    let translated = change(&revisions[1], "translations.cy.title");
    assert_eq!(
        (&translated["before"], &translated["after"]),
        (&Value::Null, &json!("Seibiant"))
    );
    let edited = change(&revisions[2], "body");
    assert_eq!(
        (&edited["before"], &edited["after"]),
        (&Value::Null, &Value::Null),
        "long text is a diff"
    );
    let diff = edited["diff"].as_str().expect("a diff");
    assert!(
        diff.contains("-Paragraph 12 of the account") && diff.contains("+Paragraph 12 now tells"),
        "{diff}"
    );
    assert_eq!(revisions[2]["changes"].as_array().map(Vec::len), Some(1));
    let retitled = change(&revisions[3], "title");
    assert_eq!(
        (&retitled["before"], &retitled["after"]),
        (&json!("Respite"), &json!("Respite with carers"))
    );
    let created = change(&revisions[4], "coTypes");
    assert_eq!(created["before"], Value::Null);

    // What is kept grows with the change, not with the body.
    let kept = revision::Entity::find()
        .filter(revision::Column::RecordId.eq(decode_global_id(&id)))
        .filter(revision::Column::Version.eq(3))
        .one(&app.db)
        .await
        .expect("read")
        .expect("kept");
    assert!(
        kept.changes.to_string().len() < body(30, None).len() / 4,
        "{}",
        kept.changes
    );
}

#[tokio::test]
async fn another_organisation_sees_no_revisions_of_a_record_it_may_read() {
    let app = TestApp::with_demo().await;
    let id = written_five_times(&app).await;
    let surrey = history(&app, &token("surrey", &["ADMIN"]), &id).await;
    assert_eq!(
        surrey["title"], "Respite with carers",
        "Surrey reads the NETWORK case study"
    );
    assert_eq!(surrey["revisions"], json!({ "totalCount": 0, "nodes": [] }));
}

#[tokio::test]
async fn restoring_writes_the_old_content_as_a_new_version() {
    let app = TestApp::with_demo().await;
    let id = written_five_times(&app).await;
    const RESTORE: &str = "mutation($id: ID!, $version: Int!, $expected: Int!) { restoreRevision(id: $id, version: $version, expectedVersion: $expected) { id ... on CaseStudy { version status } } }";
    let restored = ok(app
        .gql_as(
            &editor(),
            RESTORE,
            json!({ "id": id, "version": 2, "expected": 5 }),
        )
        .await)
    .await;
    assert_eq!(restored["restoreRevision"]["version"], 6);
    assert_eq!(
        restored["restoreRevision"]["status"], "PUBLISHED",
        "the status is not content"
    );
    let node = history(&app, &editor(), &id).await;
    assert_eq!(node["title"], "Respite with carers");
    assert_eq!(node["body"], body(30, None));
    assert_eq!(
        node["translations"],
        json!([{ "language": "en" }]),
        "version 2 had no translation"
    );
    let newest = &node["revisions"]["nodes"][0];
    assert_eq!(newest["version"], 6);
    assert!(change(newest, "body")["diff"].as_str().is_some());
    assert_eq!(
        change(newest, "translations.cy.title")["after"],
        Value::Null
    );
    // Restoring the restore brings back version 5's content.
    ok(app
        .gql_as(
            &editor(),
            RESTORE,
            json!({ "id": id, "version": 5, "expected": 6 }),
        )
        .await)
    .await;
    let node = history(&app, &editor(), &id).await;
    assert_eq!(node["body"], body(30, Some(12)));
    assert_eq!(node["translations"][1]["language"], "cy");
    // The audit log names it.
    let audit = app
        .gql_as(
            &token("walsall", &["ADMIN"]),
            "{ auditLog(first: 1) { nodes { action } } }",
            json!({}),
        )
        .await;
    assert_eq!(audit.data()["auditLog"]["nodes"][0]["action"], "RESTORE");

    for (variables, code) in [
        (
            json!({ "id": id, "version": 7, "expected": 7 }),
            "BAD_USER_INPUT",
        ),
        (
            json!({ "id": id, "version": 0, "expected": 7 }),
            "BAD_USER_INPUT",
        ),
        (json!({ "id": id, "version": 2, "expected": 3 }), "CONFLICT"),
    ] {
        let refused = app.gql_as(&editor(), RESTORE, variables.clone()).await;
        assert_eq!(refused.error_code(), code, "{variables}");
    }
    let foreign = app
        .gql_as(
            &token("surrey", &["EDITOR"]),
            RESTORE,
            json!({ "id": id, "version": 2, "expected": 7 }),
        )
        .await;
    assert!(["NOT_FOUND", "FORBIDDEN"].contains(&foreign.error_code()));
    assert_eq!(
        history(&app, &editor(), &id).await["version"],
        7,
        "refusals wrote nothing"
    );

    // A record written three times before revisions were kept goes back
    // as far as they reach, and no further.
    let demo = app
        .gql_as(
            &editor(),
            "{ caseStudies(first: 20, filter: { owner: \"walsall\" }) { nodes { id } } }",
            json!({}),
        )
        .await;
    let demo = demo.data()["caseStudies"]["nodes"]
        .as_array()
        .and_then(|nodes| nodes.iter().find(|n| n["id"] != id.as_str()).cloned())
        .expect("a demo case study of Walsall's");
    entity::case_study::Entity::update_many()
        .col_expr(
            entity::case_study::Column::Version,
            sea_orm::sea_query::Expr::value(3),
        )
        .filter(
            entity::case_study::Column::Id.eq(decode_global_id(demo["id"].as_str().expect("id"))),
        )
        .exec(&app.db)
        .await
        .expect("an earlier history");
    ok(app
        .gql_as(
            &editor(),
            UPDATE,
            json!({ "input": { "id": demo["id"], "expectedVersion": 3, "title": "Renamed" } }),
        )
        .await)
    .await;
    let back = app
        .gql_as(
            &editor(),
            RESTORE,
            json!({ "id": demo["id"], "version": 3, "expected": 4 }),
        )
        .await;
    assert!(
        back.0.get("errors").is_none(),
        "one step back is kept: {}",
        back.0
    );
    let older = app
        .gql_as(
            &editor(),
            RESTORE,
            json!({ "id": demo["id"], "version": 2, "expected": 5 }),
        )
        .await;
    assert_eq!(older.error_code(), "BAD_USER_INPUT");
}

#[tokio::test]
async fn revisions_are_kept_through_a_soft_delete() {
    let app = TestApp::with_demo().await;
    let id = written_five_times(&app).await;
    ok(app
        .gql_as(
            &editor(),
            "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
            json!({ "id": id }),
        )
        .await)
    .await;
    let kept = revision::Entity::find()
        .filter(revision::Column::RecordId.eq(decode_global_id(&id)))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(kept, 6, "five writes and the deletion");
}

#[tokio::test]
async fn initiatives_and_charters_keep_revisions_and_restore_too() {
    let app = TestApp::with_demo().await;
    let created = ok(app
        .gql_as(
            &editor(),
            r#"mutation { createCharter(input: { title: "Buddies charter", visibility: NETWORK,
                commitments: [{ party: SERVICE, kind: RESPONSIBILITY, text: "Train every buddy" }] }) { id } }"#,
            json!({}),
        )
        .await)
    .await;
    let id = created["createCharter"]["id"].clone();
    ok(app
        .gql_as(
            &editor(),
            r#"mutation($id: ID!) { updateCharter(input: { id: $id, expectedVersion: 1, title: "Digital buddies charter",
                commitments: [{ party: SERVICE, kind: RESPONSIBILITY, text: "Train and support every buddy" }] }) { version } }"#,
            json!({ "id": id }),
        )
        .await)
    .await;
    let read = "query($id: ID!) { node(id: $id) { ... on Charter { title commitments { text } revisions { nodes { version changes { field } } } } } }";
    let node = app
        .gql_as(&editor(), read, json!({ "id": id }))
        .await
        .data()["node"]
        .clone();
    let fields: Vec<&str> = node["revisions"]["nodes"][0]["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["field"].as_str())
        .collect();
    assert_eq!(fields, ["commitments", "title"]);
    ok(app
        .gql_as(&editor(), "mutation($id: ID!) { restoreRevision(id: $id, version: 1, expectedVersion: 2) { id } }", json!({ "id": id }))
        .await)
    .await;
    let node = app
        .gql_as(&editor(), read, json!({ "id": id }))
        .await
        .data()["node"]
        .clone();
    assert_eq!(node["title"], "Buddies charter");
    assert_eq!(node["commitments"][0]["text"], "Train every buddy");

    let initiative = ok(app
        .gql_as(
            &editor(),
            r#"mutation { createInitiative(input: { title: "Buddies", summary: "Young and old", coTypes: [CO_DELIVERY],
                starStep: PEOPLE_IT, serviceArea: ADULT_SOCIAL_CARE, visibility: NETWORK, appraisal: { impact: 4, ease: 3 } }) { id } }"#,
            json!({}),
        )
        .await)
    .await;
    let id = initiative["createInitiative"]["id"].clone();
    ok(app
        .gql_as(
            &editor(),
            "mutation($id: ID!) { updateInitiative(input: { id: $id, expectedVersion: 1, tags: [\"buddies\"], appraisal: { impact: 5 } }) { version } }",
            json!({ "id": id }),
        )
        .await)
    .await;
    ok(app
        .gql_as(&editor(), "mutation($id: ID!) { restoreRevision(id: $id, version: 1, expectedVersion: 2) { id } }", json!({ "id": id }))
        .await)
    .await;
    let node = app
        .gql_as(&editor(), "query($id: ID!) { node(id: $id) { ... on Initiative { tags appraisal { impact ease } revisions { totalCount } } } }", json!({ "id": id }))
        .await;
    let node = &node.data()["node"];
    assert_eq!(node["tags"], json!([]));
    assert_eq!(node["appraisal"], json!({ "impact": 4, "ease": 3 }));
    assert_eq!(node["revisions"]["totalCount"], 3);
}

/// The versions the revisions of the case study `id` name, oldest first.
async fn revised_versions(app: &TestApp, id: &str) -> Vec<i32> {
    let mut versions: Vec<i32> = revision::Entity::find()
        .filter(revision::Column::RecordKind.eq(entity::vocabulary::ContentKind::CaseStudy))
        .filter(revision::Column::RecordId.eq(decode_global_id(id)))
        .all(&app.db)
        .await
        .expect("read")
        .into_iter()
        .map(|r| r.version)
        .collect();
    versions.sort_unstable();
    versions
}

#[tokio::test]
async fn every_kind_of_write_of_a_case_study_keeps_one_revision_per_version() {
    let app = TestApp::with_demo().await;
    let id = written_five_times(&app).await;
    let curator = token("governance-international", &["CURATOR"]);
    let admin = token("walsall", &["ADMIN"]);
    ok(app
        .gql_as(
            &admin,
            UPDATE,
            json!({ "input": { "id": id, "expectedVersion": 5, "visibility": "PUBLIC" } }),
        )
        .await)
    .await;
    for mutation in [
        "mutation($id: ID!) { featureCaseStudy(id: $id, featured: true) { id } }",
        "mutation($id: ID!) { verifyCaseStudy(id: $id) { id } }",
        "mutation($id: ID!) { hideCaseStudy(id: $id, reason: \"Check\") { id } }",
        "mutation($id: ID!) { unhideCaseStudy(id: $id) { id } }",
    ] {
        ok(app.gql_as(&curator, mutation, json!({ "id": id })).await).await;
    }
    ok(app
        .gql_as(&editor(), "mutation($id: ID!) { removeTranslation(id: $id, language: \"cy\", expectedVersion: 10) { id } }", json!({ "id": id }))
        .await)
    .await;
    ok(app
        .gql_as(&editor(), "mutation($id: ID!) { restoreRevision(id: $id, version: 4, expectedVersion: 11) { id } }", json!({ "id": id }))
        .await)
    .await;
    ok(app
        .gql_as(
            &editor(),
            "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
            json!({ "id": id }),
        )
        .await)
    .await;
    assert_eq!(
        revised_versions(&app, &id).await,
        (1..=13).collect::<Vec<_>>()
    );
}
