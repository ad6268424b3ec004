//! Outcome and process indicators of an initiative, with dated measurements.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("outcome_indicator")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(enum_text("kind"))
                    .col(string_len("name", 200))
                    .col(string_len("unit", 50))
                    .col(double_null("baseline"))
                    .col(double_null("target"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk("outcome_indicator", "initiative_id", "initiative"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("indicator_measurement")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(big_integer("indicator_id"))
                    .col(date("measured_on"))
                    .col(double("value"))
                    .col(string_len_null("note", 1000))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "indicator_measurement",
                        "initiative_id",
                        "initiative",
                    ))
                    .foreign_key(&mut fk(
                        "indicator_measurement",
                        "indicator_id",
                        "outcome_indicator",
                    ))
                    .to_owned(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("outcome_indicator", &["initiative_id", "id"]),
                index("indicator_measurement", &["initiative_id"]),
                index(
                    "indicator_measurement",
                    &["indicator_id", "measured_on", "id"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["indicator_measurement", "outcome_indicator"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
