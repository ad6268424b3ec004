//! The Co-Production Star toolkit's tools beyond the appraisal: See What
//! You Can Do (assets, participants), the Incentive Menu, charter
//! templates, the Business Case Generator and the Barriers survey.

pub(crate) use crate::repo::initiative::parts::check_room;

/// Limits of what one initiative holds: its toolkit lists are read whole.
pub const MAX_ASSETS: u64 = 200;
pub const MAX_PARTICIPANTS: u64 = 500;
pub const MAX_INCENTIVES: u64 = 100;

/// The order of published material's pages: oldest first, by id.
macro_rules! by_id_ascending {
    ($entity:ident) => {
        crate::store::keyset::SortKey {
            name: "ID",
            expr: sea_orm::sea_query::Expr::col(($entity::Entity, $entity::Column::Id)),
            descending: false,
            nullable: false,
            value: |m: &$entity::Model| crate::store::keyset::SortValue::Integer(m.id),
            kind: crate::store::keyset::KeyKind::Integer,
            id: sea_orm::sea_query::Expr::col(($entity::Entity, $entity::Column::Id)),
        }
    };
}
use by_id_ascending;

pub mod assets;
pub mod business_case;
pub mod charter_templates;
pub mod incentives;
pub mod participants;
pub mod surveys;
