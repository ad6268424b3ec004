//! Market It: the Incentive Menu and charter templates. Network bodies'
//! EDITORs publish templates for every council; a council copies one and
//! the copy names it; uptake below five is withheld outside the council;
//! a charter adapted from a template says what it changed.

use serde_json::{Value, json};

use crate::{
    helpers::{TestApp, token},
    toolkit::{editor, initiative, ok},
};

const INCENTIVES: &str =
    "query($id: ID!) { node(id: $id) { ... on Initiative { incentives { id title
    template { id title publisher { slug } } totalUptake { count countSuppressed }
    uptake { people { count countSuppressed } from to } } } } }";

#[tokio::test]
async fn a_copied_incentive_names_its_template_and_its_uptake_below_five_is_withheld_elsewhere() {
    let app = TestApp::with_demo().await;
    const PUBLISH: &str = "mutation($input: IncentiveInput!) { publishIncentiveTemplate(input: $input) { id title publisher { slug } } }";
    let input = json!({ "input": { "targetGroup": "SERVICE_USERS", "kind": "NON_FINANCIAL", "title": "Time credits for helpers",
                                   "example": "An hour given, an hour to spend at the leisure centre" } });
    for who in [
        editor("walsall"),
        token("walsall", &["ADMIN"]),
        token("governance-international", &["VIEWER"]),
    ] {
        let refused = app.gql_as(&who, PUBLISH, input.clone()).await;
        assert_eq!(refused.error_code(), "FORBIDDEN", "{}", refused.0);
    }
    assert_eq!(
        app.gql(PUBLISH, input.clone()).await.error_code(),
        "UNAUTHENTICATED"
    );
    let published = ok(app
        .gql_as(&editor("governance-international"), PUBLISH, input)
        .await);
    let template = published["publishIncentiveTemplate"]["id"].clone();
    assert_eq!(
        published["publishIncentiveTemplate"]["publisher"]["slug"],
        "governance-international"
    );
    // Anyone reads the menu, by target group.
    let listed = |group: &'static str| {
        let app = &app;
        async move {
            ok(app
                .gql(
                    "query($g: IncentiveTargetGroup) { incentiveTemplates(targetGroup: $g) { id } }",
                    json!({ "g": group }),
                )
                .await)["incentiveTemplates"]
                .as_array()
                .expect("templates")
                .iter()
                .map(|t| t["id"].clone())
                .collect::<Vec<Value>>()
        }
    };
    assert!(listed("SERVICE_USERS").await.contains(&template));
    assert!(!listed("STAFF").await.contains(&template));

    let id = initiative(&app, "walsall", "PUBLIC", Value::Null).await;
    let copied = ok(app
        .gql_as(
            &editor("walsall"),
            "mutation($id: ID!, $t: ID!) { copyIncentiveTemplates(initiativeId: $id, templateIds: [$t]) { id title template { id } } }",
            json!({ "id": id, "t": template }),
        )
        .await);
    let incentive = &copied["copyIncentiveTemplates"][0];
    assert_eq!(incentive["title"], "Time credits for helpers");
    assert_eq!(incentive["template"]["id"], template);
    let incentive = incentive["id"].clone();
    // Copied once, a template is edited in place: copying it again, or
    // twice in one list, is refused and copies nothing.
    for twice in [json!([template]), json!([template, template])] {
        let again = app
            .gql_as(
                &editor("walsall"),
                "mutation($id: ID!, $t: [ID!]!) { copyIncentiveTemplates(initiativeId: $id, templateIds: $t) { id } }",
                json!({ "id": id, "t": twice }),
            )
            .await;
        assert_eq!(again.error_code(), "BAD_USER_INPUT", "{twice}");
    }

    const UPTAKE: &str = "mutation($id: ID!, $people: Int!, $from: Date!, $to: Date!) { recordIncentiveUptake(incentiveId: $id, input: { people: $people, from: $from, to: $to }) { totalUptake { count } } }";
    let january = json!({ "id": incentive, "people": 3, "from": "2026-01-01", "to": "2026-01-31" });
    let refused = app.gql_as(&editor("surrey"), UPTAKE, january.clone()).await;
    assert_eq!(
        refused.error_code(),
        "FORBIDDEN",
        "another council's incentive"
    );
    let recorded = ok(app.gql_as(&editor("walsall"), UPTAKE, january).await);
    assert_eq!(recorded["recordIncentiveUptake"]["totalUptake"]["count"], 3);

    let read = |who: Option<String>| {
        let app = &app;
        let id = id.clone();
        async move {
            let answer = ok(app
                .post(who.as_deref(), INCENTIVES, json!({ "id": id }))
                .await
                .1);
            answer["node"]["incentives"][0].clone()
        }
    };
    let owner = read(Some(editor("walsall"))).await;
    assert_eq!(
        owner["totalUptake"],
        json!({ "count": 3, "countSuppressed": false })
    );
    assert_eq!(
        owner["template"]["publisher"]["slug"],
        "governance-international"
    );
    for who in [Some(editor("surrey")), None] {
        let other = read(who).await;
        assert_eq!(other["template"]["id"], template, "{other}");
        assert_eq!(
            other["totalUptake"],
            json!({ "count": null, "countSuppressed": true })
        );
        assert_eq!(
            other["uptake"][0]["people"],
            json!({ "count": null, "countSuppressed": true })
        );
        assert_eq!(other["uptake"][0]["from"], "2026-01-01");
    }

    ok(app
        .gql_as(
            &editor("walsall"),
            UPTAKE,
            json!({ "id": incentive, "people": 7, "from": "2026-02-01", "to": "2026-02-28" }),
        )
        .await);
    let owner = read(Some(editor("walsall"))).await;
    assert_eq!(
        owner["totalUptake"],
        json!({ "count": 10, "countSuppressed": false })
    );
    for who in [Some(editor("surrey")), None] {
        let other = read(who).await;
        assert_eq!(
            other["totalUptake"],
            json!({ "count": 10, "countSuppressed": false })
        );
        assert_eq!(
            other["uptake"],
            json!([
                { "people": { "count": null, "countSuppressed": true }, "from": "2026-01-01", "to": "2026-01-31" },
                { "people": { "count": 7, "countSuppressed": false }, "from": "2026-02-01", "to": "2026-02-28" },
            ])
        );
    }
}

