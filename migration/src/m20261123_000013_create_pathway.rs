//! Pathways to outcomes: steps, the links between them, and graded
//! evidence on each link. Every row names its initiative, so the tenancy
//! rule of the initiative applies with one lookup.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, fk, index, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("pathway_step")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(enum_text("kind"))
                    .col(string_len("label", 200))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk("pathway_step", "initiative_id", "initiative"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("pathway_link")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(big_integer("from_step_id"))
                    .col(big_integer("to_step_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk("pathway_link", "initiative_id", "initiative"))
                    .foreign_key(&mut fk("pathway_link", "from_step_id", "pathway_step"))
                    .foreign_key(&mut fk("pathway_link", "to_step_id", "pathway_step"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("evidence")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("initiative_id"))
                    .col(big_integer("link_id"))
                    .col(string_len("summary", 2000))
                    .col(string_len_null("source", 1000))
                    .col(date_null("observed_on"))
                    .col(small_integer_null("nesta_level"))
                    .col(small_integer_null("maryland_level"))
                    .col(json_binary_null("emmie"))
                    .col(string_len("created_by", 200))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk("evidence", "initiative_id", "initiative"))
                    .foreign_key(&mut fk("evidence", "link_id", "pathway_link"))
                    .to_owned(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("pathway_step", &["initiative_id", "id"]),
                index("pathway_link", &["initiative_id", "id"]),
                unique("pathway_link", &["from_step_id", "to_step_id"]),
                index("pathway_link", &["to_step_id"]),
                index("evidence", &["initiative_id", "id"]),
                index("evidence", &["link_id", "id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["evidence", "pathway_link", "pathway_step"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
