//! A record's Co's and tags are kept once, in its label tables: the JSON
//! copies on the case study and initiative rows go. The search document,
//! which read the tags from the row, is now fed from the tag table:
//! - Postgres: `search_vector` becomes a plain column that triggers keep,
//!   one on the row (its words changed) and one per statement on the tag
//!   table (its tags changed), through one function that weights title
//!   above summary and tags, and those above body, as before.
//! - SQLite: the FTS5 table becomes contentless (it has no row to read the
//!   tags from), with triggers on the row and on the tag table.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const POSTGRES_UP: &str = r#"
DROP INDEX IF EXISTS ix_case_study_search_vector;
ALTER TABLE case_study DROP COLUMN search_vector;
ALTER TABLE case_study DROP COLUMN co_types, DROP COLUMN tags;
ALTER TABLE initiative DROP COLUMN co_types, DROP COLUMN tags;

CREATE FUNCTION case_study_search_document(language text, title text, summary text, tags text, body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector(cfg, title), 'A') ||
           setweight(to_tsvector(cfg, summary), 'B') ||
           setweight(to_tsvector(cfg, coalesce(tags, '')), 'B') ||
           setweight(to_tsvector(cfg, body), 'C')
    FROM (SELECT CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END AS cfg) AS config
$$;

CREATE FUNCTION case_study_tag_words(id bigint) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT string_agg(tag, ' ' ORDER BY tag) FROM case_study_tag WHERE case_study_id = id
$$;

ALTER TABLE case_study ADD COLUMN search_vector tsvector;
UPDATE case_study SET search_vector = case_study_search_document(
    language, title, summary, case_study_tag_words(id), body);
ALTER TABLE case_study ALTER COLUMN search_vector SET NOT NULL;
CREATE INDEX ix_case_study_search_vector ON case_study USING GIN (search_vector);

CREATE FUNCTION case_study_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := case_study_search_document(
        NEW.language, NEW.title, NEW.summary, case_study_tag_words(NEW.id), NEW.body);
    RETURN NEW;
END
$$;
CREATE TRIGGER case_study_search_row
    BEFORE INSERT OR UPDATE OF language, title, summary, body ON case_study
    FOR EACH ROW EXECUTE FUNCTION case_study_search_row();

CREATE FUNCTION case_study_search_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_study SET search_vector = case_study_search_document(
        language, title, summary, case_study_tag_words(id), body)
    WHERE id IN (SELECT case_study_id FROM changed_tags);
    RETURN NULL;
END
$$;
CREATE TRIGGER case_study_search_tags_added
    AFTER INSERT ON case_study_tag REFERENCING NEW TABLE AS changed_tags
    FOR EACH STATEMENT EXECUTE FUNCTION case_study_search_tags();
CREATE TRIGGER case_study_search_tags_removed
    AFTER DELETE ON case_study_tag REFERENCING OLD TABLE AS changed_tags
    FOR EACH STATEMENT EXECUTE FUNCTION case_study_search_tags();
"#;

const POSTGRES_DOWN: &str = r#"
DROP TRIGGER IF EXISTS case_study_search_tags_removed ON case_study_tag;
DROP TRIGGER IF EXISTS case_study_search_tags_added ON case_study_tag;
DROP TRIGGER IF EXISTS case_study_search_row ON case_study;
DROP FUNCTION IF EXISTS case_study_search_tags();
DROP FUNCTION IF EXISTS case_study_search_row();
DROP INDEX IF EXISTS ix_case_study_search_vector;
ALTER TABLE case_study DROP COLUMN IF EXISTS search_vector;
DROP FUNCTION IF EXISTS case_study_tag_words(bigint);
DROP FUNCTION IF EXISTS case_study_search_document(text, text, text, text, text);

ALTER TABLE initiative ADD COLUMN co_types jsonb NOT NULL DEFAULT '[]', ADD COLUMN tags jsonb NOT NULL DEFAULT '[]';
UPDATE initiative SET
    co_types = to_jsonb(ARRAY(SELECT co_type FROM initiative_co_type WHERE initiative_id = initiative.id ORDER BY co_type COLLATE "C")),
    tags = to_jsonb(ARRAY(SELECT tag FROM initiative_tag WHERE initiative_id = initiative.id ORDER BY tag COLLATE "C"));
ALTER TABLE case_study ADD COLUMN co_types jsonb NOT NULL DEFAULT '[]', ADD COLUMN tags jsonb NOT NULL DEFAULT '[]';
UPDATE case_study SET
    co_types = to_jsonb(ARRAY(SELECT co_type FROM case_study_co_type WHERE case_study_id = case_study.id ORDER BY co_type COLLATE "C")),
    tags = to_jsonb(ARRAY(SELECT tag FROM case_study_tag WHERE case_study_id = case_study.id ORDER BY tag COLLATE "C"));
