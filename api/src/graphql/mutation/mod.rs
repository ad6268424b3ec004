//! Root mutation fields, one resolver struct per aggregate, merged. Each is
//! guarded by the role it needs; what it may touch is decided by the tenancy
//! layer (a record of another organisation is NOT_FOUND or FORBIDDEN).

mod case_study;
mod charter;
mod curation;
mod focus_it;
mod indicator;
mod initiative;
mod market_it;
mod organisation;
mod pathway;
mod peer_review;
mod people_it;
mod revision;
mod token;
mod translation;

use async_graphql::MergedObject;

/// The root of every write.
#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(
    initiative::InitiativeMutation,
    case_study::CaseStudyMutation,
    charter::CharterMutation,
    pathway::PathwayMutation,
    indicator::IndicatorMutation,
    organisation::OrganisationMutation,
    peer_review::PeerReviewMutation,
    token::TokenMutation,
    translation::TranslationMutation,
    revision::RevisionMutation,
    curation::CurationMutation,
    people_it::PeopleItMutation,
    market_it::MarketItMutation,
    focus_it::FocusItMutation,
);
