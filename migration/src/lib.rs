//! The database schema of Costar, as sea-orm migrations. The DDL is portable
//! (sea-query) so the same migrations run on SQLite and Postgres; the one
//! backend-specific piece, full-text search, sits in its own migration.

pub use sea_orm_migration::prelude::*;

mod columns;
mod m20261123_000001_create_organisation;
mod m20261123_000002_create_initiative;
mod m20261123_000003_create_case_study;
mod m20261123_000004_create_case_study_search;
mod m20261123_000005_create_charter;
mod m20261123_000006_create_peer_review;
mod m20261123_000007_create_case_study_change;
mod m20261123_000008_create_revoked_token;
mod m20261123_000009_create_audit_log;
mod m20261123_000010_add_case_study_change_reach;
mod m20261123_000011_add_peer_review_requested_by;
mod m20261123_000012_add_initiative_appraisal;
mod m20261123_000013_create_pathway;
mod m20261123_000014_create_outcome_indicator;
mod m20261123_000015_add_charter_adoption;
mod m20261123_000016_add_case_study_service_area_title_index;
mod m20261129_000017_add_case_study_public_listing_index;
mod m20261130_000018_drop_case_study_visibility_updated_at_index;
mod m20261202_000019_create_token_revocation;
mod m20261206_000020_store_labels_once;
mod m20261206_000021_widen_case_study_public_listing_index;
mod m20261207_000022_create_translation;
mod m20261207_000023_create_revision;
mod m20261207_000024_add_case_study_curation;
mod m20261207_000025_split_case_study_search_by_language;
mod m20261208_000026_create_people_it;
mod m20261208_000027_create_market_it;
mod m20261208_000028_create_business_case;
mod m20261208_000029_create_barrier_survey;
mod m20261209_000030_move_search_to_the_index;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_organisation::Migration),
            Box::new(m20261123_000002_create_initiative::Migration),
            Box::new(m20261123_000003_create_case_study::Migration),
            Box::new(m20261123_000004_create_case_study_search::Migration),
            Box::new(m20261123_000005_create_charter::Migration),
            Box::new(m20261123_000006_create_peer_review::Migration),
            Box::new(m20261123_000007_create_case_study_change::Migration),
            Box::new(m20261123_000008_create_revoked_token::Migration),
            Box::new(m20261123_000009_create_audit_log::Migration),
            Box::new(m20261123_000010_add_case_study_change_reach::Migration),
            Box::new(m20261123_000011_add_peer_review_requested_by::Migration),
            Box::new(m20261123_000012_add_initiative_appraisal::Migration),
            Box::new(m20261123_000013_create_pathway::Migration),
            Box::new(m20261123_000014_create_outcome_indicator::Migration),
            Box::new(m20261123_000015_add_charter_adoption::Migration),
            Box::new(m20261123_000016_add_case_study_service_area_title_index::Migration),
            Box::new(m20261129_000017_add_case_study_public_listing_index::Migration),
            Box::new(m20261130_000018_drop_case_study_visibility_updated_at_index::Migration),
            Box::new(m20261202_000019_create_token_revocation::Migration),
            Box::new(m20261206_000020_store_labels_once::Migration),
            Box::new(m20261206_000021_widen_case_study_public_listing_index::Migration),
            Box::new(m20261207_000022_create_translation::Migration),
            Box::new(m20261207_000023_create_revision::Migration),
            Box::new(m20261207_000024_add_case_study_curation::Migration),
            Box::new(m20261207_000025_split_case_study_search_by_language::Migration),
            Box::new(m20261208_000026_create_people_it::Migration),
            Box::new(m20261208_000027_create_market_it::Migration),
            Box::new(m20261208_000028_create_business_case::Migration),
            Box::new(m20261208_000029_create_barrier_survey::Migration),
            Box::new(m20261209_000030_move_search_to_the_index::Migration),
        ]
    }
}
