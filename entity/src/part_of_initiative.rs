//! Tables whose rows belong to an initiative (its pathway, evidence,
//! indicators, incentives and business case): they have no owner or visibility of their own, and whoever
//! may read or write the initiative may read or write them.

use sea_orm::EntityTrait;

/// A table whose rows belong to one initiative.
pub trait PartOfInitiative: EntityTrait {
    /// The column holding the initiative's id.
    fn initiative_column() -> Self::Column;
}

macro_rules! part_of_initiative {
    ($($module:ident),+) => {
        $(
            impl PartOfInitiative for crate::$module::Entity {
                fn initiative_column() -> Self::Column {
                    crate::$module::Column::InitiativeId
                }
            }
        )+
    };
}

part_of_initiative!(
    pathway_step,
    pathway_link,
    evidence,
    outcome_indicator,
    indicator_measurement,
    incentive,
    business_case
);
