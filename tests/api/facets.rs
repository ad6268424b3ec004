//! `caseStudyFacets` and `initiativeFacets`: each count equals the
//! `totalCount` of the list its value filters to (or, for a dimension with
//! no filter, the records of the list holding it), the other filters kept
//! and the dimension's own left out; for the public, a member, and a council
//! visiting another under an accepted peer review; in one statement.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::helpers::{TestApp, token};

const CASE_STUDY_FACETS: &str = r#"
query($filter: CaseStudyFilter) {
  caseStudyFacets(filter: $filter) {
    total
    coTypes { value count } starSteps { value count } serviceAreas { value count }
    nations { value count } languages { value count } organisationKinds { value count }
    evidenceLevels { value count } coStepMatrix { coType starStep count }
  }
}"#;

const INITIATIVE_FACETS: &str = r#"
query($filter: InitiativeFilter) {
  initiativeFacets(filter: $filter) {
    total
    coTypes { value count } starSteps { value count } serviceAreas { value count }
    nations { value count } organisationKinds { value count }
    evidenceLevels { value count } coStepMatrix { coType starStep count }
  }
}"#;

const CASE_STUDIES: &str = r#"
query($filter: CaseStudyFilter) {
  caseStudies(first: 25, filter: $filter) { totalCount nodes { owner { kind } } }
}"#;

const INITIATIVES: &str = r#"
query($filter: InitiativeFilter) {
  initiatives(first: 25, filter: $filter) { totalCount nodes { owner { kind } } }
}"#;

/// A facet dimension and the filter that picks one of its values.
struct Dimension {
    field: &'static str,
    filter: fn(&str) -> Value,
}

/// The dimensions with a filter of their own; case studies have one more
/// than initiatives, their language.
fn dimensions(of_case_studies: bool) -> Vec<Dimension> {
    let language = Dimension {
        field: "languages",
        filter: |v| json!({ "languages": [v] }),
    };
    let mut dimensions = vec![
        Dimension {
            field: "coTypes",
            filter: |v| json!({ "coTypes": [v] }),
        },
        Dimension {
            field: "starSteps",
            filter: |v| json!({ "starSteps": [v] }),
        },
        Dimension {
            field: "serviceAreas",
            filter: |v| json!({ "serviceArea": v }),
        },
        Dimension {
            field: "nations",
            filter: |v| json!({ "nations": [v] }),
        },
        Dimension {
            field: "evidenceLevels",
            // The highest level is exactly v: at least v, and not v + 1.
            filter: |v| json!({ "minEvidenceLevel": v.parse::<i64>().expect("a level") }),
        },
    ];
    if of_case_studies {
        dimensions.push(language);
    }
    dimensions
}

struct Caller(Option<String>);

impl Caller {
    async fn ask(&self, app: &TestApp, query: &str, variables: Value) -> Value {
        let response = match &self.0 {
            Some(token) => app.gql_as(token, query, variables).await,
            None => app.gql(query, variables).await,
        };
        response.data().clone()
    }
}

fn merged(base: &Value, extra: Value) -> Value {
    let mut filter = base.clone();
    if let (Some(filter), Value::Object(extra)) = (filter.as_object_mut(), extra) {
        filter.extend(extra);
    }
    filter
}

fn counts(facet: &Value) -> BTreeMap<String, i64> {
    facet
        .as_array()
        .expect("a facet")
        .iter()
        .map(|c| {
            (
                c["value"].as_str().expect("value").to_owned(),
                c["count"].as_i64().expect("count"),
            )
        })
        .collect()
}

