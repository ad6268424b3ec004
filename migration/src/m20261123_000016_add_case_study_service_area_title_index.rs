//! A portal's filtered page ordered by title ("HEALTH case studies, A to Z")
//! walks this index and stops at the page's end, instead of sorting every
//! case study of the service area.

use sea_orm_migration::prelude::*;

use crate::columns::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

const COLUMNS: [&str; 3] = ["service_area", "title", "id"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_index(index("case_study", &COLUMNS)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(format!("ix_case_study_{}", COLUMNS.join("_")))
                    .table("case_study")
                    .to_owned(),
            )
            .await
    }
}
