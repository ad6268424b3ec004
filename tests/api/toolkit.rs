//! The Co-Production Star toolkit's See What You Can Do: participants are
//! pseudonymous and read by their council alone; outside it, every count
//! of people below five is withheld; community assets keep their own
//! visibility. (The Incentive Menu and charter templates:
//! `toolkit_market.rs`; the business case and the Barriers survey:
//! `toolkit_focus.rs`.)

use serde_json::{Value, json};

use crate::helpers::{Gql, TestApp, decode_global_id, token};

pub(crate) fn editor(org: &str) -> String {
    token(org, &["EDITOR"])
}

pub(crate) fn ok(answer: Gql) -> Value {
    assert!(answer.0.get("errors").is_none(), "{}", answer.0);
    answer.0["data"].clone()
}

/// A new initiative of `org`; its id. `appraisal` may be null.
pub(crate) async fn initiative(
    app: &TestApp,
    org: &str,
    visibility: &str,
    appraisal: Value,
) -> String {
    let created = ok(app
        .gql_as(
            &editor(org),
            "mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }",
            json!({ "input": { "title": format!("Digital buddies ({visibility})"), "summary": "Young people help older residents online",
                               "coTypes": ["CO_DELIVERY"], "starStep": "MAP_IT", "serviceArea": "ADULT_SOCIAL_CARE",
                               "visibility": visibility, "appraisal": appraisal } }),
        )
        .await);
    created["createInitiative"]["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

/// A count as `owner` (the council) or anyone else must see it.
fn shown(count: i64, owner: bool) -> Value {
    if owner || count >= 5 {
        json!({ "count": count, "countSuppressed": false })
    } else {
        json!({ "count": null, "countSuppressed": true })
    }
}

fn contribution(category: &str, description: &str, when: &[&str]) -> Value {
    json!({ "category": category, "description": description, "availability": when })
}

fn participant(reference: &str, offers: Vec<Value>, needs: Vec<Value>) -> Value {
    json!({ "reference": reference, "consentedOn": "2025-03-01", "willingness": "A_LITTLE_MORE",
            "offers": offers, "needs": needs })
}

const ADD_PARTICIPANT: &str = "mutation($id: ID!, $input: ParticipantInput!) { addParticipant(initiativeId: $id, input: $input) { id reference } }";

async fn add_participant(app: &TestApp, initiative: &str, input: Value) -> String {
    let added = ok(app
        .gql_as(
            &editor("walsall"),
            ADD_PARTICIPANT,
            json!({ "id": initiative, "input": input }),
        )
        .await);
    added["addParticipant"]["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

const SUMMARY: &str = "participants { count countSuppressed } assets categories { category
    offers { count countSuppressed } needs { count countSuppressed } matches { count countSuppressed } }";

fn people_query() -> String {
    format!(
        "query($id: ID!) {{ node(id: $id) {{ ... on Initiative {{ title participants {{ id reference withdrawnAt
           offers {{ category description availability }} needs {{ category description availability }} }}
           assetSummary {{ {SUMMARY} }} }} }} }}"
    )
}

const MATCHES: &str =
    "query($id: ID!) { matches(initiativeId: $id) { category sharedAvailability score
    offer { description } offeredBy { reference } need { description } neededBy { reference } } }";

/// The category `category` of an asset summary.
fn category<'a>(summary: &'a Value, category: &str) -> &'a Value {
    summary["categories"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["category"] == category))
        .unwrap_or_else(|| panic!("no {category} in {summary}"))
}

