//! Every query of the benchmark mix (`bench/queries`) is answered through
//! indexes. The statements the server really sends for each query are
//! captured from its `api::sql` trace events and explained by the database
//! with sequential scans discouraged: a plan that still scans a large table
//! whole has no index to use, which on a network of 100,000 case studies is
//! the difference between a millisecond and a second.
//!
//! And a search, planned for its words each time, fits the locks its
//! planning takes in Postgres's fast path.

use std::{path::PathBuf, time::Duration};

use sea_orm::{
    ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, Statement, TransactionTrait,
};
use serde_json::{Value, json};

use crate::helpers::{
    DbGuard, TEST_SECRET, case_study_in_detail, fresh_database, global_id, postgres_server,
    start_binary_logging, stop_binary, token,
};

/// The tables that grow with the network.
const LARGE_TABLES: &[&str] = &[
    "case_study",
    "case_study_co_type",
    "case_study_tag",
    "case_study_change",
    "initiative",
    "initiative_co_type",
    "initiative_tag",
    "charter",
    "peer_review",
    "audit_log",
    "organisation",
];

/// A document of the benchmark mix.
fn mix(name: &str) -> String {
    let path = format!(
        "{}/bench/queries/{name}.graphql",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The SQL of the `api::sql` trace events the server logged after byte
/// `from` of its JSON log.
fn logged_sql(log: &std::path::Path, from: usize) -> Vec<String> {
    let text = std::fs::read_to_string(log).expect("the server's log");
    text[from..]
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|event| event["target"] == "api::sql")
        .filter_map(|event| event["sql"].as_str().map(str::to_owned))
        // The revocation list is re-read every two seconds, by whichever
        // request with a token comes next.
        .filter(|sql| !sql.contains("token_revocation"))
        .collect()
}

/// Whether `sql` reads or writes rows, and so has a plan (a session
/// setting or a notification has none).
fn explainable(sql: &str) -> bool {
    let verb = sql.split_whitespace().next().unwrap_or_default();
    ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH"]
        .iter()
        .any(|v| verb.eq_ignore_ascii_case(v))
}

/// The plan lines that read a large table whole.
async fn full_scans(db: &DatabaseConnection, sql: &str) -> Vec<String> {
    let backend = db.get_database_backend();
    let txn = db.begin().await.expect("begin");
    let explain = match backend {
        DatabaseBackend::Postgres => {
            txn.execute_unprepared("SET LOCAL enable_seqscan = off")
                .await
                .expect("set");
            format!("EXPLAIN {sql}")
        }
        _ => format!("EXPLAIN QUERY PLAN {sql}"),
    };
    let rows = txn
        .query_all_raw(Statement::from_string(backend, explain))
        .await
        .unwrap_or_else(|e| panic!("cannot explain {sql}: {e}"));
    // (the plan line, whether it is at the top of SQLite's plan tree)
    let lines: Vec<(String, bool)> = rows
        .iter()
        .map(|row| match backend {
            DatabaseBackend::Postgres => Ok((row.try_get::<String>("", "QUERY PLAN")?, false)),
            _ => Ok((
                row.try_get::<String>("", "detail")?,
                row.try_get::<i64>("", "parent")? == 0,
            )),
        })
        .collect::<Result<_, sea_orm::DbErr>>()
        .expect("plan text");
    txn.rollback().await.expect("rollback");
    // SQLite names a subquery in FROM by its alias ("CO-ROUTINE x" or
    // "MATERIALIZE x"), and the top of the plan reads its rows as "SCAN x":
    // there the alias hides the table, which only the subquery reads.
    let subqueries: Vec<String> = lines
        .iter()
        .filter_map(|(line, _)| {
            let line = line.trim();
            line.strip_prefix("CO-ROUTINE ")
                .or_else(|| line.strip_prefix("MATERIALIZE "))
                .map(str::to_owned)
        })
        .collect();
    lines
        .into_iter()
        .filter(|(line, top)| {
            LARGE_TABLES.iter().any(|table| {
                let reads_subquery = *top && subqueries.iter().any(|s| s == table);
                // Postgres: "Seq Scan on case_study"; SQLite: "SCAN case_study"
                // (an index walk reads "SCAN case_study USING INDEX ...").
                line.contains(&format!("Seq Scan on {table} "))
                    || line.ends_with(&format!("Seq Scan on {table}"))
                    || (!reads_subquery
                        && line.trim_start().trim_start_matches("`--").trim()
                            == format!("SCAN {table}"))
            })
        })
        .map(|(line, _)| line)
        .collect()
}

/// The real server on a fresh database holding the demo network, tracing
/// the SQL it sends to a JSON log.
struct TracedServer {
    server: tokio::process::Child,
    base: String,
    log: PathBuf,
    db: DatabaseConnection,
    database_url: String,
    _log_dir: tempfile::TempDir,
    _database: DbGuard,
}

impl TracedServer {
    async fn on_demo() -> Self {
        let (database_url, database) = fresh_database().await;
        let seeded = tokio::process::Command::new(env!("CARGO_BIN_EXE_costar"))
            .args(["seed", "--demo"])
            .env("DATABASE_URL", &database_url)
            .env("COSTAR_JWT_SECRET", crate::helpers::TEST_SECRET)
            .output()
            .await
            .expect("seed runs");
        assert!(seeded.status.success(), "{seeded:?}");
        let log_dir = tempfile::tempdir().expect("temp dir");
        let log = log_dir.path().join("server.log");
        let (server, base) = start_binary_logging(
            &database_url,
            &[
                ("COSTAR_JWT_SECRET", TEST_SECRET),
                ("COSTAR_LOG_FORMAT", "json"),
                ("RUST_LOG", "warn,api::sql=trace"),
            ],
            std::fs::File::create(&log).expect("log file").into(),
        )
        .await;
        let db = Database::connect(&database_url).await.expect("database");
        Self {
            server,
            base,
            log,
            db,
            database_url,
            _log_dir: log_dir,
            _database: database,
        }
    }
}

/// Posts `query` to the server as `token` (anonymous when `None`) and
/// answers its `data`.
async fn ask(base: &str, token: Option<&str>, query: &str, variables: Value) -> Value {
    let mut request = reqwest::Client::new()
        .post(format!("{base}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let body: Value = request
        .send()
        .await
        .expect("answer")
        .json()
        .await
        .expect("json");
    assert!(body.get("errors").is_none(), "{query}: {body}");
    body["data"].clone()
}

#[tokio::test]
async fn every_query_of_the_benchmark_mix_is_served_by_indexes() {
    let mut traced = TracedServer::on_demo().await;
    let (base, log, db) = (traced.base.clone(), traced.log.clone(), &traced.db);

    let (case_study, initiative, owner) = case_study_in_detail(db).await;
    let editor = token(&owner, &["EDITOR"]);
    let sync = token(&owner, &["SYNC"]);

    let first_page = ask(&base, None, &mix("q5"), json!({ "after": null })).await;
    let after = first_page["caseStudies"]["pageInfo"]["endCursor"].clone();
    let batch: Vec<Value> = (0..3)
        .map(|i| {
            json!({
                "externalId": format!("explain-{i}"),
                "title": format!("Explained case study {i}"),
                "summary": "Kept in step by a partner's system.",
                "body": "Residents and staff designed the service together.",
                "coTypes": ["CO_DESIGN"],
                "serviceArea": "HEALTH",
                "visibility": "NETWORK",
            })
        })
        .collect();

    let mix_runs: Vec<(&str, Option<&str>, Value)> = vec![
        ("q1", None, json!({})),
        ("q2", Some(&editor), json!({})),
        ("q3", None, json!({})),
        (
            "q4",
            Some(&editor),
            json!({
                "id": global_id("CaseStudy", case_study),
                "initiative": global_id("Initiative", initiative),
            }),
        ),
        ("q5", None, json!({ "after": after })),
        // Twice: creating the batch, then finding it unchanged.
        ("q6", Some(&sync), json!({ "input": batch })),
        ("q6", Some(&sync), json!({ "input": batch })),
        ("q7", None, json!({})),
    ];

    let mut failures = Vec::new();
    for (name, caller, variables) in mix_runs {
        let from = std::fs::metadata(&log).expect("log").len() as usize;
        ask(&base, caller, &mix(name), variables).await;
        // Each trace line is written as it happens; give the last one a moment.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let statements = logged_sql(&log, from);
        assert!(!statements.is_empty(), "{name} sent no SQL");
        for sql in statements.into_iter().filter(|sql| explainable(sql)) {
            let scans = full_scans(db, &sql).await;
            if !scans.is_empty() {
                failures.push(format!("{name}: {sql}\n    {}", scans.join("\n    ")));
            }
        }
    }
    stop_binary(&mut traced.server).await;
    assert!(
        failures.is_empty(),
        "statements that scan a large table whole:\n{}",
        failures.join("\n")
    );
}

/// The relation locks Postgres keeps per backend in its fast path (before
/// version 18); the rest go through the shared lock table, where concurrent
/// statements queue for it.
const FAST_PATH_LOCKS: usize = 16;

/// A search reads its page like any other page, on a plan kept per
/// connection, among the matches the search index found: its locks must
/// stay in the fast path, or concurrent searches queue for the lock
/// manager (at 100,000 case studies they once spent half their time there).
#[tokio::test]
async fn a_public_search_takes_its_locks_in_the_fast_path() {
    if postgres_server().is_none() {
        // SQLite has no lock manager to queue on.
        return;
    }
    let mut traced = TracedServer::on_demo().await;
    let (base, log) = (traced.base.clone(), traced.log.clone());
    // One connection, as a server's: the statement is prepared on it.
    let db = &Database::connect(
        sea_orm::ConnectOptions::new(traced.database_url.clone())
            .max_connections(1)
            .to_owned(),
    )
    .await
    .expect("database");
    let found = ask(&base, None, &mix("q3"), json!({})).await;
    assert!(
        !found["caseStudies"]["nodes"]
            .as_array()
            .expect("nodes")
            .is_empty(),
        "{found}"
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop_binary(&mut traced.server).await;
    let statements = logged_sql(&log, 0);
    assert!(
        !statements.iter().any(|sql| sql.contains("plan_cache_mode")),
        "a search is planned like any page: {statements:?}"
    );
    let search = statements
        .into_iter()
        .find(|sql| sql.contains("= ANY(CAST("))
        .expect("the search's statement");

    // As the server runs it: prepared once on its connection, on a kept
    // generic plan; a later run locks what that plan reads.
    db.execute_unprepared(&format!("PREPARE costar_search AS {search}"))
        .await
        .expect("prepared");
    db.execute_unprepared("SET plan_cache_mode = force_generic_plan")
        .await
        .expect("set");
    db.execute_unprepared("EXECUTE costar_search")
        .await
        .expect("the search runs");
    let txn = db.begin().await.expect("begin");
    txn.execute_unprepared("EXECUTE costar_search")
        .await
        .expect("the search runs");
    let locked: Vec<String> = txn
        .query_all_raw(Statement::from_string(
            DatabaseBackend::Postgres,
            "SELECT relation::regclass::text AS name FROM pg_locks \
             WHERE pid = pg_backend_pid() AND locktype = 'relation' \
             AND relation <> 'pg_locks'::regclass ORDER BY 1",
        ))
        .await
        .expect("its locks")
        .iter()
        .map(|row| row.try_get::<String>("", "name"))
        .collect::<Result<_, _>>()
        .expect("names");
    txn.rollback().await.expect("rollback");
    assert!(
        locked.len() <= FAST_PATH_LOCKS,
        "a public search holds {} relation locks: {locked:?}",
        locked.len()
    );
}
