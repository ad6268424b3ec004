//! Writes: roles, validation, optimistic concurrency, tombstones, audit.

use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

const CREATE_CASE_STUDY: &str = r#"
mutation($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) { id title status visibility version tags coTypes owner { slug } }
}"#;

const UPDATE_CASE_STUDY: &str = r#"
mutation($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { id title version } }"#;

fn new_case_study(title: &str) -> Value {
    json!({
        "title": title, "summary": "What we did", "body": "How it went.", "coTypes": ["CO_DESIGN"],
        "serviceArea": "HOUSING", "tags": ["Tenant Voice", "tenant-voice", "housing"], "visibility": "NETWORK",
        "externalId": format!("ext-{title}"),
    })
}

async fn create_case_study(app: &TestApp, org: &str, title: &str) -> Value {
    let response = app
        .gql_as(
            &token(org, &["EDITOR"]),
            CREATE_CASE_STUDY,
            json!({ "input": new_case_study(title) }),
        )
        .await;
    response.data()["createCaseStudy"].clone()
}

#[tokio::test]
async fn an_editor_creates_a_draft_case_study_of_its_own_organisation() {
    let app = TestApp::with_demo().await;
    let created = create_case_study(&app, "walsall", "Tenants shape repairs").await;
    assert_eq!(created["owner"]["slug"], "walsall");
    assert_eq!(created["status"], "DRAFT");
    assert_eq!(created["version"], 1);
    assert_eq!(
        created["tags"],
        json!(["housing", "tenant-voice"]),
        "tags are normalised and deduplicated"
    );
}

#[tokio::test]
async fn a_viewers_write_is_forbidden_and_an_anonymous_one_unauthenticated() {
    let app = TestApp::with_demo().await;
    let input = json!({ "input": new_case_study("Nope") });
    let viewer = app
        .gql_as(
            &token("walsall", &["VIEWER"]),
            CREATE_CASE_STUDY,
            input.clone(),
        )
        .await;
    assert_eq!(viewer.error_code(), "FORBIDDEN");
    let anonymous = app.gql(CREATE_CASE_STUDY, input).await;
    assert_eq!(anonymous.error_code(), "UNAUTHENTICATED");
    use sea_orm::EntityTrait;
    let titles: Vec<String> = entity::case_study::Entity::find()
        .all(&app.db)
        .await
        .expect("rows")
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert!(!titles.contains(&"Nope".to_owned()), "nothing was written");
}

#[tokio::test]
async fn an_empty_title_is_bad_user_input_naming_title() {
    let app = TestApp::with_demo().await;
    let mut input = new_case_study("x");
    input["title"] = json!("   ");
    let response = app
        .gql_as(
            &token("walsall", &["EDITOR"]),
            CREATE_CASE_STUDY,
            json!({ "input": input }),
        )
        .await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert_eq!(response.0["errors"][0]["extensions"]["field"], "title");
    assert!(
        response.error_message().contains("title"),
        "{}",
        response.error_message()
    );
}

#[tokio::test]
async fn other_input_rules_name_their_fields() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    for (field, value, named) in [
        ("coTypes", json!([]), "coTypes"),
        ("language", json!("English"), "language"),
        ("body", json!("x".repeat(100_001)), "body"),
        ("title", json!("x".repeat(201)), "title"),
        ("tags", json!(["x".repeat(41)]), "tags"),
    ] {
        let mut input = new_case_study("rules");
        input[field] = value;
        let response = app
            .gql_as(&editor, CREATE_CASE_STUDY, json!({ "input": input }))
            .await;
        assert_eq!(response.error_code(), "BAD_USER_INPUT", "{field}");
        assert_eq!(
            response.0["errors"][0]["extensions"]["field"], named,
            "{field}"
        );
    }
}

