//! Focus It: the Business Case Generator's figures to the penny, and the
//! Barriers to Co-production survey, whose benchmark shows only when five
//! councils with ten answers each contribute, so that no council's own
//! figures can be read from it.

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, token},
    toolkit::{editor, initiative, ok},
};

const SET_CASE: &str = "mutation($id: ID!, $input: BusinessCaseInput!) { setBusinessCase(initiativeId: $id, input: $input) {
    discountRate currency presentValueBenefits presentValueCosts npv benefitCostRatio paybackYear
    years { year benefits costs discountFactor discountedNet cumulativeDiscountedNet }
    sensitivity { presentValueBenefits presentValueCosts npv benefitCostRatio paybackYear } } }";

fn flow(year: i64, category: &str, amount: f64) -> Value {
    json!({ "year": year, "category": category, "amount": amount })
}

/// `value` is `expected` to the penny.
fn penny(value: &Value, expected: f64, what: &str) {
    let got = value
        .as_f64()
        .unwrap_or_else(|| panic!("{what} is not a number: {value}"));
    assert!(
        (got - expected).abs() < 0.005,
        "{what}: {got} is not {expected}"
    );
}

/// Present values, NPV, BCR and payback year, as computed by hand.
struct Expected {
    pv_benefits: f64,
    pv_costs: f64,
    npv: f64,
    bcr: Option<f64>,
    payback: Option<i64>,
}

fn assert_figures(figures: &Value, expected: &Expected, what: &str) {
    for (field, value) in [
        ("presentValueBenefits", expected.pv_benefits),
        ("presentValueCosts", expected.pv_costs),
        ("npv", expected.npv),
    ] {
        penny(&figures[field], value, &format!("{what} {field}"));
    }
    match expected.bcr {
        Some(bcr) => penny(&figures["benefitCostRatio"], bcr, &format!("{what} BCR")),
        None => assert_eq!(figures["benefitCostRatio"], Value::Null, "{what} BCR"),
    }
    assert_eq!(
        figures["paybackYear"],
        json!(expected.payback),
        "{what} payback"
    );
}

const APPRAISAL: &str = "query($id: ID!) { node(id: $id) { ... on Initiative { appraisal { benefitCostRatio } businessCase { npv } } } }";

