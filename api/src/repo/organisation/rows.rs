//! An organisation's row, as the API, the demo and the synthetic network
//! insert it.

use chrono::{DateTime, Utc};
use entity::{
    organisation,
    vocabulary::{Nation, OrganisationKind},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, NotSet};

pub struct NewOrganisation {
    pub slug: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub gss_code: Option<String>,
    pub nation: Nation,
    pub club_member: bool,
}

/// The row of a new, active organisation written at `now`.
pub fn organisation_row(new: NewOrganisation, now: DateTime<Utc>) -> organisation::ActiveModel {
    organisation::ActiveModel {
        id: NotSet,
        slug: Set(new.slug),
        name: Set(new.name),
        kind: Set(new.kind),
        gss_code: Set(new.gss_code),
        nation: Set(new.nation),
        club_member: Set(new.club_member),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
}

pub async fn insert_organisation(
    db: &impl ConnectionTrait,
    new: NewOrganisation,
    now: DateTime<Utc>,
) -> Result<organisation::Model, DbErr> {
    organisation_row(new, now).insert(db).await
}
