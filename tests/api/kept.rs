//! Connections kept between statements (Postgres): a statement outside a
//! transaction leaves its connection ready for the next instead of handing
//! it back to the pool, which would check it with a round trip of its own.
//! Whatever is kept must never stand in the way: of a transaction, of a
//! statement after an abandoned one, of work that uses the pool directly.
//! SQLite keeps nothing, and the same behaviour holds there.

use std::{sync::Arc, time::Duration};

use api::store::{Db, StatementCounter};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use crate::helpers::{DbGuard, TestApp, fresh_database, test_config};

/// Long enough for a kept connection to go back to the pool on its own.
const PAST_IDLE: Duration = Duration::from_millis(2_000);
/// Far shorter than that: what makes room must not wait for it.
const PROMPTLY: Duration = Duration::from_millis(900);

async fn gated(connections: u32) -> (Db, DbGuard) {
    let (url, guard) = fresh_database().await;
    let mut config = test_config(url);
    config.db_max_connections = connections;
    let db = api::store::connect(&config, Arc::new(StatementCounter::default()))
        .await
        .expect("connects");
    (db, guard)
}

fn sql(db: &Db, text: &str) -> Statement {
    Statement::from_string(db.get_database_backend(), text)
}

fn is_postgres(db: &Db) -> bool {
    db.get_database_backend() == DatabaseBackend::Postgres
}

#[tokio::test]
async fn statements_outside_a_transaction_reuse_one_kept_connection() {
    let (db, _guard) = gated(2).await;
    if !is_postgres(&db) {
        db.query_one_raw(sql(&db, "SELECT 1")).await.expect("runs");
        assert_eq!(db.kept_idle(), 0, "SQLite keeps nothing");
        return;
    }
    let pid = |row: Option<sea_orm::QueryResult>| -> i32 {
        row.expect("a row").try_get("", "pid").expect("pid")
    };
    let first = pid(db
        .query_one_raw(sql(&db, "SELECT pg_backend_pid() AS pid"))
        .await
        .expect("runs"));
    assert_eq!(db.kept_idle(), 1);
    let second = pid(db
        .query_one_raw(sql(&db, "SELECT pg_backend_pid() AS pid"))
        .await
        .expect("runs"));
    assert_eq!(first, second, "the kept connection served the second");
    assert_eq!(db.kept_idle(), 1);

    tokio::time::sleep(PAST_IDLE).await;
    assert_eq!(db.kept_idle(), 0, "an idle connection goes back");
    let pool = db.pool().get_postgres_connection_pool();
    assert_eq!(
        (pool.size(), pool.num_idle()),
        (1, 1),
        "and the pool has it"
    );
}

#[tokio::test]
async fn a_transaction_finds_room_beside_a_kept_connection() {
    let (db, _guard) = gated(1).await;
    db.query_one_raw(sql(&db, "SELECT 1")).await.expect("runs");
    let txn = tokio::time::timeout(PROMPTLY, db.begin())
        .await
        .expect("the transaction did not wait for the kept connection")
        .expect("begins");
    txn.execute_unprepared("SELECT 1").await.expect("runs");
    txn.commit().await.expect("commits");
    db.query_one_raw(sql(&db, "SELECT 1"))
        .await
        .expect("reads again after");
}

#[tokio::test]
async fn a_statement_abandoned_half_way_leaves_a_usable_connection() {
    let (db, _guard) = gated(1).await;
    let slow = if is_postgres(&db) {
        "SELECT pg_sleep(0.5)"
    } else {
        // A recursive count long enough to be abandoned.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) \
         SELECT count(*) FROM n"
    };
    let abandoned =
        tokio::time::timeout(Duration::from_millis(50), db.query_one_raw(sql(&db, slow))).await;
    assert!(abandoned.is_err(), "the statement was still running");
    assert_eq!(db.kept_idle(), 0, "an abandoned connection is not kept");
    let row = db
        .query_one_raw(sql(&db, "SELECT 41 + 1 AS answer"))
        .await
        .expect("the next statement runs")
        .expect("a row");
    let answer: i32 = row.try_get("", "answer").expect("answer");
    assert_eq!(answer, 42, "and reads its own answer");
}

#[tokio::test]
async fn readiness_answers_at_once_after_requests() {
    let app = TestApp::spawn_with(|config| config.db_max_connections = 1).await;
    app.gql(
        "{ caseStudies(first: 1) { nodes { id } } }",
        serde_json::json!({}),
    )
    .await
    .data();
    let ready = tokio::time::timeout(PROMPTLY, app.client.get(app.url("/readyz")).send())
        .await
        .expect("readiness did not wait for the kept connection")
        .expect("answers");
    assert_eq!(ready.status(), 200);
}

#[tokio::test]
async fn a_connection_kept_too_long_is_no_obstacle_to_the_next_statement() {
    // Between going stale (IDLE after its statement) and the next round of
    // the task that hands stale connections back, a kept connection is
    // still on the shelf. A statement that finds it there must not hold it
    // while it waits for the pool, whose only connection it is.
    let (db, _guard) = gated(1).await;
    for past_idle_by in [10, 40, 90, 140] {
        db.query_one_raw(sql(&db, "SELECT 1")).await.expect("runs");
        tokio::time::sleep(Duration::from_millis(1_000 + past_idle_by)).await;
        tokio::time::timeout(PROMPTLY, db.query_one_raw(sql(&db, "SELECT 2")))
            .await
            .unwrap_or_else(|_| {
                panic!("a statement {past_idle_by} ms after the kept connection went stale waited")
            })
            .expect("runs");
    }
}
