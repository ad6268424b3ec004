//! Column groups shared by the tables: every record carries its timestamps and
//! version, and every owned record its owner and visibility.

use sea_orm_migration::{prelude::*, schema::*};

/// Width of the text columns that hold a vocabulary value (`PUBLIC`, `CO_DESIGN`, ...).
const ENUM_LEN: u32 = 32;

pub fn enum_text<T: IntoIden>(name: T) -> ColumnDef {
    string_len(name, ENUM_LEN)
}

/// `created_at`, `updated_at`, `version`.
pub fn record_columns(table: &mut TableCreateStatement) -> &mut TableCreateStatement {
    table
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .col(integer("version").default(1))
}

/// A foreign key from `table.column` to `organisation.id`.
pub fn org_fk(table: &'static str, column: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to("organisation", "id")
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

/// A foreign key from `table.column` to `target.id`.
pub fn fk(
    table: &'static str,
    column: &'static str,
    target: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(target, "id")
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

/// A plain index named after its table and columns.
pub fn index(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut stmt = Index::create();
    stmt.name(format!("ix_{table}_{}", columns.join("_")))
        .table(table)
        .if_not_exists();
    for column in columns {
        stmt.col(*column);
    }
    stmt.to_owned()
}

/// A unique index named after its table and columns.
pub fn unique(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut stmt = index(table, columns);
    stmt.name(format!("ux_{table}_{}", columns.join("_")))
        .unique();
    stmt
}

/// Creates every index in `indexes`.
pub async fn create_indexes(
    manager: &SchemaManager<'_>,
    indexes: Vec<IndexCreateStatement>,
) -> Result<(), DbErr> {
    for stmt in indexes {
        manager.create_index(stmt).await?;
    }
    Ok(())
}

/// A `(label, parent_id)` table: where a record's labels of one kind are kept.
pub async fn create_label_table(
    manager: &SchemaManager<'_>,
    table: &'static str,
    label: &'static str,
    label_len: u32,
    parent: &'static str,
) -> Result<(), DbErr> {
    let parent_id: &'static str = match parent {
        "case_study" => "case_study_id",
        "initiative" => "initiative_id",
        other => return Err(DbErr::Custom(format!("no label tables for {other}"))),
    };
    manager
        .create_table(
            Table::create()
                .table(table)
                .if_not_exists()
                .col(string_len(label, label_len))
                .col(big_integer(parent_id))
                .primary_key(Index::create().col(label).col(parent_id))
                .foreign_key(&mut fk(table, parent_id, parent))
                .to_owned(),
        )
        .await?;
    // The primary key serves "records with this label"; this one serves
    // rewriting a record's labels.
    manager.create_index(index(table, &[parent_id])).await
}

/// Adds `columns` to `table`, one statement each: SQLite alters one thing at a time.
pub async fn add_columns(
    manager: &SchemaManager<'_>,
    table: &'static str,
    columns: Vec<ColumnDef>,
) -> Result<(), DbErr> {
    for mut column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}

/// Drops `columns` from `table`, one statement each.
pub async fn drop_columns(
    manager: &SchemaManager<'_>,
    table: &'static str,
    columns: Vec<ColumnDef>,
) -> Result<(), DbErr> {
    for column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table)
                    .drop_column(column.get_column_name())
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}
