//! The suite runs on the backend it was asked to run on, so a Postgres run
//! that silently fell back to SQLite cannot pass.

use sea_orm::DatabaseBackend;

use crate::helpers::TestApp;

#[tokio::test]
async fn the_configured_backend_is_the_one_under_test() {
    let app = TestApp::spawn().await;
    let expected = if std::env::var("COSTAR_TEST_POSTGRES").is_ok_and(|v| !v.trim().is_empty()) {
        DatabaseBackend::Postgres
    } else {
        DatabaseBackend::Sqlite
    };
    assert_eq!(app.db.get_database_backend(), expected);
    println!("backend under test: {expected:?}");
}
