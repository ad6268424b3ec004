//! Translations: text fields answer in the language asked for (`lang`, else
//! Accept-Language) with a fallback to the original; search finds a case
//! study by any of its texts and ranks the caller's language first; an edit
//! of the original marks its translations OUTDATED; bad input is refused
//! whole; a partner's batch carries translations idempotently.

use serde_json::{Value, json};

use crate::helpers::{Gql, TestApp, token};

const CREATE: &str = r#"mutation($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) { id version } }"#;

const SET: &str = r#"mutation($input: SetTranslationInput!) {
  setTranslation(input: $input) { id ... on CaseStudy { version } ... on Charter { version } ... on Initiative { version } } }"#;

const READ: &str = r#"query($id: ID!, $lang: String) { node(id: $id) { ... on CaseStudy {
  title(lang: $lang) summary(lang: $lang) body(lang: $lang) servedLanguage(lang: $lang) version
  translations { language status } } } }"#;

const WELSH_TITLE: &str = "Gofalwyr yn cyd-gynllunio seibiant";
const WELSH_BODY: &str =
    "Cyfarfu gofalwyr di-dâl â'r cyngor bob mis i ailgynllunio gwasanaethau seibiant.";

fn editor() -> String {
    token("walsall", &["EDITOR"])
}

/// Posts `query` with an Accept-Language header.
async fn gql_in(app: &TestApp, accept_language: &str, query: &str, variables: Value) -> Gql {
    let response = app
        .client
        .post(app.url("/graphql"))
        .bearer_auth(editor())
        .header("accept-language", accept_language)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .expect("request sent");
    Gql(response.json().await.expect("JSON body"))
}

async fn create(app: &TestApp, title: &str, body: &str) -> (String, i64) {
    let input = json!({ "title": title, "summary": format!("{title}: summary"), "body": body,
        "coTypes": ["CO_DESIGN"], "serviceArea": "ADULT_SOCIAL_CARE", "visibility": "NETWORK" });
    let created = app
        .gql_as(&editor(), CREATE, json!({ "input": input }))
        .await;
    let case_study = &created.data()["createCaseStudy"];
    (
        case_study["id"].as_str().expect("id").to_owned(),
        case_study["version"].as_i64().expect("version"),
    )
}

async fn translate(app: &TestApp, id: &str, version: i64, language: &str, title: &str) -> Gql {
    let input = json!({ "id": id, "language": language, "status": "HUMAN", "title": title,
        "summary": "Crynodeb", "body": WELSH_BODY, "expectedVersion": version });
    app.gql_as(&editor(), SET, json!({ "input": input })).await
}

async fn read(app: &TestApp, id: &str, lang: Option<&str>) -> Value {
    let answer = app
        .gql_as(&editor(), READ, json!({ "id": id, "lang": lang }))
        .await;
    answer.data()["node"].clone()
}

