//! The test harness: `TestApp::spawn()` and GraphQL helpers.

use std::{net::SocketAddr, time::Duration};

use api::{
    Application,
    config::{Config, CorsOrigins, JwtSecret, LogFormat, SecretString},
};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use serde_json::{Value, json};

/// The Postgres server to create test databases on, if configured.
pub fn postgres_server() -> Option<String> {
    std::env::var("COSTAR_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// Keeps a test's database alive; drops it with the test.
pub enum DbGuard {
    /// A replica sharing another test app's database, which that app drops.
    Shared,
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres {
        server: String,
        name: String,
    },
}

impl Drop for DbGuard {
    fn drop(&mut self) {
        if let DbGuard::Postgres { server, name } = self {
            let (server, name) = (server.clone(), name.clone());
            // Drop runs outside any runtime the test may still own.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                runtime.block_on(async {
                    let admin = Database::connect(format!("{server}/postgres")).await.ok()?;
                    admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                        ))
                        .await
                        .ok()
                })
            })
            .join();
        }
    }
}

pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    /// Unscoped: for arranging data and checking the database directly.
    pub db: DatabaseConnection,
    database_url: String,
    _db_guard: DbGuard,
}

/// A GraphQL response.
pub struct Gql(pub Value);

impl Gql {
    pub fn data(&self) -> &Value {
        assert!(
            self.0.get("errors").is_none(),
            "unexpected errors: {}",
            self.0
        );
        &self.0["data"]
    }

    /// The `extensions.code` of the first error.
    pub fn error_code(&self) -> &str {
        self.0["errors"][0]["extensions"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code in {}", self.0))
    }

    pub fn error_message(&self) -> &str {
        self.0["errors"][0]["message"].as_str().unwrap_or_default()
    }
}

/// The HS256 secret test servers verify with.
pub const TEST_SECRET: &str = "test-secret-test-secret-test-secret-0123";

pub fn test_config(database_url: String) -> Config {
    Config {
        database_url,
        bind: "127.0.0.1:0".parse().expect("valid address"),
        jwt_secret: JwtSecret::Configured(SecretString::new(TEST_SECRET)),
        jwt_public_keys: None,
        jwt_issuer: "costar".into(),
        jwt_audience: "costar".into(),
        log_format: LogFormat::Text,
        cors_origins: CorsOrigins::Any,
        body_limit: 1024 * 1024,
        database_read_url: None,
        request_timeout: Duration::from_secs(30),
        db_statement_timeout: Duration::from_secs(15),
        graphiql: true,
        explorer: true,
        slow_operation: Duration::from_secs(1),
        trusted_documents: None,
        db_max_connections: 5,
        max_concurrent_requests: 32,
        max_concurrent_large_requests: 4,
        rate_limit_per_minute: std::num::NonZeroU32::new(100_000).expect("non-zero"),
        rate_limit_burst: std::num::NonZeroU32::new(10_000).expect("non-zero"),
        sockets_per_address: 256,
        sockets_per_token: 32,
        search_index: None,
    }
}

impl TestApp {
    /// Starts the application over a fresh, migrated, empty database.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Like [`TestApp::spawn`], with `configure` adjusting the configuration.
    pub async fn spawn_with(configure: impl FnOnce(&mut Config)) -> Self {
        // Logs only when asked for (TEST_LOG=1), so test output stays readable.
        if std::env::var("TEST_LOG").is_ok_and(|v| v == "1") {
            let _ = api::telemetry::init(LogFormat::Text);
        }
        let (database_url, guard) = fresh_database().await;
        let mut config = test_config(database_url.clone());
        configure(&mut config);
        let app = Application::build(config)
            .await
            .expect("application builds");
        let addr = app.local_addr();
        let db = app.db().clone();
        tokio::spawn(app.run_until(std::future::pending()));
        let app = Self {
            addr,
            client: reqwest::Client::new(),
            db,
            database_url,
            _db_guard: guard,
        };
        app.ready().await;
        app
    }

    /// Waits until the server reports itself ready (its search index built).
    pub async fn ready(&self) {
        wait_until_ready(&self.client, &self.url(""), Duration::from_secs(30)).await;
    }

    /// A second server process over the same database, as another replica.
    pub async fn replica(&self) -> Self {
        let app = Application::build(test_config(self.database_url.clone()))
            .await
            .expect("replica builds");
        let addr = app.local_addr();
        let db = app.db().clone();
        tokio::spawn(app.run_until(std::future::pending()));
        let replica = Self {
            addr,
            client: reqwest::Client::new(),
            db,
            database_url: self.database_url.clone(),
            _db_guard: DbGuard::Shared,
        };
        replica.ready().await;
        replica
    }

