//! The Incentive Menu: network bodies' template menus, and each council's
//! own menu per initiative, copied from a template or written afresh, with
//! the uptake of each incentive.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use entity::{
    incentive,
    incentive::Uptake,
    incentive_template, initiative,
    vocabulary::{AuditAction, AuditEntity, IncentiveKind, IncentiveTargetGroup},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, NotSet,
    PaginatorTrait, QueryFilter, QueryOrder, QueryTrait,
};
use serde_json::json;

use crate::{
    domain::{
        appraisal,
        business_case::MAX_AMOUNT,
        validate::{self, SUMMARY_MAX, TITLE_MAX},
    },
    error::{AppError, Result},
    repo::{toolkit, unit},
    store::keyset,
    tenancy::{Publisher, ScopedDb},
};

/// Uptake periods one incentive keeps.
pub const MAX_UPTAKE: usize = 60;

/// An incentive as a client gives it.
pub struct IncentiveFields {
    pub target_group: IncentiveTargetGroup,
    pub kind: IncentiveKind,
    pub title: String,
    pub example: Option<String>,
    pub cost: Option<f64>,
    pub currency: String,
}

impl IncentiveFields {
    fn validated(self) -> Result<Self> {
        if let Some(cost) = self.cost
            && !(0.0..=MAX_AMOUNT).contains(&cost)
        {
            return Err(AppError::bad_input(
                "input.cost",
                format!("input.cost is from 0 to {MAX_AMOUNT:e}"),
            ));
        }
        Ok(Self {
            title: validate::text("input.title", &self.title, TITLE_MAX)?,
            example: validate::optional_text("input.example", self.example, SUMMARY_MAX)?,
            currency: appraisal::currency("input.currency", Some(&self.currency))?
                .unwrap_or_else(|| appraisal::DEFAULT_CURRENCY.to_owned()),
            ..self
        })
    }
}

/// The network's template incentives, for one target group or all.
pub async fn templates(
    db: &ScopedDb,
    target_group: Option<IncentiveTargetGroup>,
) -> Result<Vec<incentive_template::Model>> {
    let mut select = db
        .published::<incentive_template::Entity>()
        .order_by_asc(incentive_template::Column::Id);
    if let Some(group) = target_group {
        select = select.filter(incentive_template::Column::TargetGroup.eq(group));
    }
    keyset::fetch_all(db.conn(), &select.into_query()).await
}

pub async fn templates_by_ids(
    db: &ScopedDb,
    ids: &[i64],
) -> Result<HashMap<i64, incentive_template::Model>> {
    let rows: Vec<incentive_template::Model> = keyset::fetch_all(
        db.conn(),
        &db.published::<incentive_template::Entity>()
            .filter(incentive_template::Column::Id.is_in(ids.iter().copied()))
            .into_query(),
    )
    .await?;
    Ok(rows.into_iter().map(|t| (t.id, t)).collect())
}

pub async fn publish_template(
    db: &ScopedDb,
    fields: IncentiveFields,
) -> Result<incentive_template::Model> {
    let writer = db.writer()?;
    let fields = fields.validated()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let publisher = Publisher::of(unit.writer(), txn).await?;
        let template = incentive_template::ActiveModel {
            id: NotSet,
            publisher_org_id: Set(publisher.org_id()),
            target_group: Set(fields.target_group),
            kind: Set(fields.kind),
            title: Set(fields.title),
            example: Set(fields.example),
            cost: Set(fields.cost),
            currency: Set(fields.currency),
            created_at: Set(Utc::now()),
        }
        .insert(txn)
        .await?;
        unit.audit_part(
            AuditEntity::IncentiveTemplate,
            AuditAction::Create,
            template.id,
        )
        .await?;
        Ok(template)
    })
    .await
}

/// The incentives of the initiatives among `ids` the caller may read.
pub async fn of_initiatives(
    db: &ScopedDb,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<incentive::Model>>> {
    let rows: Vec<incentive::Model> = keyset::fetch_all(
        db.conn(),
        &db.readable_parts::<incentive::Entity>()
            .filter(incentive::Column::InitiativeId.is_in(ids.iter().copied()))
            .into_query(),
    )
    .await?;
    let mut grouped: HashMap<i64, Vec<incentive::Model>> = HashMap::new();
    for row in rows {
        grouped.entry(row.initiative_id).or_default().push(row);
    }
    for list in grouped.values_mut() {
        list.sort_by_key(|i| i.id);
    }
    Ok(grouped)
}

fn row(initiative_id: i64, template_id: Option<i64>, f: IncentiveFields) -> incentive::ActiveModel {
    incentive::ActiveModel {
        id: NotSet,
        initiative_id: Set(initiative_id),
        template_id: Set(template_id),
        target_group: Set(f.target_group),
        kind: Set(f.kind),
        title: Set(f.title),
        example: Set(f.example),
        cost: Set(f.cost),
        currency: Set(f.currency),
        uptake: Set(json!([])),
        created_at: Set(Utc::now()),
    }
}

async fn check_room(
    txn: &impl sea_orm::ConnectionTrait,
    initiative_id: i64,
    adding: u64,
) -> Result<()> {
    let held = incentive::Entity::find()
        .filter(incentive::Column::InitiativeId.eq(initiative_id))
        .count(txn)
        .await?;
    toolkit::check_room(
        held + adding.saturating_sub(1),
        toolkit::MAX_INCENTIVES,
        "initiativeId",
        "an initiative's incentive menu",
    )
}

pub async fn add(
    db: &ScopedDb,
    initiative_id: i64,
    fields: IncentiveFields,
) -> Result<incentive::Model> {
    let writer = db.writer()?;
    let fields = fields.validated()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        unit.for_write::<initiative::Entity>(initiative_id, "initiative")
            .await?;
        check_room(txn, initiative_id, 1).await?;
        let incentive = row(initiative_id, None, fields).insert(txn).await?;
        unit.audit_part(AuditEntity::Incentive, AuditAction::Create, incentive.id)
            .await?;
        Ok(incentive)
    })
    .await
}