#[tokio::test]
async fn participants_are_their_councils_alone_and_withdrawing_consent_deletes_what_they_gave() {
    let app = TestApp::with_demo().await;
    let public = initiative(&app, "walsall", "PUBLIC", Value::Null).await;
    let private = initiative(&app, "walsall", "PRIVATE", Value::Null).await;
    let giver = add_participant(
        &app,
        &public,
        participant(
            "WV-001",
            vec![contribution(
                "DIGITAL",
                "Shows how to make video calls",
                &["WEEKEND"],
            )],
            vec![],
        ),
    )
    .await;
    add_participant(
        &app,
        &public,
        participant(
            "WV-002",
            vec![],
            vec![contribution(
                "DIGITAL",
                "Video calls with family",
                &["WEEKEND", "WEEKDAY_EVENING"],
            )],
        ),
    )
    .await;
    add_participant(&app, &private, participant("WV-003", vec![], vec![])).await;
    let query = people_query();
    let read = |who: Option<String>, id: &str| {
        let (app, query, vars) = (&app, &query, json!({ "id": id }));
        async move { ok(app.post(who.as_deref(), query, vars).await.1)["node"].clone() }
    };

    let owner = read(Some(editor("walsall")), public.as_str()).await;
    let references: Vec<&str> = owner["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .filter_map(|p| p["reference"].as_str())
        .collect();
    assert_eq!(references, ["WV-001", "WV-002"]);
    let summary = &owner["assetSummary"];
    assert_eq!(summary["participants"], shown(2, true));
    let digital = category(summary, "DIGITAL");
    assert_eq!(
        (&digital["offers"], &digital["needs"], &digital["matches"]),
        (&shown(1, true), &shown(1, true), &shown(1, true))
    );

    // Another council's members and anonymous callers read the PUBLIC
    // initiative but none of its participants, and no count below five.
    for who in [
        Some(editor("surrey")),
        Some(token("surrey", &["ADMIN"])),
        None,
    ] {
        let node = read(who, public.as_str()).await;
        assert_eq!(node["title"], "Digital buddies (PUBLIC)");
        assert_eq!(node["participants"], json!([]), "{node}");
        assert_eq!(
            node["assetSummary"]["participants"],
            json!({ "count": null, "countSuppressed": true })
        );
        assert!(!node.to_string().contains("WV-00"), "{node}");
    }

    // Matches are for the council's EDITORs.
    let matched = ok(app
        .gql_as(&editor("walsall"), MATCHES, json!({ "id": public }))
        .await);
    let matches = matched["matches"].as_array().expect("matches");
    assert_eq!(matches.len(), 1, "{matched}");
    assert_eq!(matches[0]["category"], "DIGITAL");
    assert_eq!(matches[0]["offeredBy"]["reference"], "WV-001");
    assert_eq!(matches[0]["neededBy"]["reference"], "WV-002");
    assert_eq!(matches[0]["sharedAvailability"], json!(["WEEKEND"]));
    // 0.7 × (1 shared time of 2 in all) + 0.3 × 0.5 (A_LITTLE_MORE) = 0.5
    let score = matches[0]["score"].as_f64().expect("score");
    assert!((score - 0.5).abs() < 1e-9, "{score}");
    for (who, id, code) in [
        (Some(token("walsall", &["VIEWER"])), &public, "FORBIDDEN"),
        (Some(editor("surrey")), &public, "FORBIDDEN"),
        (Some(token("surrey", &["ADMIN"])), &public, "FORBIDDEN"),
        (Some(editor("surrey")), &private, "NOT_FOUND"),
        (None, &public, "UNAUTHENTICATED"),
    ] {
        let refused = app
            .post(who.as_deref(), MATCHES, json!({ "id": id }))
            .await
            .1;
        assert_eq!(refused.error_code(), code, "{}", refused.0);
    }

    // Contact details and names are refused, and nothing is stored.
    for input in [
        participant("jo@example.org", vec![], vec![]),
        participant("07700900123", vec![], vec![]),
        participant("Mary Smith", vec![], vec![]),
        participant(
            "WV-010",
            vec![contribution(
                "DIGITAL",
                "Mail me at jo@example.org",
                &["WEEKEND"],
            )],
            vec![],
        ),
        participant(
            "WV-011",
            vec![],
            vec![contribution(
                "TRANSPORT",
                "Ring 07700 900123 first",
                &["WEEKEND"],
            )],
        ),
    ] {
        let refused = app
            .gql_as(
                &editor("walsall"),
                ADD_PARTICIPANT,
                json!({ "id": public, "input": input }),
            )
            .await;
        assert_eq!(
            refused.error_code(),
            "BAD_USER_INPUT",
            "{input}: {}",
            refused.0
        );
    }
    let stored = participants_of(&app, &public).await;
    let mut stored_references: Vec<&str> = stored.iter().map(|p| p.reference.as_str()).collect();
    stored_references.sort_unstable();
    assert_eq!(stored_references, ["WV-001", "WV-002"]);

    // Withdrawing consent deletes the offers and needs for good.
    let elsewhere = app
        .gql_as(
            &editor("surrey"),
            "mutation($id: ID!) { withdrawParticipantConsent(id: $id) { id } }",
            json!({ "id": giver }),
        )
        .await;
    assert_eq!(elsewhere.error_code(), "NOT_FOUND");
    let withdrawn = ok(app
        .gql_as(
            &editor("walsall"),
            "mutation($id: ID!) { withdrawParticipantConsent(id: $id) { reference withdrawnAt offers { description } needs { description } } }",
            json!({ "id": giver }),
        )
        .await);
    let withdrawn = &withdrawn["withdrawParticipantConsent"];
    assert_eq!(withdrawn["reference"], "WV-001");
    assert!(withdrawn["withdrawnAt"].is_string(), "{withdrawn}");
    assert_eq!(
        (&withdrawn["offers"], &withdrawn["needs"]),
        (&json!([]), &json!([]))
    );
    let row = participants_of(&app, &public)
        .await
        .into_iter()
        .find(|p| p.reference == "WV-001")
        .expect("the row stays");
    assert_eq!((row.offers, row.needs), (json!([]), json!([])));
    assert!(row.withdrawn_at.is_some());

    let owner = read(Some(editor("walsall")), public.as_str()).await;
    let listed = owner["participants"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["reference"] == "WV-001").cloned())
        .expect("still listed");
    assert_eq!(
        (&listed["offers"], &listed["needs"]),
        (&json!([]), &json!([]))
    );
    assert!(listed["withdrawnAt"].is_string());
    let summary = &owner["assetSummary"];
    assert_eq!(summary["participants"], shown(1, true));
    let digital = category(summary, "DIGITAL");
    assert_eq!(
        (&digital["offers"], &digital["needs"], &digital["matches"]),
        (&shown(0, true), &shown(1, true), &shown(0, true))
    );
    let matched = ok(app
        .gql_as(&editor("walsall"), MATCHES, json!({ "id": public }))
        .await);
    assert_eq!(matched["matches"], json!([]));
}

