use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{
    create_indexes, create_label_table, enum_text, fk, index, org_fk, record_columns, unique,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut table = Table::create();
        table
            .table("case_study")
            .if_not_exists()
            .col(big_pk_auto("id"))
            .col(big_integer("owner_org_id"))
            .col(big_integer_null("initiative_id"))
            .col(string_len_null("external_id", 200))
            .col(string_len("title", 200))
            .col(text("summary"))
            .col(text("body"))
            .col(json_binary("co_types"))
            .col(enum_text("service_area"))
            .col(json_binary("tags"))
            .col(string_len("language", 16))
            .col(enum_text("visibility"))
            .col(enum_text("status"))
            .col(timestamp_with_time_zone_null("published_at"));
        record_columns(&mut table)
            .col(timestamp_with_time_zone_null("deleted_at"))
            .foreign_key(&mut org_fk("case_study", "owner_org_id"))
            .foreign_key(&mut fk("case_study", "initiative_id", "initiative"));
        manager.create_table(table.to_owned()).await?;
        create_indexes(
            manager,
            vec![
                // A partner's key is unique per owner (NULLs do not collide).
                unique("case_study", &["owner_org_id", "external_id"]),
                // The caller's own records, in each order.
                index("case_study", &["owner_org_id", "updated_at", "id"]),
                index("case_study", &["owner_org_id", "published_at", "id"]),
                index("case_study", &["owner_org_id", "title", "id"]),
                // Everyone else's records: visibility and status lead the read rule.
                index("case_study", &["visibility", "status", "updated_at", "id"]),
                index(
                    "case_study",
                    &["visibility", "status", "published_at", "id"],
                ),
                index("case_study", &["visibility", "status", "title", "id"]),
                index("case_study", &["service_area", "updated_at", "id"]),
                index("case_study", &["initiative_id", "updated_at", "id"]),
                index("case_study", &["updated_at", "id"]),
            ],
        )
        .await?;
        create_label_table(manager, "case_study_co_type", "co_type", 32, "case_study").await?;
        create_label_table(manager, "case_study_tag", "tag", 40, "case_study").await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["case_study_tag", "case_study_co_type", "case_study"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
