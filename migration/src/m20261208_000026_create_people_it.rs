//! See What You Can Do (People It): the community assets an initiative can
//! draw on, and its participants with what they offer and need.
//!
//! A participant is a pseudonymous record of its council: a reference the
//! council chooses, a consent date, how much more it would contribute, and
//! its offers and needs (values of the participant, as JSON lists). The
//! table has no visibility column, so no row can be shared.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, fk, index, org_fk, unique};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("community_asset")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(big_integer("initiative_id"))
                    .col(enum_text("kind"))
                    .col(text("description"))
                    .col(string_len_null("location", 200))
                    .col(string_len_null("contact_route", 200))
                    .col(enum_text("visibility"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut org_fk("community_asset", "owner_org_id"))
                    .foreign_key(&mut fk("community_asset", "initiative_id", "initiative"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("participant")
                    .if_not_exists()
                    .col(big_pk_auto("id"))
                    .col(big_integer("owner_org_id"))
                    .col(big_integer("initiative_id"))
                    .col(string_len("reference", 64))
                    .col(date("consented_on"))
                    .col(enum_text("willingness"))
                    .col(json_binary("offers"))
                    .col(json_binary("needs"))
                    .col(timestamp_with_time_zone_null("withdrawn_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut org_fk("participant", "owner_org_id"))
                    .foreign_key(&mut fk("participant", "initiative_id", "initiative"))
                    .to_owned(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("community_asset", &["initiative_id"]),
                unique("participant", &["initiative_id", "reference"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["participant", "community_asset"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