#[tokio::test]
async fn text_answers_in_the_language_asked_for_or_falls_back_to_the_original() {
    let app = TestApp::with_demo().await;
    let (translated, version) = create(
        &app,
        "Carers co-design respite",
        "Unpaid carers met monthly.",
    )
    .await;
    let (untranslated, _) = create(&app, "Carers plan breaks", "Another account.").await;
    let answer = translate(&app, &translated, version, "cy", WELSH_TITLE).await;
    assert_eq!(
        answer.data()["setTranslation"]["version"],
        version + 1,
        "a translation is a write"
    );

    let welsh = read(&app, &translated, Some("cy")).await;
    assert_eq!(welsh["title"], WELSH_TITLE);
    assert_eq!(welsh["body"], WELSH_BODY);
    assert_eq!(welsh["servedLanguage"], "cy");
    assert_eq!(
        welsh["translations"],
        json!([{ "language": "en", "status": "ORIGINAL" }, { "language": "cy", "status": "HUMAN" }])
    );
    let english = read(&app, &translated, None).await;
    assert_eq!(english["title"], "Carers co-design respite");
    assert_eq!(english["servedLanguage"], "en");
    let fallback = read(&app, &untranslated, Some("cy")).await;
    assert_eq!(fallback["title"], "Carers plan breaks");
    assert_eq!(fallback["servedLanguage"], "en");
    let regional = read(&app, &translated, Some("cy-GB")).await;
    assert_eq!(regional["servedLanguage"], "cy", "cy-GB is served by cy");

    // Without the argument, Accept-Language decides, on lists as on one record.
    let by_header = gql_in(&app, "cy, en;q=0.5", READ, json!({ "id": translated })).await;
    assert_eq!(by_header.data()["node"]["title"], WELSH_TITLE);
    assert_eq!(by_header.data()["node"]["servedLanguage"], "cy");
    let untranslated_by_header = gql_in(&app, "cy", READ, json!({ "id": untranslated })).await;
    assert_eq!(
        untranslated_by_header.data()["node"]["servedLanguage"],
        "en"
    );
    let list = gql_in(
        &app,
        "cy",
        "{ caseStudies(first: 50, filter: { owner: \"walsall\" }) { nodes { id title servedLanguage translations { language } } } }",
        json!({}),
    )
    .await;
    let nodes = list.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    let found = nodes
        .iter()
        .find(|n| n["id"] == translated)
        .expect("listed");
    assert_eq!(found["title"], WELSH_TITLE);
    for node in &nodes {
        let welsh = node["translations"]
            .as_array()
            .is_some_and(|t| t.iter().any(|t| t["language"] == "cy"));
        assert_eq!(node["servedLanguage"] == "cy", welsh, "{node}");
    }
    let english_header = gql_in(&app, "en-GB,en;q=0.9", READ, json!({ "id": translated })).await;
    assert_eq!(english_header.data()["node"]["servedLanguage"], "en");
}

#[tokio::test]
async fn search_finds_a_case_study_by_any_of_its_texts_and_ranks_the_callers_language_first() {
    let app = TestApp::with_demo().await;
    let (welsh, version) = create(
        &app,
        "Respite planning with carers",
        "Carers shaped respite.",
    )
    .await;
    translate(&app, &welsh, version, "cy", WELSH_TITLE).await;
    let (english_only, _) = create(
        &app,
        "Respite planning in the borough",
        "Respite for carers.",
    )
    .await;
    let search = |text: &'static str| json!({ "filter": { "search": text }, "order": { "field": "RELEVANCE" } });
    const SEARCH: &str = r#"query($filter: CaseStudyFilter, $order: CaseStudyOrder) {
      caseStudies(first: 20, filter: $filter, orderBy: $order) { nodes { id } } }"#;
    let ids = |answer: &Gql| -> Vec<String> {
        answer.data()["caseStudies"]["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .map(|n| n["id"].as_str().expect("id").to_owned())
            .collect()
    };
    // Welsh words, unstemmed: only the Welsh translation holds them.
    let found = ids(&app
        .gql_as(&editor(), SEARCH, search("gofalwyr seibiant"))
        .await);
    assert_eq!(found, std::slice::from_ref(&welsh));
    // English words, stemmed: the English texts.
    let found = ids(&app
        .gql_as(&editor(), SEARCH, search("respite planned"))
        .await);
    assert!(
        found.contains(&welsh) && found.contains(&english_only),
        "{found:?}"
    );
    // The Welsh reader sees the case readable in Welsh first.
    let found = ids(&gql_in(&app, "cy", SEARCH, search("respite")).await);
    assert_eq!(found.first(), Some(&welsh), "{found:?}");
    // Removing the translation removes its words from search.
    let current = read(&app, &welsh, None).await["version"]
        .as_i64()
        .expect("version");
    let removed = app
        .gql_as(
            &editor(),
            "mutation($id: ID!, $v: Int!) { removeTranslation(id: $id, language: \"cy\", expectedVersion: $v) { id } }",
            json!({ "id": welsh, "v": current }),
        )
        .await;
    assert!(removed.0.get("errors").is_none(), "{:?}", removed.0);
    let found = ids(&app
        .gql_as(&editor(), SEARCH, search("gofalwyr seibiant"))
        .await);
    assert!(found.is_empty(), "{found:?}");
}

