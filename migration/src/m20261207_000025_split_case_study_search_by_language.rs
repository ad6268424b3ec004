//! Welsh case studies are searched without stemming on SQLite too, as
//! their translations are (migration 22) and as Postgres reads them: the
//! contentless FTS5 index of case studies (migration 20) now holds the
//! others only, and `case_study_fts_plain` (no Porter stemmer) the Welsh
//! ones, each fed by triggers on the case study and its tags that look at
//! its language. Postgres is unchanged: its search document already reads
//! Welsh with `simple`.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tags of case study `id`, as the search document holds them.
fn tag_words(id: &str) -> String {
    format!(
        "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM case_study_tag \
         WHERE case_study_id = {id} ORDER BY tag))"
    )
}

/// Whether the case study row `row` is written in Welsh.
fn welsh(row: &str) -> String {
    format!("({row}.language = 'cy' OR {row}.language LIKE 'cy-%')")
}

/// The triggers that keep `table` holding the case studies that meet
/// `holds` (a condition on a row's language, given the row's name).
fn triggers(table: &str, holds: impl Fn(&str) -> String) -> String {
    let (new, case_study) = (holds("new"), holds("case_study"));
    let (new_tags, added, removed) = (
        tag_words("new.id"),
        tag_words("new.case_study_id"),
        tag_words("old.case_study_id"),
    );
    format!(
        "CREATE TRIGGER {table}_insert AFTER INSERT ON case_study WHEN {new} BEGIN
    INSERT INTO {table} (rowid, title, summary, tags, body)
    VALUES (new.id, new.title, new.summary, {new_tags}, new.body);
END;
CREATE TRIGGER {table}_delete AFTER DELETE ON case_study BEGIN
    DELETE FROM {table} WHERE rowid = old.id;
END;
CREATE TRIGGER {table}_update AFTER UPDATE OF language, title, summary, body ON case_study BEGIN
    DELETE FROM {table} WHERE rowid = old.id;
    INSERT INTO {table} (rowid, title, summary, tags, body)
    SELECT new.id, new.title, new.summary, {new_tags}, new.body WHERE {new};
END;
CREATE TRIGGER {table}_tag_added AFTER INSERT ON case_study_tag BEGIN
    DELETE FROM {table} WHERE rowid = new.case_study_id;
    INSERT INTO {table} (rowid, title, summary, tags, body)
    SELECT id, title, summary, {added}, body FROM case_study
    WHERE id = new.case_study_id AND {case_study};
END;
CREATE TRIGGER {table}_tag_removed AFTER DELETE ON case_study_tag BEGIN
    DELETE FROM {table} WHERE rowid = old.case_study_id;
    INSERT INTO {table} (rowid, title, summary, tags, body)
    SELECT id, title, summary, {removed}, body FROM case_study
    WHERE id = old.case_study_id AND {case_study};
END;
"
    )
}

const DROP_TRIGGERS: &str = r#"
DROP TRIGGER IF EXISTS case_study_fts_tag_removed;
DROP TRIGGER IF EXISTS case_study_fts_tag_added;
DROP TRIGGER IF EXISTS case_study_fts_update;
DROP TRIGGER IF EXISTS case_study_fts_delete;
DROP TRIGGER IF EXISTS case_study_fts_insert;
"#;

fn sqlite_up() -> String {
    let (welsh_rows, all_tags) = (welsh("case_study"), tag_words("case_study.id"));
    format!(
        "CREATE VIRTUAL TABLE case_study_fts_plain USING fts5(
    title, summary, tags, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO case_study_fts_plain (rowid, title, summary, tags, body)
    SELECT id, title, summary, {all_tags}, body FROM case_study WHERE {welsh_rows};
DELETE FROM case_study_fts WHERE rowid IN (SELECT id FROM case_study WHERE {welsh_rows});
{}{}",
        triggers("case_study_fts", |row| format!("NOT {}", welsh(row))),
        triggers("case_study_fts_plain", welsh),
    )
}

fn sqlite_down() -> String {
    let (welsh_rows, all_tags) = (welsh("case_study"), tag_words("case_study.id"));
    format!(
        "DROP TRIGGER IF EXISTS case_study_fts_plain_tag_removed;
DROP TRIGGER IF EXISTS case_study_fts_plain_tag_added;
DROP TRIGGER IF EXISTS case_study_fts_plain_update;
DROP TRIGGER IF EXISTS case_study_fts_plain_delete;
DROP TRIGGER IF EXISTS case_study_fts_plain_insert;
DROP TABLE IF EXISTS case_study_fts_plain;
INSERT INTO case_study_fts (rowid, title, summary, tags, body)
    SELECT id, title, summary, {all_tags}, body FROM case_study WHERE {welsh_rows};
{}",
        triggers("case_study_fts", |_| "1".to_owned()),
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
            return Ok(());
        }
        let connection = manager.get_connection();
        connection.execute_unprepared(DROP_TRIGGERS).await?;
        connection.execute_unprepared(&sqlite_up()).await.map(drop)
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
            return Ok(());
        }
        let connection = manager.get_connection();
        connection.execute_unprepared(DROP_TRIGGERS).await?;
        connection
            .execute_unprepared(&sqlite_down())
            .await
            .map(drop)
    }
}
