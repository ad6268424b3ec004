//! Benchmark of partner sync on Postgres: upsert throughput (rows/s) for
//! 100,000 case studies pushed in batches of 500, then feed read throughput
//! (changes/s) reading them all back through `caseStudyChanges`.
//!
//! It starts the real server in-process on a fresh database it creates (and
//! drops) on the given Postgres server, and talks HTTP to it:
//!
//! ```sh
//! cargo run --release --example bench_sync -- postgres://postgres@127.0.0.1:5432 [ROWS]
//! ```

use std::{collections::HashMap, time::Instant};

use api::{Application, auth::Authenticator, config::Config, tenancy::Role};
use sea_orm::{ConnectionTrait, Database};
use serde_json::{Value, json};

const BATCH: usize = 500;

const UPSERT: &str = r#"
mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { created updated unchanged } }"#;

const FEED: &str = r#"
query($after: String) {
  caseStudyChanges(first: 100, after: $after) { nodes { op id externalId } pageInfo { endCursor hasNextPage } }
}"#;

fn batch(from: usize, to: usize) -> Value {
    Value::Array(
        (from..to)
            .map(|i| {
                json!({ "externalId": format!("bench-{i:07}"), "title": format!("Partner case study {i}"),
                        "summary": "A summary of what was done and what changed.",
                        "body": format!("Case study {i}: residents and staff co-designed the service, then evaluated it together."),
                        "coTypes": ["CO_DESIGN", "CO_ASSESSMENT"], "serviceArea": "HEALTH", "visibility": "NETWORK",
                        "tags": ["partner", "bench"], "status": "PUBLISHED" })
            })
            .collect(),
    )
}

async fn post(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    query: &str,
    variables: Value,
) -> Value {
    let body: Value = http
        .post(url)
        .bearer_auth(token)
        .json(&json!({ "query": query, "variables": variables }))
        .send()
        .await
        .expect("the server answers")
        .json()
        .await
        .expect("a JSON answer");
    assert!(body.get("errors").is_none(), "the server refused: {body}");
    body["data"].clone()
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let server = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432".into());
    let rows: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let name = format!("costar_bench_{}", std::process::id());
    let admin = Database::connect(format!("{server}/postgres"))
        .await
        .expect("Postgres reachable");
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create database");

    let settings: HashMap<&str, String> = HashMap::from([
        ("DATABASE_URL", format!("{server}/{name}")),
        ("COSTAR_BIND", "127.0.0.1:0".into()),
        (
            "COSTAR_JWT_SECRET",
            "bench-secret-bench-secret-bench-secret".into(),
        ),
        ("COSTAR_RATE_LIMIT_PER_MINUTE", "10000000".into()),
        ("COSTAR_RATE_LIMIT_BURST", "1000000".into()),
    ]);
    let config =
        Config::from_lookup(|key| settings.get(key).cloned()).expect("valid configuration");
    let app = Application::build(config.clone())
        .await
        .expect("server starts");
    api::seed::demo(app.db()).await.expect("demo organisations");
    let db = api::store::connect(&config, Default::default())
        .await
        .expect("database");
    let token = Authenticator::new(&config, db)
        .expect("authenticator")
        .issue(
            "governance-international",
            &[Role::Sync],
            "bench",
            std::time::Duration::from_secs(3600),
        )
        .expect("token");
    let url = format!("http://{}/graphql", app.local_addr());
    tokio::spawn(app.run_until(std::future::pending()));
    let http = reqwest::Client::new();

    // Planner statistics as autovacuum keeps them (some development
    // servers run with autovacuum off, which leaves plans made for an empty
    // table in place as it grows).
    let bench_db = Database::connect(format!("{server}/{name}"))
        .await
        .expect("bench database");
    let started = Instant::now();
    let mut created = 0;
    for from in (0..rows).step_by(BATCH) {
        let outcome = post(
            &http,
            &url,
            &token,
            UPSERT,
            json!({ "input": batch(from, (from + BATCH).min(rows)) }),
        )
        .await;
        created += outcome["upsertCaseStudies"]["created"]
            .as_u64()
            .unwrap_or_default();
        if from % 10_000 == 0 {
            bench_db
                .execute_unprepared("ANALYZE")
                .await
                .expect("analyze");
        }
    }
    let upsert_secs = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let mut unchanged = 0;
    for from in (0..rows.min(10_000)).step_by(BATCH) {
        let outcome = post(
            &http,
            &url,
            &token,
            UPSERT,
            json!({ "input": batch(from, (from + BATCH).min(rows)) }),
        )
        .await;
        unchanged += outcome["upsertCaseStudies"]["unchanged"]
            .as_u64()
            .unwrap_or_default();
    }
    let unchanged_secs = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let (mut changes, mut after) = (0, Value::Null);
    loop {
        let data = post(&http, &url, &token, FEED, json!({ "after": after })).await;
        let feed = &data["caseStudyChanges"];
        changes += feed["nodes"].as_array().map_or(0, Vec::len);
        if !feed["pageInfo"]["hasNextPage"].as_bool().unwrap_or(false) {
            break;
        }
        after = feed["pageInfo"]["endCursor"].clone();
    }
    let feed_secs = started.elapsed().as_secs_f64();

    println!("| measure | count | seconds | per second |");
    println!("|---|---|---|---|");
    println!(
        "| upsert, new rows (batches of {BATCH}) | {created} | {upsert_secs:.1} | {:.0} rows/s |",
        created as f64 / upsert_secs
    );
    println!(
        "| upsert, unchanged rows (batches of {BATCH}) | {unchanged} | {unchanged_secs:.1} | {:.0} rows/s |",
        unchanged as f64 / unchanged_secs
    );
    println!(
        "| feed read (pages of 100) | {changes} | {feed_secs:.1} | {:.0} changes/s |",
        changes as f64 / feed_secs
    );
    println!(
        "cores: {}",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    bench_db.close().await.ok();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .expect("drop database");
}