fn commitment(party: &str, kind: &str, text: &str) -> Value {
    json!({ "party": party, "kind": kind, "text": text })
}

#[tokio::test]
async fn a_charter_from_a_template_is_a_private_draft_that_names_what_it_changed() {
    let app = TestApp::with_demo().await;
    let answer_within = commitment(
        "SERVICE",
        "RESPONSIBILITY",
        "To answer every question from carers within ten days.",
    );
    let residents_choose = commitment(
        "COMMUNITY",
        "RIGHT",
        "To choose the agenda of the quarterly meeting.",
    );
    let risk = json!({ "description": "Volunteers burn out", "likelihood": "MEDIUM", "impact": "HIGH",
                       "mitigation": "A rota with a break every six weeks" });
    let input = json!({ "input": { "title": "Co-production charter for carers (template)",
                                   "commitments": [answer_within, residents_choose], "risks": [risk] } });
    const PUBLISH: &str = "mutation($input: CharterTemplateInput!) { publishCharterTemplate(input: $input) { id title publisher { slug } } }";
    for who in [
        editor("walsall"),
        token("walsall", &["ADMIN"]),
        editor("surrey"),
    ] {
        let refused = app.gql_as(&who, PUBLISH, input.clone()).await;
        assert_eq!(refused.error_code(), "FORBIDDEN", "{}", refused.0);
    }
    assert_eq!(
        app.gql(PUBLISH, input.clone()).await.error_code(),
        "UNAUTHENTICATED"
    );
    let published = ok(app
        .gql_as(&editor("governance-international"), PUBLISH, input)
        .await);
    let template = published["publishCharterTemplate"]["id"].clone();
    let listed = ok(app
        .gql(
            "{ charterTemplates(first: 100) { nodes { id publisher { slug } } } }",
            json!({}),
        )
        .await);
    assert!(
        listed["charterTemplates"]["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .any(|t| t["id"] == template && t["publisher"]["slug"] == "governance-international"),
        "{listed}"
    );

    let id = initiative(&app, "walsall", "PUBLIC", Value::Null).await;
    const FIELDS: &str = "id version status visibility commitments { party kind text }
        risks { description likelihood impact mitigation } template { id title } templateDifferences { part change text }";
    let created = ok(app
        .gql_as(
            &editor("walsall"),
            &format!("mutation($t: ID!, $id: ID!) {{ createCharterFromTemplate(templateId: $t, initiativeId: $id) {{ {FIELDS} }} }}"),
            json!({ "t": template, "id": id }),
        )
        .await);
    let charter = &created["createCharterFromTemplate"];
    assert_eq!(
        (&charter["status"], &charter["visibility"]),
        (&json!("DRAFT"), &json!("PRIVATE"))
    );
    assert_eq!(
        charter["commitments"],
        json!([answer_within, residents_choose])
    );
    assert_eq!(charter["risks"], json!([risk]));
    assert_eq!(
        charter["template"],
        json!({ "id": template, "title": "Co-production charter for carers (template)" })
    );
    assert_eq!(charter["templateDifferences"], json!([]));
    let charter_id = charter["id"].clone();
    let hidden = ok(app
        .gql_as(
            &editor("surrey"),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": charter_id }),
        )
        .await);
    assert_eq!(hidden["node"], Value::Null, "a PRIVATE draft");

    // Adapted: one commitment left out, another added.
    let meet_at_home = commitment(
        "SERVICE",
        "RESPONSIBILITY",
        "To meet carers at home when they cannot travel.",
    );
    let updated = ok(app
        .gql_as(
            &editor("walsall"),
            &format!("mutation($input: UpdateCharterInput!) {{ updateCharter(input: $input) {{ {FIELDS} }} }}"),
            json!({ "input": { "id": charter_id, "expectedVersion": charter["version"],
                               "commitments": [answer_within, meet_at_home] } }),
        )
        .await);
    let charter = &updated["updateCharter"];
    assert_eq!(charter["template"]["id"], template);
    assert_eq!(
        charter["templateDifferences"],
        json!([
            { "part": "COMMITMENT", "change": "ADDED", "text": meet_at_home["text"] },
            { "part": "COMMITMENT", "change": "REMOVED", "text": residents_choose["text"] },
        ])
    );
}
