use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, index, org_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("audit_log")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(string_len("subject", 200))
                    .col(enum_text("action"))
                    .col(enum_text("entity_type"))
                    .col(string_len("entity_ref", 200))
                    .col(integer_null("version_before"))
                    .col(integer_null("version_after"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(&mut org_fk("audit_log", "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        create_indexes(manager, vec![index("audit_log", &["owner_org_id", "id"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("audit_log").to_owned())
            .await
    }
}
