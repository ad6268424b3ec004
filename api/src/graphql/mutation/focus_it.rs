//! The Business Case Generator and the Barriers survey.

use async_graphql::{Context, ID, Object};
use entity::business_case::CashFlow;

use crate::{
    domain,
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::toolkit::{
            business_case::BusinessCase,
            inputs::{BarrierSurveyInput, BusinessCaseInput, SurveyResponseInput, SurveyRunInput},
            survey::{BarrierSurvey, SurveyRun},
        },
    },
    repo::toolkit::{
        business_case,
        surveys::{self, NewResponse, NewSurvey},
    },
    tenancy::Role,
};

#[derive(Default)]
pub struct FocusItMutation;

#[Object]
impl FocusItMutation {
    /// Sets the business case of an initiative of your organisation, replacing any before; every figure is computed by the server. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn set_business_case(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        input: BusinessCaseInput,
    ) -> Result<BusinessCase> {
        let id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let flows = input
            .flows
            .into_iter()
            .map(|f| CashFlow {
                year: f.year,
                category: f.category.into(),
                amount: f.amount,
            })
            .collect();
        let case =
            domain::business_case::BusinessCase::new(&input.currency, input.discount_rate, flows)?;
        let row = business_case::set(ctx.scoped_db_for_write()?, id, case.clone()).await?;
        Ok(BusinessCase {
            case,
            updated_at: row.updated_at,
        })
    }

    /// Publishes a Barriers to Co-production questionnaire, or a new version of one. Needs EDITOR of a network body.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn publish_barrier_survey(
        &self,
        ctx: &Context<'_>,
        input: BarrierSurveyInput,
    ) -> Result<BarrierSurvey> {
        let previous_version_id = input
            .previous_version_id
            .map(|id| ids::decode_as(&id, NodeType::BarrierSurvey, "input.previousVersionId"))
            .transpose()?;
        let new = NewSurvey {
            title: input.title,
            barriers: input
                .barriers
                .into_iter()
                .map(|b| (b.group.into(), b.text))
                .collect(),
            previous_version_id,
        };
        Ok(BarrierSurvey(
            surveys::publish(ctx.scoped_db_for_write()?, new).await?,
        ))
    }

    /// Starts your organisation's run of a survey for a service over a period. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn start_survey_run(
        &self,
        ctx: &Context<'_>,
        survey_id: ID,
        input: SurveyRunInput,
    ) -> Result<SurveyRun> {
        let survey = ids::decode_as(&survey_id, NodeType::BarrierSurvey, "surveyId")?;
        Ok(SurveyRun(
            surveys::start_run(
                ctx.scoped_db_for_write()?,
                survey,
                input.service.into(),
                input.opens_on.0,
                input.closes_on.0,
            )
            .await?,
        ))
    }

    /// Records responses to your organisation's run, all or none: each holds the respondent's group and their answers, nothing about who they are. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn record_survey_responses(
        &self,
        ctx: &Context<'_>,
        run_id: ID,
        responses: Vec<SurveyResponseInput>,
    ) -> Result<SurveyRun> {
        let run = ids::decode_as(&run_id, NodeType::SurveyRun, "runId")?;
        let responses = responses
            .into_iter()
            .map(|r| NewResponse {
                respondent_group: r.respondent_group.into(),
                answers: r
                    .answers
                    .into_iter()
                    .map(|a| (a.barrier_key, a.score))
                    .collect(),
            })
            .collect();
        Ok(SurveyRun(
            surveys::record_responses(ctx.scoped_db_for_write()?, run, responses).await?,
        ))
    }
}