/// The stored participants of `initiative`.
async fn participants_of(app: &TestApp, initiative: &str) -> Vec<entity::participant::Model> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    entity::participant::Entity::find()
        .filter(entity::participant::Column::InitiativeId.eq(decode_global_id(initiative)))
        .all(&app.db)
        .await
        .expect("participants")
}

#[tokio::test]
async fn a_participant_has_no_field_for_a_name_contact_details_or_visibility() {
    let schema = api::graphql::schema_builder().finish();
    let response = schema
        .execute(
            r#"{ input: __type(name: "ParticipantInput") { inputFields { name } }
                 output: __type(name: "Participant") { fields { name } }
                 offer: __type(name: "ContributionInput") { inputFields { name } }
                 given: __type(name: "Contribution") { fields { name } } }"#,
        )
        .await
        .into_result()
        .expect("introspection");
    let data = response.data.into_json().expect("json");
    let names = |of: &str, list: &str| -> Vec<String> {
        data[of][list]
            .as_array()
            .unwrap_or_else(|| panic!("no {of} in {data}"))
            .iter()
            .filter_map(|f| f["name"].as_str().map(str::to_owned))
            .collect()
    };
    let mut input = names("input", "inputFields");
    input.sort();
    assert_eq!(
        input,
        ["consentedOn", "needs", "offers", "reference", "willingness"]
    );
    let output = names("output", "fields");
    assert!(output.contains(&"reference".to_owned()), "{output:?}");
    for field in input
        .iter()
        .chain(&output)
        .chain(&names("offer", "inputFields"))
        .chain(&names("given", "fields"))
    {
        let field = field.to_lowercase();
        for word in [
            "name",
            "email",
            "mail",
            "phone",
            "contact",
            "address",
            "visibility",
        ] {
            assert!(!field.contains(word), "a participant has a field {field}");
        }
    }
}

