//! Community assets: what an initiative can draw on in its community.

use std::collections::HashMap;

use chrono::Utc;
use entity::{
    community_asset, initiative,
    vocabulary::{AuditAction, AuditEntity, CommunityAssetKind, Visibility},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, NotSet, QueryFilter, QueryTrait,
};

use crate::{
    domain::validate::{self, SUMMARY_MAX, TITLE_MAX},
    error::Result,
    repo::{initiative::parts::check_room_for, toolkit, unit},
    store::keyset,
    tenancy::ScopedDb,
};

/// An asset as a client gives it.
pub struct NewAsset {
    pub kind: CommunityAssetKind,
    pub description: String,
    pub location: Option<String>,
    pub contact_route: Option<String>,
    pub visibility: Visibility,
}

/// The assets the caller may read of the initiatives among `ids`, oldest first.
pub async fn of_initiatives(
    db: &ScopedDb,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<community_asset::Model>>> {
    let rows: Vec<community_asset::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_assets()
            .filter(community_asset::Column::InitiativeId.is_in(ids.iter().copied()))
            .into_query(),
    )
    .await?;
    let mut grouped: HashMap<i64, Vec<community_asset::Model>> = HashMap::new();
    for row in rows {
        grouped.entry(row.initiative_id).or_default().push(row);
    }
    for list in grouped.values_mut() {
        list.sort_by_key(|a| a.id);
    }
    Ok(grouped)
}

pub async fn add(
    db: &ScopedDb,
    initiative_id: i64,
    new: NewAsset,
) -> Result<community_asset::Model> {
    let writer = db.writer()?;
    let description = validate::text("input.description", &new.description, SUMMARY_MAX)?;
    let location = validate::optional_text("input.location", new.location, TITLE_MAX)?;
    let contact_route =
        validate::optional_text("input.contactRoute", new.contact_route, TITLE_MAX)?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        unit.for_write::<initiative::Entity>(initiative_id, "initiative")
            .await?;
        check_room_for::<community_asset::Entity>(
            txn,
            community_asset::Column::InitiativeId,
            initiative_id,
            (
                toolkit::MAX_ASSETS,
                "initiativeId",
                "an initiative's assets",
            ),
        )
        .await?;
        let asset = community_asset::ActiveModel {
            id: NotSet,
            owner_org_id: Set(unit.writer().org().0),
            initiative_id: Set(initiative_id),
            kind: Set(new.kind),
            description: Set(description),
            location: Set(location),
            contact_route: Set(contact_route),
            visibility: Set(new.visibility),
            created_at: Set(Utc::now()),
        }
        .insert(txn)
        .await?;
        unit.audit_part(AuditEntity::CommunityAsset, AuditAction::Create, asset.id)
            .await?;
        Ok(asset)
    })
    .await
}

pub async fn remove(db: &ScopedDb, id: i64) -> Result<()> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let asset = unit
            .for_write::<community_asset::Entity>(id, "community asset")
            .await?;
        community_asset::Entity::delete_by_id(asset.id)
            .exec(unit.txn())
            .await?;
        unit.audit_part(AuditEntity::CommunityAsset, AuditAction::Delete, asset.id)
            .await
    })
    .await
}
