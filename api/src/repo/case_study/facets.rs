//! The facet counts of a case-study list (see `repo::facets`).

use crate::{
    error::Result,
    repo::{
        case_study::read::{CaseStudyFilter, filtered, find},
        facets::{self, Dimension, Facets, Part, Shape},
    },
    tenancy::ScopedDb,
};

const SHAPE: Shape = Shape {
    table: "case_study",
    co_types: ("case_study_co_type", "case_study_id"),
    initiative: Some("initiative_id"),
    dimensions: &Dimension::ALL,
};

/// The counts of the case studies `filter` finds for the caller.
pub async fn facets(db: &ScopedDb, filter: &CaseStudyFilter) -> Result<Facets> {
    let found = find(db, filter).await?;
    facets::count(db, &SHAPE, |part| {
        let filter = without(filter, part);
        let rows = filtered(db, &filter, &found);
        (filter, rows)
    })
    .await
}

/// `filter` without the filters of `part`'s own dimensions.
fn without(filter: &CaseStudyFilter, part: Part) -> CaseStudyFilter {
    let mut filter = filter.clone();
    match part {
        Part::Total => {}
        Part::Dimension(Dimension::CoType) => filter.co_types.clear(),
        Part::Dimension(Dimension::StarStep) => filter.star_steps.clear(),
        Part::Dimension(Dimension::ServiceArea) => filter.service_area = None,
        Part::Dimension(Dimension::Nation) => filter.nations.clear(),
        Part::Dimension(Dimension::EvidenceLevel) => filter.min_evidence_level = None,
        Part::Dimension(Dimension::Language) => filter.languages.clear(),
        // No filter of its own.
        Part::Dimension(Dimension::OrganisationKind) => {}
        Part::Matrix => {
            filter.co_types.clear();
            filter.star_steps.clear();
        }
    }
    filter
}
