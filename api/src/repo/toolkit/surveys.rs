//! The Barriers to Co-production survey: questionnaires (published by
//! network bodies, each new version a row naming the one before), a
//! council's runs of one, the responses it records, and the results with
//! the benchmark across councils.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use entity::{
    barrier_survey,
    barrier_survey::Barrier,
    survey_answer, survey_response, survey_run,
    vocabulary::{AuditAction, AuditEntity, BarrierGroup, RespondentGroup, ServiceArea},
};
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, NotSet, QueryFilter, QueryTrait,
    sea_query::{Alias, Expr, ExprTrait, Query},
};
use serde_json::json;

use crate::{
    domain::{
        barrier_survey::{self as rules, Benchmark, Tally},
        validate::{self, SUMMARY_MAX, TITLE_MAX},
    },
    error::{AppError, Result},
    repo::unit,
    store::keyset::{self, Page, PageArgs},
    tenancy::{Publisher, ScopedDb},
};

pub const MAX_BARRIERS: u64 = 60;
/// Responses one call records at most.
pub const MAX_RESPONSES: u64 = 1_000;

pub fn barriers(survey: &barrier_survey::Model) -> Vec<Barrier> {
    serde_json::from_value(survey.barriers.clone()).unwrap_or_default()
}

pub async fn page(db: &ScopedDb, args: &PageArgs) -> Result<Page<barrier_survey::Model>> {
    let key = super::by_id_ascending!(barrier_survey);
    let request = args.validate(key.name)?;
    let select = db.published::<barrier_survey::Entity>().into_query();
    keyset::fetch_page(db.conn(), select, &key, &request, |m| m.id).await
}

pub async fn by_ids(db: &ScopedDb, ids: &[i64]) -> Result<HashMap<i64, barrier_survey::Model>> {
    let rows: Vec<barrier_survey::Model> = keyset::fetch_all(
        db.conn(),
        &db.published::<barrier_survey::Entity>()
            .filter(barrier_survey::Column::Id.is_in(ids.iter().copied()))
            .into_query(),
    )
    .await?;
    Ok(rows.into_iter().map(|s| (s.id, s)).collect())
}

/// A questionnaire as its publisher writes it.
pub struct NewSurvey {
    pub title: String,
    pub barriers: Vec<(BarrierGroup, String)>,
    pub previous_version_id: Option<i64>,
}

/// Keys stay stable across versions where the text does: a barrier's key
/// is its group and its place among the group's barriers.
pub fn keyed(barriers: Vec<(BarrierGroup, String)>) -> Vec<Barrier> {
    let mut seen: HashMap<BarrierGroup, usize> = HashMap::new();
    barriers
        .into_iter()
        .map(|(group, text)| {
            let n = seen.entry(group).or_default();
            *n += 1;
            Barrier {
                key: format!(
                    "{}-{n}",
                    group.as_str().to_ascii_lowercase().replace('_', "-")
                ),
                group,
                text,
            }
        })
        .collect()
}

pub async fn publish(db: &ScopedDb, new: NewSurvey) -> Result<barrier_survey::Model> {
    let writer = db.writer()?;
    let title = validate::text("input.title", &new.title, TITLE_MAX)?;
    if new.barriers.is_empty() {
        return Err(AppError::bad_input(
            "input.barriers",
            "input.barriers needs at least one barrier",
        ));
    }
    validate::list_len("input.barriers", &new.barriers, MAX_BARRIERS)?;
    let checked = validate::each("input.barriers", new.barriers, |at, (group, text)| {
        Ok((
            group,
            validate::text(&format!("{at}.text"), &text, SUMMARY_MAX)?,
        ))
    })?;
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let publisher = Publisher::of(unit.writer(), txn).await?;
        let version = match new.previous_version_id {
            None => 1,
            Some(previous) => {
                let before = barrier_survey::Entity::find_by_id(previous)
                    .filter(barrier_survey::Column::PublisherOrgId.eq(publisher.org_id()))
                    .one(txn)
                    .await?
                    .ok_or_else(|| {
                        AppError::bad_input(
                            "input.previousVersionId",
                            "input.previousVersionId must be a survey your organisation published",
                        )
                    })?;
                before.version + 1
            }
        };
        let survey = barrier_survey::ActiveModel {
            id: NotSet,
            publisher_org_id: Set(publisher.org_id()),
            title: Set(title),
            version: Set(version),
            previous_version_id: Set(new.previous_version_id),
            barriers: Set(json!(keyed(checked))),
            published_at: Set(Utc::now()),
        }
        .insert(txn)
        .await?;
        unit.audit_part(AuditEntity::BarrierSurvey, AuditAction::Publish, survey.id)
            .await?;
        Ok(survey)
    })
    .await
}

