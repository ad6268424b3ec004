//! Reports of content: any member reports a case study it may read; its
//! owner's ADMINs and the network bodies' curators see the reports and
//! resolve them.

use chrono::Utc;
use entity::{
    case_study,
    content_report::{self, Column, Entity, Model},
    vocabulary::{AuditAction, AuditEntity, ReportReason, ReportStatus},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, Condition, EntityTrait, IntoActiveModel, NotSet, QueryFilter, QuerySelect,
    QueryTrait,
    sea_query::{Expr, IntoCondition, SelectStatement},
};

use crate::{
    domain::validate::{self, SUMMARY_MAX},
    error::{AppError, Result},
    repo::{
        audit::{self, Entry},
        unit,
    },
    store::keyset::{self, KeyKind, Page, PageArgs, SortKey, SortValue},
    tenancy::{Curator, OrgId, Role, ScopedDb, Writer},
};

/// Who reads which reports: its own organisation's, for an ADMIN; those on
/// the case studies it may read, for a curator; none for anyone else.
async fn readable(db: &ScopedDb, writer: &Writer<'_>) -> Result<Condition> {
    let mut any = Condition::any();
    let mut granted = false;
    if writer.roles().allows(Role::Admin) {
        granted = true;
        any = any.add(Column::OwnerOrgId.eq(writer.org().0));
    }
    if writer.roles().allows(Role::Curator) && Curator::of(db.writer()?, db.conn()).await.is_ok() {
        granted = true;
        any = any.add(
            Column::CaseStudyId.in_subquery(
                db.readable::<case_study::Entity>()
                    .select_only()
                    .column(case_study::Column::Id)
                    .into_query(),
            ),
        );
    }
    Ok(match granted {
        true => any,
        false => Expr::val(false).into_condition(),
    })
}

/// Reports `case_study_id` (one the caller may read) for `reason`.
pub async fn report(
    db: &ScopedDb,
    case_study_id: i64,
    reason: ReportReason,
    details: Option<String>,
) -> Result<Model> {
    let writer = db.writer()?;
    let details = details
        .map(|d| validate::text("details", &d, SUMMARY_MAX))
        .transpose()?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let reported = db
            .readable::<case_study::Entity>()
            .filter(case_study::Column::Id.eq(case_study_id))
            .one(txn)
            .await?
            .ok_or(AppError::NotFound {
                entity: "case study",
            })?;
        let writer = unit.writer();
        let model = content_report::ActiveModel {
            id: NotSet,
            case_study_id: Set(reported.id),
            owner_org_id: Set(reported.owner_org_id),
            reporter_org_id: Set(writer.org().0),
            reporter_subject: Set(writer.subject().to_owned()),
            reason: Set(reason),
            details: Set(details),
            status: Set(ReportStatus::Open),
            outcome: Set(None),
            resolved_by_org_id: Set(None),
            created_at: Set(Utc::now()),
            resolved_at: Set(None),
        }
        .insert(txn)
        .await?;
        // The owner hears of it in its own log.
        let entry = Entry {
            action: AuditAction::Report,
            entity: AuditEntity::ContentReport,
            entity_ref: model.id.to_string(),
            version_before: None,
            version_after: None,
        };
        audit::record_in(txn, writer, OrgId(reported.owner_org_id), entry).await?;
        Ok(model)
    })
    .await
}

/// The reports the caller may read, in `status` (any when `None`), newest first.
pub async fn page(
    db: &ScopedDb,
    status: Option<ReportStatus>,
    args: &PageArgs,
) -> Result<(Page<Model>, SelectStatement)> {
    let key = SortKey {
        name: "ID",
        expr: Expr::col((Entity, Column::Id)),
        descending: true,
        nullable: false,
        value: |m: &Model| SortValue::Integer(m.id),
        kind: KeyKind::Integer,
        id: Expr::col((Entity, Column::Id)),
    };
    let request = args.validate(key.name)?;
    let writer = db.writer()?;
    let mut select = Entity::find().filter(readable(db, &writer).await?);
    if let Some(status) = status {
        select = select.filter(Column::Status.eq(status));
    }
    let select = select.into_query();
    let page = keyset::fetch_page(db.conn(), select.clone(), &key, &request, |m| m.id).await?;
    Ok((page, select))
}

/// Resolves the report `id` with `outcome`: its owner's ADMIN or a curator
/// who may read it; NOT_FOUND for anyone else.
pub async fn resolve(db: &ScopedDb, id: i64, outcome: String) -> Result<Model> {
    let writer = db.writer()?;
    let outcome = validate::text("outcome", &outcome, SUMMARY_MAX)?;
    let condition = readable(db, &writer).await?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let report = Entity::find_by_id(id)
            .filter(condition)
            .lock_exclusive()
            .one(txn)
            .await?
            .ok_or(AppError::NotFound { entity: "report" })?;
        if report.status == ReportStatus::Resolved {
            return Err(AppError::bad_input("id", "this report is resolved already"));
        }
        let mut row = report.clone().into_active_model();
        row.status = Set(ReportStatus::Resolved);
        row.outcome = Set(Some(outcome));
        row.resolved_by_org_id = Set(Some(unit.writer().org().0));
        row.resolved_at = Set(Some(Utc::now()));
        let resolved = row.update(txn).await?;
        let entry = Entry {
            action: AuditAction::Resolve,
            entity: AuditEntity::ContentReport,
            entity_ref: resolved.id.to_string(),
            version_before: None,
            version_after: None,
        };
        let writer = unit.writer();
        audit::record_in(txn, writer, OrgId(report.owner_org_id), entry.clone()).await?;
        if writer.org().0 != report.owner_org_id {
            audit::record(txn, writer, entry).await?;
        }
        Ok(resolved)
    })
    .await
}
