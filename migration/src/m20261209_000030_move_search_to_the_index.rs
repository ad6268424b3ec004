//! Search moves out of the tables into the search index beside them (the
//! server's `store::search`, fed from the change log): the case studies'
//! `tsvector` column on Postgres and the FTS5 tables on SQLite, with the
//! triggers and functions that kept them, are dropped. A write no longer
//! pays for analysing its text (about 100 µs a case study on Postgres).
//!
//! Not reversible: rolling back would have to rebuild the search documents
//! of every case study; restore a backup taken before this release instead.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const POSTGRES: &str = r#"
DROP FUNCTION IF EXISTS case_study_search_row, case_study_search_tags,
    case_study_search_translations, case_study_search_document,
    case_study_tag_words, case_study_translation_words,
    translation_search_document CASCADE;
DROP INDEX IF EXISTS ix_case_study_search_vector;
ALTER TABLE case_study DROP COLUMN IF EXISTS search_vector;
"#;

/// The FTS5 tables, each with the triggers named after it.
const FTS_TABLES: [(&str, &[&str]); 4] = [
    (
        "case_study_fts",
        &["insert", "update", "delete", "tag_added", "tag_removed"],
    ),
    (
        "case_study_fts_plain",
        &["insert", "update", "delete", "tag_added", "tag_removed"],
    ),
    ("translation_fts", &["insert", "update", "delete"]),
    ("translation_fts_plain", &["insert", "update", "delete"]),
];

fn sqlite() -> String {
    let mut sql = String::new();
    for (table, triggers) in FTS_TABLES {
        for trigger in triggers {
            sql.push_str(&format!("DROP TRIGGER IF EXISTS {table}_{trigger};\n"));
        }
        sql.push_str(&format!("DROP TABLE IF EXISTS {table};\n"));
    }
    sql
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => db.execute_unprepared(POSTGRES).await?,
            _ => db.execute_unprepared(&sqlite()).await?,
        };
        Ok(())
    }

    async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "the database search documents cannot be rebuilt by a rollback: restore a backup taken before this release".to_owned(),
        ))
    }
}