/// The caller's own runs of the surveys among `survey_ids`, oldest first.
pub async fn own_runs(
    db: &ScopedDb,
    survey_ids: &[i64],
) -> Result<HashMap<i64, Vec<survey_run::Model>>> {
    let rows: Vec<survey_run::Model> = keyset::fetch_all(
        db.conn(),
        &db.own::<survey_run::Entity>()
            .filter(survey_run::Column::SurveyId.is_in(survey_ids.iter().copied()))
            .into_query(),
    )
    .await?;
    let mut grouped: HashMap<i64, Vec<survey_run::Model>> = HashMap::new();
    for row in rows {
        grouped.entry(row.survey_id).or_default().push(row);
    }
    for list in grouped.values_mut() {
        list.sort_by_key(|r| r.id);
    }
    Ok(grouped)
}

pub async fn start_run(
    db: &ScopedDb,
    survey_id: i64,
    service: ServiceArea,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
) -> Result<survey_run::Model> {
    let writer = db.writer()?;
    if closes_on < opens_on {
        return Err(AppError::bad_input(
            "input.closesOn",
            "input.closesOn is on or after input.opensOn",
        ));
    }
    if by_ids(db, &[survey_id]).await?.is_empty() {
        return Err(AppError::bad_input(
            "surveyId",
            "surveyId is not a barrier survey",
        ));
    }
    unit::write(&writer, async move |unit| {
        let run = survey_run::ActiveModel {
            id: NotSet,
            owner_org_id: Set(unit.writer().org().0),
            survey_id: Set(survey_id),
            service: Set(service),
            opens_on: Set(opens_on),
            closes_on: Set(closes_on),
            created_at: Set(Utc::now()),
        }
        .insert(unit.txn())
        .await?;
        unit.audit_part(AuditEntity::SurveyRun, AuditAction::Create, run.id)
            .await?;
        Ok(run)
    })
    .await
}

/// One response as recorded: the respondent's group and a score per barrier.
pub struct NewResponse {
    pub respondent_group: RespondentGroup,
    pub answers: Vec<(String, i32)>,
}

/// The caller's own run `run_id` (NOT_FOUND for anyone else's).
pub async fn own_run(
    db: &ScopedDb,
    conn: &impl ConnectionTrait,
    run_id: i64,
) -> Result<survey_run::Model> {
    db.own::<survey_run::Entity>()
        .filter(survey_run::Column::Id.eq(run_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound {
            entity: "survey run",
        })
}

/// Records responses to the caller's own run, all or none.
pub async fn record_responses(
    db: &ScopedDb,
    run_id: i64,
    responses: Vec<NewResponse>,
) -> Result<survey_run::Model> {
    let writer = db.writer()?;
    validate::list_len("responses", &responses, MAX_RESPONSES)?;
    let run = own_run(db, db.conn(), run_id).await?;
    let survey = by_ids(db, &[run.survey_id])
        .await?
        .remove(&run.survey_id)
        .ok_or(AppError::NotFound { entity: "survey" })?;
    let keys: Vec<String> = barriers(&survey).into_iter().map(|b| b.key).collect();
    for (i, response) in responses.iter().enumerate() {
        if response.answers.is_empty() {
            return Err(AppError::bad_input(
                format!("responses[{i}].answers"),
                format!("responses[{i}].answers needs at least one answer"),
            ));
        }
        let mut answered: Vec<&str> = Vec::new();
        for (j, (key, score)) in response.answers.iter().enumerate() {
            let at = format!("responses[{i}].answers[{j}]");
            if !keys.contains(key) {
                return Err(AppError::bad_input(
                    format!("{at}.barrierKey"),
                    format!(
                        "{at}.barrierKey is not a barrier of this survey ({})",
                        keys.join(", ")
                    ),
                ));
            }
            if answered.contains(&key.as_str()) {
                return Err(AppError::bad_input(
                    format!("{at}.barrierKey"),
                    format!("{at}.barrierKey answers {key} twice"),
                ));
            }
            answered.push(key);
            validate::one_to_five(&format!("{at}.score"), *score, "a score")?;
        }
    }
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        // Read again inside the write: the run is the caller's own.
        let run = own_run(db, txn, run_id).await?;
        let now = Utc::now();
        for response in responses {
            let row = survey_response::ActiveModel {
                id: NotSet,
                owner_org_id: Set(run.owner_org_id),
                run_id: Set(run.id),
                respondent_group: Set(response.respondent_group),
                created_at: Set(now),
            }
            .insert(txn)
            .await?;
            let answers =
                response
                    .answers
                    .into_iter()
                    .map(|(key, score)| survey_answer::ActiveModel {
                        id: NotSet,
                        owner_org_id: Set(run.owner_org_id),
                        survey_id: Set(run.survey_id),
                        run_id: Set(run.id),
                        response_id: Set(row.id),
                        barrier_key: Set(key),
                        score: Set(i16::try_from(score).unwrap_or_default()),
                    });
            survey_answer::Entity::insert_many(answers)
                .exec(txn)
                .await?;
        }
        unit.audit_part(AuditEntity::SurveyRun, AuditAction::RecordResponses, run.id)
            .await?;
        Ok(run)
    })
    .await
}

