//! The Barriers to Co-production survey: questionnaires published by
//! network bodies (each version a row, its barriers a JSON list), a
//! council's runs of one for a service over a period, and the responses,
//! which hold the respondent's group and nothing else about them. Each
//! answer is a row of its own, so that results and the benchmark across
//! councils are counted by the database.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, fk, index, org_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("barrier_survey")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("publisher_org_id"))
                    .col(string_len("title", 200))
                    .col(integer("version"))
                    .col(big_integer_null("previous_version_id"))
                    .col(json_binary("barriers"))
                    .col(timestamp_with_time_zone("published_at"))
                    .foreign_key(&mut org_fk("barrier_survey", "publisher_org_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("survey_run")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(big_integer("survey_id"))
                    .col(enum_text("service"))
                    .col(date("opens_on"))
                    .col(date("closes_on"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut org_fk("survey_run", "owner_org_id"))
                    .foreign_key(&mut fk("survey_run", "survey_id", "barrier_survey"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("survey_response")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(big_integer("run_id"))
                    .col(enum_text("respondent_group"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk("survey_response", "run_id", "survey_run"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("survey_answer")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(big_integer("survey_id"))
                    .col(big_integer("run_id"))
                    .col(big_integer("response_id"))
                    .col(string_len("barrier_key", 32))
                    .col(small_integer("score"))
                    .foreign_key(&mut fk("survey_answer", "response_id", "survey_response"))
                    .to_owned(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("survey_run", &["owner_org_id", "survey_id"]),
                index("survey_response", &["run_id"]),
                index("survey_answer", &["run_id"]),
                index(
                    "survey_answer",
                    &["survey_id", "barrier_key", "owner_org_id"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "survey_answer",
            "survey_response",
            "survey_run",
            "barrier_survey",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