#[tokio::test]
async fn the_business_case_is_right_to_the_penny_and_ranks_the_councils_options() {
    let app = TestApp::with_demo().await;
    let walsall = editor("walsall");
    let with_zero_cost_year = initiative(
        &app,
        "walsall",
        "NETWORK",
        json!({ "annualCost": 1000.0, "annualBenefit": 3000.0 }),
    )
    .await;
    let thirty_years = initiative(&app, "walsall", "PRIVATE", Value::Null).await;
    let costless = initiative(&app, "walsall", "PUBLIC", Value::Null).await;

    let before = ok(app
        .gql_as(&walsall, APPRAISAL, json!({ "id": with_zero_cost_year }))
        .await);
    let bcr = &before["node"]["appraisal"]["benefitCostRatio"];
    assert!(
        (bcr.as_f64().expect("annual ratio") - 3.0).abs() < 1e-9,
        "{before}"
    );
    assert_eq!(before["node"]["businessCase"], Value::Null);

    // Year 0 costs 100,000; year 1 saves 30,000 and costs nothing; year 2
    // saves 40,000 for 10,000 of partners' costs; year 3 brings 50,000 of
    // social value and 10,000 of non-cashable savings for 5,000.
    let case = ok(app
        .gql_as(
            &walsall,
            SET_CASE,
            json!({ "id": with_zero_cost_year, "input": { "flows": [
                flow(0, "COUNCIL_COST", 100_000.0),
                flow(1, "CASHABLE_SAVING", 30_000.0),
                flow(2, "CASHABLE_SAVING", 40_000.0),
                flow(2, "PARTNER_COST", 10_000.0),
                flow(3, "SOCIAL_VALUE", 50_000.0),
                flow(3, "NON_CASHABLE_SAVING", 10_000.0),
                flow(3, "COUNCIL_COST", 5_000.0),
            ] } }),
        )
        .await);
    let case = &case["setBusinessCase"];
    assert_eq!(
        case["discountRate"], 0.035,
        "the Green Book's rate by default"
    );
    assert_eq!(case["currency"], "GBP");
    // Discount factors at 3.5%: 1, 1/1.035 = 0.96618357, 1/1.035² =
    // 0.93351070, 1/1.035³ = 0.90194271 (year 0 is not discounted).
    // PV benefits = 30,000 × 0.96618357 + 40,000 × 0.93351070 + 60,000 × 0.90194271
    //             = 28,985.51 + 37,340.43 + 54,116.56 = 120,442.50
    // PV costs    = 100,000 + 10,000 × 0.93351070 + 5,000 × 0.90194271
    //             = 100,000 + 9,335.11 + 4,509.71 = 113,844.82
    // NPV = 6,597.68; BCR = 120,442.50 / 113,844.82 = 1.05795
    // Cumulative discounted net: −100,000; −71,014.49; −43,009.17; +6,597.68:
    // it pays back in year 3.
    assert_figures(
        case,
        &Expected {
            pv_benefits: 120_442.497_601,
            pv_costs: 113_844.820_532,
            npv: 6_597.677_069,
            bcr: Some(1.057_953_248),
            payback: Some(3),
        },
        "case A",
    );
    let years = case["years"].as_array().expect("years");
    assert_eq!(years.len(), 4);
    for (row, (factor, net, cumulative)) in years.iter().zip([
        (1.0, -100_000.0, -100_000.0),
        (0.966_183_575, 28_985.507_246, -71_014.492_754),
        (0.933_510_700, 28_005.321_011, -43_009.171_743),
        (0.901_942_706, 49_606.848_812, 6_597.677_069),
    ]) {
        assert!(
            (row["discountFactor"].as_f64().expect("factor") - factor).abs() < 1e-8,
            "{row}"
        );
        penny(&row["discountedNet"], net, "discounted net");
        penny(&row["cumulativeDiscountedNet"], cumulative, "cumulative");
    }
    assert_eq!(years[1]["costs"], 0.0, "the zero-cost year");
    // Sensitivity: benefits × 0.8, costs × 1.2.
    // PV benefits = 0.8 × 120,442.50 = 96,354.00
    // PV costs    = 120,000 + 12,000 × 0.93351070 + 6,000 × 0.90194271
    //             = 120,000 + 11,202.13 + 5,411.66 = 136,613.78
    // NPV = −40,259.79; BCR = 0.70530; cumulative −120,000; −96,811.59;
    // −78,141.38; −40,259.79: it never pays back.
    assert_figures(
        &case["sensitivity"],
        &Expected {
            pv_benefits: 96_353.998_081,
            pv_costs: 136_613.784_638,
            npv: -40_259.786_558,
            bcr: Some(0.705_302_165),
            payback: None,
        },
        "case A, sensitivity",
    );
    let after = ok(app
        .gql_as(&walsall, APPRAISAL, json!({ "id": with_zero_cost_year }))
        .await);
    penny(
        &after["node"]["appraisal"]["benefitCostRatio"],
        1.057_953_248,
        "the appraisal's ratio is now the business case's",
    );

    // Thirty years: 250,000 now; from year 1 to 30, 10,000 saved and
    // 5,000 of partners' costs each year. Σ 1.035^−t for t = 1..30 =
    // (1 − 1.035^−30) / 0.035 = (1 − 0.35627841) / 0.035 = 18.39204541.
    // PV benefits = 10,000 × 18.39204541 = 183,920.45
    // PV costs    = 250,000 + 5,000 × 18.39204541 = 341,960.23
    // NPV = −158,039.77; BCR = 0.53784; the net 5,000 a year never pays back.
    // Sensitivity: 0.8 × 183,920.45 = 147,136.36; 1.2 × 341,960.23 =
    // 410,352.27; NPV = −263,215.91; BCR = 0.35856.
    let mut flows = vec![flow(0, "COUNCIL_COST", 250_000.0)];
    for year in 1..=30 {
        flows.push(flow(year, "CASHABLE_SAVING", 10_000.0));
        flows.push(flow(year, "PARTNER_COST", 5_000.0));
    }
    let long = ok(app
        .gql_as(
            &walsall,
            SET_CASE,
            json!({ "id": thirty_years, "input": { "discountRate": 0.035, "flows": flows } }),
        )
        .await);
    let long = &long["setBusinessCase"];
    let thirty = Expected {
        pv_benefits: 183_920.454_114,
        pv_costs: 341_960.227_057,
        npv: -158_039.772_943,
        bcr: Some(0.537_841_654),
        payback: None,
    };
    assert_figures(long, &thirty, "case B");
    assert_figures(
        &long["sensitivity"],
        &Expected {
            pv_benefits: 147_136.363_291,
            pv_costs: 410_352.272_468,
            npv: -263_215.909_177,
            bcr: Some(0.358_561_103),
            payback: None,
        },
        "case B, sensitivity",
    );
    let years = long["years"].as_array().expect("years");
    assert_eq!(years.len(), 31);
    assert!(
        (years[30]["discountFactor"].as_f64().expect("factor") - 0.356_278_411).abs() < 1e-8,
        "{}",
        years[30]
    );

    // Refused, and the case stays as it was.
    for (what, input) in [
        (
            "year 31",
            json!({ "flows": [flow(31, "COUNCIL_COST", 1.0)] }),
        ),
        (
            "a negative amount",
            json!({ "flows": [flow(1, "CASHABLE_SAVING", -1.0)] }),
        ),
        (
            "a year and category twice",
            json!({ "flows": [flow(1, "CASHABLE_SAVING", 1.0), flow(1, "CASHABLE_SAVING", 2.0)] }),
        ),
        (
            "a discount rate of 2",
            json!({ "discountRate": 2.0, "flows": [flow(0, "COUNCIL_COST", 1.0)] }),
        ),
    ] {
        let refused = app
            .gql_as(
                &walsall,
                SET_CASE,
                json!({ "id": thirty_years, "input": input }),
            )
            .await;
        assert_eq!(
            refused.error_code(),
            "BAD_USER_INPUT",
            "{what}: {}",
            refused.0
        );
    }
    let kept = ok(app
        .gql_as(&walsall, APPRAISAL, json!({ "id": thirty_years }))
        .await);
    penny(
        &kept["node"]["businessCase"]["npv"],
        thirty.npv,
        "the case kept",
    );
    // Another council's initiative: FORBIDDEN if it reads it, else NOT_FOUND.
    let valid = json!({ "flows": [flow(0, "COUNCIL_COST", 1.0)] });
    for (id, code) in [
        (&with_zero_cost_year, "FORBIDDEN"),
        (&thirty_years, "NOT_FOUND"),
    ] {
        let refused = app
            .gql_as(
                &editor("surrey"),
                SET_CASE,
                json!({ "id": id, "input": valid }),
            )
            .await;
        assert_eq!(refused.error_code(), code, "{}", refused.0);
    }

    // Benefits only: no ratio, and it pays back at once.
    let costless_case = ok(app
        .gql_as(
            &walsall,
            SET_CASE,
            json!({ "id": costless, "input": { "flows": [flow(0, "SOCIAL_VALUE", 1_000_000.0)] } }),
        )
        .await);
    let costless_case = &costless_case["setBusinessCase"];
    assert_figures(
        costless_case,
        &Expected {
            pv_benefits: 1_000_000.0,
            pv_costs: 0.0,
            npv: 1_000_000.0,
            bcr: None,
            payback: Some(0),
        },
        "case C",
    );
    assert_figures(
        &costless_case["sensitivity"],
        &Expected {
            pv_benefits: 800_000.0,
            pv_costs: 0.0,
            npv: 800_000.0,
            bcr: None,
            payback: Some(0),
        },
        "case C, sensitivity",
    );

    // Ranked by NPV: 1,000,000, then 6,597.68, then −158,039.77; the
    // council's initiatives without a case come last.
    const RANKED: &str =
        "{ rankedOptions(by: NPV, first: 100) { rank initiative { id businessCase { npv } } } }";
    let ranked = ok(app.gql_as(&walsall, RANKED, json!({})).await);
    let options = ranked["rankedOptions"].as_array().expect("options");
    for (i, option) in options.iter().enumerate() {
        assert_eq!(option["rank"], i + 1, "{ranked}");
    }
    let ids: Vec<&str> = options
        .iter()
        .filter_map(|o| o["initiative"]["id"].as_str())
        .collect();
    let ours: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| {
            [&costless, &with_zero_cost_year, &thirty_years]
                .iter()
                .any(|o| o.as_str() == *id)
        })
        .collect();
    assert_eq!(
        ours,
        [
            costless.as_str(),
            with_zero_cost_year.as_str(),
            thirty_years.as_str()
        ]
    );
    let npvs: Vec<Option<f64>> = options
        .iter()
        .map(|o| o["initiative"]["businessCase"]["npv"].as_f64())
        .collect();
    assert!(
        npvs.windows(2).all(|w| match (w[0], w[1]) {
            (Some(a), Some(b)) => a >= b,
            (None, Some(_)) => false,
            _ => true,
        }),
        "highest NPV first, those without a case last: {npvs:?}"
    );
    let surrey = ok(app.gql_as(&editor("surrey"), RANKED, json!({})).await);
    let text = surrey.to_string();
    for id in [&costless, &with_zero_cost_year, &thirty_years] {
        assert!(
            !text.contains(id.as_str()),
            "only the council's own options: {text}"
        );
    }
}

