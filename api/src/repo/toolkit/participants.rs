//! Participants of See What You Can Do: pseudonymous records of their
//! council, with what they offer and need, and the matches between them.
//! Only their council reads them (`ScopedDb::own`); others see counts
//! (`ScopedDb::participant_tallies`).

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use entity::{
    initiative, participant,
    participant::Contribution,
    vocabulary::{AuditAction, AuditEntity, Willingness},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, NotSet,
    PaginatorTrait, QueryFilter, QuerySelect, QueryTrait,
};
use serde_json::json;

use crate::{
    domain::{
        matching::{self, contributions},
        pseudonymous, validate,
    },
    error::{AppError, Result},
    repo::{initiative::parts::check_room_for, toolkit, unit},
    store::keyset,
    tenancy::ScopedDb,
};

/// Offers or needs one participant lists at most.
pub const MAX_CONTRIBUTIONS: u64 = 10;
const DESCRIPTION_MAX: usize = 300;

/// A participant as its council records it.
pub struct NewParticipant {
    pub reference: String,
    pub consented_on: NaiveDate,
    pub willingness: Willingness,
    pub offers: Vec<Contribution>,
    pub needs: Vec<Contribution>,
}

fn checked(field: &str, list: Vec<Contribution>) -> Result<Vec<Contribution>> {
    validate::list_len(field, &list, MAX_CONTRIBUTIONS)?;
    validate::each(field, list, |at, c| {
        let description = validate::text(
            &format!("{at}.description"),
            &c.description,
            DESCRIPTION_MAX,
        )?;
        pseudonymous::no_contact_details(&format!("{at}.description"), &description)?;
        if c.availability.is_empty() {
            return Err(AppError::bad_input(
                format!("{at}.availability"),
                format!("{at}.availability needs at least one time"),
            ));
        }
        Ok(Contribution { description, ..c })
    })
}

/// The caller's own participants of the initiatives among `ids`, by reference.
pub async fn of_initiatives(
    db: &ScopedDb,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<participant::Model>>> {
    let rows: Vec<participant::Model> = keyset::fetch_all(
        db.conn(),
        &db.own::<participant::Entity>()
            .filter(participant::Column::InitiativeId.is_in(ids.iter().copied()))
            .into_query(),
    )
    .await?;
    let mut grouped: HashMap<i64, Vec<participant::Model>> = HashMap::new();
    for row in rows {
        grouped.entry(row.initiative_id).or_default().push(row);
    }
    for list in grouped.values_mut() {
        list.sort_by(|a, b| a.reference.cmp(&b.reference));
    }
    Ok(grouped)
}

pub async fn add(
    db: &ScopedDb,
    initiative_id: i64,
    new: NewParticipant,
) -> Result<participant::Model> {
    let writer = db.writer()?;
    let reference = pseudonymous::reference("input.reference", &new.reference)?;
    if new.consented_on > Utc::now().date_naive() {
        return Err(AppError::bad_input(
            "input.consentedOn",
            "input.consentedOn is the day consent was given, not a future date",
        ));
    }
    let offers = checked("input.offers", new.offers)?;
    let needs = checked("input.needs", new.needs)?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        unit.for_write::<initiative::Entity>(initiative_id, "initiative")
            .await?;
        check_room_for::<participant::Entity>(
            txn,
            participant::Column::InitiativeId,
            initiative_id,
            (
                toolkit::MAX_PARTICIPANTS,
                "initiativeId",
                "an initiative's participants",
            ),
        )
        .await?;
        let taken = participant::Entity::find()
            .filter(participant::Column::InitiativeId.eq(initiative_id))
            .filter(participant::Column::Reference.eq(reference.as_str()))
            .count(txn)
            .await?;
        if taken > 0 {
            return Err(AppError::bad_input(
                "input.reference",
                "input.reference is already a participant of this initiative; choose another code",
            ));
        }
        let row = participant::ActiveModel {
            id: NotSet,
            owner_org_id: Set(unit.writer().org().0),
            initiative_id: Set(initiative_id),
            reference: Set(reference),
            consented_on: Set(new.consented_on),
            willingness: Set(new.willingness),
            offers: Set(json!(offers)),
            needs: Set(json!(needs)),
            withdrawn_at: Set(None),
            created_at: Set(Utc::now()),
        }
        .insert(txn)
        .await?;
        unit.audit_part(AuditEntity::Participant, AuditAction::Create, row.id)
            .await?;
        Ok(row)
    })
    .await
}

/// Withdraws a participant's consent: their offers and needs are deleted
/// for good (the row keeps only the reference and the dates).
pub async fn withdraw(db: &ScopedDb, id: i64) -> Result<participant::Model> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let row = db
            .own::<participant::Entity>()
            .filter(participant::Column::Id.eq(id))
            .lock_exclusive()
            .one(txn)
            .await?
            .ok_or(AppError::NotFound {
                entity: "participant",
            })?;
        let mut active = row.into_active_model();
        active.offers = Set(json!([]));
        active.needs = Set(json!([]));
        if active.withdrawn_at.as_ref().is_none() {
            active.withdrawn_at = Set(Some(Utc::now()));
        }
        let row = active.update(txn).await?;
        unit.audit_part(
            AuditEntity::Participant,
            AuditAction::WithdrawConsent,
            row.id,
        )
        .await?;
        Ok(row)
    })
    .await
}

/// The matches among the caller's own participants of `initiative_id`,
/// best first, with the participants they name.
pub async fn matches(
    db: &ScopedDb,
    initiative_id: i64,
    first: usize,
) -> Result<(Vec<matching::Match>, HashMap<i64, participant::Model>)> {
    let org = db.writer()?.org().0;
    let initiative = db
        .readable::<initiative::Entity>()
        .filter(initiative::Column::Id.eq(initiative_id))
        .one(db.conn())
        .await?
        .ok_or(AppError::NotFound {
            entity: "initiative",
        })?;
    if initiative.owner_org_id != org {
        return Err(AppError::Forbidden(
            "matches are for the editors of the initiative's own council",
        ));
    }
    let rows = of_initiatives(db, &[initiative_id])
        .await?
        .remove(&initiative_id)
        .unwrap_or_default();
    let lists: Vec<(Vec<Contribution>, Vec<Contribution>)> = rows
        .iter()
        .map(|p| (contributions(&p.offers), contributions(&p.needs)))
        .collect();
    let people: Vec<matching::Person<'_>> = rows
        .iter()
        .zip(&lists)
        .filter(|(p, _)| p.withdrawn_at.is_none())
        .map(|(p, (offers, needs))| matching::Person {
            id: p.id,
            willingness: p.willingness,
            offers,
            needs,
        })
        .collect();
    let mut found = matching::matches(&people);
    found.truncate(first);
    let named = rows.into_iter().map(|p| (p.id, p)).collect();
    Ok((found, named))
}