#[tokio::test]
async fn editing_the_original_text_marks_its_translations_outdated() {
    let app = TestApp::with_demo().await;
    let (id, version) = create(
        &app,
        "Carers co-design respite",
        "Unpaid carers met monthly.",
    )
    .await;
    translate(&app, &id, version, "cy", WELSH_TITLE).await;
    const UPDATE: &str =
        r#"mutation($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { version } }"#;
    // Tags are not translated: the translation stays current.
    let tagged = app
        .gql_as(
            &editor(),
            UPDATE,
            json!({ "input": { "id": id, "expectedVersion": version + 1, "tags": ["carers"] } }),
        )
        .await;
    let version = tagged.data()["updateCaseStudy"]["version"]
        .as_i64()
        .expect("version");
    assert_eq!(
        read(&app, &id, None).await["translations"][1]["status"],
        "HUMAN"
    );
    app.gql_as(
        &editor(),
        UPDATE,
        json!({ "input": { "id": id, "expectedVersion": version, "body": "Rewritten." } }),
    )
    .await
    .data();
    let after = read(&app, &id, Some("cy")).await;
    assert_eq!(after["translations"][1]["status"], "OUTDATED");
    assert_eq!(
        after["servedLanguage"], "cy",
        "an outdated translation is still served, marked"
    );
}

#[tokio::test]
async fn a_bad_translation_is_refused_whole_with_the_field_to_fix() {
    let app = TestApp::with_demo().await;
    let (id, version) = create(
        &app,
        "Carers co-design respite",
        "Unpaid carers met monthly.",
    )
    .await;
    let attempt = |input: Value| {
        let app = &app;
        async move { app.gql_as(&editor(), SET, json!({ "input": input })).await }
    };
    let base = json!({ "id": id, "language": "cy", "status": "HUMAN", "title": "Teitl",
        "summary": "Crynodeb", "body": "Corff", "expectedVersion": version });
    let with = |key: &str, value: Value| {
        let mut input = base.clone();
        input[key] = value;
        input
    };
    for (input, field) in [
        (with("language", json!("en-GB")), "input.language"),
        (with("language", json!("not a tag")), "input.language"),
        (with("status", json!("OUTDATED")), "input.status"),
        (with("title", json!(" ")), "input.title"),
        (with("commitments", json!(["Un"])), "input.commitments"),
        (with("body", Value::Null), "input.body"),
        (
            with("id", json!(crate::helpers::global_id("Organisation", 1))),
            "input.id",
        ),
    ] {
        let answer = attempt(input.clone()).await;
        assert_eq!(answer.error_code(), "BAD_USER_INPUT", "{input}");
        assert_eq!(
            answer.0["errors"][0]["extensions"]["field"], field,
            "{input}"
        );
    }
    let stale = attempt(with("expectedVersion", json!(version + 5))).await;
    assert_eq!(stale.error_code(), "CONFLICT");
    let after = read(&app, &id, None).await;
    assert_eq!(after["version"], version, "nothing was written");
    assert_eq!(after["translations"].as_array().map(Vec::len), Some(1));
    // Another organisation cannot translate it, as it cannot edit it.
    let surrey = token("surrey", &["EDITOR"]);
    let foreign = app.gql_as(&surrey, SET, json!({ "input": base })).await;
    let edit = app
        .gql_as(
            &surrey,
            "mutation($id: ID!, $v: Int!) { updateCaseStudy(input: { id: $id, expectedVersion: $v, title: \"X\" }) { id } }",
            json!({ "id": id, "v": version }),
        )
        .await;
    assert_eq!(foreign.error_code(), edit.error_code());
    assert!(["NOT_FOUND", "FORBIDDEN"].contains(&foreign.error_code()));
}

