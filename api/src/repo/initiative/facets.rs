//! The facet counts of an initiative list (see `repo::facets`).

use crate::{
    error::Result,
    repo::{
        facets::{self, Dimension, Facets, Part, Shape},
        initiative::read::{InitiativeFilter, filtered},
    },
    tenancy::ScopedDb,
};

const SHAPE: Shape = Shape {
    table: "initiative",
    co_types: ("initiative_co_type", "initiative_id"),
    initiative: None,
    dimensions: &[
        Dimension::CoType,
        Dimension::StarStep,
        Dimension::ServiceArea,
        Dimension::Nation,
        Dimension::OrganisationKind,
        Dimension::EvidenceLevel,
    ],
};

/// The counts of the initiatives `filter` finds for the caller.
pub async fn facets(db: &ScopedDb, filter: &InitiativeFilter) -> Result<Facets> {
    facets::count(db, &SHAPE, |part| {
        let filter = without(filter, part);
        let rows = filtered(db, &filter);
        (filter, rows)
    })
    .await
}

/// `filter` without the filters of `part`'s own dimensions.
fn without(filter: &InitiativeFilter, part: Part) -> InitiativeFilter {
    let mut filter = filter.clone();
    let clear_steps = |filter: &mut InitiativeFilter| {
        filter.star_step = None;
        filter.star_steps.clear();
    };
    match part {
        Part::Total => {}
        Part::Dimension(Dimension::CoType) => filter.co_types.clear(),
        Part::Dimension(Dimension::StarStep) => clear_steps(&mut filter),
        Part::Dimension(Dimension::ServiceArea) => filter.service_area = None,
        Part::Dimension(Dimension::Nation) => filter.nations.clear(),
        Part::Dimension(Dimension::EvidenceLevel) => filter.min_evidence_level = None,
        // No filter of their own (and initiatives have no language).
        Part::Dimension(Dimension::Language | Dimension::OrganisationKind) => {}
        Part::Matrix => {
            filter.co_types.clear();
            clear_steps(&mut filter);
        }
    }
    filter
}