#[tokio::test]
async fn a_stale_expected_version_is_a_conflict_with_the_current_version() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let created = create_case_study(&app, "walsall", "Versioned").await;
    let id = created["id"].clone();

    let first = app
        .gql_as(
            &editor,
            UPDATE_CASE_STUDY,
            json!({ "input": { "id": id, "expectedVersion": 1, "title": "Second" } }),
        )
        .await;
    assert_eq!(first.data()["updateCaseStudy"]["version"], 2);

    let stale = app
        .gql_as(
            &editor,
            UPDATE_CASE_STUDY,
            json!({ "input": { "id": id, "expectedVersion": 1, "title": "Third" } }),
        )
        .await;
    assert_eq!(stale.error_code(), "CONFLICT");
    assert_eq!(stale.0["errors"][0]["extensions"]["currentVersion"], 2);
    let stored = app
        .gql_as(
            &editor,
            "query($id: ID!) { node(id: $id) { ... on CaseStudy { title version } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        stored.data()["node"],
        json!({ "title": "Second", "version": 2 }),
        "the stale write changed nothing"
    );
}

#[tokio::test]
async fn another_councils_private_record_is_not_found_and_its_visible_one_forbidden() {
    let app = TestApp::with_demo().await;
    let private = create_case_study(&app, "walsall", "Ours").await;
    // Make it PRIVATE.
    let walsall = token("walsall", &["EDITOR"]);
    app.gql_as(
        &walsall,
        UPDATE_CASE_STUDY,
        json!({ "input": { "id": private["id"], "expectedVersion": 1, "visibility": "PRIVATE" } }),
    )
    .await
    .data();
    let network = create_case_study(&app, "walsall", "Shared").await;
    app.gql_as(
        &walsall,
        "mutation($id: ID!) { publishCaseStudy(id: $id) { status } }",
        json!({ "id": network["id"] }),
    )
    .await
    .data();

    let surrey_admin = token("surrey", &["ADMIN"]);
    let hidden = app
        .gql_as(
            &surrey_admin,
            UPDATE_CASE_STUDY,
            json!({ "input": { "id": private["id"], "expectedVersion": 2, "title": "Theirs" } }),
        )
        .await;
    assert_eq!(hidden.error_code(), "NOT_FOUND");
    let never = app
        .gql_as(&surrey_admin, UPDATE_CASE_STUDY, json!({ "input": { "id": crate::helpers::global_id("CaseStudy", 999_999), "expectedVersion": 1 } }))
        .await;
    assert_eq!(never.error_code(), "NOT_FOUND");
    assert_eq!(
        hidden.error_message(),
        never.error_message(),
        "a hidden record reads like a missing one"
    );

    let visible = app
        .gql_as(
            &surrey_admin,
            "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
            json!({ "id": network["id"] }),
        )
        .await;
    assert_eq!(visible.error_code(), "FORBIDDEN");
}

#[tokio::test]
async fn only_an_admin_makes_a_case_study_public() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let mut input = new_case_study("Public");
    input["visibility"] = json!("PUBLIC");
    let created = app
        .gql_as(&editor, CREATE_CASE_STUDY, json!({ "input": input }))
        .await
        .data()["createCaseStudy"]
        .clone();
    let publish = "mutation($id: ID!) { publishCaseStudy(id: $id) { status publishedAt } }";
    let by_editor = app
        .gql_as(&editor, publish, json!({ "id": created["id"] }))
        .await;
    assert_eq!(by_editor.error_code(), "FORBIDDEN");
    let by_admin = app
        .gql_as(
            &token("walsall", &["ADMIN"]),
            publish,
            json!({ "id": created["id"] }),
        )
        .await;
    assert_eq!(by_admin.data()["publishCaseStudy"]["status"], "PUBLISHED");
    let public = app
        .gql(
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": created["id"] }),
        )
        .await;
    assert_eq!(public.data()["node"]["id"], created["id"]);
}

