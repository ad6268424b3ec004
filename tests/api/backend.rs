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

/// Sessions of the database under test inside a transaction, seen from
/// another connection (none on SQLite, which shows a leftover transaction
/// as the BEGIN refused after it).
async fn sessions_in_a_transaction(app: &TestApp) -> i64 {
    use sea_orm::ConnectionTrait;
    if app.db.get_database_backend() != DatabaseBackend::Postgres {
        return 0;
    }
    app.db
        .query_one_raw(sea_orm::Statement::from_string(
            DatabaseBackend::Postgres,
            "SELECT count(*) AS n FROM pg_stat_activity \
             WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
        ))
        .await
        .expect("a statement runs")
        .expect("a row")
        .try_get::<i64>("", "n")
        .expect("n")
}

/// A TCP proxy to `target` whose answers arrive `delay` late, as over a
/// slow network: what the client sends arrives at once.
async fn slow_proxy(target: &str, delay: std::time::Duration) -> std::net::SocketAddr {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binds");
    let address = listener.local_addr().expect("address");
    let target = target.to_owned();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let Ok(server) = tokio::net::TcpStream::connect(&target).await else {
                return;
            };
            let (mut from_client, mut to_client) = client.into_split();
            let (mut from_server, mut to_server) = server.into_split();
            tokio::spawn(async move { tokio::io::copy(&mut from_client, &mut to_server).await });
            tokio::spawn(async move {
                let mut buffer = vec![0; 16 * 1024];
                while let Ok(n @ 1..) = from_server.read(&mut buffer).await {
                    tokio::time::sleep(delay).await;
                    if to_client.write_all(&buffer[..n]).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    address
}

#[tokio::test]
async fn a_transaction_stopped_while_it_begins_leaves_no_transaction_behind() {
    let Some(server) = crate::helpers::postgres_server() else {
        // sqlx's SQLite BEGIN is safe to stop; this is Postgres's wire protocol.
        eprintln!("a stopped BEGIN is tested in the Postgres half of the suite");
        return;
    };
    let app = TestApp::spawn().await;
    // The answers to BEGIN come 50 ms late, so the request can be stopped
    // between BEGIN reaching the server and its answer reaching the client.
    let host = server.rsplit('@').next().unwrap_or("127.0.0.1:5432");
    let proxy = slow_proxy(host, std::time::Duration::from_millis(50)).await;
    let database = app.database_url().rsplit('/').next().expect("a name");
    let url = server.replace(host, &proxy.to_string());
    let options = sea_orm::ConnectOptions::new(format!("{url}/{database}"))
        .max_connections(1)
        .to_owned();
    let conn = sea_orm::Database::connect(options).await.expect("connects");
    let db = api::store::Db::new(
        conn,
        1,
        std::time::Duration::from_secs(5),
        Default::default(),
    );
    for attempt in 0..3 {
        let mut begin = Box::pin(db.begin());
        let begun_on_the_server = async {
            while sessions_in_a_transaction(&app).await == 0 {
                tokio::time::sleep(std::time::Duration::from_millis(1)).await;
            }
        };
        tokio::select! {
            _ = begin.as_mut() => panic!("attempt {attempt}: BEGIN was answered before it could be stopped"),
            () = begun_on_the_server => {}
        }
        // Stopped with BEGIN done on the server and its answer on the way,
        // as a request is when its client goes or its time runs out.
        drop(begin);
        let started = std::time::Instant::now();
        while sessions_in_a_transaction(&app).await > 0 {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(3),
                "attempt {attempt}: a session stayed inside a transaction nobody will end"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let next = db.begin().await.expect("the next transaction begins");
        next.commit().await.expect("and commits");
    }
}
