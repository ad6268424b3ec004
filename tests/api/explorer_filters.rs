//! The Explorer's filters: a case study's or initiative's star step and
//! evidence level (through the initiative the caller may see) and its
//! council's nation. Each filter finds exactly the records that the
//! unfiltered list shows to hold the value, for every value and caller.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

const CASE_STUDIES: &str = r#"
query($filter: CaseStudyFilter) {
  caseStudies(first: 25, filter: $filter) {
    totalCount
    nodes { id owner { nation }
      initiative { starStep pathway { links { evidence { nestaLevel } } } } }
  }
}"#;

const INITIATIVES: &str = r#"
query($filter: InitiativeFilter) {
  initiatives(first: 25, filter: $filter) {
    totalCount
    nodes { id starStep owner { nation } pathway { links { evidence { nestaLevel } } } }
  }
}"#;

const STEPS: [&str; 5] = ["MAP_IT", "FOCUS_IT", "PEOPLE_IT", "MARKET_IT", "GROW_IT"];
const NATIONS: [&str; 4] = ["ENGLAND", "SCOTLAND", "WALES", "NORTHERN_IRELAND"];

/// The highest Nesta level of an initiative's pathway, 0 with none.
fn evidence_level(initiative: &Value) -> i64 {
    initiative["pathway"]["links"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|link| link["evidence"].as_array().into_iter().flatten())
        .filter_map(|evidence| evidence["nestaLevel"].as_i64())
        .max()
        .unwrap_or(0)
}

async fn list(
    app: &TestApp,
    caller: Option<&str>,
    query: &str,
    root: &str,
    filter: Value,
) -> Vec<Value> {
    let variables = json!({ "filter": filter });
    let response = match caller {
        Some(token) => app.gql_as(token, query, variables).await,
        None => app.gql(query, variables).await,
    };
    let page = &response.data()[root];
    let nodes = page["nodes"].as_array().expect("nodes").clone();
    assert_eq!(page["totalCount"], nodes.len(), "the demo fits one page");
    nodes
}

fn ids(nodes: &[Value]) -> BTreeSet<String> {
    nodes
        .iter()
        .map(|n| n["id"].as_str().expect("id").to_owned())
        .collect()
}

/// For each filter value, the filtered list is the unfiltered list's
/// records that hold it.
async fn each_filter_finds_what_it_names(
    app: &TestApp,
    caller: Option<&str>,
    query: &str,
    root: &str,
    initiative_of: fn(&Value) -> &Value,
) {
    let all = list(app, caller, query, root, json!({})).await;
    assert!(!all.is_empty());
    let mut matched = 0;
    for step in STEPS {
        let expected: Vec<Value> = all
            .iter()
            .filter(|n| initiative_of(n)["starStep"] == step)
            .cloned()
            .collect();
        let found = list(app, caller, query, root, json!({ "starSteps": [step] })).await;
        assert_eq!(ids(&found), ids(&expected), "starSteps [{step}]");
        matched += found.len();
    }
    for nation in NATIONS {
        let expected: Vec<Value> = all
            .iter()
            .filter(|n| n["owner"]["nation"] == nation)
            .cloned()
            .collect();
        let found = list(app, caller, query, root, json!({ "nations": [nation] })).await;
        assert_eq!(ids(&found), ids(&expected), "nations [{nation}]");
        matched += found.len();
    }
    for level in 1..=5 {
        let expected: Vec<Value> = all
            .iter()
            .filter(|n| evidence_level(initiative_of(n)) >= level)
            .cloned()
            .collect();
        let found = list(
            app,
            caller,
            query,
            root,
            json!({ "minEvidenceLevel": level }),
        )
        .await;
        assert_eq!(ids(&found), ids(&expected), "minEvidenceLevel {level}");
        matched += found.len();
    }
    assert!(matched > 0, "the filters matched nothing at all");
    // Two steps together find either; the lists are sets.
    let either = list(
        app,
        caller,
        query,
        root,
        json!({ "starSteps": ["MAP_IT", "GROW_IT", "MAP_IT"] }),
    )
    .await;
    let expected: Vec<Value> = all
        .iter()
        .filter(|n| {
            ["MAP_IT", "GROW_IT"].contains(&initiative_of(n)["starStep"].as_str().unwrap_or(""))
        })
        .cloned()
        .collect();
    assert_eq!(ids(&either), ids(&expected));
}

