//! Root query fields, one resolver struct per aggregate, merged.

mod audit;
mod case_study;
mod change_feed;
mod charter;
mod curation;
mod initiative;
mod node;
mod organisation;
mod peer_review;
mod toolkit;
mod viewer;

use async_graphql::MergedObject;

/// The root of every read.
#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(
    viewer::ViewerQuery,
    node::NodeQuery,
    organisation::OrganisationQuery,
    initiative::InitiativeQuery,
    case_study::CaseStudyQuery,
    change_feed::ChangeFeedQuery,
    charter::CharterQuery,
    peer_review::PeerReviewQuery,
    audit::AuditQuery,
    curation::CurationQuery,
    toolkit::ToolkitQuery,
);
