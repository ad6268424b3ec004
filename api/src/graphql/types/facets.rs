//! Facet counts as clients read them: each value's name and count.

use async_graphql::SimpleObject;
use entity::vocabulary;

use crate::{
    graphql::types::enums::{CoType, StarStep},
    repo::facets::{Dimension, Facets},
};

/// How many records hold one value.
#[derive(SimpleObject)]
pub struct FacetCount {
    /// The value: an enum value's name (CO_DESIGN, MAP_IT, WALES, …), a language tag, or a Nesta level (1 to 5).
    pub value: String,
    /// How many records hold it.
    pub count: i32,
}

/// How many records hold one Co at one step.
#[derive(SimpleObject)]
pub struct CoStepCount {
    /// The Co.
    pub co_type: CoType,
    /// The step (of the case study's initiative, for case studies).
    pub star_step: StarStep,
    /// How many records hold both.
    pub count: i32,
}

/// Counts of the case studies a filter finds, per value of each dimension. A dimension's counts apply every filter but its own; values no case study holds are left out.
#[derive(SimpleObject)]
pub struct CaseStudyFacets {
    /// The case studies the whole filter finds.
    pub total: i32,
    /// The Co's the case studies show.
    pub co_types: Vec<FacetCount>,
    /// The step of the case study's initiative.
    pub star_steps: Vec<FacetCount>,
    /// The council services they belong to.
    pub service_areas: Vec<FacetCount>,
    /// The nation of the council that owns it.
    pub nations: Vec<FacetCount>,
    /// The language of their text.
    pub languages: Vec<FacetCount>,
    /// The kind of organisation that owns it.
    pub organisation_kinds: Vec<FacetCount>,
    /// The highest Nesta level of the evidence on its initiative's pathway.
    pub evidence_levels: Vec<FacetCount>,
    /// Co × step: the Explorer's Star (applies every filter but Co's and steps).
    pub co_step_matrix: Vec<CoStepCount>,
}

/// Counts of the initiatives a filter finds, per value of each dimension. A dimension's counts apply every filter but its own; values no initiative holds are left out.
#[derive(SimpleObject)]
pub struct InitiativeFacets {
    /// The initiatives the whole filter finds.
    pub total: i32,
    /// The Co's the initiatives use.
    pub co_types: Vec<FacetCount>,
    /// Where they stand on the five steps.
    pub star_steps: Vec<FacetCount>,
    /// The council services they belong to.
    pub service_areas: Vec<FacetCount>,
    /// The nation of the council that owns it.
    pub nations: Vec<FacetCount>,
    /// The kind of organisation that owns it.
    pub organisation_kinds: Vec<FacetCount>,
    /// The highest Nesta level of the evidence on its pathway.
    pub evidence_levels: Vec<FacetCount>,
    /// Co × step: the Explorer's Star (applies every filter but Co's and steps).
    pub co_step_matrix: Vec<CoStepCount>,
}

fn count(n: i64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn values(facets: &Facets, dimension: Dimension) -> Vec<FacetCount> {
    facets
        .of(dimension)
        .iter()
        .map(|v| FacetCount {
            value: v.value.clone(),
            count: count(v.count),
        })
        .collect()
}

fn matrix(facets: &Facets) -> Vec<CoStepCount> {
    facets
        .matrix
        .iter()
        .filter_map(|(co, step, n)| {
            Some(CoStepCount {
                co_type: vocabulary::CoType::from_text(co)?.into(),
                star_step: vocabulary::StarStep::from_text(step)?.into(),
                count: count(*n),
            })
        })
        .collect()
}

impl From<Facets> for CaseStudyFacets {
    fn from(facets: Facets) -> Self {
        Self {
            total: count(facets.total),
            co_types: values(&facets, Dimension::CoType),
            star_steps: values(&facets, Dimension::StarStep),
            service_areas: values(&facets, Dimension::ServiceArea),
            nations: values(&facets, Dimension::Nation),
            languages: values(&facets, Dimension::Language),
            organisation_kinds: values(&facets, Dimension::OrganisationKind),
            evidence_levels: values(&facets, Dimension::EvidenceLevel),
            co_step_matrix: matrix(&facets),
        }
    }
}

impl From<Facets> for InitiativeFacets {
    fn from(facets: Facets) -> Self {
        Self {
            total: count(facets.total),
            co_types: values(&facets, Dimension::CoType),
            star_steps: values(&facets, Dimension::StarStep),
            service_areas: values(&facets, Dimension::ServiceArea),
            nations: values(&facets, Dimension::Nation),
            organisation_kinds: values(&facets, Dimension::OrganisationKind),
            evidence_levels: values(&facets, Dimension::EvidenceLevel),
            co_step_matrix: matrix(&facets),
        }
    }
}
