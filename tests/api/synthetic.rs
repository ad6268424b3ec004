//! `costar seed --synthetic`: the benchmark network, loaded through the real
//! binary, has the asked-for size, a Co for every record and tags in their
//! stored form, refuses a second run, and shows anonymous callers only public,
//! published case studies.

use std::collections::BTreeSet;

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{Value, json};

use crate::helpers::{fresh_database, start_binary, stop_binary};

/// Runs `costar seed --synthetic` with the test's sizes over `database_url`.
async fn seed_synthetic(database_url: &str) -> std::process::Output {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_costar"))
        .args([
            "seed",
            "--synthetic",
            "--organisations",
            "20",
            "--case-studies",
            "500",
            "--rng-seed",
            "7",
        ])
        .env("DATABASE_URL", database_url)
        .env("COSTAR_JWT_SECRET", crate::helpers::TEST_SECRET)
        .env("RUST_LOG", "warn")
        .output()
        .await
        .expect("the binary runs")
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM ({sql}) counted"),
        ))
        .await
        .expect("count query")
        .expect("a row");
    row.try_get("", "n").expect("a count")
}

/// `(label, parent id)` pairs of a label table.
async fn label_pairs(db: &DatabaseConnection, sql: &str) -> BTreeSet<(String, i64)> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("label query")
        .into_iter()
        .map(|row| {
            (
                row.try_get::<String>("", "label").expect("label"),
                row.try_get::<i64>("", "id").expect("id"),
            )
        })
        .collect()
}

#[tokio::test]
async fn synthetic_seed_loads_a_consistent_network_once() {
    // Arrange
    let (database_url, _guard) = fresh_database().await;

    // Act
    let first = seed_synthetic(&database_url).await;

    // Assert: the report, then the rows.
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(
        first.status.success(),
        "seed failed: {}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        stdout.starts_with("synthetic network loaded: 20 organisations, 50 initiatives, 500 case studies, 10 charters, 2 peer reviews in "),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1, "{stdout}");

    let db = Database::connect(&database_url).await.expect("connects");
    let synthetic_orgs = "SELECT id FROM organisation WHERE slug LIKE 'synthetic-org-%'";
    assert_eq!(count(&db, synthetic_orgs).await, 20);
    assert_eq!(count(&db, "SELECT id FROM case_study").await, 500);
    assert_eq!(count(&db, "SELECT id FROM initiative").await, 50);
    assert_eq!(count(&db, "SELECT id FROM charter").await, 10);
    assert_eq!(count(&db, "SELECT id FROM peer_review").await, 2);
    // Every new case study is in the change log once.
    assert_eq!(
        count(&db, "SELECT DISTINCT case_study_id FROM case_study_change").await,
        500
    );
    assert_eq!(count(&db, "SELECT seq FROM case_study_change").await, 500);
    // Records point at records of their own owner.
    assert_eq!(
        count(
            &db,
            "SELECT cs.id FROM case_study cs JOIN initiative i ON i.id = cs.initiative_id \
             WHERE i.owner_org_id <> cs.owner_org_id"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &db,
            "SELECT pr.id FROM peer_review pr JOIN initiative i ON i.id = pr.initiative_id \
             WHERE i.owner_org_id <> pr.host_org_id OR pr.host_org_id = pr.visitor_org_id \
             OR pr.requested_by_org_id NOT IN (pr.host_org_id, pr.visitor_org_id)"
        )
        .await,
        0
    );
    // Every adopted charter (retired ones were adopted first) has its first version.
    assert_eq!(
        count(&db, "SELECT id FROM charter WHERE adopted_at IS NOT NULL").await,
        count(&db, "SELECT id FROM charter_version WHERE number = 1").await
    );

    // Every record has at least one Co, and tags in their stored form
    // (lower-case words joined by hyphens), in the label tables that are
    // their only store.
    for (table, co_table, parent) in [
        ("case_study", "case_study_co_type", "case_study_id"),
        ("initiative", "initiative_co_type", "initiative_id"),
    ] {
        assert_eq!(
            count(
                &db,
                &format!(
                    "SELECT id FROM {table} WHERE id NOT IN (SELECT {parent} FROM {co_table})"
                ),
            )
            .await,
            0,
            "a {table} without a Co"
        );
    }
    for tag_table in ["case_study_tag", "initiative_tag"] {
        let tags = label_pairs(
            &db,
            &format!("SELECT tag AS label, CAST(0 AS BIGINT) AS id FROM {tag_table}"),
        )
        .await;
        assert!(!tags.is_empty(), "{tag_table} is empty");
        for (tag, _) in tags {
            assert_eq!(tag, api::domain::labels::normalise_tag(&tag), "{tag_table}");
        }
    }

    // A second run is refused and adds nothing.
    let second = seed_synthetic(&database_url).await;
    assert!(!second.status.success(), "a second run succeeded");
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("already holds a synthetic network"),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert_eq!(count(&db, synthetic_orgs).await, 20);
    assert_eq!(count(&db, "SELECT id FROM case_study").await, 500);

    // An anonymous caller sees public, published case studies only.
    let public = count(
        &db,
        "SELECT id FROM case_study WHERE visibility = 'PUBLIC' AND status = 'PUBLISHED'",
    )
    .await;
    db.close().await.ok();
    let (mut server, base) = start_binary(&database_url, &[]).await;
    let body: Value = reqwest::Client::new()
        .post(format!("{base}/graphql"))
        .json(&json!({
            "query": "{ caseStudies(first: 5) { totalCount nodes { title visibility status publishedAt } } }"
        }))
        .send()
        .await
        .expect("request sent")
        .json()
        .await
        .expect("JSON body");
    stop_binary(&mut server).await;
    assert!(body.get("errors").is_none(), "{body}");
    let connection = &body["data"]["caseStudies"];
    assert_eq!(connection["totalCount"], json!(public), "{body}");
    let nodes = connection["nodes"].as_array().expect("nodes");
    assert_eq!(nodes.len(), 5, "{body}");
    for node in nodes {
        assert_eq!(node["visibility"], "PUBLIC", "{node}");
        assert_eq!(node["status"], "PUBLISHED", "{node}");
        assert!(node["publishedAt"].is_string(), "{node}");
    }
}
