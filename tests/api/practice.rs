//! Peer practice and outcome evidence: pathways with graded evidence and
//! their gaps, Club discovery, the Focus It appraisal, outcome indicators
//! and charters kept as adopted.

use serde_json::{Value, json};

use crate::helpers::{Gql, TestApp, token};

const CREATE_INITIATIVE: &str =
    "mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }";

/// Creates an initiative as `editor` and answers its id.
async fn initiative(app: &TestApp, editor: &str, input: Value) -> Value {
    let mut full = json!({ "summary": "A co-production initiative", "starStep": "MAP_IT",
                           "visibility": "NETWORK", "coTypes": ["CO_DESIGN"], "serviceArea": "HOUSING" });
    if let (Some(full), Some(given)) = (full.as_object_mut(), input.as_object()) {
        full.extend(given.clone());
    }
    app.gql_as(editor, CREATE_INITIATIVE, json!({ "input": full }))
        .await
        .data()["createInitiative"]["id"]
        .clone()
}

const ADD_STEP: &str = "mutation($id: ID!, $kind: PathwayStepKind!, $label: String!) { addPathwayStep(initiativeId: $id, kind: $kind, label: $label) { id kind label } }";
const LINK: &str = "mutation($from: ID!, $to: ID!) { linkPathwaySteps(fromId: $from, toId: $to) { id from { label } to { label } } }";
const EVIDENCE: &str = "mutation($id: ID!, $input: AddEvidenceInput!) { addEvidence(linkId: $id, input: $input) { id summary source observedOn nestaLevel marylandLevel emmie { effect mechanism moderators implementation economics } } }";
const GAPS: &str = "query($id: ID!, $level: Int) { node(id: $id) { ... on Initiative { evidenceGaps(minNestaLevel: $level) { from { label } to { label } } } } }";
const PATHWAY: &str = "query($id: ID!) { node(id: $id) { ... on Initiative { pathway { steps { label kind } links { from { label } to { label } evidence { summary nestaLevel } } } } } }";

async fn step(app: &TestApp, editor: &str, initiative: &Value, kind: &str, label: &str) -> Value {
    app.gql_as(
        editor,
        ADD_STEP,
        json!({ "id": initiative, "kind": kind, "label": label }),
    )
    .await
    .data()["addPathwayStep"]["id"]
        .clone()
}

async fn link(app: &TestApp, editor: &str, from: &Value, to: &Value) -> Gql {
    app.gql_as(editor, LINK, json!({ "from": from, "to": to }))
        .await
}

