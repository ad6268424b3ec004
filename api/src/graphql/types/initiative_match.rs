use async_graphql::Object;

use crate::{
    domain::similarity,
    graphql::types::{enums::CoType, initiative::Initiative},
};

pub struct InitiativeMatch(pub similarity::Match);

/// An initiative of another organisation found like the one asked about, with why.
#[Object]
impl InitiativeMatch {
    /// The initiative found alike.
    async fn initiative(&self) -> Initiative {
        Initiative(self.0.initiative.clone())
    }
    /// From 0 to 1: how alike (shared Co's, service area, tags, words), weighted towards initiatives further along the five steps.
    async fn score(&self) -> f64 {
        self.0.score
    }
    /// Co's both initiatives use.
    async fn shared_co_types(&self) -> Vec<CoType> {
        self.0
            .shared_co_types
            .iter()
            .copied()
            .map(Into::into)
            .collect()
    }
    /// Tags both initiatives carry.
    async fn shared_tags(&self) -> &[String] {
        &self.0.shared_tags
    }
    /// Words of title and summary both use.
    async fn shared_words(&self) -> &[String] {
        &self.0.shared_words
    }
    /// Whether both belong to the same council service.
    async fn same_service_area(&self) -> bool {
        self.0.same_service_area
    }
    /// Whether it is further along the five steps, and so may have something to teach.
    async fn further_along(&self) -> bool {
        self.0.further_along
    }
}
