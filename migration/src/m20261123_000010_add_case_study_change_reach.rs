//! Who could see a case study just before and just after each change, so
//! the sync feed shows a caller exactly the changes of records it could see
//! (and a DELETE when one leaves its view), never one it never could.
//! `audience_org_id` names one more organisation a change concerns (the
//! visitor of a peer review that opens or closes).

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::enum_text;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// OWNER (private, or not published), NETWORK or PUBLIC, for a row of `case_study`.
const REACH_OF_CASE_STUDY: &str = "(SELECT CASE \
    WHEN cs.deleted_at IS NOT NULL OR cs.status <> 'PUBLISHED' OR cs.visibility = 'PRIVATE' THEN 'OWNER' \
    ELSE cs.visibility END FROM case_study cs WHERE cs.id = case_study_change.case_study_id)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [
            enum_text("reach_before").default("OWNER").to_owned(),
            enum_text("reach_after").default("OWNER").to_owned(),
            big_integer_null("audience_org_id"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("case_study_change")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // Changes written before: what the record shows now is the best known.
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "UPDATE case_study_change SET reach_after = {REACH_OF_CASE_STUDY}"
            ))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_case_study_change_audience_org_id_seq")
                    .table("case_study_change")
                    .col("audience_org_id")
                    .col("seq")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_case_study_change_audience_org_id_seq")
                    .table("case_study_change")
                    .to_owned(),
            )
            .await?;
        for column in ["audience_org_id", "reach_after", "reach_before"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("case_study_change")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