fn own_initiative(case_study: &Value) -> &Value {
    &case_study["initiative"]
}

fn itself(initiative: &Value) -> &Value {
    initiative
}

#[tokio::test]
async fn case_study_filters_find_what_the_list_shows() {
    let app = TestApp::with_demo().await;
    let member = token("walsall", &["VIEWER"]);
    for caller in [None, Some(member.as_str())] {
        each_filter_finds_what_it_names(&app, caller, CASE_STUDIES, "caseStudies", own_initiative)
            .await;
    }
}

#[tokio::test]
async fn initiative_filters_find_what_the_list_shows() {
    let app = TestApp::with_demo().await;
    let member = token("walsall", &["VIEWER"]);
    for caller in [None, Some(member.as_str())] {
        each_filter_finds_what_it_names(&app, caller, INITIATIVES, "initiatives", itself).await;
    }
}

#[tokio::test]
async fn a_hidden_initiative_lends_its_step_to_no_one_else() {
    // A case study shared with the network, of an initiative its council
    // keeps private: to another council it has no initiative, so no step.
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR", "ADMIN"]);
    let initiative = app
        .gql_as(
            &editor,
            "mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }",
            json!({ "input": { "title": "Kept in house", "summary": "S", "coTypes": ["CO_DESIGN"],
                "starStep": "GROW_IT", "serviceArea": "HOUSING", "visibility": "PRIVATE" } }),
        )
        .await;
    let initiative_id = initiative.data()["createInitiative"]["id"].clone();
    let created = app
        .gql_as(
            &editor,
            "mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id } }",
            json!({ "input": { "title": "Quillowbank shared case", "summary": "S", "body": "B",
                "coTypes": ["CO_DESIGN"], "serviceArea": "HOUSING", "visibility": "NETWORK",
                "initiativeId": initiative_id } }),
        )
        .await;
    let id = created.data()["createCaseStudy"]["id"].clone();
    app.gql_as(
        &editor,
        "mutation($id: ID!) { publishCaseStudy(id: $id) { status } }",
        json!({ "id": id }),
    )
    .await
    .data();

    // Evidence at the highest Nesta level on the hidden initiative's pathway.
    let step = |kind: &str, label: &str| json!({ "initiativeId": initiative_id, "kind": kind, "label": label });
    let mut steps = Vec::new();
    for (kind, label) in [("ACTIVITY", "Visits"), ("OUTPUT", "Visits made")] {
        let added = app
            .gql_as(
                &editor,
                "mutation($initiativeId: ID!, $kind: PathwayStepKind!, $label: String!) {
                   addPathwayStep(initiativeId: $initiativeId, kind: $kind, label: $label) { id } }",
                step(kind, label),
            )
            .await;
        steps.push(added.data()["addPathwayStep"]["id"].clone());
    }
    let link = app
        .gql_as(
            &editor,
            "mutation($from: ID!, $to: ID!) { linkPathwaySteps(fromId: $from, toId: $to) { id } }",
            json!({ "from": steps[0], "to": steps[1] }),
        )
        .await;
    let link_id = link.data()["linkPathwaySteps"]["id"].clone();
    app.gql_as(
        &editor,
        "mutation($link: ID!) { addEvidence(linkId: $link, input: { summary: \"Scaled\", nestaLevel: 5 }) { id } }",
        json!({ "link": link_id }),
    )
    .await
    .data();

    let grow_it = json!({ "starSteps": ["GROW_IT"] });
    let level_5 = json!({ "minEvidenceLevel": 5 });
    let by_level = list(
        &app,
        Some(&editor),
        CASE_STUDIES,
        "caseStudies",
        level_5.clone(),
    )
    .await;
    assert!(
        ids(&by_level).contains(id.as_str().expect("id")),
        "its council finds it by evidence"
    );
    let own = list(
        &app,
        Some(&editor),
        CASE_STUDIES,
        "caseStudies",
        grow_it.clone(),
    )
    .await;
    assert!(
        ids(&own).contains(id.as_str().expect("id")),
        "its council finds it"
    );
    let other = token("surrey", &["VIEWER"]);
    let all = list(&app, Some(&other), CASE_STUDIES, "caseStudies", json!({})).await;
    assert!(
        ids(&all).contains(id.as_str().expect("id")),
        "the network sees the case"
    );
    let by_step = list(&app, Some(&other), CASE_STUDIES, "caseStudies", grow_it).await;
    assert!(
        !ids(&by_step).contains(id.as_str().expect("id")),
        "another council learnt the hidden initiative's step"
    );
    let by_level = list(&app, Some(&other), CASE_STUDIES, "caseStudies", level_5).await;
    assert!(
        !ids(&by_level).contains(id.as_str().expect("id")),
        "another council learnt the hidden initiative's evidence"
    );

    // Nor do the facets count the case study under the hidden initiative's
    // step or evidence for another council, while its owner's do.
    let facets = |caller: String| {
        let app = &app;
        async move {
            app.gql_as(
                &caller,
                r#"{ caseStudyFacets(filter: { search: "quillowbank" }) { total
                     starSteps { value } evidenceLevels { value } coStepMatrix { starStep } } }"#,
                json!({}),
            )
            .await
            .data()["caseStudyFacets"]
                .clone()
        }
    };
    let theirs = facets(other.clone()).await;
    assert_eq!(theirs["total"], 1, "{theirs}");
    assert_eq!(theirs["starSteps"], json!([]), "{theirs}");
    assert_eq!(theirs["evidenceLevels"], json!([]), "{theirs}");
    assert_eq!(theirs["coStepMatrix"], json!([]), "{theirs}");
    let own = facets(editor.clone()).await;
    assert_eq!(own["starSteps"], json!([{ "value": "GROW_IT" }]), "{own}");
    assert_eq!(own["evidenceLevels"], json!([{ "value": "5" }]), "{own}");
}