/// What a run's answers say about one barrier, with the benchmark where
/// one may be shown.
#[derive(Debug, Clone)]
pub struct BarrierResult {
    pub barrier: Barrier,
    pub tally: Tally,
    pub benchmark: Option<Benchmark>,
}

/// How many responses the caller's own run `run_id` holds.
pub async fn response_count(db: &ScopedDb, run_id: i64) -> Result<i64> {
    keyset::integer(
        db.conn(),
        &Query::select()
            .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
            .from_subquery(
                db.own::<survey_response::Entity>()
                    .filter(survey_response::Column::RunId.eq(run_id))
                    .into_query(),
                Alias::new("responses"),
            )
            .to_owned(),
    )
    .await
}

/// A run's results per barrier, in the questionnaire's order.
pub async fn results(db: &ScopedDb, run: &survey_run::Model) -> Result<Vec<BarrierResult>> {
    let own_run = own_run(db, db.conn(), run.id).await?;
    let survey = by_ids(db, &[own_run.survey_id])
        .await?
        .remove(&own_run.survey_id)
        .ok_or(AppError::NotFound { entity: "survey" })?;
    use survey_answer::Column;
    let reporting = Expr::cust(format!(
        "SUM(CASE WHEN \"survey_answer\".\"score\" >= {} THEN 1 ELSE 0 END)",
        rules::REPORTING_SCORE
    ));
    let stmt = db
        .own::<survey_answer::Entity>()
        .filter(Column::RunId.eq(own_run.id))
        .into_query()
        .clear_selects()
        .column(Column::BarrierKey)
        .expr_as(Expr::col(Column::Id).count(), Alias::new("answers"))
        .expr_as(Expr::col(Column::Score).sum(), Alias::new("score_total"))
        .expr_as(reporting, Alias::new("reporting"))
        .group_by_col(Column::BarrierKey)
        .to_owned();
    let conn = db.conn();
    let mut own: HashMap<String, Tally> = HashMap::new();
    for row in conn
        .query_all_raw(conn.get_database_backend().build(&stmt))
        .await?
    {
        own.insert(
            row.try_get("", "barrier_key")?,
            Tally {
                answers: row.try_get("", "answers")?,
                score_total: row.try_get("", "score_total")?,
                reporting: row.try_get("", "reporting")?,
            },
        );
    }
    let mut pooled: HashMap<String, Vec<Tally>> = HashMap::new();
    for (key, tally) in db.pooled_survey_answers(survey.id).await? {
        pooled.entry(key).or_default().push(tally);
    }
    let results = barriers(&survey)
        .into_iter()
        .map(|barrier| BarrierResult {
            tally: own.remove(&barrier.key).unwrap_or_default(),
            benchmark: rules::benchmark(pooled.remove(&barrier.key).unwrap_or_default()),
            barrier,
        })
        .collect();
    Ok(results)
}
