//! Which side asked for a peer review: the other side answers it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("peer_review")
                    .add_column(big_integer_null("requested_by_org_id"))
                    .to_owned(),
            )
            .await?;
        // Reviews recorded before were asked for by their visitors.
        manager
            .get_connection()
            .execute_unprepared("UPDATE peer_review SET requested_by_org_id = visitor_org_id")
            .await
            .map(drop)
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("peer_review")
                    .drop_column("requested_by_org_id")
                    .to_owned(),
            )
            .await
    }
}
