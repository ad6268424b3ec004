use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{
    create_indexes, create_label_table, enum_text, index, org_fk, record_columns,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut table = Table::create();
        table
            .table("initiative")
            .if_not_exists()
            .col(big_pk_auto("id"))
            .col(big_integer("owner_org_id"))
            .col(string_len("title", 200))
            .col(text("summary"))
            .col(json_binary("co_types"))
            .col(enum_text("star_step"))
            .col(enum_text("service_area"))
            .col(json_binary("tags"))
            .col(enum_text("visibility"));
        record_columns(&mut table)
            .col(timestamp_with_time_zone_null("deleted_at"))
            .foreign_key(&mut org_fk("initiative", "owner_org_id"));
        manager.create_table(table.to_owned()).await?;
        create_indexes(
            manager,
            vec![
                index("initiative", &["owner_org_id", "updated_at", "id"]),
                index("initiative", &["visibility", "updated_at", "id"]),
                index("initiative", &["visibility", "title", "id"]),
                index("initiative", &["service_area", "updated_at", "id"]),
                index("initiative", &["star_step", "updated_at", "id"]),
                index("initiative", &["updated_at", "id"]),
            ],
        )
        .await?;
        create_label_table(manager, "initiative_co_type", "co_type", 32, "initiative").await?;
        create_label_table(manager, "initiative_tag", "tag", 40, "initiative").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["initiative_tag", "initiative_co_type", "initiative"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
