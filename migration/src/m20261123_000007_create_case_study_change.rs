use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, fk, index, org_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("case_study_change")
                    .if_not_exists()
                    .col(big_pk_auto("seq"))
                    .col(big_integer("case_study_id"))
                    .col(big_integer("owner_org_id"))
                    .col(enum_text("op"))
                    .col(timestamp_with_time_zone("changed_at"))
                    .foreign_key(&mut fk("case_study_change", "case_study_id", "case_study"))
                    .foreign_key(&mut org_fk("case_study_change", "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("case_study_change", &["case_study_id", "seq"]),
                index("case_study_change", &["owner_org_id", "seq"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("case_study_change").to_owned())
            .await
    }
}