    /// Starts the application with the demo network loaded.
    pub async fn with_demo() -> Self {
        let app = Self::spawn().await;
        api::seed::demo(&app.db).await.expect("demo network loads");
        app
    }

    /// The database the server runs on, for a connection of a test's own.
    pub fn database_url(&self) -> &str {
        &self.database_url
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// POSTs a GraphQL operation as an anonymous caller.
    pub async fn gql(&self, query: &str, variables: Value) -> Gql {
        self.post(None, query, variables).await.1
    }

    /// POSTs a GraphQL operation with a bearer token.
    pub async fn gql_as(&self, token: &str, query: &str, variables: Value) -> Gql {
        self.post(Some(token), query, variables).await.1
    }

    /// POSTs a GraphQL operation; answers the status and the body.
    pub async fn post(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> (reqwest::StatusCode, Gql) {
        let mut request = self
            .client
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        (
            response.status(),
            Gql(response.json().await.expect("JSON body")),
        )
    }

    /// The number of SQL statements the server has sent so far.
    pub async fn statements(&self) -> u64 {
        let text = self
            .client
            .get(self.url("/metrics"))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("body");
        text.lines()
            .find_map(|line| line.strip_prefix("costar_db_statements_total "))
            .and_then(|n| n.trim().parse().ok())
            .expect("costar_db_statements_total in /metrics")
    }
}

/// The demo's case study whose initiative has the most peer reviews and
/// charters: its id, its initiative's id and its owner's slug.
pub async fn case_study_in_detail(db: &DatabaseConnection) -> (i64, i64, String) {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT cs.id, cs.initiative_id, o.slug FROM case_study cs \
             JOIN organisation o ON o.id = cs.owner_org_id \
             WHERE cs.initiative_id IS NOT NULL \
             ORDER BY (SELECT count(*) FROM peer_review p WHERE p.initiative_id = cs.initiative_id) DESC, \
                      (SELECT count(*) FROM charter c WHERE c.initiative_id = cs.initiative_id) DESC, cs.id \
             LIMIT 1",
        ))
        .await
        .expect("query")
        .expect("the demo has a case study with an initiative");
    (
        row.try_get("", "id").expect("id"),
        row.try_get("", "initiative_id").expect("initiative"),
        row.try_get("", "slug").expect("slug"),
    )
}

/// Global id of a row, as the API encodes it.
pub fn global_id(type_name: &str, id: i64) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{type_name}:{id}"))
}

/// Valid claims for a token of `org` with `roles`, valid for an hour.
pub fn claims(org: &str, roles: &[&str]) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({
        "iss": "costar", "aud": "costar", "sub": format!("{org}-user"), "org": org, "roles": roles,
        "iat": now, "exp": now + 3600, "jti": uuid::Uuid::new_v4().to_string(),
    })
}

/// Signs `claims` with the test server's HS256 secret.
pub fn sign_hs(claims: &Value) -> String {
    let key = jsonwebtoken::EncodingKey::from_secret(TEST_SECRET.as_bytes());
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        claims,
        &key,
    )
    .expect("signs")
}

/// A valid token of `org` with `roles`.
pub fn token(org: &str, roles: &[&str]) -> String {
    sign_hs(&claims(org, roles))
}

pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn ed_key(name: &str) -> jsonwebtoken::EncodingKey {
    jsonwebtoken::EncodingKey::from_ed_der(&std::fs::read(fixture(name)).expect("fixture"))
}

/// Signs `claims` with `key`, naming it `kid` in the header.
pub fn sign_with(
    claims: &Value,
    algorithm: jsonwebtoken::Algorithm,
    kid: &str,
    key: &jsonwebtoken::EncodingKey,
) -> String {
    let mut header = jsonwebtoken::Header::new(algorithm);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, key).expect("signs")
}

