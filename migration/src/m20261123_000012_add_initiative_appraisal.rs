//! The Focus It appraisal of an initiative: Impact Matrix scores and a
//! business case, with the derived benefit-cost ratio stored for ordering.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{add_columns, create_indexes, drop_columns, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn columns() -> Vec<ColumnDef> {
    vec![
        small_integer_null("impact_score"),
        small_integer_null("ease_score"),
        double_null("annual_cost"),
        double_null("annual_benefit"),
        string_len_null("currency", 3),
        double_null("benefit_cost_ratio"),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(manager, "initiative", columns()).await?;
        create_indexes(
            manager,
            vec![
                index("initiative", &["benefit_cost_ratio", "id"]),
                index("initiative", &["impact_score", "id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for index in [
            "ix_initiative_benefit_cost_ratio_id",
            "ix_initiative_impact_score_id",
        ] {
            manager
                .drop_index(Index::drop().name(index).table("initiative").to_owned())
                .await?;
        }
        drop_columns(manager, "initiative", columns()).await
    }
}
