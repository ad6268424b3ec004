//! Database entities of Costar: one module per table, plus the shared
//! vocabulary enums stored as text. No application logic lives here: the
//! `api` crate decides who may read or write what.

pub mod audit_log;
pub mod barrier_survey;
pub mod business_case;
pub mod case_study;
pub mod case_study_change;
pub mod case_study_co_type;
pub mod case_study_tag;
pub mod charter;
pub mod charter_template;
pub mod charter_version;
pub mod community_asset;
pub mod content_report;
pub mod evidence;
pub mod incentive;
pub mod incentive_template;
pub mod indicator_measurement;
pub mod initiative;
pub mod initiative_co_type;
pub mod initiative_tag;
pub mod organisation;
pub mod outcome_indicator;
pub mod owned;
pub mod part_of_initiative;
pub mod participant;
pub mod pathway_link;
pub mod pathway_step;
pub mod peer_review;
pub mod revision;
pub mod revoked_token;
pub mod survey_answer;
pub mod survey_response;
pub mod survey_run;
pub mod translation;
pub mod versioned;
pub mod vocabulary;

pub use owned::{Owned, OwnerOnly, Published};
pub use part_of_initiative::PartOfInitiative;
pub use versioned::Versioned;