/// Tokens for `org` that the server must refuse, one per way a token goes
/// bad (a revoked one needs the database: [`revoked_token`]).
pub fn bad_tokens(org: &str) -> Vec<(&'static str, String)> {
    use base64::Engine;
    let now = chrono::Utc::now().timestamp();
    let with = |patch: Value| {
        let mut c = claims(org, &["EDITOR"]);
        for (k, v) in patch.as_object().expect("object") {
            c[k] = v.clone();
        }
        c
    };
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let other_key =
        jsonwebtoken::EncodingKey::from_secret(b"another-secret-another-secret-another");
    vec![
        (
            "unsigned",
            format!(
                "{}.{}.",
                b64(&json!({ "alg": "none", "typ": "JWT" })),
                b64(&claims(org, &["EDITOR"]))
            ),
        ),
        (
            "wrong key",
            jsonwebtoken::encode(
                &jsonwebtoken::Header::default(),
                &claims(org, &["EDITOR"]),
                &other_key,
            )
            .expect("signs"),
        ),
        ("expired", sign_hs(&with(json!({ "exp": now - 3600 })))),
        (
            "not yet valid",
            sign_hs(&with(json!({ "nbf": now + 3600 }))),
        ),
        (
            "wrong audience",
            sign_hs(&with(json!({ "aud": "someone-else" }))),
        ),
        (
            "wrong issuer",
            sign_hs(&with(json!({ "iss": "someone-else" }))),
        ),
        ("unknown organisation", token("atlantis", &["EDITOR"])),
        (
            "unknown kid",
            sign_with(
                &claims(org, &["EDITOR"]),
                jsonwebtoken::Algorithm::EdDSA,
                "nobody",
                &ed_key("ed-1.der"),
            ),
        ),
    ]
}

/// An EDITOR token of `org` whose `jti` its organisation's ADMIN revoked.
pub async fn revoked_token(app: &TestApp, org: &str) -> String {
    let claims = claims(org, &["EDITOR"]);
    let jti = claims["jti"].as_str().expect("jti");
    let response = app
        .gql_as(
            &token(org, &["ADMIN"]),
            "mutation($jti: String!) { revokeToken(jti: $jti) }",
            json!({ "jti": jti }),
        )
        .await;
    assert_eq!(response.data()["revokeToken"], jti);
    sign_hs(&claims)
}

/// The row id inside a global id.
pub fn decode_global_id(id: &str) -> i64 {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(id)
        .expect("base64");
    let text = String::from_utf8(bytes).expect("utf-8");
    text.rsplit(':')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("an id")
}

/// A fresh, empty database of the backend under test, dropped with the guard.
pub async fn fresh_database() -> (String, DbGuard) {
    match postgres_server() {
        Some(server) => {
            let name = format!("costar_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(format!("{server}/postgres"))
                .await
                .unwrap_or_else(|e| {
                    panic!("COSTAR_TEST_POSTGRES is set but {server} is unreachable: {e}")
                });
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("create test database");
            admin.close().await.ok();
            (
                format!("{server}/{name}"),
                DbGuard::Postgres { server, name },
            )
        }
        None => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("costar.db").display()
            );
            (url, DbGuard::Sqlite(dir))
        }
    }
}

/// The real `costar` binary serving `database_url` on a free port, with
/// `env` added, once ready; answers the process and its base URL.
pub async fn start_binary(
    database_url: &str,
    env: &[(&str, &str)],
) -> (tokio::process::Child, String) {
    start_binary_logging(database_url, env, std::process::Stdio::null()).await
}

/// [`start_binary`], with the server's log written to `log`.
pub async fn start_binary_logging(
    database_url: &str,
    env: &[(&str, &str)],
    log: std::process::Stdio,
) -> (tokio::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let server = tokio::process::Command::new(env!("CARGO_BIN_EXE_costar"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("COSTAR_JWT_SECRET", TEST_SECRET)
        .env("COSTAR_BIND", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .envs(env.iter().copied())
        .stdout(log)
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the binary starts");
    let base = format!("http://127.0.0.1:{port}");
    wait_until_ready(&reqwest::Client::new(), &base, Duration::from_secs(60)).await;
    (server, base)
}

/// Polls `{base}/readyz` until it answers 200 (the search index built);
/// fails the test after `patience`.
async fn wait_until_ready(client: &reqwest::Client, base: &str, patience: Duration) {
    let started = std::time::Instant::now();
    while client
        .get(format!("{base}/readyz"))
        .send()
        .await
        .map(|r| r.status() != reqwest::StatusCode::OK)
        .unwrap_or(true)
    {
        assert!(started.elapsed() < patience, "never ready");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Sends SIGTERM to `server` and answers its exit status.
pub async fn stop_binary(server: &mut tokio::process::Child) -> std::process::ExitStatus {
    let pid = server.id().expect("running").to_string();
    let signalled = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(signalled.success());
    tokio::time::timeout(Duration::from_secs(20), server.wait())
        .await
        .expect("exits within 20 s")
        .expect("status")
}
