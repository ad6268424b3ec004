//! Global ids, `node` and `nodes`.

use std::collections::HashSet;

use entity::{case_study, charter, initiative, organisation, vocabulary::Visibility};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;

use crate::helpers::{TestApp, global_id, token};

#[tokio::test]
async fn every_listed_object_resolves_through_node_to_itself() {
    let app = TestApp::with_demo().await;
    let lists = app
        .gql(
            "{ organisations(first: 3) { nodes { id __typename } } initiatives(first: 3) { nodes { id __typename } }
               caseStudies(first: 3) { nodes { id __typename } } charters(first: 3) { nodes { id __typename } } }",
            json!({}),
        )
        .await;
    let mut ids = Vec::new();
    for field in ["organisations", "initiatives", "caseStudies", "charters"] {
        for node in lists.data()[field]["nodes"].as_array().expect("nodes") {
            ids.push((
                node["id"].as_str().expect("id").to_owned(),
                node["__typename"].as_str().expect("type").to_owned(),
            ));
        }
    }
    assert!(ids.len() >= 8);
    for (id, type_name) in &ids {
        let response = app
            .gql(
                "query($id: ID!) { node(id: $id) { id __typename } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(response.data()["node"]["id"], id.as_str());
        assert_eq!(response.data()["node"]["__typename"], type_name.as_str());
    }
    let all: Vec<&str> = ids.iter().map(|(id, _)| id.as_str()).collect();
    let response = app
        .gql(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            json!({ "ids": all }),
        )
        .await;
    let returned: Vec<&str> = response.data()["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["id"].as_str().expect("id"))
        .collect();
    assert_eq!(returned, all, "nodes answers in the order asked");
}

#[tokio::test]
async fn an_id_that_is_not_ours_resolves_to_null() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(r#"{ a: node(id: "nonsense") { id } b: node(id: "Q2FzZVN0dWR5Oi0x") { id } nodes(ids: ["x", "y"]) { id } }"#, json!({}))
        .await;
    assert_eq!(
        response.data(),
        &json!({ "a": null, "b": null, "nodes": [null, null] })
    );
}

#[tokio::test]
async fn an_organisation_is_found_by_slug_with_its_gss_code() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql(r#"{ organisation(slug: "west-lothian") { name gssCode kind clubMember } missing: organisation(slug: "nowhere") { name } }"#, json!({}))
        .await;
    assert_eq!(response.data()["organisation"]["gssCode"], "S12000040");
    assert_eq!(response.data()["organisation"]["kind"], "LOCAL_AUTHORITY");
    assert_eq!(response.data()["missing"], serde_json::Value::Null);
}

/// A case study looked up by id joins its initiative's charters into its
/// own statement; what each caller sees there must be what the initiative's
/// own charters field shows it (asked in a request of its own, so that no
/// loader answers both). One charter of a public initiative is made
/// private: its owner sees it there, others do not.
#[tokio::test]
async fn a_case_studys_initiative_shows_the_charters_its_own_lookup_shows() {
    let app = TestApp::with_demo().await;
    let public = initiative::Entity::find()
        .filter(initiative::Column::Visibility.eq(Visibility::Public))
        .all(&app.db)
        .await
        .expect("rows");
    let charter = charter::Entity::find()
        .filter(charter::Column::InitiativeId.is_in(public.iter().map(|i| i.id)))
        .one(&app.db)
        .await
        .expect("row")
        .expect("a charter of a public initiative");
    let initiative = public
        .iter()
        .find(|i| Some(i.id) == charter.initiative_id)
        .expect("its initiative");
    let owner = organisation::Entity::find_by_id(initiative.owner_org_id)
        .one(&app.db)
        .await
        .expect("row")
        .expect("owner");
    charter::Entity::update_many()
        .col_expr(
            charter::Column::Visibility,
            Expr::value(Visibility::Private),
        )
        .filter(charter::Column::Id.eq(charter.id))
        .exec(&app.db)
        .await
        .expect("made private");
    let rows = case_study::Entity::find()
        .filter(case_study::Column::InitiativeId.is_not_null())
        .all(&app.db)
        .await
        .expect("rows");
    let private = global_id("Charter", charter.id);
    let ask = |caller: &Option<String>, query: &'static str, id: String| {
        let app = &app;
        let caller = caller.clone();
        async move {
            let variables = json!({ "id": id });
            let response = match caller {
                Some(token) => app.gql_as(&token, query, variables).await,
                None => app.gql(query, variables).await,
            };
            response.data()["node"].clone()
        }
    };
    for (caller, sees_private) in [
        (None, false),
        (Some(token("governance-international", &["VIEWER"])), false),
        (Some(token(&owner.slug, &["VIEWER"])), true),
    ] {
        let mut shown = HashSet::new();
        for row in &rows {
            let joined = ask(
                &caller,
                "query($id: ID!) { node(id: $id) { ... on CaseStudy {
                   owner { name } initiative { id charters { id title } } } } }",
                global_id("CaseStudy", row.id),
            )
            .await;
            if joined.is_null() {
                continue; // a case study this caller may not see
            }
            let own = ask(
                &caller,
                "query($id: ID!) { node(id: $id) { ... on Initiative { charters { id title } } } }",
                global_id("Initiative", row.initiative_id.expect("filtered")),
            )
            .await;
            if joined["initiative"].is_null() {
                assert!(own.is_null(), "{own}");
                continue;
            }
            assert_eq!(joined["initiative"]["charters"], own["charters"]);
            for charter in joined["initiative"]["charters"]
                .as_array()
                .expect("charters")
            {
                shown.insert(charter["id"].as_str().expect("id").to_owned());
            }
        }
        assert_eq!(shown.contains(&private), sees_private, "{caller:?}");
    }
}
