use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, index, record_columns};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut table = Table::create();
        table
            .table("organisation")
            .if_not_exists()
            .col(big_pk_auto("id"))
            .col(string_len_uniq("slug", 64))
            .col(string_len("name", 200))
            .col(enum_text("kind"))
            .col(string_len_null("gss_code", 9).unique_key())
            .col(enum_text("nation"))
            .col(boolean("club_member").default(false))
            .col(boolean("active").default(true));
        manager
            .create_table(record_columns(&mut table).to_owned())
            .await?;
        create_indexes(manager, vec![index("organisation", &["name", "id"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("organisation").to_owned())
            .await
    }
}
