//! Bearer tokens: who a caller is, and every way a token can be bad.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, claims, ed_key, fixture, sign_hs, sign_with, token};

const VIEWER: &str = "{ viewer { subject roles organisation { slug } } }";

async fn assert_refused(app: &TestApp, token: &str, what: &str) {
    let (status, response) = app.post(Some(token), VIEWER, json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{what}: {}", response.0);
    assert_eq!(response.error_code(), "UNAUTHENTICATED", "{what}");
    assert!(
        response.0.get("data").is_none(),
        "{what}: a refused request has no data"
    );
}

#[tokio::test]
async fn a_valid_token_makes_the_caller_who_it_says() {
    let app = TestApp::with_demo().await;
    let response = app
        .gql_as(&token("walsall", &["EDITOR", "VIEWER"]), VIEWER, json!({}))
        .await;
    let viewer = &response.data()["viewer"];
    assert_eq!(viewer["subject"], "walsall-user");
    assert_eq!(viewer["organisation"]["slug"], "walsall");
    assert_eq!(viewer["roles"], json!(["VIEWER", "EDITOR"]));
}

#[tokio::test]
async fn every_kind_of_bad_token_is_refused_and_never_treated_as_anonymous() {
    let app = TestApp::with_demo().await;
    let mut cases = crate::helpers::bad_tokens("walsall");
    cases.push(("unknown role", token("walsall", &["OWNER"])));
    cases.push(("no roles", token("walsall", &[])));
    cases.push(("garbage", "not.a.token".to_owned()));
    for (what, token) in &cases {
        assert_refused(&app, token, what).await;
    }
    // Not a bearer token at all.
    let response = app
        .client
        .post(app.url("/graphql"))
        .header("authorization", "Basic abc")
        .json(&json!({ "query": VIEWER }))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_revoked_token_is_refused() {
    let app = TestApp::with_demo().await;
    let revoked = crate::helpers::revoked_token(&app, "walsall").await;
    assert_refused(&app, &revoked, "revoked").await;
}

#[tokio::test]
async fn a_token_accepted_before_is_refused_once_it_expires() {
    let app = TestApp::with_demo().await;
    let mut expiring = claims("walsall", &["VIEWER"]);
    // Expired 29 s ago: inside the 30 s leeway for one more second.
    expiring["exp"] = json!(chrono::Utc::now().timestamp() - 29);
    let token = sign_hs(&expiring);
    let response = app.gql_as(&token, VIEWER, json!({})).await;
    assert_eq!(response.data()["viewer"]["organisation"]["slug"], "walsall");
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    assert_refused(&app, &token, "expired since it was last accepted").await;
}

#[tokio::test]
async fn tokens_of_jwks_keys_work_and_rotate_without_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keys = dir.path().join("jwks.json");
    std::fs::copy(fixture("jwks-1.json"), &keys).expect("copy");
    let path = keys.clone();
    let app = TestApp::spawn_with(|config| config.jwt_public_keys = Some(path)).await;
    api::seed::demo(&app.db).await.expect("demo");

    let rsa = EncodingKey::from_rsa_der(&std::fs::read(fixture("rsa-1.der")).expect("fixture"));
    let rs256 = sign_with(
        &claims("surrey", &["VIEWER"]),
        Algorithm::RS256,
        "rsa-1",
        &rsa,
    );
    let eddsa_old = sign_with(
        &claims("surrey", &["VIEWER"]),
        Algorithm::EdDSA,
        "ed-1",
        &ed_key("ed-1.der"),
    );
    let eddsa_new = sign_with(
        &claims("surrey", &["VIEWER"]),
        Algorithm::EdDSA,
        "ed-2",
        &ed_key("ed-2.der"),
    );
    for token in [&rs256, &eddsa_old] {
        let response = app.gql_as(token, VIEWER, json!({})).await;
        assert_eq!(response.data()["viewer"]["organisation"]["slug"], "surrey");
    }
    assert_refused(&app, &eddsa_new, "a key not yet published").await;

    // The algorithm comes from the key: an HS256 token naming a public key is refused.
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some("rsa-1".into());
    let confused = jsonwebtoken::encode(
        &header,
        &claims("surrey", &["VIEWER"]),
        &EncodingKey::from_secret(b"x"),
    )
    .expect("signs");
    assert_refused(&app, &confused, "HS256 token with a public key's kid").await;

    // Rotate: write the new set next to the file and move it into place.
    let staged = dir.path().join("jwks.json.new");
    std::fs::copy(fixture("jwks-2.json"), &staged).expect("copy");
    std::fs::rename(&staged, &keys).expect("rotate");
    let mut rotated = false;
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let (status, _) = app.post(Some(&eddsa_new), VIEWER, json!({})).await;
        if status == StatusCode::OK {
            rotated = true;
            break;
        }
    }
    assert!(rotated, "the new key's tokens were not accepted within 5 s");
    assert_refused(&app, &eddsa_old, "the old key after rotation").await;
    assert_refused(&app, &rs256, "the old RSA key after rotation").await;
}
