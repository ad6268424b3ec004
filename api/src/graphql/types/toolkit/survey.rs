//! The Barriers to Co-production survey: questionnaires, a council's runs
//! and their results beside the benchmark across councils.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{barrier_survey, survey_run};

use crate::{
    domain::barrier_survey::Benchmark,
    error::Result,
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
        types::{
            enums::ServiceArea, organisation::Organisation, scalars::Date,
            toolkit::enums::BarrierGroup,
        },
    },
    repo::toolkit::surveys,
};

/// One question of the survey: how much of a barrier this is, 1 (not a barrier) to 5 (a major barrier).
#[derive(SimpleObject, Clone)]
pub struct Barrier {
    /// Stable across the questionnaire's versions ("staff-1"); answers name it.
    pub key: String,
    /// Whose barrier it is.
    pub group: BarrierGroup,
    /// The question as asked.
    pub text: String,
}

fn barriers(survey: &barrier_survey::Model) -> Vec<Barrier> {
    surveys::barriers(survey)
        .into_iter()
        .map(|b| Barrier {
            key: b.key,
            group: b.group.into(),
            text: b.text,
        })
        .collect()
}

pub struct BarrierSurvey(pub barrier_survey::Model);

/// One version of the Barriers to Co-production questionnaire, published by a network body for councils to run.
#[Object]
impl BarrierSurvey {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::BarrierSurvey, self.0.id)
    }
    /// The questionnaire's title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// 1 for the first version; each revision publishes the next.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// The version this one revises.
    async fn previous_version_id(&self) -> Option<ID> {
        self.0
            .previous_version_id
            .map(|id| ids::encode(NodeType::BarrierSurvey, id))
    }
    /// The network body that published it.
    async fn publisher(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.publisher_org_id).await
    }
    /// The questions, grouped as the toolkit groups barriers.
    async fn barriers(&self) -> Vec<Barrier> {
        barriers(&self.0)
    }
    /// When this version was published.
    async fn published_at(&self) -> DateTime<Utc> {
        self.0.published_at
    }
    /// Your organisation's runs of this version, oldest first (empty for anyone else).
    async fn runs(&self, ctx: &Context<'_>) -> Result<Vec<SurveyRun>> {
        let runs = ctx.loaders()?.own_survey_runs().load_one(self.0.id).await?;
        Ok(runs
            .unwrap_or_default()
            .into_iter()
            .map(SurveyRun)
            .collect())
    }
}

pub struct SurveyRun(pub survey_run::Model);

/// The pooled answers of the councils that count towards the benchmark.
#[derive(SimpleObject)]
pub struct BarrierBenchmark {
    /// Councils with at least 10 answers on the barrier (5 or more, or no benchmark is shown).
    pub councils: i32,
    /// Answers pooled from those councils.
    pub responses: i64,
    /// The pooled mean score, 1 to 5.
    pub mean_score: f64,
    /// The share of answers scoring 4 or 5, 0 to 1.
    pub share_reporting_barrier: f64,
}

impl BarrierBenchmark {
    fn of(b: Benchmark) -> Option<Self> {
        Some(Self {
            councils: i32::try_from(b.councils).ok()?,
            responses: b.pooled.answers,
            mean_score: b.pooled.mean_score()?,
            share_reporting_barrier: b.pooled.share_reporting()?,
        })
    }
}

/// What a run's answers say about one barrier.
#[derive(SimpleObject)]
pub struct BarrierResult {
    /// The barrier asked about.
    pub barrier: Barrier,
    /// Answers on this barrier.
    pub responses: i64,
    /// 1 to 5; null without answers.
    pub mean_score: Option<f64>,
    /// The share of answers scoring 4 or 5, 0 to 1; null without answers.
    pub share_reporting_barrier: Option<f64>,
    /// Across councils; null unless at least 5 councils with 10 answers each contribute.
    pub benchmark: Option<BarrierBenchmark>,
}

/// A council's run of a Barriers survey for one service over a period; read by that council only.
#[Object]
impl SurveyRun {
    /// Global id: opaque and stable.
    async fn id(&self) -> ID {
        ids::encode(NodeType::SurveyRun, self.0.id)
    }
    /// The questionnaire run.
    async fn survey(&self, ctx: &Context<'_>) -> Result<Option<BarrierSurvey>> {
        Ok(surveys::by_ids(ctx.scoped_db()?, &[self.0.survey_id])
            .await?
            .remove(&self.0.survey_id)
            .map(BarrierSurvey))
    }
    /// The service it was run for.
    async fn service(&self) -> ServiceArea {
        self.0.service.into()
    }
    /// The first day of the run.
    async fn opens_on(&self) -> Date {
        Date(self.0.opens_on)
    }
    /// The last day of the run.
    async fn closes_on(&self) -> Date {
        Date(self.0.closes_on)
    }
    /// Responses recorded.
    async fn responses(&self, ctx: &Context<'_>) -> Result<i64> {
        surveys::response_count(ctx.scoped_db()?, self.0.id).await
    }
    /// Per barrier, in the questionnaire's order.
    async fn results(&self, ctx: &Context<'_>) -> Result<Vec<BarrierResult>> {
        let results = surveys::results(ctx.scoped_db()?, &self.0).await?;
        Ok(results
            .into_iter()
            .map(|r| BarrierResult {
                barrier: Barrier {
                    key: r.barrier.key,
                    group: r.barrier.group.into(),
                    text: r.barrier.text,
                },
                responses: r.tally.answers,
                mean_score: r.tally.mean_score(),
                share_reporting_barrier: r.tally.share_reporting(),
                benchmark: r.benchmark.and_then(BarrierBenchmark::of),
            })
            .collect())
    }
    /// When the run was started.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}
