//! Initiatives and charters name the language of their text, as case
//! studies do (English for those written so far).
//!
//! Translations of a case study's, an initiative's or a charter's text, one
//! row per record and language, and their place in search:
//! - Postgres: a case study's `search_vector` (kept by the triggers of
//!   migration 20) gains the words of its translations, each weighted as the
//!   original's (title above summary, summary above body) and read with
//!   `simple` for Welsh and `english` otherwise, as the original is; a
//!   trigger on `translation` keeps it.
//! - SQLite: two contentless FTS5 tables, one stemming English words
//!   (`translation_fts`) and one not (`translation_fts_plain`, for Welsh),
//!   each holding the case-study translations of its kind.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{add_columns, drop_columns, enum_text, org_fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

const POSTGRES_UP: &str = r#"
CREATE AGGREGATE search_vector_concat(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

CREATE FUNCTION translation_search_document(language text, title text, summary text, body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector(cfg, title), 'A') ||
           setweight(to_tsvector(cfg, coalesce(summary, '')), 'B') ||
           setweight(to_tsvector(cfg, coalesce(body, '')), 'C')
    FROM (SELECT CASE WHEN language = 'cy' OR language LIKE 'cy-%'
                 THEN 'simple'::regconfig ELSE 'english'::regconfig END AS cfg) AS config
$$;

CREATE FUNCTION case_study_translation_words(case_study_id bigint) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT coalesce(search_vector_concat(
        translation_search_document(language, title, summary, body) ORDER BY language), '')
    FROM translation WHERE record_kind = 'CASE_STUDY' AND record_id = $1
$$;

CREATE OR REPLACE FUNCTION case_study_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := case_study_search_document(
        NEW.language, NEW.title, NEW.summary, case_study_tag_words(NEW.id), NEW.body)
        || case_study_translation_words(NEW.id);
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION case_study_search_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_study SET search_vector = case_study_search_document(
        language, title, summary, case_study_tag_words(id), body)
        || case_study_translation_words(id)
    WHERE id IN (SELECT case_study_id FROM changed_tags);
    RETURN NULL;
END
$$;

CREATE FUNCTION case_study_search_translations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_study SET search_vector = case_study_search_document(
        language, title, summary, case_study_tag_words(id), body)
        || case_study_translation_words(id)
    WHERE id IN (SELECT record_id FROM changed_translations WHERE record_kind = 'CASE_STUDY');
    RETURN NULL;
END
$$;
CREATE TRIGGER case_study_search_translations_added
    AFTER INSERT ON translation REFERENCING NEW TABLE AS changed_translations
    FOR EACH STATEMENT EXECUTE FUNCTION case_study_search_translations();
CREATE TRIGGER case_study_search_translations_changed
    AFTER UPDATE ON translation REFERENCING NEW TABLE AS changed_translations
    FOR EACH STATEMENT EXECUTE FUNCTION case_study_search_translations();
CREATE TRIGGER case_study_search_translations_removed
    AFTER DELETE ON translation REFERENCING OLD TABLE AS changed_translations
    FOR EACH STATEMENT EXECUTE FUNCTION case_study_search_translations();
"#;

const POSTGRES_DOWN: &str = r#"
DROP TRIGGER IF EXISTS case_study_search_translations_removed ON translation;
DROP TRIGGER IF EXISTS case_study_search_translations_changed ON translation;
DROP TRIGGER IF EXISTS case_study_search_translations_added ON translation;
DROP FUNCTION IF EXISTS case_study_search_translations();
CREATE OR REPLACE FUNCTION case_study_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := case_study_search_document(
        NEW.language, NEW.title, NEW.summary, case_study_tag_words(NEW.id), NEW.body);
    RETURN NEW;
END
$$;
CREATE OR REPLACE FUNCTION case_study_search_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE case_study SET search_vector = case_study_search_document(
        language, title, summary, case_study_tag_words(id), body)
    WHERE id IN (SELECT case_study_id FROM changed_tags);
    RETURN NULL;
END
$$;
DROP FUNCTION IF EXISTS case_study_translation_words(bigint);
DROP FUNCTION IF EXISTS translation_search_document(text, text, text, text);
DROP AGGREGATE IF EXISTS search_vector_concat(tsvector);
"#;

/// The FTS5 table `$table` and the triggers that feed it the case-study
/// translations whose language meets `$new` (of the new row) and `$old`
/// (of the old one).
macro_rules! sqlite_translation_index {
    ($table:literal, $tokenize:literal, $new:literal, $old:literal) => {
        concat!(
            "CREATE VIRTUAL TABLE ", $table, " USING fts5(title, summary, body, content = '', contentless_delete = 1, tokenize = '", $tokenize, "');\n",
            "CREATE TRIGGER ", $table, "_insert AFTER INSERT ON translation WHEN new.record_kind = 'CASE_STUDY' AND ", $new, " BEGIN\n",
            "    INSERT INTO ", $table, " (rowid, title, summary, body) VALUES (new.id, new.title, coalesce(new.summary, ''), coalesce(new.body, ''));\n",
            "END;\n",
            "CREATE TRIGGER ", $table, "_update AFTER UPDATE ON translation WHEN new.record_kind = 'CASE_STUDY' AND ", $new, " BEGIN\n",
            "    DELETE FROM ", $table, " WHERE rowid = old.id;\n",
            "    INSERT INTO ", $table, " (rowid, title, summary, body) VALUES (new.id, new.title, coalesce(new.summary, ''), coalesce(new.body, ''));\n",
            "END;\n",
            "CREATE TRIGGER ", $table, "_delete AFTER DELETE ON translation WHEN old.record_kind = 'CASE_STUDY' AND ", $old, " BEGIN\n",
            "    DELETE FROM ", $table, " WHERE rowid = old.id;\n",
            "END;\n",
        )
    };
}

const SQLITE_UP: &str = concat!(
    sqlite_translation_index!(
        "translation_fts",
        "porter unicode61 remove_diacritics 2",
        "NOT (new.language = 'cy' OR new.language LIKE 'cy-%')",
        "NOT (old.language = 'cy' OR old.language LIKE 'cy-%')"
    ),
    sqlite_translation_index!(
        "translation_fts_plain",
        "unicode61 remove_diacritics 2",
        "(new.language = 'cy' OR new.language LIKE 'cy-%')",
        "(old.language = 'cy' OR old.language LIKE 'cy-%')"
    ),
);

const SQLITE_DOWN: &str = r#"
DROP TABLE IF EXISTS translation_fts;
DROP TABLE IF EXISTS translation_fts_plain;
"#;

fn language() -> Vec<ColumnDef> {
    vec![string_len("language", 35).default("en").to_owned()]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(manager, "initiative", language()).await?;
        add_columns(manager, "charter", language()).await?;
        manager
            .create_table(
                Table::create()
                    .table("translation")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(enum_text("record_kind"))
                    .col(big_integer("record_id"))
                    .col(string_len("language", 35))
                    .col(enum_text("status"))
                    .col(text("title"))
                    .col(text_null("summary"))
                    .col(text_null("body"))
                    .col(json_binary_null("commitments"))
                    .col(json_binary_null("risks"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut org_fk("translation", "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique(
                "translation",
                &["record_kind", "record_id", "language"],
            ))
            .await?;
        let sql = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => POSTGRES_UP,
            sea_orm::DatabaseBackend::Sqlite => SQLITE_UP,
            other => {
                return Err(DbErr::Custom(format!(
                    "the translations' search is not built for {other:?}"
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
        manager.get_connection().execute_unprepared(sql).await?;
        manager
            .drop_table(Table::drop().table("translation").to_owned())
            .await?;
        drop_columns(manager, "charter", language()).await?;
        drop_columns(manager, "initiative", language()).await
    }
}