#[tokio::test]
async fn outside_the_council_every_count_below_five_is_withheld_zero_too() {
    let app = TestApp::with_demo().await;
    let id = initiative(&app, "walsall", "PUBLIC", Value::Null).await;
    // Six offer digital help at weekends, the first five language help
    // and the first two lifts; six need digital help, the first four care.
    for i in 1..=6 {
        let mut offers = vec![contribution("DIGITAL", "Tablet lessons", &["WEEKEND"])];
        if i <= 5 {
            offers.push(contribution(
                "LANGUAGE",
                "Reads letters aloud in Punjabi",
                &["WEEKDAY_DAYTIME"],
            ));
        }
        if i <= 2 {
            offers.push(contribution(
                "TRANSPORT",
                "Lifts to the surgery",
                &["WEEKDAY_DAYTIME"],
            ));
        }
        add_participant(&app, &id, participant(&format!("OF-{i}"), offers, vec![])).await;
    }
    for i in 1..=6 {
        let mut needs = vec![contribution(
            "DIGITAL",
            "Video calls with family",
            &["WEEKEND", "WEEKDAY_EVENING"],
        )];
        if i <= 4 {
            needs.push(contribution(
                "CARING",
                "A sitter on Tuesday mornings",
                &["WEEKDAY_DAYTIME"],
            ));
        }
        add_participant(&app, &id, participant(&format!("NE-{i}"), vec![], needs)).await;
    }
    // Offers, needs and matches (every digital offer meets every digital
    // need at weekends: 6 × 6) by category.
    let expected = |category: &str| match category {
        "DIGITAL" => (6, 6, 36),
        "LANGUAGE" => (5, 0, 0),
        "TRANSPORT" => (2, 0, 0),
        "CARING" => (0, 4, 0),
        _ => (0, 0, 0),
    };
    let query = format!(
        "query($id: ID!) {{ node(id: $id) {{ ... on Initiative {{ assetSummary {{ {SUMMARY} }} }} }} }}"
    );
    for (who, owner) in [
        (Some(editor("walsall")), true),
        (Some(token("walsall", &["VIEWER"])), true),
        (Some(editor("surrey")), false),
        (Some(token("manchester", &["VIEWER"])), false),
        (None, false),
    ] {
        let answer = ok(app
            .post(who.as_deref(), &query, json!({ "id": id }))
            .await
            .1);
        let summary = &answer["node"]["assetSummary"];
        let context = format!("{who:?}: {summary}");
        assert_eq!(summary["participants"], shown(12, owner), "{context}");
        let categories = summary["categories"].as_array().expect("categories");
        assert_eq!(categories.len(), 7, "every category: {context}");
        for c in categories {
            let (offers, needs, matches) = expected(c["category"].as_str().expect("category"));
            assert_eq!(c["offers"], shown(offers, owner), "{context}");
            assert_eq!(c["needs"], shown(needs, owner), "{context}");
            assert_eq!(c["matches"], shown(matches, owner), "{context}");
        }
        // Spelled out: five is shown to all, two and zero only to the council.
        let language = category(summary, "LANGUAGE");
        assert_eq!(
            language["offers"],
            json!({ "count": 5, "countSuppressed": false })
        );
        let transport = category(summary, "TRANSPORT");
        let zero = category(summary, "PRACTICAL");
        if owner {
            assert_eq!(
                transport["offers"],
                json!({ "count": 2, "countSuppressed": false })
            );
            assert_eq!(
                zero["needs"],
                json!({ "count": 0, "countSuppressed": false })
            );
        } else {
            assert_eq!(
                transport["offers"],
                json!({ "count": null, "countSuppressed": true })
            );
            assert_eq!(
                zero["needs"],
                json!({ "count": null, "countSuppressed": true })
            );
            assert_eq!(category(summary, "CARING")["needs"]["count"], Value::Null);
        }
    }
}

