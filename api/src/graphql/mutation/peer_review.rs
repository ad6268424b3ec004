use async_graphql::{Context, ID, InputObject, Object};

use crate::{
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{enums::PeerReviewKind, peer_review::PeerReview, scalars::Date},
    },
    repo::{
        self,
        peer_review::write::{OtherSide, ReviewRequest, Subject},
    },
    tenancy::Role,
};

/// A request for a peer review or study visit. Name exactly one subject (`initiativeId` or
/// `caseStudyId`) and exactly one other side (`visitor` or `host`, an organisation slug); your own
/// organisation is the side not named.
#[derive(InputObject)]
pub struct RequestPeerReviewInput {
    pub kind: PeerReviewKind,
    pub initiative_id: Option<ID>,
    pub case_study_id: Option<ID>,
    /// The organisation to visit you (you host, and own the subject).
    pub visitor: Option<String>,
    /// The organisation you would visit (it owns the subject).
    pub host: Option<String>,
    /// The date proposed for the visit, today or later.
    pub proposed_for: Option<Date>,
    /// Up to 2,000 characters, shown to both sides.
    pub message: Option<String>,
}

impl RequestPeerReviewInput {
    fn into_db(self) -> Result<ReviewRequest> {
        let subject = match (self.initiative_id, self.case_study_id) {
            (Some(id), None) => {
                Subject::Initiative(ids::decode_as(&id, NodeType::Initiative, "initiativeId")?)
            }
            (None, Some(id)) => {
                Subject::CaseStudy(ids::decode_as(&id, NodeType::CaseStudy, "caseStudyId")?)
            }
            _ => {
                return Err(AppError::bad_input(
                    "initiativeId",
                    "give exactly one of initiativeId and caseStudyId",
                ));
            }
        };
        let other = match (self.visitor, self.host) {
            (Some(visitor), None) => OtherSide::Visitor(visitor),
            (None, Some(host)) => OtherSide::Host(host),
            _ => {
                return Err(AppError::bad_input(
                    "visitor",
                    "give exactly one of visitor and host",
                ));
            }
        };
        Ok(ReviewRequest {
            kind: self.kind.into(),
            subject,
            other,
            proposed_for: self.proposed_for.map(|d| d.0),
            message: self.message,
        })
    }
}

#[derive(Default)]
pub struct PeerReviewMutation;

#[Object]
impl PeerReviewMutation {
    /// Asks another organisation for a peer review or study visit. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn request_peer_review(
        &self,
        ctx: &Context<'_>,
        input: RequestPeerReviewInput,
    ) -> Result<PeerReview> {
        Ok(PeerReview(
            repo::peer_review::write::request(ctx.scoped_db_for_write()?, input.into_db()?).await?,
        ))
    }

    /// Accepts or declines a request the other side made. While accepted, the visitor reads the subject. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn respond_to_peer_review(
        &self,
        ctx: &Context<'_>,
        id: ID,
        accept: bool,
    ) -> Result<PeerReview> {
        let id = ids::decode_as(&id, NodeType::PeerReview, "id")?;
        Ok(PeerReview(
            repo::peer_review::write::respond(ctx.scoped_db_for_write()?, id, accept).await?,
        ))
    }

    /// Records the visitor's findings and ends the review. Needs EDITOR of the visitor.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn complete_peer_review(
        &self,
        ctx: &Context<'_>,
        id: ID,
        findings: String,
    ) -> Result<PeerReview> {
        let id = ids::decode_as(&id, NodeType::PeerReview, "id")?;
        Ok(PeerReview(
            repo::peer_review::write::complete(ctx.scoped_db_for_write()?, id, &findings).await?,
        ))
    }

    /// Shares the findings with every member of the network (or stops sharing them). Needs EDITOR of the host.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn share_peer_review_findings(
        &self,
        ctx: &Context<'_>,
        id: ID,
        shared: bool,
    ) -> Result<PeerReview> {
        let id = ids::decode_as(&id, NodeType::PeerReview, "id")?;
        Ok(PeerReview(
            repo::peer_review::write::share_findings(ctx.scoped_db_for_write()?, id, shared)
                .await?,
        ))
    }

    /// Calls off a requested or accepted review. Needs EDITOR of either side.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn cancel_peer_review(&self, ctx: &Context<'_>, id: ID) -> Result<PeerReview> {
        let id = ids::decode_as(&id, NodeType::PeerReview, "id")?;
        Ok(PeerReview(
            repo::peer_review::write::cancel(ctx.scoped_db_for_write()?, id).await?,
        ))
    }
}