#[tokio::test]
async fn an_evidence_level_outside_one_to_five_is_bad_input() {
    let app = TestApp::with_demo().await;
    for (query, root) in [(CASE_STUDIES, "caseStudies"), (INITIATIVES, "initiatives")] {
        for level in [0, 6, -1] {
            let response = app
                .gql(query, json!({ "filter": { "minEvidenceLevel": level } }))
                .await;
            assert_eq!(response.error_code(), "BAD_USER_INPUT", "{root} {level}");
            assert_eq!(
                response.0["errors"][0]["extensions"]["field"],
                "filter.minEvidenceLevel"
            );
        }
    }
}

#[tokio::test]
async fn a_language_filter_finds_the_case_studies_written_in_it() {
    const WITH_LANGUAGE: &str = r#"
    query($filter: CaseStudyFilter) {
      caseStudies(first: 25, filter: $filter) { totalCount nodes { id language } }
    }"#;
    let app = TestApp::with_demo().await;
    let member = token("data-cymru", &["VIEWER"]);
    for caller in [None, Some(member.as_str())] {
        let all = list(&app, caller, WITH_LANGUAGE, "caseStudies", json!({})).await;
        let mut languages: Vec<&str> = all
            .iter()
            .map(|n| n["language"].as_str().expect("language"))
            .collect();
        languages.sort_unstable();
        languages.dedup();
        assert!(
            languages.len() > 1,
            "the demo is written in English and Welsh"
        );
        for language in languages.iter().copied().chain(["fr"]) {
            let expected: Vec<Value> = all
                .iter()
                .filter(|n| n["language"] == language)
                .cloned()
                .collect();
            let filter = json!({ "languages": [language] });
            let found = list(&app, caller, WITH_LANGUAGE, "caseStudies", filter).await;
            assert_eq!(ids(&found), ids(&expected), "languages [{language}]");
        }
        let both = list(
            &app,
            caller,
            WITH_LANGUAGE,
            "caseStudies",
            json!({ "languages": languages }),
        )
        .await;
        assert_eq!(ids(&both), ids(&all));
    }
    for bad in ["English", "e", "cy_GB", ""] {
        let response = app
            .gql(WITH_LANGUAGE, json!({ "filter": { "languages": [bad] } }))
            .await;
        assert_eq!(response.error_code(), "BAD_USER_INPUT", "{bad:?}");
        assert_eq!(
            response.0["errors"][0]["extensions"]["field"],
            "filter.languages[0]"
        );
    }
}
