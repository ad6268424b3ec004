//! See What You Can Do: community assets, participants, their offers and
//! needs, matches, and the summary others may see.

use async_graphql::{ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{community_asset, participant};

use crate::{
    domain::matching::{self, contributions},
    graphql::{
        ids::{self, NodeType},
        types::{
            enums::Visibility,
            scalars::Date,
            toolkit::{
                SmallCount,
                enums::{Availability, CommunityAssetKind, ContributionCategory, Willingness},
            },
        },
    },
    tenancy::ParticipantTally,
};

pub struct CommunityAsset(pub community_asset::Model);

/// A place, group, piece of equipment or skill the community holds that an initiative can draw on.
#[Object]
impl CommunityAsset {
    /// Global id: opaque and stable.
    async fn id(&self) -> ID {
        ids::encode(NodeType::CommunityAsset, self.0.id)
    }
    /// What kind of asset it is.
    async fn kind(&self) -> CommunityAssetKind {
        self.0.kind.into()
    }
    /// What it is.
    async fn description(&self) -> &str {
        &self.0.description
    }
    /// Where it is.
    async fn location(&self) -> Option<&str> {
        self.0.location.as_deref()
    }
    /// How to reach it ("ask at the library desk").
    async fn contact_route(&self) -> Option<&str> {
        self.0.contact_route.as_deref()
    }
    /// Who may read it (within the initiative's readers).
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// One offer or need of a participant.
#[derive(SimpleObject, Clone)]
pub struct Contribution {
    /// What it is about.
    pub category: ContributionCategory,
    /// What is offered or needed.
    pub description: String,
    /// When they can.
    pub availability: Vec<Availability>,
}

fn listed(stored: &serde_json::Value) -> Vec<Contribution> {
    contributions(stored)
        .into_iter()
        .map(|c| Contribution {
            category: c.category.into(),
            description: c.description,
            availability: c.availability.into_iter().map(Into::into).collect(),
        })
        .collect()
}

pub struct Participant(pub participant::Model);

/// A participant of an initiative: a pseudonymous record its council keeps (a reference it chose, never a name or contact details), read by that council only.
#[Object]
impl Participant {
    /// Global id: opaque and stable.
    async fn id(&self) -> ID {
        ids::encode(NodeType::Participant, self.0.id)
    }
    /// The council's own code for the participant.
    async fn reference(&self) -> &str {
        &self.0.reference
    }
    /// When the participant consented to take part.
    async fn consented_on(&self) -> Date {
        Date(self.0.consented_on)
    }
    /// How much more they would contribute.
    async fn willingness(&self) -> Willingness {
        self.0.willingness.into()
    }
    /// When consent was withdrawn; offers and needs are deleted since.
    async fn withdrawn_at(&self) -> Option<DateTime<Utc>> {
        self.0.withdrawn_at
    }
    /// What the participant offers.
    async fn offers(&self) -> Vec<Contribution> {
        listed(&self.0.offers)
    }
    /// What the participant would like help with.
    async fn needs(&self) -> Vec<Contribution> {
        listed(&self.0.needs)
    }
    /// When it was recorded.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

pub struct OfferMatch {
    found: matching::Match,
    offer: Contribution,
    offered_by: participant::Model,
    need: Contribution,
    needed_by: participant::Model,
}

impl OfferMatch {
    /// The match `found` between the two participants it names (`None`
    /// when either is not among `participants`).
    pub fn new(
        found: matching::Match,
        participants: &std::collections::HashMap<i64, participant::Model>,
    ) -> Option<Self> {
        let offered_by = participants.get(&found.offered_by)?.clone();
        let needed_by = participants.get(&found.needed_by)?.clone();
        let offer = listed(&offered_by.offers).into_iter().nth(found.offer)?;
        let need = listed(&needed_by.needs).into_iter().nth(found.need)?;
        Some(Self {
            found,
            offer,
            offered_by,
            need,
            needed_by,
        })
    }
}

/// An offer of one participant paired with a need of another, in the same category at a time both can manage.
#[Object]
impl OfferMatch {
    /// The category the offer and the need share.
    async fn category(&self) -> ContributionCategory {
        self.found.category.into()
    }
    /// What is offered.
    async fn offer(&self) -> &Contribution {
        &self.offer
    }
    /// Who offers it.
    async fn offered_by(&self) -> Participant {
        Participant(self.offered_by.clone())
    }
    /// What is needed.
    async fn need(&self) -> &Contribution {
        &self.need
    }
    /// Who needs it.
    async fn needed_by(&self) -> Participant {
        Participant(self.needed_by.clone())
    }
    /// The times both can manage.
    async fn shared_availability(&self) -> Vec<Availability> {
        self.found.shared.iter().copied().map(Into::into).collect()
    }
    /// 0 to 1: how much of their times they share, and how keen the offering participant is to do more.
    async fn score(&self) -> f64 {
        self.found.score
    }
}

/// Offers, needs and matches of one category.
#[derive(SimpleObject)]
pub struct CategorySummary {
    /// The category counted.
    pub category: ContributionCategory,
    /// Offers in the category.
    pub offers: SmallCount,
    /// Needs in the category.
    pub needs: SmallCount,
    /// Pairs of an offer and a need in the category that fit.
    pub matches: SmallCount,
}

pub struct AssetSummary {
    pub tally: ParticipantTally,
    pub assets: i64,
}

/// What an initiative's participants offer and need, counted: outside the owner council, any count below 5 is withheld.
#[Object]
impl AssetSummary {
    /// Participants who have not withdrawn.
    async fn participants(&self) -> SmallCount {
        SmallCount::of(self.tally.participants, self.tally.audience)
    }
    /// The community assets you may see.
    async fn assets(&self) -> i64 {
        self.assets
    }
    /// Every category, in the vocabulary's order.
    async fn categories(&self) -> Vec<CategorySummary> {
        let audience = self.tally.audience;
        self.tally
            .categories
            .iter()
            .map(|(category, t)| CategorySummary {
                category: (*category).into(),
                offers: SmallCount::of(t.offers, audience),
                needs: SmallCount::of(t.needs, audience),
                matches: SmallCount::of(t.matches, audience),
            })
            .collect()
    }
}