const ADD_ASSET: &str = "mutation($id: ID!, $input: CommunityAssetInput!) { addCommunityAsset(initiativeId: $id, input: $input) { id visibility } }";

#[tokio::test]
async fn a_community_asset_keeps_its_own_visibility_within_a_public_initiative() {
    let app = TestApp::with_demo().await;
    let id = initiative(&app, "walsall", "PUBLIC", Value::Null).await;
    let mut assets = Vec::new();
    for input in [
        json!({ "kind": "PLACE", "description": "Back room of the community centre" }),
        json!({ "kind": "GROUP", "description": "Carers' group", "visibility": "NETWORK" }),
        json!({ "kind": "EQUIPMENT", "description": "Tablets on loan", "visibility": "PUBLIC" }),
    ] {
        let added = ok(app
            .gql_as(
                &editor("walsall"),
                ADD_ASSET,
                json!({ "id": id, "input": input }),
            )
            .await);
        assets.push(added["addCommunityAsset"].clone());
    }
    assert_eq!(assets[0]["visibility"], "PRIVATE", "PRIVATE unless given");
    let [private, network, public] = [0, 1, 2].map(|i| assets[i]["id"].clone());
    let query = "query($id: ID!) { node(id: $id) { ... on Initiative { assets { id description visibility } assetSummary { assets } } } }";
    for (who, expected) in [
        (Some(editor("walsall")), vec![&private, &network, &public]),
        (
            Some(token("walsall", &["VIEWER"])),
            vec![&private, &network, &public],
        ),
        (Some(editor("surrey")), vec![&network, &public]),
        (Some(token("surrey", &["ADMIN"])), vec![&network, &public]),
        (None, vec![&public]),
    ] {
        let answer = ok(app.post(who.as_deref(), query, json!({ "id": id })).await.1);
        let node = &answer["node"];
        let seen: Vec<&Value> = node["assets"]
            .as_array()
            .expect("assets")
            .iter()
            .map(|a| &a["id"])
            .collect();
        assert_eq!(seen, expected, "{who:?}: {node}");
        assert_eq!(node["assetSummary"]["assets"], expected.len(), "{node}");
        if who.is_none() {
            assert!(!node.to_string().contains("Carers"), "{node}");
        }
    }
    // Only the council removes them; a PRIVATE one is not found elsewhere.
    const REMOVE: &str = "mutation($id: ID!) { removeCommunityAsset(id: $id) }";
    for (id, code) in [(&network, "FORBIDDEN"), (&private, "NOT_FOUND")] {
        let refused = app
            .gql_as(&editor("surrey"), REMOVE, json!({ "id": id }))
            .await;
        assert_eq!(refused.error_code(), code, "{}", refused.0);
    }
    let removed = ok(app
        .gql_as(&editor("walsall"), REMOVE, json!({ "id": private }))
        .await);
    assert_eq!(removed["removeCommunityAsset"], private);
    let answer = ok(app
        .gql_as(&editor("walsall"), query, json!({ "id": id }))
        .await);
    assert_eq!(answer["node"]["assetSummary"]["assets"], 2);
}
