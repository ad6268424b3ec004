use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entity::peer_review;

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
        types::{
            case_study::CaseStudy,
            enums::{PeerReviewKind, PeerReviewStatus},
            initiative::Initiative,
            organisation::Organisation,
            scalars::Date,
        },
    },
    repo::peer_review::read::Parties,
    store::keyset::Page,
};

pub struct PeerReview(pub peer_review::Model);

impl PeerReview {
    fn is_party(&self, ctx: &Context<'_>) -> Result<bool> {
        let org = ctx.scoped_db()?.caller().org().map(|o| o.0);
        Ok(org == Some(self.0.host_org_id) || org == Some(self.0.visitor_org_id))
    }
}

/// Hands the parties a page joined to the organisation loader, which then
/// answers `host` and `visitor` without a statement, and returns the bare
/// page.
pub async fn feed_parties(
    ctx: &Context<'_>,
    page: Page<(peer_review::Model, Parties)>,
) -> Result<Page<peer_review::Model>> {
    let mut parties = Vec::new();
    let page = page.map(|(row, Parties { host, visitor })| {
        parties.extend(host.into_iter().chain(visitor).map(|org| (org.id, org)));
        row
    });
    ctx.loaders()?.organisations().feed_many(parties).await;
    Ok(page)
}

/// A peer review or study visit: the visiting organisation learns from the host's initiative or case study.
#[Object]
impl PeerReview {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::PeerReview, self.0.id)
    }
    /// A peer review proper, or a lighter study visit.
    async fn kind(&self) -> PeerReviewKind {
        self.0.kind.into()
    }
    /// The organisation reviewed: the owner of the subject.
    async fn host(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.host_org_id).await
    }
    /// The organisation visiting to learn.
    async fn visitor(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.visitor_org_id).await
    }
    /// The initiative under review, when it is the subject and the caller may see it.
    async fn initiative(&self, ctx: &Context<'_>) -> Result<Option<Initiative>> {
        Initiative::readable(ctx, self.0.initiative_id).await
    }
    /// The case study under review, when it is the subject and the caller may see it.
    async fn case_study(&self, ctx: &Context<'_>) -> Result<Option<CaseStudy>> {
        let Some(id) = self.0.case_study_id else {
            return Ok(None);
        };
        Ok(ctx
            .loaders()?
            .case_studies()
            .load_one(id)
            .await?
            .map(CaseStudy::from))
    }
    /// REQUESTED, ACCEPTED, DECLINED, COMPLETED or CANCELLED.
    async fn status(&self) -> PeerReviewStatus {
        self.0.status.into()
    }
    /// The date proposed for the visit.
    async fn proposed_for(&self) -> Option<Date> {
        self.0.proposed_for.map(Date)
    }
    /// The request's message; shown to the two parties only.
    async fn message(&self, ctx: &Context<'_>) -> Result<Option<&str>> {
        Ok(if self.is_party(ctx)? {
            self.0.message.as_deref()
        } else {
            None
        })
    }
    /// What the visitor found and recommends, once the review is completed.
    async fn findings(&self) -> Option<&str> {
        self.0.findings.as_deref()
    }
    /// Whether the host shared the findings with the whole network.
    async fn findings_shared(&self) -> bool {
        self.0.findings_shared
    }
    /// When it was requested.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}