#[tokio::test]
async fn initiatives_and_charters_are_translated_too() {
    let app = TestApp::with_demo().await;
    let initiative = app
        .gql_as(
            &editor(),
            r#"mutation { createInitiative(input: { title: "Video calls", summary: "Young people teach", coTypes: [CO_DELIVERY],
                starStep: PEOPLE_IT, serviceArea: ADULT_SOCIAL_CARE, visibility: NETWORK }) { id version language } }"#,
            json!({}),
        )
        .await;
    let initiative = initiative.data()["createInitiative"].clone();
    assert_eq!(initiative["language"], "en");
    let input = json!({ "id": initiative["id"], "language": "cy", "status": "MACHINE",
        "title": "Galwadau fideo", "summary": "Pobl ifanc yn addysgu", "expectedVersion": initiative["version"] });
    app.gql_as(&editor(), SET, json!({ "input": input }))
        .await
        .data();
    let read = app
        .gql_as(
            &editor(),
            "query($id: ID!) { node(id: $id) { ... on Initiative { title(lang: \"cy\") summary(lang: \"cy\") servedLanguage(lang: \"cy\") translations { language status } } } }",
            json!({ "id": initiative["id"] }),
        )
        .await;
    let node = &read.data()["node"];
    assert_eq!(node["title"], "Galwadau fideo");
    assert_eq!(node["translations"][1]["status"], "MACHINE");
    let body = json!({ "id": initiative["id"], "language": "fr", "status": "HUMAN", "title": "Appels",
        "summary": "Des jeunes", "body": "Pas de corps", "expectedVersion": initiative["version"].as_i64().expect("v") + 1 });
    let refused = app.gql_as(&editor(), SET, json!({ "input": body })).await;
    assert_eq!(refused.0["errors"][0]["extensions"]["field"], "input.body");

    let charter = app
        .gql_as(
            &editor(),
            r#"mutation { createCharter(input: { title: "Dementia charter", visibility: NETWORK,
                commitments: [{ party: SERVICE, kind: RESPONSIBILITY, text: "Listen first" }, { party: COMMUNITY, kind: RIGHT, text: "Be heard" }],
                risks: [{ description: "Burnout", likelihood: MEDIUM, impact: HIGH, mitigation: "Share the load" }] }) { id version } }"#,
            json!({}),
        )
        .await;
    let charter = charter.data()["createCharter"].clone();
    let short = json!({ "id": charter["id"], "language": "cy", "status": "HUMAN", "title": "Siarter dementia",
        "commitments": ["Gwrando yn gyntaf"], "expectedVersion": charter["version"] });
    let refused = app.gql_as(&editor(), SET, json!({ "input": short })).await;
    assert_eq!(
        refused.0["errors"][0]["extensions"]["field"],
        "input.commitments"
    );
    let full = json!({ "id": charter["id"], "language": "cy", "status": "HUMAN", "title": "Siarter dementia",
        "commitments": ["Gwrando yn gyntaf", "Cael eich clywed"],
        "risks": [{ "description": "Gorflinder", "mitigation": "Rhannu'r baich" }], "expectedVersion": charter["version"] });
    app.gql_as(&editor(), SET, json!({ "input": full }))
        .await
        .data();
    let read = app
        .gql_as(
            &editor(),
            "query($id: ID!) { node(id: $id) { ... on Charter { title(lang: \"cy\") commitments(lang: \"cy\") { party text } risks(lang: \"cy\") { description likelihood mitigation } servedLanguage(lang: \"cy\") } } }",
            json!({ "id": charter["id"] }),
        )
        .await;
    let node = &read.data()["node"];
    assert_eq!(node["title"], "Siarter dementia");
    assert_eq!(
        node["commitments"][1],
        json!({ "party": "COMMUNITY", "text": "Cael eich clywed" })
    );
    assert_eq!(node["risks"][0]["likelihood"], "MEDIUM");
    assert_eq!(node["risks"][0]["mitigation"], "Rhannu'r baich");
}

#[tokio::test]
async fn a_partners_batch_carries_translations_and_sending_it_again_changes_nothing() {
    let app = TestApp::with_demo().await;
    const UPSERT: &str = r#"mutation($input: [UpsertCaseStudyInput!]!) {
      upsertCaseStudies(input: $input) { created updated unchanged caseStudies { id version translations { language status } } } }"#;
    let batch = json!([{ "externalId": "p-1", "title": "Carers co-design respite", "summary": "S", "body": "B",
        "coTypes": ["CO_DESIGN"], "serviceArea": "ADULT_SOCIAL_CARE", "visibility": "NETWORK",
        "translations": [{ "language": "cy", "status": "HUMAN", "title": WELSH_TITLE, "summary": "Crynodeb", "body": WELSH_BODY }] }]);
    let sync = token("walsall", &["SYNC"]);
    let first = app.gql_as(&sync, UPSERT, json!({ "input": batch })).await;
    let first = &first.data()["upsertCaseStudies"];
    assert_eq!(first["created"], 1);
    let again = app.gql_as(&sync, UPSERT, json!({ "input": batch })).await;
    let again = &again.data()["upsertCaseStudies"];
    assert_eq!(
        (again["unchanged"].as_i64(), again["updated"].as_i64()),
        (Some(1), Some(0))
    );
    assert_eq!(
        again["caseStudies"][0]["version"],
        first["caseStudies"][0]["version"]
    );
    assert_eq!(again["caseStudies"][0]["translations"][1]["language"], "cy");
    // A changed translation alone is an update.
    let mut changed = batch.clone();
    changed[0]["translations"][0]["status"] = json!("MACHINE");
    let third = app.gql_as(&sync, UPSERT, json!({ "input": changed })).await;
    assert_eq!(third.data()["upsertCaseStudies"]["updated"], 1);
    // The original's own language is refused, naming the item.
    let mut bad = batch.clone();
    bad[0]["translations"][0]["language"] = json!("en");
    let refused = app.gql_as(&sync, UPSERT, json!({ "input": bad })).await;
    assert_eq!(
        refused.0["errors"][0]["extensions"]["field"],
        "input[0].translations[0].language"
    );
}

