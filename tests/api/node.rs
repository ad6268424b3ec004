//! Global ids, `node` and `nodes`.

use serde_json::json;

use crate::helpers::TestApp;

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
