use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, enum_text, fk, index, org_fk, record_columns};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut table = Table::create();
        table
            .table("peer_review")
            .if_not_exists()
            .col(big_pk_auto("id"))
            .col(enum_text("kind"))
            .col(big_integer("host_org_id"))
            .col(big_integer("visitor_org_id"))
            .col(big_integer_null("initiative_id"))
            .col(big_integer_null("case_study_id"))
            .col(enum_text("status"))
            .col(date_null("proposed_for"))
            .col(text_null("message"))
            .col(text_null("findings"))
            .col(boolean("findings_shared").default(false))
            // A review is about exactly one record.
            .check(Expr::cust(
                "(initiative_id IS NULL) <> (case_study_id IS NULL)",
            ))
            .check(Expr::cust("host_org_id <> visitor_org_id"));
        record_columns(&mut table)
            .foreign_key(&mut org_fk("peer_review", "host_org_id"))
            .foreign_key(&mut org_fk("peer_review", "visitor_org_id"))
            .foreign_key(&mut fk("peer_review", "initiative_id", "initiative"))
            .foreign_key(&mut fk("peer_review", "case_study_id", "case_study"));
        manager.create_table(table.to_owned()).await?;
        create_indexes(
            manager,
            vec![
                index("peer_review", &["host_org_id", "updated_at", "id"]),
                index("peer_review", &["visitor_org_id", "updated_at", "id"]),
                // Serve the read rule "an accepted review opens its subject to the visitor".
                index(
                    "peer_review",
                    &["visitor_org_id", "status", "initiative_id"],
                ),
                index(
                    "peer_review",
                    &["visitor_org_id", "status", "case_study_id"],
                ),
                index("peer_review", &["initiative_id"]),
                index("peer_review", &["case_study_id"]),
                index("peer_review", &["updated_at", "id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("peer_review").to_owned())
            .await
    }
}