/// Copies the templates `template_ids` into the initiative's menu, in the
/// order given, each naming its template.
pub async fn copy_templates(
    db: &ScopedDb,
    initiative_id: i64,
    template_ids: &[i64],
) -> Result<Vec<incentive::Model>> {
    let writer = db.writer()?;
    validate::list_len("templateIds", template_ids, toolkit::MAX_INCENTIVES)?;
    let templates = templates_by_ids(db, template_ids).await?;
    let mut chosen: Vec<incentive_template::Model> = Vec::with_capacity(template_ids.len());
    for (i, id) in template_ids.iter().enumerate() {
        let template = templates.get(id).ok_or_else(|| {
            AppError::bad_input(
                format!("templateIds[{i}]"),
                format!("templateIds[{i}] is not an incentive template"),
            )
        })?;
        if chosen.iter().any(|t| t.id == *id) {
            return Err(AppError::bad_input(
                format!("templateIds[{i}]"),
                format!("templateIds[{i}] names a template already in the list"),
            ));
        }
        chosen.push(template.clone());
    }
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        unit.for_write::<initiative::Entity>(initiative_id, "initiative")
            .await?;
        check_room(txn, initiative_id, chosen.len() as u64).await?;
        // A template copied once is edited in place, not copied again.
        let on_menu: Vec<Option<i64>> = incentive::Entity::find()
            .filter(incentive::Column::InitiativeId.eq(initiative_id))
            .all(txn)
            .await?
            .into_iter()
            .map(|i| i.template_id)
            .collect();
        if let Some(i) = chosen
            .iter()
            .position(|t| on_menu.contains(&Some(t.id)))
        {
            return Err(AppError::bad_input(
                format!("templateIds[{i}]"),
                format!(
                    "templateIds[{i}] is on this initiative's menu already; edit that incentive instead"
                ),
            ));
        }
        let mut copied = Vec::with_capacity(chosen.len());
        for t in chosen {
            let fields = IncentiveFields {
                target_group: t.target_group,
                kind: t.kind,
                title: t.title,
                example: t.example,
                cost: t.cost,
                currency: t.currency,
            };
            let incentive = row(initiative_id, Some(t.id), fields).insert(txn).await?;
            unit.audit_part(AuditEntity::Incentive, AuditAction::Create, incentive.id)
                .await?;
            copied.push(incentive);
        }
        Ok(copied)
    })
    .await
}

pub async fn update(db: &ScopedDb, id: i64, fields: IncentiveFields) -> Result<incentive::Model> {
    let writer = db.writer()?;
    let fields = fields.validated()?;
    unit::write(&writer, async move |unit| {
        let (current, _) = unit
            .part_for_write::<incentive::Entity>(id, "incentive")
            .await?;
        let mut active = current.into_active_model();
        active.target_group = Set(fields.target_group);
        active.kind = Set(fields.kind);
        active.title = Set(fields.title);
        active.example = Set(fields.example);
        active.cost = Set(fields.cost);
        active.currency = Set(fields.currency);
        let updated = active.update(unit.txn()).await?;
        unit.audit_part(AuditEntity::Incentive, AuditAction::Update, updated.id)
            .await?;
        Ok(updated)
    })
    .await
}

pub async fn remove(db: &ScopedDb, id: i64) -> Result<()> {
    let writer = db.writer()?;
    unit::write(&writer, async move |unit| {
        let (current, _) = unit
            .part_for_write::<incentive::Entity>(id, "incentive")
            .await?;
        incentive::Entity::delete_by_id(current.id)
            .exec(unit.txn())
            .await?;
        unit.audit_part(AuditEntity::Incentive, AuditAction::Delete, current.id)
            .await
    })
    .await
}

pub fn uptake(model: &incentive::Model) -> Vec<Uptake> {
    serde_json::from_value(model.uptake.clone()).unwrap_or_default()
}

/// Records that `people` took an incentive up from `from` to `to`.
pub async fn record_uptake(
    db: &ScopedDb,
    id: i64,
    people: i32,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<incentive::Model> {
    let writer = db.writer()?;
    if people < 0 {
        return Err(AppError::bad_input(
            "input.people",
            "input.people counts people: 0 or more",
        ));
    }
    if to < from {
        return Err(AppError::bad_input(
            "input.to",
            "input.to is the period's last day, on or after input.from",
        ));
    }
    unit::write(&writer, async move |unit| {
        let (current, _) = unit
            .part_for_write::<incentive::Entity>(id, "incentive")
            .await?;
        let mut periods = uptake(&current);
        if periods.len() >= MAX_UPTAKE {
            return Err(AppError::bad_input(
                "incentiveId",
                format!("an incentive keeps at most {MAX_UPTAKE} uptake periods"),
            ));
        }
        periods.push(Uptake { people, from, to });
        let mut active = current.into_active_model();
        active.uptake = Set(json!(periods));
        let updated = active.update(unit.txn()).await?;
        unit.audit_part(
            AuditEntity::Incentive,
            AuditAction::RecordUptake,
            updated.id,
        )
        .await?;
        Ok(updated)
    })
    .await
}
