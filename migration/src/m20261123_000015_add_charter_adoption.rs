//! Charters in full: signatories, adoption and retirement, and every
//! adopted version kept as it was signed.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{add_columns, drop_columns, fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn columns() -> Vec<ColumnDef> {
    vec![
        json_binary("signatories").default("[]").to_owned(),
        timestamp_with_time_zone_null("adopted_at"),
        timestamp_with_time_zone_null("retired_at"),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(manager, "charter", columns()).await?;
        manager
            .create_table(
                Table::create()
                    .table("charter_version")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("charter_id"))
                    .col(integer("number"))
                    .col(string_len("title", 200))
                    .col(json_binary("commitments"))
                    .col(json_binary("risks"))
                    .col(json_binary("signatories"))
                    .col(timestamp_with_time_zone("adopted_at"))
                    .col(string_len("adopted_by", 200))
                    .foreign_key(&mut fk("charter_version", "charter_id", "charter"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique("charter_version", &["charter_id", "number"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("charter_version").to_owned())
            .await?;
        drop_columns(manager, "charter", columns()).await
    }
}
