//! Reading pathways to outcomes: an initiative's steps, the links between
//! them and the evidence on each link, and where evidence is missing. (Whether
//! a new link would close a cycle is `domain::pathway`'s question.)

use std::collections::HashMap;

use entity::{evidence, pathway_link, pathway_step};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder, QueryTrait};

use crate::{error::Result, store::keyset, tenancy::ScopedDb};

/// One link with the steps it joins and its evidence.
#[derive(Debug, Clone)]
pub struct Link {
    pub link: pathway_link::Model,
    pub from: pathway_step::Model,
    pub to: pathway_step::Model,
    pub evidence: Vec<evidence::Model>,
}

/// An initiative's pathway, in pathway order: steps by kind (activities
/// first, final outcomes last) then as added; links by the order of the
/// steps they join.
#[derive(Debug, Clone, Default)]
pub struct Pathway {
    pub steps: Vec<pathway_step::Model>,
    pub links: Vec<Link>,
}

impl Pathway {
    pub fn new(
        mut steps: Vec<pathway_step::Model>,
        links: Vec<pathway_link::Model>,
        evidence: Vec<evidence::Model>,
    ) -> Self {
        steps.sort_by_key(|s| (s.kind as u8, s.id));
        let position: HashMap<i64, usize> =
            steps.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let by_id: HashMap<i64, &pathway_step::Model> = steps.iter().map(|s| (s.id, s)).collect();
        let mut evidence_of: HashMap<i64, Vec<evidence::Model>> = HashMap::new();
        for item in evidence {
            evidence_of.entry(item.link_id).or_default().push(item);
        }
        let mut links: Vec<Link> = links
            .into_iter()
            .filter_map(|link| {
                let from = (*by_id.get(&link.from_step_id)?).clone();
                let to = (*by_id.get(&link.to_step_id)?).clone();
                let mut evidence = evidence_of.remove(&link.id).unwrap_or_default();
                evidence.sort_by_key(|e| e.id);
                Some(Link {
                    link,
                    from,
                    to,
                    evidence,
                })
            })
            .collect();
        links.sort_by_key(|l| (position[&l.from.id], position[&l.to.id], l.link.id));
        Self { steps, links }
    }

    /// The links with no evidence at `min_nesta_level` or above, in pathway order.
    pub fn evidence_gaps(&self, min_nesta_level: i16) -> Vec<&Link> {
        self.links
            .iter()
            .filter(|l| {
                !l.evidence
                    .iter()
                    .any(|e| e.nesta_level.is_some_and(|level| level >= min_nesta_level))
            })
            .collect()
    }
}

/// The pathways of the initiatives among `initiative_ids` the caller may
/// read, in three statements whatever their number.
pub async fn of_initiatives(
    db: &ScopedDb,
    initiative_ids: &[i64],
) -> Result<HashMap<i64, Pathway>> {
    let ids = || initiative_ids.iter().copied();
    let steps: Vec<pathway_step::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_parts::<pathway_step::Entity>()
            .filter(pathway_step::Column::InitiativeId.is_in(ids()))
            .into_query(),
    )
    .await?;
    let links: Vec<pathway_link::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_parts::<pathway_link::Entity>()
            .filter(pathway_link::Column::InitiativeId.is_in(ids()))
            .into_query(),
    )
    .await?;
    let evidence: Vec<evidence::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_parts::<evidence::Entity>()
            .filter(evidence::Column::InitiativeId.is_in(ids()))
            .order_by_asc(evidence::Column::Id)
            .into_query(),
    )
    .await?;

    let mut parts: HashMap<i64, (Vec<_>, Vec<_>, Vec<_>)> = HashMap::new();
    for step in steps {
        parts.entry(step.initiative_id).or_default().0.push(step);
    }
    for link in links {
        parts.entry(link.initiative_id).or_default().1.push(link);
    }
    for item in evidence {
        parts.entry(item.initiative_id).or_default().2.push(item);
    }
    Ok(parts
        .into_iter()
        .map(|(id, (steps, links, evidence))| (id, Pathway::new(steps, links, evidence)))
        .collect())
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use entity::vocabulary::PathwayStepKind;

    use super::*;

    fn step(id: i64, kind: PathwayStepKind) -> pathway_step::Model {
        pathway_step::Model {
            id,
            initiative_id: 1,
            kind,
            label: format!("step {id}"),
            created_at: Utc::now(),
        }
    }

    fn link(id: i64, from: i64, to: i64) -> pathway_link::Model {
        pathway_link::Model {
            id,
            initiative_id: 1,
            from_step_id: from,
            to_step_id: to,
            created_at: Utc::now(),
        }
    }

    fn graded(id: i64, link_id: i64, nesta_level: Option<i16>) -> evidence::Model {
        evidence::Model {
            id,
            initiative_id: 1,
            link_id,
            summary: "seen".into(),
            source: None,
            observed_on: None,
            nesta_level,
            maryland_level: None,
            emmie: None,
            created_by: "test".into(),
            created_at: Utc::now(),
        }
    }

    #[test]
    fn gaps_are_the_links_without_evidence_at_the_level_in_pathway_order() {
        let steps = vec![
            step(30, PathwayStepKind::FinalOutcome),
            step(10, PathwayStepKind::Activity),
            step(20, PathwayStepKind::Output),
            step(25, PathwayStepKind::IntermediateOutcome),
        ];
        let links = vec![link(3, 25, 30), link(1, 10, 20), link(2, 20, 25)];
        let evidence = vec![
            graded(1, 1, Some(3)),
            graded(2, 2, Some(1)),
            graded(3, 2, None),
        ];
        let pathway = Pathway::new(steps, links, evidence);
        let order: Vec<i64> = pathway.steps.iter().map(|s| s.id).collect();
        assert_eq!(order, [10, 20, 25, 30]);
        let gaps = |level| -> Vec<i64> {
            pathway
                .evidence_gaps(level)
                .iter()
                .map(|l| l.link.id)
                .collect()
        };
        assert_eq!(gaps(1), [3]);
        assert_eq!(gaps(2), [2, 3]);
        assert_eq!(gaps(4), [1, 2, 3]);
    }
}