#[tokio::test]
async fn a_deleted_case_study_disappears_from_reads_and_its_tombstone_stays() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let created = create_case_study(&app, "walsall", "Short-lived").await;
    let deleted = app
        .gql_as(
            &editor,
            "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
            json!({ "id": created["id"] }),
        )
        .await;
    assert_eq!(deleted.data()["deleteCaseStudy"], created["id"]);
    let read = app
        .gql_as(
            &editor,
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": created["id"] }),
        )
        .await;
    assert_eq!(read.data()["node"], Value::Null);
    let again = app
        .gql_as(
            &editor,
            "mutation($id: ID!) { deleteCaseStudy(id: $id) }",
            json!({ "id": created["id"] }),
        )
        .await;
    assert_eq!(again.error_code(), "NOT_FOUND");

    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let row = entity::case_study::Entity::find()
        .filter(entity::case_study::Column::Title.eq("Short-lived"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the tombstone is kept");
    assert!(row.deleted_at.is_some());
    let changes = entity::case_study_change::Entity::find()
        .filter(entity::case_study_change::Column::CaseStudyId.eq(row.id))
        .all(&app.db)
        .await
        .expect("changes");
    assert_eq!(
        changes.last().map(|c| c.op),
        Some(entity::vocabulary::ChangeOp::Delete)
    );
}

#[tokio::test]
async fn initiatives_and_charters_are_created_updated_and_audited() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let initiative = app
        .gql_as(
            &editor,
            "mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id version } }",
            json!({ "input": { "title": "Buddies", "summary": "Phones", "coTypes": ["CO_DELIVERY"], "starStep": "PEOPLE_IT",
                                "serviceArea": "ADULT_SOCIAL_CARE", "visibility": "PRIVATE" } }),
        )
        .await
        .data()["createInitiative"]
        .clone();
    let charter = app
        .gql_as(
            &editor,
            "mutation($input: CreateCharterInput!) { createCharter(input: $input) { id version status initiative { id } } }",
            json!({ "input": { "title": "Buddy charter", "initiativeId": initiative["id"], "visibility": "PRIVATE",
                                "commitments": [{ "party": "COMMUNITY", "kind": "RESPONSIBILITY", "text": "Keep passwords private" }] } }),
        )
        .await
        .data()["createCharter"]
        .clone();
    assert_eq!(charter["status"], "DRAFT");
    assert_eq!(charter["initiative"]["id"], initiative["id"]);
    let updated = app
        .gql_as(
            &editor,
            "mutation($input: UpdateCharterInput!) { updateCharter(input: $input) { status version } }",
            json!({ "input": { "id": charter["id"], "expectedVersion": 1, "status": "ADOPTED" } }),
        )
        .await;
    assert_eq!(
        updated.data()["updateCharter"],
        json!({ "status": "ADOPTED", "version": 2 })
    );
    let renamed = app
        .gql_as(
            &editor,
            "mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { title version } }",
            json!({ "input": { "id": initiative["id"], "expectedVersion": 1, "title": "Digital buddies" } }),
        )
        .await;
    assert_eq!(renamed.data()["updateInitiative"]["version"], 2);

    let audit = app
        .gql_as(&token("walsall", &["ADMIN"]), "{ auditLog(first: 10) { totalCount nodes { subject action entityType entityId versionBefore versionAfter } } }", json!({}))
        .await;
    let entries = audit.data()["auditLog"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    assert_eq!(entries.len(), 4);
    assert_eq!(entries[0]["action"], "UPDATE");
    assert_eq!(entries[0]["entityType"], "INITIATIVE");
    assert_eq!(entries[0]["entityId"], initiative["id"]);
    assert_eq!(
        (
            entries[0]["versionBefore"].clone(),
            entries[0]["versionAfter"].clone()
        ),
        (json!(1), json!(2))
    );
    assert_eq!(entries[3]["action"], "CREATE");
    assert_eq!(entries[3]["subject"], "walsall-user");

    let other_admin = app
        .gql_as(
            &token("surrey", &["ADMIN"]),
            "{ auditLog { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(
        other_admin.data()["auditLog"]["totalCount"],
        0,
        "an admin sees only its own organisation's log"
    );
    let editor_log = app
        .gql_as(&editor, "{ auditLog { totalCount } }", json!({}))
        .await;
    assert_eq!(editor_log.error_code(), "FORBIDDEN");
}

#[tokio::test]
async fn an_admin_revokes_a_token_and_it_is_refused_at_once() {
    let app = TestApp::with_demo().await;
    let claims = crate::helpers::claims("walsall", &["VIEWER"]);
    let victim = crate::helpers::sign_hs(&claims);
    app.gql_as(&victim, "{ viewer { subject } }", json!({}))
        .await
        .data();
    let revoked = app
        .gql_as(
            &token("walsall", &["ADMIN"]),
            "mutation($jti: String!) { revokeToken(jti: $jti) }",
            json!({ "jti": claims["jti"] }),
        )
        .await;
    assert_eq!(revoked.data()["revokeToken"], claims["jti"]);
    let (status, response) = app
        .post(Some(&victim), "{ viewer { subject } }", json!({}))
        .await;
    assert_eq!(status, reqwest::StatusCode::UNAUTHORIZED, "{}", response.0);
}

#[tokio::test]
async fn an_admin_updates_its_own_organisation_only() {
    let app = TestApp::with_demo().await;
    let update = "mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { slug name gssCode version } }";
    let renamed = app
        .gql_as(&token("walsall", &["ADMIN"]), update, json!({ "input": { "expectedVersion": 1, "name": "Walsall Metropolitan Borough Council" } }))
        .await;
    assert_eq!(
        renamed.data()["updateOrganisation"],
        json!({ "slug": "walsall", "name": "Walsall Metropolitan Borough Council", "gssCode": "E08000030", "version": 2 })
    );
    let bad_code = app
        .gql_as(
            &token("walsall", &["ADMIN"]),
            update,
            json!({ "input": { "expectedVersion": 2, "gssCode": "12345" } }),
        )
        .await;
    assert_eq!(bad_code.error_code(), "BAD_USER_INPUT");
    assert_eq!(bad_code.0["errors"][0]["extensions"]["field"], "gssCode");
    let taken = app
        .gql_as(
            &token("walsall", &["ADMIN"]),
            update,
            json!({ "input": { "expectedVersion": 2, "gssCode": "E10000030" } }),
        )
        .await;
    assert_eq!(taken.error_code(), "CONFLICT", "Surrey's code is taken");
    let editor = app
        .gql_as(
            &token("walsall", &["EDITOR"]),
            update,
            json!({ "input": { "expectedVersion": 2, "name": "X" } }),
        )
        .await;
    assert_eq!(editor.error_code(), "FORBIDDEN");
}

#[tokio::test]
async fn a_later_mutation_of_a_request_answers_with_what_an_earlier_one_wrote() {
    // The request's loaders must not answer the second update with what
    // they read for the first.
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let created = create_case_study(&app, "walsall", "Twice in one request").await;
    let response = app
        .gql_as(
            &editor,
            r#"mutation($id: ID!) {
                a: updateCaseStudy(input: { id: $id, expectedVersion: 1, tags: ["one"] }) { version tags }
                b: updateCaseStudy(input: { id: $id, expectedVersion: 2, tags: ["two"], coTypes: [CO_ASSESSMENT] }) {
                    version tags coTypes }
            }"#,
            json!({ "id": created["id"] }),
        )
        .await;
    let data = response.data();
    assert_eq!(data["a"]["tags"], json!(["one"]));
    assert_eq!(data["b"]["version"], 3);
    assert_eq!(data["b"]["tags"], json!(["two"]));
    assert_eq!(data["b"]["coTypes"], json!(["CO_ASSESSMENT"]));
}
