//! The index of every case study by visibility, status and update time
//! served the public listing until the partial index of migration 17 took
//! it over; a member's listing walks the update-time index instead, as its
//! read rule is a disjunction.
//!
//! An unused index still costs: every write updates it, and planning a
//! statement locks every index of the tables it reads. A search is planned
//! for its words each time, and Postgres (before 18) keeps only sixteen
//! relation locks per backend in its fast path; the rest go through the
//! shared lock table, where concurrent searches queue. Each row a search
//! ranks locks and unlocks the TOAST table and its index, so the fourteen
//! a public search holds (the case study table and its indexes, this one
//! gone) leave just the room those need: at 100,000 case studies its
//! throughput doubled.

use sea_orm_migration::prelude::*;

use crate::columns::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

const NAME: &str = "ix_case_study_visibility_status_updated_at_id";
const COLUMNS: [&str; 4] = ["visibility", "status", "updated_at", "id"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(NAME)
                    .table("case_study")
                    .if_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_index(index("case_study", &COLUMNS)).await
    }
}
