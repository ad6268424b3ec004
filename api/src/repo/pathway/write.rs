//! Changing an initiative's pathway: adding and removing steps, linking
//! them (never into a cycle) and attaching graded evidence to links. Only
//! the initiative's owner writes, each change in one transaction with its
//! audit entry; the initiative's row is locked meanwhile, so two links
//! added at once cannot close a cycle between them.

use chrono::NaiveDate;
use entity::{
    evidence::{self, Emmie},
    initiative, pathway_link, pathway_step,
    vocabulary::{AuditAction, AuditEntity, PathwayStepKind},
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Query,
};

use crate::{
    domain::{
        pathway::would_cycle,
        validate::{self, SUMMARY_MAX, TITLE_MAX},
    },
    error::{AppError, Result},
    repo::{self, initiative::parts::EvidenceRow, pathway::read::Link, unit},
    tenancy::ScopedDb,
};

const SOURCE_MAX: usize = 1_000;
const EVIDENCE_SUMMARY_MAX: usize = 2_000;

pub async fn add_step(
    db: &ScopedDb,
    initiative_id: i64,
    kind: PathwayStepKind,
    label: &str,
) -> Result<pathway_step::Model> {
    let writer = db.writer()?;
    let label = validate::text("label", label, TITLE_MAX)?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        unit.for_write::<initiative::Entity>(initiative_id, "initiative")
            .await?;
        repo::initiative::parts::check_room_for::<pathway_step::Entity>(
            txn,
            pathway_step::Column::InitiativeId,
            initiative_id,
            (
                repo::initiative::parts::MAX_STEPS,
                "initiativeId",
                "a pathway",
            ),
        )
        .await?;
        let step = repo::initiative::parts::insert_step(txn, initiative_id, kind, label).await?;
        unit.audit_part(AuditEntity::PathwayStep, AuditAction::Create, step.id)
            .await?;
        Ok(step)
    })
    .await
}

/// Links two steps of one pathway: BAD_USER_INPUT when they are not of the
/// same pathway or the link would close a cycle, CONFLICT when they are
/// linked already.
pub async fn link(db: &ScopedDb, from_id: i64, to_id: i64) -> Result<Link> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let (from, initiative) = unit
            .part_for_write::<pathway_step::Entity>(from_id, "pathway step")
            .await?;
        // Unscoped reads below stay inside the initiative the writer holds.
        let to = pathway_step::Entity::find_by_id(to_id)
            .filter(pathway_step::Column::InitiativeId.eq(initiative.id))
            .one(txn)
            .await?
            .ok_or_else(|| {
                AppError::bad_input(
                    "toId",
                    "toId must name a step of the same pathway as fromId",
                )
            })?;
        repo::initiative::parts::check_room_for::<pathway_link::Entity>(
            txn,
            pathway_link::Column::InitiativeId,
            initiative.id,
            (repo::initiative::parts::MAX_LINKS, "fromId", "a pathway's links"),
        )
        .await?;
        let links: Vec<(i64, i64)> = pathway_link::Entity::find()
            .filter(pathway_link::Column::InitiativeId.eq(initiative.id))
            .all(txn)
            .await?
            .into_iter()
            .map(|l| (l.from_step_id, l.to_step_id))
            .collect();
        if links.contains(&(from.id, to.id)) {
            return Err(AppError::Conflict {
                message: format!("{:?} already leads to {:?}", from.label, to.label),
                current_version: None,
            });
        }
        if would_cycle(&links, from.id, to.id) {
            return Err(AppError::bad_input(
                "toId",
                format!(
                    "linking {:?} to {:?} would make a cycle: a pathway runs one way, and {:?} already leads to {:?}",
                    from.label, to.label, to.label, from.label
                ),
            ));
        }
        let link = repo::initiative::parts::insert_link(txn, initiative.id, from.id, to.id).await?;
        unit.audit_part(AuditEntity::PathwayLink, AuditAction::Create, link.id).await?;
        Ok(Link {
            link,
            from,
            to,
            evidence: Vec::new(),
        })
    })
    .await
}

