use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, index, org_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("revoked_token")
                    .if_not_exists()
                    .col(string_len("jti", 200).primary_key())
                    .col(big_integer("owner_org_id"))
                    .col(string_len("revoked_by", 200))
                    .col(timestamp_with_time_zone("revoked_at"))
                    .foreign_key(&mut org_fk("revoked_token", "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        create_indexes(manager, vec![index("revoked_token", &["revoked_at"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("revoked_token").to_owned())
            .await
    }
}
