//! Curation by network bodies: a case study can be featured, verified (by
//! which organisation, when, with a note) and hidden from the public
//! pending its owner's response (by whom, when, why); reports of content
//! wait in `content_report` until resolved.
//!
//! On Postgres the public listing's partial index leaves hidden case
//! studies out, as the anonymous read rule does, so that its passes stay
//! on the index alone.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{add_columns, drop_columns, enum_text, fk, index, org_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn columns() -> Vec<ColumnDef> {
    vec![
        boolean("featured").default(false).to_owned(),
        timestamp_with_time_zone_null("verified_at"),
        big_integer_null("verified_by_org_id"),
        text_null("verified_note"),
        timestamp_with_time_zone_null("hidden_at"),
        big_integer_null("hidden_by_org_id"),
        text_null("hidden_reason"),
    ]
}

const INCLUDE: &str = "INCLUDE (owner_org_id, initiative_id, service_area, language)";

async fn public_listing(manager: &SchemaManager<'_>, condition: &str) -> Result<(), DbErr> {
    if manager.get_database_backend() != sea_orm::DatabaseBackend::Postgres {
        return Ok(());
    }
    let connection = manager.get_connection();
    connection
        .execute_unprepared("DROP INDEX IF EXISTS ix_case_study_public_updated_at_id")
        .await?;
    connection
        .execute_unprepared(&format!(
            "CREATE INDEX ix_case_study_public_updated_at_id ON case_study (updated_at, id) \
             {INCLUDE} WHERE deleted_at IS NULL AND visibility = 'PUBLIC' \
             AND status = 'PUBLISHED'{condition}"
        ))
        .await
        .map(drop)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(manager, "case_study", columns()).await?;
        manager
            .create_table(
                Table::create()
                    .table("content_report")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("case_study_id"))
                    .col(big_integer("owner_org_id"))
                    .col(big_integer("reporter_org_id"))
                    .col(string_len("reporter_subject", 200))
                    .col(enum_text("reason"))
                    .col(text_null("details"))
                    .col(enum_text("status"))
                    .col(text_null("outcome"))
                    .col(big_integer_null("resolved_by_org_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("resolved_at"))
                    .foreign_key(&mut fk("content_report", "case_study_id", "case_study"))
                    .foreign_key(&mut org_fk("content_report", "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("content_report", &["owner_org_id", "status", "id"]))
            .await?;
        manager
            .create_index(index("content_report", &["status", "id"]))
            .await?;
        public_listing(manager, " AND hidden_at IS NULL").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        public_listing(manager, "").await?;
        manager
            .drop_table(Table::drop().table("content_report").to_owned())
            .await?;
        drop_columns(manager, "case_study", columns()).await
    }
}
