use async_graphql::{ID, Object, SimpleObject};
use entity::{evidence, pathway_step};

use crate::{
    graphql::{
        ids::{self, NodeType},
        types::{enums::PathwayStepKind, scalars::Date},
    },
    repo,
};

pub struct Pathway(pub repo::pathway::read::Pathway);

/// An initiative's pathway to outcomes: steps from activities to final outcomes, and the links between them, in pathway order.
#[Object]
impl Pathway {
    /// Activities first, then outputs, intermediate and final outcomes; each kind in the order added.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::initiative::parts::MAX_STEPS, child_complexity)"
    )]
    async fn steps(&self) -> Vec<PathwayStep> {
        self.0.steps.iter().cloned().map(PathwayStep).collect()
    }
    /// Links in the order of the steps they join.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::initiative::parts::MAX_LINKS, child_complexity)"
    )]
    async fn links(&self) -> Vec<PathwayLink> {
        self.0.links.iter().cloned().map(PathwayLink).collect()
    }
}

pub struct PathwayStep(pub pathway_step::Model);

/// A step of a pathway.
#[Object]
impl PathwayStep {
    /// Opaque id: pass it to linkPathwaySteps or removePathwayStep.
    async fn id(&self) -> ID {
        ids::encode(NodeType::PathwayStep, self.0.id)
    }
    /// Activity, output, intermediate or final outcome.
    async fn kind(&self) -> PathwayStepKind {
        self.0.kind.into()
    }
    /// What the step is, 1 to 200 characters.
    async fn label(&self) -> &str {
        &self.0.label
    }
}

pub struct PathwayLink(pub repo::pathway::read::Link);

/// The claim that one step leads to another, with the evidence that it does.
#[Object]
impl PathwayLink {
    /// Opaque id: pass it to addEvidence.
    async fn id(&self) -> ID {
        ids::encode(NodeType::PathwayLink, self.0.link.id)
    }
    /// The step that leads.
    async fn from(&self) -> PathwayStep {
        PathwayStep(self.0.from.clone())
    }
    /// The step it leads to.
    async fn to(&self) -> PathwayStep {
        PathwayStep(self.0.to.clone())
    }
    /// Oldest first.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::initiative::parts::MAX_EVIDENCE_PER_LINK, child_complexity)"
    )]
    async fn evidence(&self) -> Vec<Evidence> {
        self.0.evidence.iter().cloned().map(Evidence).collect()
    }
}

pub struct Evidence(pub evidence::Model);

/// Notes on the quality of the evidence for each EMMIE dimension.
#[derive(SimpleObject)]
pub struct Emmie {
    /// The effect: its direction and size, and how sure we are of it.
    pub effect: Option<String>,
    /// The mechanism: how the intervention works.
    pub mechanism: Option<String>,
    /// The moderators: where and for whom it works.
    pub moderators: Option<String>,
    /// Implementation: what it takes to put in place.
    pub implementation: Option<String>,
    /// Economics: what it costs and saves.
    pub economics: Option<String>,
}

/// Evidence that a link holds, graded on the published scales (each grade optional).
#[Object]
impl Evidence {
    /// Opaque id.
    async fn id(&self) -> ID {
        ids::encode(NodeType::Evidence, self.0.id)
    }
    /// What was found.
    async fn summary(&self) -> &str {
        &self.0.summary
    }
    /// A URL or a citation.
    async fn source(&self) -> Option<&str> {
        self.0.source.as_deref()
    }
    /// When the evidence was gathered or published.
    async fn observed_on(&self) -> Option<Date> {
        self.0.observed_on.map(Date)
    }
    /// Nesta Standards of Evidence: 1 an account of impact, 2 correlation, 3 causation, 4 independent replication, 5 scaled.
    async fn nesta_level(&self) -> Option<i16> {
        self.0.nesta_level
    }
    /// Maryland Scientific Methods Scale, 1 (correlation at one time) to 5 (randomised control).
    async fn maryland_level(&self) -> Option<i16> {
        self.0.maryland_level
    }
    /// The EMMIE assessment, when one was made.
    async fn emmie(&self) -> Option<Emmie> {
        let stored: evidence::Emmie = serde_json::from_value(self.0.emmie.clone()?).ok()?;
        Some(Emmie {
            effect: stored.effect,
            mechanism: stored.mechanism,
            moderators: stored.moderators,
            implementation: stored.implementation,
            economics: stored.economics,
        })
    }
}