/// `from -> to` labels of a list of links.
fn arrows(links: &Value) -> Vec<String> {
    links
        .as_array()
        .expect("links")
        .iter()
        .map(|l| {
            format!(
                "{}->{}",
                l["from"]["label"].as_str().unwrap_or_default(),
                l["to"]["label"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

async fn gaps(app: &TestApp, reader: &str, initiative: &Value, level: Option<i32>) -> Vec<String> {
    let response = app
        .gql_as(reader, GAPS, json!({ "id": initiative, "level": level }))
        .await;
    arrows(&response.data()["node"]["evidenceGaps"])
}

#[tokio::test]
async fn a_pathway_stays_acyclic_and_its_evidence_gaps_are_the_links_without_evidence_at_the_level()
{
    let app = TestApp::with_demo().await;
    let editor = token("midlothian", &["EDITOR"]);
    let reader = token("surrey", &["VIEWER"]);
    let mine = initiative(&app, &editor, json!({ "title": "Falls prevention walks" })).await;
    let walks = step(&app, &editor, &mine, "ACTIVITY", "walks").await;
    let outcome = step(&app, &editor, &mine, "FINAL_OUTCOME", "fewer falls").await;
    let confidence = step(&app, &editor, &mine, "INTERMEDIATE_OUTCOME", "confidence").await;
    let sessions = step(&app, &editor, &mine, "OUTPUT", "sessions").await;

    let mut ids = std::collections::HashMap::new();
    for (from, to) in [
        (&walks, &sessions),
        (&sessions, &confidence),
        (&confidence, &outcome),
        (&walks, &confidence),
    ] {
        let made = link(&app, &editor, from, to).await;
        let made = &made.data()["linkPathwaySteps"];
        ids.insert(arrows(&json!([made]))[0].clone(), made["id"].clone());
    }

    // Closing a loop, directly or around the diamond, is refused.
    for (from, to) in [(&outcome, &walks), (&confidence, &walks), (&walks, &walks)] {
        let refused = link(&app, &editor, from, to).await;
        assert_eq!(refused.error_code(), "BAD_USER_INPUT", "{}", refused.0);
        assert!(
            refused.error_message().contains("cycle"),
            "{}",
            refused.error_message()
        );
    }
    let twice = link(&app, &editor, &walks, &sessions).await;
    assert_eq!(twice.error_code(), "CONFLICT");
    let elsewhere = initiative(&app, &editor, json!({ "title": "Another pathway" })).await;
    let stranger = step(&app, &editor, &elsewhere, "OUTPUT", "stranger").await;
    let across = link(&app, &editor, &walks, &stranger).await;
    assert_eq!(across.error_code(), "BAD_USER_INPUT");

    let add = |link: &str, input: Value| {
        let id = ids[link].clone();
        let app = &app;
        let editor = &editor;
        async move {
            app.gql_as(editor, EVIDENCE, json!({ "id": id, "input": input }))
                .await
        }
    };
    let graded = add(
        "walks->sessions",
        json!({ "summary": "Attendance registers", "nestaLevel": 3, "source": "https://example.org/registers",
                "observedOn": "2026-03-01" }),
    )
    .await;
    assert_eq!(
        graded.data()["addEvidence"]["observedOn"],
        "2026-03-01",
        "{}",
        graded.0
    );
    let emmie = add(
        "sessions->confidence",
        json!({ "summary": "Participant survey", "nestaLevel": 1, "marylandLevel": 2,
                "emmie": { "effect": "Small, self-reported", "economics": "" } }),
    )
    .await;
    assert_eq!(
        emmie.data()["addEvidence"]["emmie"],
        json!({ "effect": "Small, self-reported", "mechanism": null, "moderators": null,
                "implementation": null, "economics": null })
    );
    add(
        "confidence->fewer falls",
        json!({ "summary": "Falls before and after, matched comparison", "nestaLevel": 2 }),
    )
    .await
    .data();

    for (bad, field) in [
        (json!({ "summary": "x", "nestaLevel": 6 }), "nestaLevel"),
        (
            json!({ "summary": "x", "marylandLevel": 0 }),
            "marylandLevel",
        ),
        (json!({ "summary": "  " }), "summary"),
    ] {
        let refused = add("walks->confidence", bad).await;
        assert_eq!(refused.error_code(), "BAD_USER_INPUT");
        assert!(
            refused.error_message().contains(field),
            "{}",
            refused.error_message()
        );
    }

    // Pathway order: activities first; links by the steps they join.
    let pathway = app.gql_as(&reader, PATHWAY, json!({ "id": mine })).await;
    let pathway = &pathway.data()["node"]["pathway"];
    let labels: Vec<&str> = pathway["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter_map(|s| s["label"].as_str())
        .collect();
    assert_eq!(labels, ["walks", "sessions", "confidence", "fewer falls"]);
    assert_eq!(
        arrows(&pathway["links"]),
        [
            "walks->sessions",
            "walks->confidence",
            "sessions->confidence",
            "confidence->fewer falls"
        ]
    );
    assert_eq!(
        pathway["links"][2]["evidence"].as_array().map(Vec::len),
        Some(1),
        "refused evidence was not stored"
    );

    assert_eq!(
        gaps(&app, &reader, &mine, None).await,
        ["walks->confidence", "sessions->confidence"],
        "level 2 by default"
    );
    assert_eq!(
        gaps(&app, &reader, &mine, Some(1)).await,
        ["walks->confidence"]
    );
    assert_eq!(
        gaps(&app, &reader, &mine, Some(3)).await,
        [
            "walks->confidence",
            "sessions->confidence",
            "confidence->fewer falls"
        ]
    );
    assert_eq!(gaps(&app, &reader, &mine, Some(4)).await.len(), 4);
    let bad_level = app
        .gql_as(&reader, GAPS, json!({ "id": mine, "level": 0 }))
        .await;
    assert_eq!(bad_level.error_code(), "BAD_USER_INPUT");

    // Another council reads the NETWORK pathway but does not change it.
    let other = app
        .gql_as(
            &token("surrey", &["EDITOR"]),
            ADD_STEP,
            json!({ "id": mine, "kind": "OUTPUT", "label": "theirs" }),
        )
        .await;
    assert_eq!(other.error_code(), "FORBIDDEN");
    let anonymous = app.gql(PATHWAY, json!({ "id": mine })).await;
    assert_eq!(anonymous.data()["node"], Value::Null);

    // Unlinking keeps the steps and drops the link's evidence.
    let unlinked = app
        .gql_as(
            &editor,
            "mutation($id: ID!) { unlinkPathwaySteps(linkId: $id) }",
            json!({ "id": ids["confidence->fewer falls"] }),
        )
        .await;
    assert_eq!(
        unlinked.data()["unlinkPathwaySteps"],
        ids["confidence->fewer falls"]
    );
    assert_eq!(
        gaps(&app, &reader, &mine, Some(3)).await,
        ["walks->confidence", "sessions->confidence"]
    );

    // Removing a step takes its links and their evidence with it.
    let removed = app
        .gql_as(
            &editor,
            "mutation($id: ID!) { removePathwayStep(id: $id) }",
            json!({ "id": sessions }),
        )
        .await;
    assert_eq!(removed.data()["removePathwayStep"], sessions);
    assert_eq!(
        gaps(&app, &reader, &mine, None).await,
        ["walks->confidence"]
    );
}

const SIMILAR: &str = "query($id: ID!, $first: Int) { similarInitiatives(initiativeId: $id, first: $first) { score sharedCoTypes sharedTags sharedWords sameServiceArea furtherAlong initiative { id owner { slug } } } }";

fn matched_ids(response: &Gql, field: &str) -> Vec<Value> {
    response.data()[field]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| m["initiative"]["id"].clone())
        .collect()
}

#[tokio::test]
async fn similar_initiatives_put_alike_practice_first_and_never_show_what_the_caller_may_not_see() {
    let app = TestApp::with_demo().await;
    let surrey = token("surrey", &["EDITOR"]);
    let walsall = token("walsall", &["EDITOR"]);
    let loneliness = |title: &str, step: &str, visibility: &str| {
        json!({ "title": title, "coTypes": ["CO_DELIVERY"], "serviceArea": "ADULT_SOCIAL_CARE",
                "tags": ["loneliness"], "starStep": step, "visibility": visibility })
    };
    let subject = initiative(
        &app,
        &surrey,
        loneliness("Befriending isolated residents", "MAP_IT", "NETWORK"),
    )
    .await;
    let alike = initiative(
        &app,
        &token("manchester", &["EDITOR"]),
        loneliness(
            "Neighbours befriending isolated residents",
            "GROW_IT",
            "NETWORK",
        ),
    )
    .await;
    let same_area_only = initiative(
        &app,
        &token("argyll-and-bute", &["EDITOR"]),
        json!({ "title": "Care home commissioning panel", "coTypes": ["CO_COMMISSIONING"],
                "serviceArea": "ADULT_SOCIAL_CARE", "starStep": "GROW_IT" }),
    )
    .await;
    let unrelated = initiative(
        &app,
        &token("argyll-and-bute", &["EDITOR"]),
        json!({ "title": "Bus timetable review", "coTypes": ["CO_ASSESSMENT"],
                "serviceArea": "TRANSPORT", "tags": ["buses"] }),
    )
    .await;
    let hidden = initiative(
        &app,
        &walsall,
        loneliness("Befriending isolated residents", "GROW_IT", "PRIVATE"),
    )
    .await;
    let own = initiative(
        &app,
        &surrey,
        loneliness("Befriending isolated residents again", "GROW_IT", "NETWORK"),
    )
    .await;

    let response = app
        .gql_as(&surrey, SIMILAR, json!({ "id": subject, "first": 50 }))
        .await;
    let ids = matched_ids(&response, "similarInitiatives");
    let position = |id: &Value| ids.iter().position(|found| found == id);
    assert_eq!(position(&alike), Some(0), "{}", response.0);
    let best = &response.data()["similarInitiatives"][0];
    assert_eq!(best["sharedCoTypes"], json!(["CO_DELIVERY"]));
    assert_eq!(best["sharedTags"], json!(["loneliness"]));
    assert_eq!(
        best["sharedWords"],
        json!(["befriending", "isolated", "residents"])
    );
    assert_eq!(best["sameServiceArea"], true);
    assert_eq!(best["furtherAlong"], true);
    assert!(position(&same_area_only).is_some_and(|p| p > 0));
    assert_eq!(position(&unrelated), None, "nothing shared");
    assert_eq!(
        position(&hidden),
        None,
        "a PRIVATE initiative of another council"
    );
    assert_eq!(position(&own), None, "the caller's own organisation's");
    let scores: Vec<f64> = response.data()["similarInitiatives"]
        .as_array()
        .expect("matches")
        .iter()
        .filter_map(|m| m["score"].as_f64())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");

    // The owner of the private one sees it; so the test above can fail.
    let as_walsall = app
        .gql_as(&walsall, SIMILAR, json!({ "id": subject, "first": 50 }))
        .await;
    assert!(matched_ids(&as_walsall, "similarInitiatives").contains(&hidden));

    // peerMatches answers the same on the initiative itself.
    let peer = app
        .gql_as(
            &surrey,
            "query($id: ID!) { node(id: $id) { ... on Initiative { peerMatches(first: 3) { initiative { id } } } } }",
            json!({ "id": subject }),
        )
        .await;
    let peer_ids: Vec<Value> = peer.data()["node"]["peerMatches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| m["initiative"]["id"].clone())
        .collect();
    assert_eq!(peer_ids, ids[..3.min(ids.len())]);

    // A hidden subject is as unknown as one that never existed.
    let of_hidden = app.gql_as(&surrey, SIMILAR, json!({ "id": hidden })).await;
    assert_eq!(of_hidden.error_code(), "NOT_FOUND");
    let never = app
        .gql_as(
            &surrey,
            SIMILAR,
            json!({ "id": crate::helpers::global_id("Initiative", 999_999) }),
        )
        .await;
    assert_eq!(never.error_message(), of_hidden.error_message());
    let too_many = app
        .gql_as(&surrey, SIMILAR, json!({ "id": subject, "first": 51 }))
        .await;
    assert_eq!(too_many.error_code(), "BAD_USER_INPUT");
}

const APPRAISED: &str = "query($order: InitiativeOrderField!, $first: Int, $after: String) { initiatives(first: $first, after: $after, filter: { owner: \"surrey\" }, orderBy: { field: $order }) { pageInfo { hasNextPage endCursor } nodes { title appraisal { impact ease quadrant annualCost annualBenefit currency benefitCostRatio netAnnualBenefit } } } }";

/// Titles of Surrey's initiatives in `order`, paged two at a time.
async fn titles_in_order(app: &TestApp, reader: &str, order: &str) -> Vec<String> {
    let mut titles = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = app
            .gql_as(
                reader,
                APPRAISED,
                json!({ "order": order, "first": 2, "after": after }),
            )
            .await;
        let list = &page.data()["initiatives"];
        titles.extend(
            list["nodes"]
                .as_array()
                .expect("nodes")
                .iter()
                .filter_map(|n| n["title"].as_str().map(str::to_owned)),
        );
        if list["pageInfo"]["hasNextPage"] != true {
            return titles;
        }
        after = list["pageInfo"]["endCursor"].clone();
    }
}

#[tokio::test]
async fn the_appraisal_derives_ratio_and_quadrant_and_ranks_options() {
    let app = TestApp::with_demo().await;
    let editor = token("surrey", &["EDITOR"]);
    let before = titles_in_order(&app, &editor, "UPDATED_AT").await.len();
    let cases = [
        (
            "quick win",
            json!({ "impact": 5, "ease": 4, "annualCost": 10000, "annualBenefit": 40000 }),
        ),
        (
            "free",
            json!({ "impact": 2, "ease": 1, "annualCost": 0, "annualBenefit": 5000 }),
        ),
        (
            "half scored",
            json!({ "impact": 4, "annualCost": 20000, "annualBenefit": 30000, "currency": "eur" }),
        ),
        ("benefit only", json!({ "annualBenefit": 1000 })),
        ("unappraised", Value::Null),
    ];
    for (title, appraisal) in &cases {
        initiative(
            &app,
            &editor,
            json!({ "title": title, "appraisal": appraisal }),
        )
        .await;
    }

    let listed = app
        .gql_as(
            &editor,
            APPRAISED,
            json!({ "order": "BENEFIT_COST_RATIO", "first": 100 }),
        )
        .await;
    let nodes = listed.data()["initiatives"]["nodes"].clone();
    let by_title = |title: &str| {
        nodes
            .as_array()
            .expect("nodes")
            .iter()
            .find(|n| n["title"] == title)
            .map(|n| n["appraisal"].clone())
            .unwrap_or_else(|| panic!("{title} listed"))
    };
    assert_eq!(
        by_title("quick win"),
        json!({ "impact": 5, "ease": 4, "quadrant": "QUICK_WIN", "annualCost": 10000.0,
                "annualBenefit": 40000.0, "currency": "GBP", "benefitCostRatio": 4.0, "netAnnualBenefit": 30000.0 })
    );
    let free = by_title("free");
    assert_eq!(free["benefitCostRatio"], Value::Null, "zero cost: no ratio");
    assert_eq!(free["netAnnualBenefit"], 5000.0);
    assert_eq!(free["quadrant"], "THANKLESS_TASK");
    let half = by_title("half scored");
    assert_eq!(half["quadrant"], Value::Null, "no ease, no quadrant");
    assert_eq!(half["benefitCostRatio"], 1.5);
    assert_eq!(half["currency"], "EUR");
    let benefit_only = by_title("benefit only");
    assert_eq!(benefit_only["benefitCostRatio"], Value::Null);
    assert_eq!(benefit_only["netAnnualBenefit"], Value::Null);
    assert_eq!(benefit_only["currency"], "GBP");
    assert_eq!(
        by_title("unappraised"),
        json!({ "impact": null, "ease": null, "quadrant": null, "annualCost": null,
                "annualBenefit": null, "currency": null, "benefitCostRatio": null, "netAnnualBenefit": null })
    );

    // Ranked best first, the unknown last, and paging loses nothing.
    let by_ratio = titles_in_order(&app, &editor, "BENEFIT_COST_RATIO").await;
    assert_eq!(by_ratio[..2], ["quick win", "half scored"]);
    assert_eq!(by_ratio.len(), before + cases.len());
    let by_impact = titles_in_order(&app, &editor, "IMPACT").await;
    assert_eq!(by_impact[..3], ["quick win", "half scored", "free"]);
    assert_eq!(by_impact.len(), before + cases.len());

    for (bad, field) in [
        (json!({ "impact": 6 }), "appraisal.impact"),
        (json!({ "ease": 0 }), "appraisal.ease"),
        (json!({ "annualCost": -1 }), "appraisal.annualCost"),
        (
            json!({ "annualBenefit": 5, "currency": "POUNDS" }),
            "appraisal.currency",
        ),
    ] {
        let refused = app
            .gql_as(
                &editor,
                CREATE_INITIATIVE,
                json!({ "input": { "title": "refused", "summary": "s", "starStep": "MAP_IT", "visibility": "NETWORK",
                                   "coTypes": ["CO_DESIGN"], "serviceArea": "HOUSING", "appraisal": bad } }),
            )
            .await;
        assert_eq!(refused.error_code(), "BAD_USER_INPUT");
        assert!(
            refused.error_message().contains(field),
            "{}",
            refused.error_message()
        );
    }
    assert_eq!(
        titles_in_order(&app, &editor, "UPDATED_AT").await.len(),
        before + cases.len(),
        "refused inputs created nothing"
    );
}

#[tokio::test]
async fn an_update_replaces_the_appraisal_and_the_stored_ratio_follows() {
    let app = TestApp::with_demo().await;
    let editor = token("surrey", &["EDITOR"]);
    let id = initiative(
        &app,
        &editor,
        json!({ "title": "re-appraised", "appraisal": { "annualCost": 10, "annualBenefit": 90 } }),
    )
    .await;
    initiative(
        &app,
        &editor,
        json!({ "title": "steady", "appraisal": { "annualCost": 10, "annualBenefit": 20 } }),
    )
    .await;
    let ranked = titles_in_order(&app, &editor, "BENEFIT_COST_RATIO").await;
    assert_eq!(ranked[..2], ["re-appraised", "steady"]);
    let updated = app
        .gql_as(
            &editor,
            "mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { appraisal { impact ease quadrant benefitCostRatio } } }",
            json!({ "input": { "id": id, "expectedVersion": 1, "appraisal": { "impact": 1, "ease": 5 } } }),
        )
        .await;
    assert_eq!(
        updated.data()["updateInitiative"]["appraisal"],
        json!({ "impact": 1, "ease": 5, "quadrant": "FILL_IN", "benefitCostRatio": null })
    );
    let ranked = titles_in_order(&app, &editor, "BENEFIT_COST_RATIO").await;
    assert_eq!(
        ranked[0], "steady",
        "a cleared ratio ranks with the unknown"
    );
}

const INDICATORS: &str = "query($id: ID!) { node(id: $id) { ... on Initiative { indicators { name kind unit baseline target change progressToTarget latest { measuredOn value } measurements { measuredOn value note } } } } }";

#[tokio::test]
async fn indicators_report_the_change_from_their_baseline() {
    let app = TestApp::with_demo().await;
    let editor = token("midlothian", &["EDITOR"]);
    let mine = initiative(&app, &editor, json!({ "title": "Measured walks" })).await;
    let add = |input: Value| {
        let (app, editor, mine) = (&app, &editor, &mine);
        async move {
            app.gql_as(
                editor,
                "mutation($id: ID!, $input: AddOutcomeIndicatorInput!) { addOutcomeIndicator(initiativeId: $id, input: $input) { id change } }",
                json!({ "id": mine, "input": input }),
            )
            .await
        }
    };
    let falls = add(
        json!({ "kind": "OUTCOME", "name": "Falls", "unit": "per 1,000 residents",
                            "baseline": 12, "target": 8 }),
    )
    .await;
    let falls = falls.data()["addOutcomeIndicator"]["id"].clone();
    let visits = add(json!({ "kind": "PROCESS", "name": "Walks held", "unit": "walks" })).await;
    let visits = visits.data()["addOutcomeIndicator"]["id"].clone();
    let record = |id: &Value, on: &str, value: f64| {
        let (app, editor, id) = (&app, &editor, id.clone());
        let on = on.to_owned();
        async move {
            app.gql_as(
                editor,
                "mutation($id: ID!, $input: RecordMeasurementInput!) { recordIndicatorMeasurement(indicatorId: $id, input: $input) { value } }",
                json!({ "id": id, "input": { "measuredOn": on, "value": value, "note": "quarterly return" } }),
            )
            .await
        }
    };
    record(&falls, "2026-06-30", 9.0).await.data();
    record(&falls, "2026-03-31", 11.0).await.data();
    record(&visits, "2026-06-30", 40.0).await.data();
    let refused = record(&falls, "2026-13-01", 1.0).await;
    assert!(refused.0.get("errors").is_some(), "a bad date is refused");

    let read = app
        .gql_as(
            &token("surrey", &["VIEWER"]),
            INDICATORS,
            json!({ "id": mine }),
        )
        .await;
    let indicators = &read.data()["node"]["indicators"];
    assert_eq!(indicators[0]["name"], "Falls");
    assert_eq!(
        indicators[0]["latest"],
        json!({ "measuredOn": "2026-06-30", "value": 9.0 })
    );
    assert_eq!(indicators[0]["change"], -3.0);
    assert_eq!(indicators[0]["progressToTarget"], 0.75);
    assert_eq!(
        indicators[0]["measurements"][0]["measuredOn"], "2026-03-31",
        "oldest first"
    );
    assert_eq!(indicators[1]["kind"], "PROCESS");
    assert_eq!(indicators[1]["change"], Value::Null, "no baseline");

    let foreign = record(&falls, "2026-07-01", 1.0).await;
    assert!(foreign.0.get("errors").is_none());
    let other = app
        .gql_as(
            &token("surrey", &["EDITOR"]),
            "mutation($id: ID!) { removeOutcomeIndicator(id: $id) }",
            json!({ "id": visits }),
        )
        .await;
    assert_eq!(other.error_code(), "FORBIDDEN");
    let removed = app
        .gql_as(
            &editor,
            "mutation($id: ID!) { removeOutcomeIndicator(id: $id) }",
            json!({ "id": visits }),
        )
        .await;
    assert_eq!(removed.data()["removeOutcomeIndicator"], visits);
    let after = app.gql_as(&editor, INDICATORS, json!({ "id": mine })).await;
    assert_eq!(
        after.data()["node"]["indicators"].as_array().map(Vec::len),
        Some(1)
    );
}

const CHARTER: &str = "query($id: ID!) { node(id: $id) { ... on Charter { status version adoptedAt retiredAt signatories { name party signedOn } versions { number title commitments { text } signatories { name } } } } }";

#[tokio::test]
async fn a_charter_keeps_every_adopted_version_and_stops_changing_when_retired() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let created = app
        .gql_as(
            &editor,
            "mutation($input: CreateCharterInput!) { createCharter(input: $input) { id status } }",
            json!({ "input": { "title": "Video call buddies charter", "visibility": "NETWORK",
                               "commitments": [{ "party": "COMMUNITY", "kind": "RESPONSIBILITY", "text": "Keep passwords private" }],
                               "signatories": [{ "name": "A. Carer", "role": "Carer representative", "party": "COMMUNITY", "signedOn": "2026-05-01" }] } }),
        )
        .await;
    let id = created.data()["createCharter"]["id"].clone();
    let read = |reader: String| {
        let (app, id) = (&app, id.clone());
        async move { app.gql_as(&reader, CHARTER, json!({ "id": id })).await }
    };
    assert_eq!(
        read(editor.clone()).await.data()["node"]["versions"],
        json!([])
    );

    let adopt = "mutation($id: ID!, $v: Int!) { adoptCharter(id: $id, expectedVersion: $v) { status version } }";
    let adopted = app
        .gql_as(&editor, adopt, json!({ "id": id, "v": 1 }))
        .await;
    assert_eq!(
        adopted.data()["adoptCharter"],
        json!({ "status": "ADOPTED", "version": 2 })
    );
    let stale = app
        .gql_as(&editor, adopt, json!({ "id": id, "v": 1 }))
        .await;
    assert_eq!(stale.error_code(), "CONFLICT");

    // Changing the text of an adopted charter makes a draft revision; the
    // signed version stays as it was.
    let revised = app
        .gql_as(
            &editor,
            "mutation($input: UpdateCharterInput!) { updateCharter(input: $input) { status version } }",
            json!({ "input": { "id": id, "expectedVersion": 2,
                               "commitments": [{ "party": "SERVICE", "kind": "RIGHT", "text": "A named contact" }] } }),
        )
        .await;
    assert_eq!(
        revised.data()["updateCharter"],
        json!({ "status": "DRAFT", "version": 3 })
    );
    let now = read(token("surrey", &["VIEWER"])).await;
    let node = &now.data()["node"];
    assert_eq!(node["versions"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        node["versions"][0]["commitments"],
        json!([{ "text": "Keep passwords private" }])
    );
    assert_eq!(node["signatories"][0]["signedOn"], "2026-05-01");

    app.gql_as(&editor, adopt, json!({ "id": id, "v": 3 }))
        .await
        .data();
    let twice = read(editor.clone()).await;
    let versions = &twice.data()["node"]["versions"];
    assert_eq!(versions[1]["number"], 2);
    assert_eq!(
        versions[1]["commitments"],
        json!([{ "text": "A named contact" }])
    );

    let retired = app
        .gql_as(
            &editor,
            "mutation($id: ID!) { retireCharter(id: $id, expectedVersion: 4) { status } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(retired.data()["retireCharter"]["status"], "RETIRED");
    let after = app
        .gql_as(&editor, adopt, json!({ "id": id, "v": 5 }))
        .await;
    assert_eq!(after.error_code(), "BAD_USER_INPUT");
    let kept = read(editor.clone()).await;
    assert_eq!(
        kept.data()["node"]["versions"].as_array().map(Vec::len),
        Some(2)
    );
    assert!(kept.data()["node"]["retiredAt"].is_string());

    let empty = app
        .gql_as(
            &editor,
            "mutation($input: CreateCharterInput!) { createCharter(input: $input) { id } }",
            json!({ "input": { "title": "Empty", "visibility": "NETWORK", "status": "ADOPTED" } }),
        )
        .await;
    assert_eq!(empty.error_code(), "BAD_USER_INPUT");
    assert!(empty.error_message().contains("commitment"));
}

#[tokio::test]
async fn club_only_lists_the_practice_of_club_members() {
    let app = TestApp::with_demo().await;
    let viewer = token("walsall", &["VIEWER"]);
    for list in ["initiatives", "caseStudies"] {
        let query = |club: bool| {
            format!(
                "{{ {list}(first: 100, filter: {{ clubOnly: {club} }}) {{ totalCount nodes {{ owner {{ clubMember }} }} }} }}"
            )
        };
        let all = app.gql_as(&viewer, &query(false), json!({})).await;
        let club = app.gql_as(&viewer, &query(true), json!({})).await;
        let owners = |response: &Gql| -> Vec<bool> {
            response.data()[list]["nodes"]
                .as_array()
                .expect("nodes")
                .iter()
                .map(|n| n["owner"]["clubMember"] == true)
                .collect()
        };
        assert!(owners(&club).iter().all(|member| *member), "{list}");
        assert!(
            owners(&all).iter().any(|member| !member),
            "{list}: the demo has practice of non-members too"
        );
        assert_eq!(
            owners(&club).len(),
            owners(&all).iter().filter(|member| **member).count(),
            "{list}"
        );
    }
}

#[tokio::test]
async fn a_pathway_holds_at_most_its_ceiling_of_steps() {
    let ceiling = api::repo::initiative::parts::MAX_STEPS as usize;
    let app = TestApp::with_demo().await;
    let editor = token("midlothian", &["EDITOR"]);
    let mine = initiative(&app, &editor, json!({ "title": "A long pathway" })).await;
    // One request of aliased mutations, run in order.
    let steps: String = (0..ceiling)
        .map(|i| format!(r#"s{i}: addPathwayStep(initiativeId: $id, kind: OUTPUT, label: "step {i}") {{ id }} "#))
        .collect();
    let filled = app
        .gql_as(
            &editor,
            &format!("mutation($id: ID!) {{ {steps} }}"),
            json!({ "id": mine }),
        )
        .await;
    assert_eq!(filled.data().as_object().map(|o| o.len()), Some(ceiling));
    let one_more = app
        .gql_as(
            &editor,
            ADD_STEP,
            json!({ "id": mine, "kind": "OUTPUT", "label": "one more" }),
        )
        .await;
    assert_eq!(one_more.error_code(), "BAD_USER_INPUT");
    assert!(
        one_more
            .error_message()
            .contains(&format!("at most {ceiling}")),
        "{}",
        one_more.error_message()
    );
}

#[tokio::test]
async fn an_initiative_holds_at_most_its_ceiling_of_charters_and_a_charter_of_versions() {
    let app = TestApp::with_demo().await;
    let editor = token("walsall", &["EDITOR"]);
    let mine = initiative(&app, &editor, json!({ "title": "Many agreements" })).await;
    let create =
        "mutation($input: CreateCharterInput!) { createCharter(input: $input) { id version } }";
    let charter = |title: String| {
        json!({ "input": { "title": title, "visibility": "NETWORK", "initiativeId": mine.clone(),
            "commitments": [{ "party": "SERVICE", "kind": "RIGHT", "text": "Be heard" }] } })
    };
    let ceiling = api::repo::charter::write::MAX_CHARTERS_PER_INITIATIVE;
    let mut first = Value::Null;
    for i in 0..ceiling {
        let created = app
            .gql_as(&editor, create, charter(format!("Charter {i}")))
            .await;
        if i == 0 {
            first = created.data()["createCharter"].clone();
        }
        created.data();
    }
    let one_more = app
        .gql_as(&editor, create, charter("One too many".into()))
        .await;
    assert_eq!(one_more.error_code(), "BAD_USER_INPUT");
    assert!(
        one_more
            .error_message()
            .contains(&format!("at most {ceiling} charters")),
        "{}",
        one_more.error_message()
    );

    // Adopting, changing the text and adopting again, up to the ceiling.
    let adopt =
        "mutation($id: ID!, $v: Int!) { adoptCharter(id: $id, expectedVersion: $v) { version } }";
    let revise = "mutation($id: ID!, $v: Int!, $title: String!) { updateCharter(input: { id: $id, expectedVersion: $v, title: $title }) { version } }";
    let id = first["id"].clone();
    let mut version = first["version"].as_i64().expect("version");
    for i in 0..api::repo::charter::write::MAX_VERSIONS {
        version = app
            .gql_as(&editor, adopt, json!({ "id": id, "v": version }))
            .await
            .data()["adoptCharter"]["version"]
            .as_i64()
            .expect("adopted");
        version = app
            .gql_as(
                &editor,
                revise,
                json!({ "id": id, "v": version, "title": format!("Revision {i}") }),
            )
            .await
            .data()["updateCharter"]["version"]
            .as_i64()
            .expect("revised");
    }
    let refused = app
        .gql_as(&editor, adopt, json!({ "id": id, "v": version }))
        .await;
    assert_eq!(refused.error_code(), "BAD_USER_INPUT");
    assert!(
        refused.error_message().contains("adopted versions"),
        "{}",
        refused.error_message()
    );
}
