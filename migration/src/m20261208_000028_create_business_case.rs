//! Focus It: an initiative's business case, its yearly cash flows (a JSON
//! list, a value of the case) and discount rate. The figures are derived
//! when read, never stored.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("business_case")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(string_len("currency", 3))
                    .col(double("discount_rate"))
                    .col(json_binary("flows"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk("business_case", "initiative_id", "initiative"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique("business_case", &["initiative_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("business_case").to_owned())
            .await
    }
}
