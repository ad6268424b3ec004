//! Postgres plans each statement once per connection: planning a page (the
//! scope's conditions, two joins) cost it twice what running it did. A
//! search's page too: it reads the case studies among the search index's
//! matches, a plan that does not depend on the words.

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::json;

use crate::helpers::{TestApp, token};

/// A document of the benchmark mix.
fn mix(name: &str) -> String {
    let path = format!(
        "{}/bench/queries/{name}.graphql",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// How often each prepared statement of this session reading `table` was
/// run on its generic plan and on a custom one.
async fn plans(app: &TestApp, table: &str) -> Vec<(String, i64, i64)> {
    app.db
        .query_all_raw(Statement::from_string(
            DatabaseBackend::Postgres,
            format!(
                "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements \
                 WHERE statement LIKE 'SELECT %FROM \"{table}\"%' \
                 AND statement NOT LIKE '%pg_prepared_statements%'"
            ),
        ))
        .await
        .expect("prepared statements")
        .iter()
        .map(|row| {
            (
                row.try_get("", "statement").expect("statement"),
                row.try_get("", "generic_plans").expect("generic"),
                row.try_get("", "custom_plans").expect("custom"),
            )
        })
        .collect()
}

#[tokio::test]
async fn pages_and_searches_are_planned_once() {
    // One connection: the statements the requests prepared are this
    // session's, which `pg_prepared_statements` shows.
    let app = TestApp::spawn_with(|config| config.db_max_connections = 1).await;
    if app.db.get_database_backend() != DatabaseBackend::Postgres {
        // SQLite has no planner setting: it plans a statement when it is
        // prepared, once per connection.
        return;
    }
    api::seed::demo(&app.db).await.expect("demo network loads");
    let editor = token("walsall", &["EDITOR"]);
    const RUNS: i64 = 7;
    for _ in 0..RUNS {
        app.gql(&mix("q1"), json!({})).await.data();
        app.gql_as(&editor, &mix("q2"), json!({})).await.data();
        app.gql(&mix("q3"), json!({})).await.data();
    }

    let statements = plans(&app, "case_study").await;
    // A search's page reads the case studies among the index's matches,
    // whose number its plan does not depend on.
    let searches = statements
        .iter()
        .filter(|(sql, _, _)| sql.contains("= ANY(CAST("))
        .count();
    assert!(searches >= 1, "the search's statement: {statements:?}");
    assert!(
        statements.len() >= 3,
        "the pages' statements: {statements:?}"
    );
    for (sql, generic, custom) in &statements {
        assert_eq!(*custom, 0, "planned for its values: {sql}");
        assert!(*generic >= RUNS, "run {generic} times: {sql}");
    }
}

/// A generic plan does not know its page's LIMIT: with parallel workers
/// allowed, a page at a million case studies started two for 21 rows.
#[tokio::test]
async fn the_servers_connections_start_no_parallel_workers() {
    let app = TestApp::spawn().await;
    if app.db.get_database_backend() != DatabaseBackend::Postgres {
        return;
    }
    let setting = app
        .db
        .query_one_raw(Statement::from_string(
            DatabaseBackend::Postgres,
            "SHOW max_parallel_workers_per_gather",
        ))
        .await
        .expect("shown")
        .expect("a row");
    assert_eq!(
        setting
            .try_get::<String>("", "max_parallel_workers_per_gather")
            .expect("text"),
        "0"
    );
}