const PUBLISH_SURVEY: &str = "mutation($input: BarrierSurveyInput!) { publishBarrierSurvey(input: $input) { id version barriers { key group } publisher { slug } } }";
const START_RUN: &str = "mutation($id: ID!) { startSurveyRun(surveyId: $id, input: { service: ADULT_SOCIAL_CARE, opensOn: \"2026-01-12\", closesOn: \"2026-02-20\" }) { id } }";
const RECORD: &str = "mutation($id: ID!, $responses: [SurveyResponseInput!]!) { recordSurveyResponses(runId: $id, responses: $responses) { id responses } }";
const RUNS: &str =
    "query($id: ID!) { node(id: $id) { ... on BarrierSurvey { runs { id responses results {
    barrier { key } responses meanScore shareReportingBarrier
    benchmark { councils responses meanScore shareReportingBarrier } } } } } }";

/// One response per score on the staff barrier, each also scoring the
/// communities barrier when `communities` is given.
fn responses(scores: &[i64], communities: Option<i64>) -> Value {
    scores
        .iter()
        .map(|&score| {
            let mut answers = vec![json!({ "barrierKey": "staff-1", "score": score })];
            if let Some(c) = communities {
                answers.push(json!({ "barrierKey": "communities-1", "score": c }));
            }
            json!({ "respondentGroup": "STAFF", "answers": answers })
        })
        .collect()
}

