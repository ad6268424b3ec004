//! Market It: the network's incentive and charter templates, published by
//! network bodies for every council to copy, and a council's own incentive
//! menu per initiative (with the uptake of each incentive as a JSON list of
//! periods). A charter copied from a template names it.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{add_columns, create_indexes, drop_columns, enum_text, fk, index, org_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("incentive_template")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("publisher_org_id"))
                    .col(enum_text("target_group"))
                    .col(enum_text("kind"))
                    .col(string_len("title", 200))
                    .col(text_null("example"))
                    .col(double_null("cost"))
                    .col(string_len("currency", 3))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut org_fk("incentive_template", "publisher_org_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("incentive")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(big_integer_null("template_id"))
                    .col(enum_text("target_group"))
                    .col(enum_text("kind"))
                    .col(string_len("title", 200))
                    .col(text_null("example"))
                    .col(double_null("cost"))
                    .col(string_len("currency", 3))
                    .col(json_binary("uptake"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk("incentive", "initiative_id", "initiative"))
                    .foreign_key(&mut fk("incentive", "template_id", "incentive_template"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("charter_template")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("publisher_org_id"))
                    .col(string_len("title", 200))
                    .col(string_len("language", 35))
                    .col(json_binary("commitments"))
                    .col(json_binary("risks"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut org_fk("charter_template", "publisher_org_id"))
                    .to_owned(),
            )
            .await?;
        add_columns(manager, "charter", vec![big_integer_null("template_id")]).await?;
        create_indexes(
            manager,
            vec![
                index("incentive", &["initiative_id"]),
                index("incentive_template", &["target_group"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_columns(manager, "charter", vec![big_integer_null("template_id")]).await?;
        for table in ["charter_template", "incentive", "incentive_template"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
