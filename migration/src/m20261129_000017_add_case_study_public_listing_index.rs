//! The public listing: what anonymous portals page through, newest first,
//! and what a public search walks to find its most recent matches. A
//! partial index of the live, public, published case studies lets such a
//! walk read only the rows it may answer with; the full index made it
//! step over everyone's drafts and network-only cases as well.
//!
//! The scope layer writes these constants into its SQL rather than binding
//! them, so that a prepared statement's kept plan matches the predicate.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX IF NOT EXISTS ix_case_study_public_updated_at_id \
                 ON case_study (updated_at, id) \
                 WHERE deleted_at IS NULL AND visibility = 'PUBLIC' AND status = 'PUBLISHED'",
            )
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX IF EXISTS ix_case_study_public_updated_at_id")
            .await
            .map(|_| ())
    }
}