/// The runs of `survey` as a member of `org` (or an anonymous caller) reads them.
async fn runs(app: &TestApp, org: Option<&str>, survey: &Value) -> Vec<Value> {
    let token = org.map(editor);
    let answer = ok(app
        .post(token.as_deref(), RUNS, json!({ "id": survey }))
        .await
        .1);
    answer["node"]["runs"].as_array().expect("runs").clone()
}

/// The result on `key` of `org`'s only run.
async fn result(app: &TestApp, org: &str, survey: &Value, key: &str) -> Value {
    let runs = runs(app, Some(org), survey).await;
    assert_eq!(runs.len(), 1, "{org} sees its own run only: {runs:?}");
    runs[0]["results"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["barrier"]["key"] == key).cloned())
        .unwrap_or_else(|| panic!("no {key} in {runs:?}"))
}

fn close(value: &Value, expected: f64, what: &str) {
    let got = value.as_f64().unwrap_or_else(|| panic!("{what}: {value}"));
    assert!(
        (got - expected).abs() < 1e-9,
        "{what}: {got} is not {expected}"
    );
}

/// Every number anywhere in `value`.
fn numbers(value: &Value, out: &mut Vec<f64>) {
    match value {
        Value::Number(n) => out.extend(n.as_f64()),
        Value::Array(items) => items.iter().for_each(|v| numbers(v, out)),
        Value::Object(map) => map.values().for_each(|v| numbers(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_survey_benchmark_needs_five_councils_of_ten_and_names_none() {
    let app = TestApp::with_demo().await;
    let input = json!({ "input": { "title": "Barriers to co-production (2026)", "barriers": [
        { "group": "STAFF", "text": "Staff lack the time to work with residents" },
        { "group": "COMMUNITIES", "text": "Communities doubt their voice changes anything" },
    ] } });
    for who in [
        editor("walsall"),
        token("surrey", &["ADMIN"]),
        token("governance-international", &["VIEWER"]),
    ] {
        let refused = app.gql_as(&who, PUBLISH_SURVEY, input.clone()).await;
        assert_eq!(refused.error_code(), "FORBIDDEN", "{}", refused.0);
    }
    assert_eq!(
        app.gql(PUBLISH_SURVEY, input.clone()).await.error_code(),
        "UNAUTHENTICATED"
    );
    let published = ok(app
        .gql_as(&editor("governance-international"), PUBLISH_SURVEY, input)
        .await);
    let survey = published["publishBarrierSurvey"]["id"].clone();
    assert_eq!(
        published["publishBarrierSurvey"]["barriers"],
        json!([{ "key": "staff-1", "group": "STAFF" }, { "key": "communities-1", "group": "COMMUNITIES" }])
    );

    let councils = [
        "surrey",
        "manchester",
        "west-lothian",
        "midlothian",
        "east-dunbartonshire",
        "walsall",
    ];
    let mut run = std::collections::HashMap::new();
    for council in councils {
        let started = ok(app
            .gql_as(&editor(council), START_RUN, json!({ "id": survey }))
            .await);
        run.insert(council, started["startSurveyRun"]["id"].clone());
    }
    let record = |council: &'static str, responses: Value| {
        let (app, id) = (&app, run[council].clone());
        async move {
            ok(app
                .gql_as(
                    &editor(council),
                    RECORD,
                    json!({ "id": id, "responses": responses }),
                )
                .await)["recordSurveyResponses"]["responses"]
                .clone()
        }
    };
    // Surrey: 8 × 5 and 2 × 3 (mean 4.6, 8 of 10 report it), and every
    // response scores the communities barrier 3.
    let mut surrey = vec![5; 8];
    surrey.extend([3, 3]);
    assert_eq!(record("surrey", responses(&surrey, Some(3))).await, 10);
    assert_eq!(record("manchester", responses(&[1; 12], None)).await, 12);
    assert_eq!(record("west-lothian", responses(&[2; 10], None)).await, 10);
    assert_eq!(record("midlothian", responses(&[4; 11], None)).await, 11);
    // Four councils of ten or more: no benchmark.
    let staff = result(&app, "surrey", &survey, "staff-1").await;
    assert_eq!(staff["benchmark"], Value::Null, "{staff}");
    // A fifth council with six, then Walsall with nine: still none.
    assert_eq!(
        record("east-dunbartonshire", responses(&[1; 6], None)).await,
        6
    );
    assert_eq!(record("walsall", responses(&[2; 9], None)).await, 9);
    for council in councils {
        let staff = result(&app, council, &survey, "staff-1").await;
        assert_eq!(staff["benchmark"], Value::Null, "{council}: {staff}");
    }

    // Another council's run is neither listed nor written to.
    let walsall_run = run["walsall"].clone();
    let refused = app
        .gql_as(
            &editor("surrey"),
            RECORD,
            json!({ "id": walsall_run, "responses": responses(&[5], None) }),
        )
        .await;
    assert_eq!(refused.error_code(), "NOT_FOUND", "{}", refused.0);
    assert!(
        runs(&app, None, &survey).await.is_empty(),
        "anonymous callers see no run"
    );
    assert!(
        runs(&app, Some("argyll-and-bute"), &survey)
            .await
            .is_empty(),
        "a council that ran none sees none"
    );

    // Walsall's tenth answer makes five councils of ten.
    assert_eq!(record("walsall", responses(&[5], None)).await, 10);
    // Pooled over the five councils with ten or more (not East
    // Dunbartonshire's six): 10 + 12 + 10 + 11 + 10 = 53 answers scoring
    // (8×5 + 2×3) + 12×1 + 10×2 + 11×4 + (9×2 + 5) = 46 + 12 + 20 + 44 + 23
    // = 145: mean 145 / 53 = 2.735849…; scoring 4 or 5: 8 + 0 + 0 + 11 + 1
    // = 20 of 53 = 0.377358…
    let own: [(&str, i64, f64, f64); 6] = [
        ("surrey", 10, 4.6, 0.8),
        ("manchester", 12, 1.0, 0.0),
        ("west-lothian", 10, 2.0, 0.0),
        ("midlothian", 11, 4.0, 1.0),
        ("east-dunbartonshire", 6, 1.0, 0.0),
        ("walsall", 10, 2.3, 0.1),
    ];
    for (council, answers, mean, share) in own {
        let staff = result(&app, council, &survey, "staff-1").await;
        let context = format!("{council}: {staff}");
        assert_eq!(staff["responses"], answers, "{context}");
        close(&staff["meanScore"], mean, &context);
        close(&staff["shareReportingBarrier"], share, &context);
        let benchmark = &staff["benchmark"];
        assert_eq!(benchmark["councils"], 5, "{context}");
        assert_eq!(benchmark["responses"], 53, "{context}");
        close(&benchmark["meanScore"], 145.0 / 53.0, &context);
        close(&benchmark["shareReportingBarrier"], 20.0 / 53.0, &context);
        assert!(
            (2.735_849_f64 - mean).abs() > 0.1,
            "the benchmark is no council's own"
        );
        // Only Surrey answered the communities barrier: no benchmark there.
        let communities = result(&app, council, &survey, "communities-1").await;
        assert_eq!(
            communities["benchmark"],
            Value::Null,
            "{council}: {communities}"
        );
    }

    // Surrey's answer holds its own tallies and the pooled benchmark,
    // nothing that is another council's: no other run, and none of the
    // others' means or counts.
    let surrey_runs = runs(&app, Some("surrey"), &survey).await;
    assert_eq!(surrey_runs.len(), 1);
    assert_eq!(surrey_runs[0]["id"], run["surrey"]);
    let text = json!(surrey_runs).to_string();
    for (council, id) in &run {
        if *council != "surrey" {
            assert!(
                !text.contains(id.as_str().expect("id")),
                "{council}'s run: {text}"
            );
        }
    }
    let mut seen = Vec::new();
    numbers(&json!(surrey_runs), &mut seen);
    for (council, figure) in [
        ("Manchester's count", 12.0_f64),
        ("Midlothian's count", 11.0),
        ("East Dunbartonshire's count", 6.0),
        ("Manchester's mean", 1.0),
        ("West Lothian's mean", 2.0),
        ("Midlothian's mean", 4.0),
        ("Walsall's mean", 2.3),
    ] {
        assert!(
            seen.iter().all(|n| (n - figure).abs() > 1e-9),
            "{council} ({figure}) is in Surrey's answer: {text}"
        );
    }
}
