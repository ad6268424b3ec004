//! Revisions: what each write of a case study, an initiative or a charter
//! changed, field by field (long text as a patch), with who made it and
//! when. Kept for as long as the record's row is, through soft deletes.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{enum_text, org_fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("revision")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(enum_text("record_kind"))
                    .col(big_integer("record_id"))
                    .col(integer("version"))
                    .col(timestamp_with_time_zone("changed_at"))
                    .col(string_len_null("subject", 200))
                    .col(big_integer_null("organisation_id"))
                    .col(json_binary("changes"))
                    .foreign_key(&mut org_fk("revision", "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique("revision", &["record_kind", "record_id", "version"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("revision").to_owned())
            .await
    }
}