ALTER TABLE case_study ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, title), 'A') ||
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, summary), 'B') ||
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, tags::text), 'B') ||
    setweight(to_tsvector(CASE WHEN language = 'cy' THEN 'simple'::regconfig ELSE 'english'::regconfig END, body), 'C')
) STORED;
CREATE INDEX ix_case_study_search_vector ON case_study USING GIN (search_vector);
"#;

/// The tags of case study `$id`, as the search document holds them.
macro_rules! sqlite_tag_words {
    ($id:literal) => {
        concat!(
            "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM case_study_tag WHERE case_study_id = ",
            $id,
            " ORDER BY tag))"
        )
    };
}

const SQLITE_UP: &str = concat!(
    r#"
DROP TRIGGER IF EXISTS case_study_fts_update;
DROP TRIGGER IF EXISTS case_study_fts_delete;
DROP TRIGGER IF EXISTS case_study_fts_insert;
DROP TABLE IF EXISTS case_study_fts;
ALTER TABLE case_study DROP COLUMN co_types;
ALTER TABLE case_study DROP COLUMN tags;
ALTER TABLE initiative DROP COLUMN co_types;
ALTER TABLE initiative DROP COLUMN tags;
CREATE VIRTUAL TABLE case_study_fts USING fts5(
    title, summary, tags, body,
    content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    SELECT id, title, summary, "#,
    sqlite_tag_words!("case_study.id"),
    r#", body FROM case_study;
CREATE TRIGGER case_study_fts_insert AFTER INSERT ON case_study BEGIN
    INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    VALUES (new.id, new.title, new.summary, "#,
    sqlite_tag_words!("new.id"),
    r#", new.body);
END;
CREATE TRIGGER case_study_fts_delete AFTER DELETE ON case_study BEGIN
    DELETE FROM case_study_fts WHERE rowid = old.id;
END;
CREATE TRIGGER case_study_fts_update AFTER UPDATE OF title, summary, body ON case_study BEGIN
    DELETE FROM case_study_fts WHERE rowid = old.id;
    INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    VALUES (new.id, new.title, new.summary, "#,
    sqlite_tag_words!("new.id"),
    r#", new.body);
END;
CREATE TRIGGER case_study_fts_tag_added AFTER INSERT ON case_study_tag BEGIN
    DELETE FROM case_study_fts WHERE rowid = new.case_study_id;
    INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    SELECT id, title, summary, "#,
    sqlite_tag_words!("new.case_study_id"),
    r#", body FROM case_study WHERE id = new.case_study_id;
END;
CREATE TRIGGER case_study_fts_tag_removed AFTER DELETE ON case_study_tag BEGIN
    DELETE FROM case_study_fts WHERE rowid = old.case_study_id;
    INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    SELECT id, title, summary, "#,
    sqlite_tag_words!("old.case_study_id"),
    r#", body FROM case_study WHERE id = old.case_study_id;
END;
"#
);

const SQLITE_DOWN: &str = r#"
DROP TRIGGER IF EXISTS case_study_fts_tag_removed;
DROP TRIGGER IF EXISTS case_study_fts_tag_added;
DROP TRIGGER IF EXISTS case_study_fts_update;
DROP TRIGGER IF EXISTS case_study_fts_delete;
DROP TRIGGER IF EXISTS case_study_fts_insert;
DROP TABLE IF EXISTS case_study_fts;
ALTER TABLE initiative ADD COLUMN co_types TEXT NOT NULL DEFAULT '[]';
ALTER TABLE initiative ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
UPDATE initiative SET
    co_types = (SELECT json_group_array(co_type) FROM (SELECT co_type FROM initiative_co_type WHERE initiative_id = initiative.id ORDER BY co_type)),
    tags = (SELECT json_group_array(tag) FROM (SELECT tag FROM initiative_tag WHERE initiative_id = initiative.id ORDER BY tag));
ALTER TABLE case_study ADD COLUMN co_types TEXT NOT NULL DEFAULT '[]';
ALTER TABLE case_study ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
UPDATE case_study SET
    co_types = (SELECT json_group_array(co_type) FROM (SELECT co_type FROM case_study_co_type WHERE case_study_id = case_study.id ORDER BY co_type)),
    tags = (SELECT json_group_array(tag) FROM (SELECT tag FROM case_study_tag WHERE case_study_id = case_study.id ORDER BY tag));
CREATE VIRTUAL TABLE case_study_fts USING fts5(
    title, summary, tags, body,
    content = 'case_study', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO case_study_fts (case_study_fts) VALUES ('rebuild');
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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sql = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => POSTGRES_UP,
            sea_orm::DatabaseBackend::Sqlite => SQLITE_UP,
            other => {
                return Err(DbErr::Custom(format!(
                    "the search document is not built for {other:?}"
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