/// Deletes the links `which` selects, and their evidence first.
async fn delete_links(conn: &impl ConnectionTrait, which: Condition) -> Result<()> {
    let links = Query::select()
        .column(pathway_link::Column::Id)
        .from(pathway_link::Entity)
        .cond_where(which.clone())
        .to_owned();
    evidence::Entity::delete_many()
        .filter(evidence::Column::LinkId.in_subquery(links))
        .exec(conn)
        .await?;
    pathway_link::Entity::delete_many()
        .filter(which)
        .exec(conn)
        .await?;
    Ok(())
}

/// Removes a step with its links and their evidence.
pub async fn remove_step(db: &ScopedDb, id: i64) -> Result<()> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let (step, _) = unit
            .part_for_write::<pathway_step::Entity>(id, "pathway step")
            .await?;
        let touching = Condition::any()
            .add(pathway_link::Column::FromStepId.eq(step.id))
            .add(pathway_link::Column::ToStepId.eq(step.id));
        delete_links(txn, touching).await?;
        pathway_step::Entity::delete_by_id(step.id)
            .exec(txn)
            .await?;
        unit.audit_part(AuditEntity::PathwayStep, AuditAction::Delete, step.id)
            .await?;
        Ok(())
    })
    .await
}

/// Removes a link with its evidence; its steps stay.
pub async fn unlink(db: &ScopedDb, link_id: i64) -> Result<()> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let (link, _) = unit
            .part_for_write::<pathway_link::Entity>(link_id, "pathway link")
            .await?;
        delete_links(
            txn,
            Condition::all().add(pathway_link::Column::Id.eq(link.id)),
        )
        .await?;
        unit.audit_part(AuditEntity::PathwayLink, AuditAction::Delete, link.id)
            .await?;
        Ok(())
    })
    .await
}

/// Evidence for a link, as a client gives it.
pub struct NewEvidence {
    pub summary: String,
    pub source: Option<String>,
    pub observed_on: Option<NaiveDate>,
    pub nesta_level: Option<i32>,
    pub maryland_level: Option<i32>,
    pub emmie: Option<Emmie>,
}

fn emmie(value: Emmie) -> Result<Option<Emmie>> {
    let note = |name: &str, note: Option<String>| {
        validate::optional_text(&format!("input.emmie.{name}"), note, SUMMARY_MAX)
    };
    let emmie = Emmie {
        effect: note("effect", value.effect)?,
        mechanism: note("mechanism", value.mechanism)?,
        moderators: note("moderators", value.moderators)?,
        implementation: note("implementation", value.implementation)?,
        economics: note("economics", value.economics)?,
    };
    Ok((emmie != Emmie::default()).then_some(emmie))
}

pub async fn add_evidence(
    db: &ScopedDb,
    link_id: i64,
    new: NewEvidence,
) -> Result<evidence::Model> {
    let writer = db.writer()?;
    let summary = validate::text("input.summary", &new.summary, EVIDENCE_SUMMARY_MAX)?;
    let source = validate::optional_text("input.source", new.source, SOURCE_MAX)?;
    let level = |field: &str, value: Option<i32>| {
        value
            .map(|v| validate::one_to_five(field, v, "a level"))
            .transpose()
    };
    let nesta_level = level("input.nestaLevel", new.nesta_level)?;
    let maryland_level = level("input.marylandLevel", new.maryland_level)?;
    let emmie = new.emmie.map(emmie).transpose()?.flatten();
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let (link, _) = unit
            .part_for_write::<pathway_link::Entity>(link_id, "pathway link")
            .await?;
        repo::initiative::parts::check_room_for::<evidence::Entity>(
            txn,
            evidence::Column::LinkId,
            link.id,
            (
                repo::initiative::parts::MAX_EVIDENCE_PER_LINK,
                "linkId",
                "a link's evidence",
            ),
        )
        .await?;
        let row = EvidenceRow {
            summary,
            source,
            observed_on: new.observed_on,
            nesta_level,
            maryland_level,
            emmie,
        };
        let item =
            repo::initiative::parts::insert_evidence(txn, &link, row, unit.writer().subject())
                .await?;
        unit.audit_part(AuditEntity::Evidence, AuditAction::Create, item.id)
            .await?;
        Ok(item)
    })
    .await
}