#[tokio::test]
async fn the_demo_network_reads_in_welsh_and_english() {
    let app = TestApp::with_demo().await;
    let answer = app
        .gql(
            "{ caseStudies(first: 50) { nodes { externalId title(lang: \"cy\") titleEn: title(lang: \"en\") servedLanguage(lang: \"cy\") translations { language status } } } }",
            json!({}),
        )
        .await;
    let nodes = answer.data()["caseStudies"]["nodes"]
        .as_array()
        .expect("nodes")
        .clone();
    let translated: Vec<&Value> = nodes
        .iter()
        .filter(|n| n["translations"].as_array().is_some_and(|t| t.len() > 1))
        .collect();
    assert!(translated.len() >= 3, "{translated:?}");
    let walsall = nodes
        .iter()
        .find(|n| n["externalId"] == "walsall-video-calls-2015")
        .expect("Walsall's case");
    assert_eq!(
        walsall["title"],
        "Pobl ifanc yn helpu pobl hŷn i ddefnyddio galwadau fideo"
    );
    assert_eq!(
        walsall["translations"][1],
        json!({ "language": "cy", "status": "MACHINE" })
    );
    let cymru = nodes
        .iter()
        .find(|n| n["externalId"] == "data-cymru-casglu-tystiolaeth-2018")
        .expect("Data Cymru's case");
    assert_eq!(cymru["servedLanguage"], "cy", "the Welsh original");
    assert_eq!(
        cymru["titleEn"],
        "Gathering evidence for co-production: pathways to public outcomes"
    );
}

#[tokio::test]
async fn english_text_is_stemmed_and_welsh_text_is_not() {
    let app = TestApp::with_demo().await;
    let create = |title: &str, language: &str, body: &str| {
        json!({ "title": title, "summary": "S", "body": body, "coTypes": ["CO_DESIGN"],
            "serviceArea": "HOUSING", "visibility": "NETWORK", "language": language })
    };
    let mut ids = Vec::new();
    for input in [
        create(
            "Tenants panel",
            "en",
            "Tenants are reviewing the repairs service.",
        ),
        create(
            "Panel tenantiaid",
            "cy",
            "Mae tenantiaid yn reviewing y gwasanaeth atgyweirio.",
        ),
    ] {
        let created = app
            .gql_as(&editor(), CREATE, json!({ "input": input }))
            .await;
        ids.push(
            created.data()["createCaseStudy"]["id"]
                .as_str()
                .expect("id")
                .to_owned(),
        );
    }
    const SEARCH: &str =
        r#"query($q: String!) { caseStudies(first: 20, filter: { search: $q }) { nodes { id } } }"#;
    let found = |answer: Gql| -> Vec<String> {
        answer.data()["caseStudies"]["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .map(|n| n["id"].as_str().expect("id").to_owned())
            .collect()
    };
    // "review" finds the English "reviewing" (stemmed), not the Welsh text's.
    let stemmed = found(
        app.gql_as(&editor(), SEARCH, json!({ "q": "review" }))
            .await,
    );
    assert!(
        stemmed.contains(&ids[0]) && !stemmed.contains(&ids[1]),
        "{stemmed:?}"
    );
    // The Welsh text's own word finds it.
    let exact = found(
        app.gql_as(&editor(), SEARCH, json!({ "q": "reviewing tenantiaid" }))
            .await,
    );
    assert_eq!(exact, std::slice::from_ref(&ids[1]));
}
