//! The Co-Production Star toolkit's tools beyond the appraisal: See What
//! You Can Do (assets, participants), the Incentive Menu, charter
//! templates, the Business Case Generator and the Barriers survey.

use crate::error::{AppError, Result};

/// Limits of what one initiative holds: its toolkit lists are read whole.
pub const MAX_ASSETS: u64 = 200;
pub const MAX_PARTICIPANTS: u64 = 500;
pub const MAX_INCENTIVES: u64 = 100;

/// BAD_USER_INPUT when `count` rows already reach `max`.
fn check_room(count: u64, max: u64, field: &str, what: &str) -> Result<()> {
    if count >= max {
        return Err(AppError::bad_input(
            field,
            format!("{what} holds at most {max}; remove one first"),
        ));
    }
    Ok(())
}

/// The order of published material's pages: oldest first, by id.
macro_rules! by_id_ascending {
    ($entity:ident) => {
        crate::store::keyset::SortKey {
            name: "ID",
            expr: sea_orm::sea_query::Expr::col(($entity::Entity, $entity::Column::Id)),
            descending: false,
            nullable: false,
            value: crate::store::keyset::KeyValue::Column(|m: &$entity::Model| {
                crate::store::keyset::SortValue::Integer(m.id)
            }),
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
