use async_graphql::{ID, Interface};

use crate::graphql::types::{
    case_study::CaseStudy,
    charter::Charter,
    initiative::Initiative,
    organisation::Organisation,
    peer_review::PeerReview,
    toolkit::{charter_template::CharterTemplate, survey::BarrierSurvey},
};

/// An object with a global id, fetchable with `node` and `nodes`.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Global id: opaque and stable."))]
pub enum Node {
    Organisation(Organisation),
    Initiative(Initiative),
    CaseStudy(CaseStudy),
    Charter(Charter),
    PeerReview(PeerReview),
    CharterTemplate(CharterTemplate),
    BarrierSurvey(BarrierSurvey),
}
