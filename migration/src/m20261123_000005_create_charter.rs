use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, fk, index, org_fk, record_columns};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut table = Table::create();
        table
            .table("charter")
            .if_not_exists()
            .col(big_pk_auto("id"))
            .col(big_integer("owner_org_id"))
            .col(big_integer_null("initiative_id"))
            .col(string_len("title", 200))
            .col(enum_text("status"))
            .col(json_binary("commitments"))
            .col(json_binary("risks"))
            .col(enum_text("visibility"));
        record_columns(&mut table)
            .col(timestamp_with_time_zone_null("deleted_at"))
            .foreign_key(&mut org_fk("charter", "owner_org_id"))
            .foreign_key(&mut fk("charter", "initiative_id", "initiative"));
        manager.create_table(table.to_owned()).await?;
        create_indexes(
            manager,
            vec![
                index("charter", &["owner_org_id", "updated_at", "id"]),
                index("charter", &["visibility", "updated_at", "id"]),
                index("charter", &["initiative_id", "updated_at", "id"]),
                index("charter", &["status", "updated_at", "id"]),
                index("charter", &["updated_at", "id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("charter").to_owned())
            .await
    }
}
