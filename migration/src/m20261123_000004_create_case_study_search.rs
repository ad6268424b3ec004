//! Full-text search over case studies, the one backend-specific migration.
//!
//! Both backends stem English and rank title above summary and tags, and
//! those above body:
//! - Postgres: a stored, weighted `tsvector` column with a GIN index. Welsh
//!   text (`language = 'cy'`) is indexed with `simple`, as Postgres has no
//!   Welsh configuration.
//! - SQLite: an external-content FTS5 table kept in step by triggers, ranked
//!   with column-weighted `bm25()`.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const POSTGRES_UP: &str = r#"
ALTER TABLE case_study ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, title), 'A') ||
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, summary), 'B') ||
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, tags::text), 'B') ||
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, body), 'C')
) STORED;
CREATE INDEX ix_case_study_search_vector ON case_study USING GIN (search_vector);
"#;

const POSTGRES_DOWN: &str = r#"
DROP INDEX IF EXISTS ix_case_study_search_vector;
ALTER TABLE case_study DROP COLUMN IF EXISTS search_vector;
"#;

const SQLITE_UP: &str = r#"
CREATE VIRTUAL TABLE case_study_fts USING fts5(
    title, summary, tags, body,
    content = 'case_study', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER case_study_fts_insert AFTER INSERT ON case_study BEGIN
    INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    VALUES (new.id, new.title, new.summary, new.tags, new.body);
END;
CREATE TRIGGER case_study_fts_delete AFTER DELETE ON case_study BEGIN
    INSERT INTO case_study_fts (case_study_fts, rowid, title, summary, tags, body)
    VALUES ('delete', old.id, old.title, old.summary, old.tags, old.body);
END;
CREATE TRIGGER case_study_fts_update AFTER UPDATE OF title, summary, tags, body ON case_study BEGIN
    INSERT INTO case_study_fts (case_study_fts, rowid, title, summary, tags, body)
    VALUES ('delete', old.id, old.title, old.summary, old.tags, old.body);
    INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    VALUES (new.id, new.title, new.summary, new.tags, new.body);
END;
"#;

const SQLITE_DOWN: &str = r#"
DROP TRIGGER IF EXISTS case_study_fts_update;
DROP TRIGGER IF EXISTS case_study_fts_delete;
DROP TRIGGER IF EXISTS case_study_fts_insert;
DROP TABLE IF EXISTS case_study_fts;
"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sql = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => POSTGRES_UP,
            sea_orm::DatabaseBackend::Sqlite => SQLITE_UP,
            other => {
                return Err(DbErr::Custom(format!(
                    "full-text search is not built for {other:?}"
                )));
            }
        };
        manager
            .get_connection()
            .execute_unprepared(sql)
            .await
            .map(drop)
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sql = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => POSTGRES_DOWN,
            _ => SQLITE_DOWN,
        };
        manager
            .get_connection()
            .execute_unprepared(sql)
            .await
            .map(drop)
    }
}