/// Checks every count of the facets of `base` against the lists.
async fn facets_agree_with_lists(
    app: &TestApp,
    caller: &Caller,
    base: Value,
    (facets_query, facets_root): (&str, &str),
    (list_query, list_root): (&str, &str),
) -> usize {
    let facets = caller
        .ask(app, facets_query, json!({ "filter": base }))
        .await[facets_root]
        .clone();
    let all = caller.ask(app, list_query, json!({ "filter": base })).await[list_root].clone();
    assert_eq!(facets["total"], all["totalCount"], "total of {base}");
    let mut checked = 0;
    for dimension in dimensions(facets_root == "caseStudyFacets") {
        // The dimension's own filter is left out of its counts.
        let key = (dimension.filter)("1");
        let own = key
            .as_object()
            .expect("a filter")
            .keys()
            .next()
            .expect("a key")
            .clone();
        let mut without_own = base.clone();
        if let Some(filter) = without_own.as_object_mut() {
            filter.remove(&own);
            if own == "starSteps" {
                // An initiative's single step filter is the same dimension's.
                filter.remove("starStep");
            }
        }
        let found = counts(&facets[dimension.field]);
        // A record has exactly one service area, council nation and
        // language: their counts add up to the list without their own
        // filter, so a value left out of the facet is caught too.
        if matches!(dimension.field, "serviceAreas" | "nations" | "languages") {
            let without = caller
                .ask(app, list_query, json!({ "filter": without_own }))
                .await[list_root]["totalCount"]
                .as_i64()
                .expect("a count");
            assert_eq!(
                found.values().sum::<i64>(),
                without,
                "{} of {base} add up to the list without its filter",
                dimension.field
            );
        }
        for (value, count) in &found {
            let listed = |filter: Value| async move {
                caller
                    .ask(app, list_query, json!({ "filter": filter }))
                    .await[list_root]["totalCount"]
                    .as_i64()
                    .expect("a count")
            };
            let mut expected = listed(merged(&without_own, (dimension.filter)(value))).await;
            if dimension.field == "evidenceLevels" {
                let level: i64 = value.parse().expect("a level");
                if level < 5 {
                    let next = (level + 1).to_string();
                    expected -= listed(merged(&without_own, (dimension.filter)(&next))).await;
                }
            }
            assert_eq!(*count, expected, "{} {value} of {base}", dimension.field);
            assert!(
                *count > 0,
                "{} lists {value} with no record",
                dimension.field
            );
            checked += 1;
        }
    }
    // The dimension without a filter of its own: the list's records holding each value.
    let mut kinds: BTreeMap<String, i64> = BTreeMap::new();
    for node in all["nodes"].as_array().expect("nodes") {
        *kinds
            .entry(node["owner"]["kind"].as_str().expect("kind").to_owned())
            .or_default() += 1;
    }
    assert_eq!(
        counts(&facets["organisationKinds"]),
        kinds,
        "organisationKinds of {base}"
    );
    assert_eq!(
        Some(kinds.values().sum::<i64>()),
        facets["total"].as_i64(),
        "organisationKinds of {base} add up to the total"
    );
    // The matrix: each cell's count is the list with both values.
    for cell in facets["coStepMatrix"].as_array().expect("matrix") {
        let mut filter = base.clone();
        if let Some(filter) = filter.as_object_mut() {
            filter.remove("starStep");
            filter.insert("coTypes".into(), json!([cell["coType"]]));
            filter.insert("starSteps".into(), json!([cell["starStep"]]));
        }
        let listed = caller
            .ask(app, list_query, json!({ "filter": filter }))
            .await;
        assert_eq!(
            cell["count"], listed[list_root]["totalCount"],
            "matrix {cell} of {base}"
        );
        checked += 1;
    }
    checked
}

fn callers() -> Vec<Caller> {
    vec![
        Caller(None),
        Caller(Some(token("surrey", &["VIEWER"]))),
        // Visiting Walsall under an accepted peer review of the demo.
        Caller(Some(token("manchester", &["VIEWER"]))),
    ]
}

#[tokio::test]
async fn case_study_facets_count_what_the_filtered_lists_find() {
    let app = TestApp::with_demo().await;
    let mut checked = 0;
    for caller in callers() {
        for base in [
            json!({}),
            json!({ "coTypes": ["CO_DELIVERY"] }),
            json!({ "nations": ["ENGLAND"], "starSteps": ["GROW_IT", "MAP_IT"] }),
            json!({ "search": "community" }),
            json!({ "languages": ["cy"], "coTypes": ["CO_ASSESSMENT"] }),
        ] {
            checked += facets_agree_with_lists(
                &app,
                &caller,
                base,
                (CASE_STUDY_FACETS, "caseStudyFacets"),
                (CASE_STUDIES, "caseStudies"),
            )
            .await;
        }
    }
    assert!(checked > 50, "only {checked} counts were checked");
}

#[tokio::test]
async fn initiative_facets_count_what_the_filtered_lists_find() {
    let app = TestApp::with_demo().await;
    let mut checked = 0;
    for caller in callers() {
        for base in [
            json!({}),
            json!({ "coTypes": ["CO_DESIGN"] }),
            json!({ "starStep": "GROW_IT", "nations": ["ENGLAND", "WALES"] }),
        ] {
            checked += facets_agree_with_lists(
                &app,
                &caller,
                base,
                (INITIATIVE_FACETS, "initiativeFacets"),
                (INITIATIVES, "initiatives"),
            )
            .await;
        }
    }
    assert!(checked > 30, "only {checked} counts were checked");
}

#[tokio::test]
async fn a_selected_value_keeps_its_dimension_open() {
    // Disjunctive: with Co-delivery chosen, the Co counts are those of the
    // unfiltered list, so a portal can still show "Co-design (n)".
    let app = TestApp::with_demo().await;
    let ask = |filter: Value| {
        let app = &app;
        async move {
            app.gql(CASE_STUDY_FACETS, json!({ "filter": filter }))
                .await
                .data()["caseStudyFacets"]
                .clone()
        }
    };
    let open = ask(json!({})).await;
    let chosen = ask(json!({ "coTypes": ["CO_DELIVERY"] })).await;
    assert_eq!(chosen["coTypes"], open["coTypes"]);
    assert!(
        counts(&open["coTypes"]).len() > 1,
        "the demo has several Co's"
    );
    assert!(chosen["total"].as_i64() < open["total"].as_i64());
}

#[tokio::test]
async fn facets_cost_one_statement_whatever_the_network_size() {
    let app = TestApp::with_demo().await;
    let member = token("walsall", &["VIEWER"]);
    let filter = json!({ "filter": { "coTypes": ["CO_DESIGN"], "nations": ["ENGLAND"] } });
    // A token's first request reads its organisation: the least of a few
    // runs is the request's own cost.
    let mut statements = u64::MAX;
    for _ in 0..3 {
        let before = app.statements().await;
        app.gql_as(&member, CASE_STUDY_FACETS, filter.clone())
            .await
            .data();
        statements = statements.min(app.statements().await - before);
    }
    assert_eq!(statements, 1);
}
