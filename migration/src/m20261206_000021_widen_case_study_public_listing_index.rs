//! Facet counts (`caseStudyFacets`) group the case studies a caller may see
//! by a handful of short columns, once per dimension. Read from the table,
//! each pass over the public case studies walked their wide rows (title,
//! summary, body): at 100,000 case studies the Explorer's counts took
//! 1.3 s. The public listing's partial index now carries those columns
//! (`INCLUDE`), so each pass reads the index alone (0.36 s).
//!
//! Widened rather than added: every index of `case_study` is one more lock
//! each search takes while planning, and a search must keep its locks in
//! the lock manager's fast path (`tests/api/explain.rs`). Postgres only:
//! SQLite has no `INCLUDE`, and the embedded default's networks are small.
//!
//! The index is rebuilt in the migration's transaction, so writes to case
//! studies wait while it builds: about a second at 100,000 case studies.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const PUBLIC: &str = "WHERE deleted_at IS NULL AND visibility = 'PUBLIC' AND status = 'PUBLISHED'";

async fn recreate(manager: &SchemaManager<'_>, include: &str) -> Result<(), DbErr> {
    if manager.get_database_backend() != sea_orm::DatabaseBackend::Postgres {
        return Ok(());
    }
    let connection = manager.get_connection();
    connection
        .execute_unprepared("DROP INDEX IF EXISTS ix_case_study_public_updated_at_id")
        .await?;
    connection
        .execute_unprepared(&format!(
            "CREATE INDEX ix_case_study_public_updated_at_id \
             ON case_study (updated_at, id) {include} {PUBLIC}"
        ))
        .await
        .map(|_| ())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        recreate(
            manager,
            "INCLUDE (owner_org_id, initiative_id, service_area, language)",
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        recreate(manager, "").await
    }
}
