//! The Incentive Menu and charter templates.

use async_graphql::{Context, ID, Object};

use crate::{
    domain::small_numbers::Audience,
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            charter::Charter,
            toolkit::{
                charter_template::CharterTemplate,
                incentive::{Incentive, IncentiveTemplate},
                inputs::{CharterTemplateInput, IncentiveInput, IncentiveUptakeInput},
            },
            write_inputs::{commitments, risks},
        },
    },
    repo::toolkit::{
        charter_templates::{self, NewTemplate},
        incentives::{self, IncentiveFields},
    },
    tenancy::Role,
};

fn fields(input: IncentiveInput) -> IncentiveFields {
    IncentiveFields {
        target_group: input.target_group.into(),
        kind: input.kind.into(),
        title: input.title,
        example: input.example,
        cost: input.cost,
        currency: input.currency,
    }
}

/// An incentive as its own council sees it (only the owner writes).
fn own(model: entity::incentive::Model) -> Incentive {
    Incentive {
        model,
        audience: Audience::Owner,
    }
}

#[derive(Default)]
pub struct MarketItMutation;

#[Object]
impl MarketItMutation {
    /// Publishes an incentive to the network's template menu. Needs EDITOR of a network body.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn publish_incentive_template(
        &self,
        ctx: &Context<'_>,
        input: IncentiveInput,
    ) -> Result<IncentiveTemplate> {
        Ok(IncentiveTemplate(
            incentives::publish_template(ctx.scoped_db_for_write()?, fields(input)).await?,
        ))
    }

    /// Copies template incentives into the menu of an initiative of your organisation, each naming its template. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn copy_incentive_templates(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        template_ids: Vec<ID>,
    ) -> Result<Vec<Incentive>> {
        let id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let templates = template_ids
            .iter()
            .enumerate()
            .map(|(i, t)| {
                ids::decode_as(t, NodeType::IncentiveTemplate, &format!("templateIds[{i}]"))
            })
            .collect::<Result<Vec<i64>>>()?;
        let copied = incentives::copy_templates(ctx.scoped_db_for_write()?, id, &templates).await?;
        Ok(copied.into_iter().map(own).collect())
    }

    /// Adds an incentive of your own to an initiative's menu. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn add_incentive(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        input: IncentiveInput,
    ) -> Result<Incentive> {
        let id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        Ok(own(incentives::add(
            ctx.scoped_db_for_write()?,
            id,
            fields(input),
        )
        .await?))
    }

    /// Changes an incentive of your organisation's menu. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn update_incentive(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: IncentiveInput,
    ) -> Result<Incentive> {
        let incentive = ids::decode_as(&id, NodeType::Incentive, "id")?;
        Ok(own(incentives::update(
            ctx.scoped_db_for_write()?,
            incentive,
            fields(input),
        )
        .await?))
    }

    /// Removes an incentive of your organisation's menu; answers its id. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn remove_incentive(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        let incentive = ids::decode_as(&id, NodeType::Incentive, "id")?;
        incentives::remove(ctx.scoped_db_for_write()?, incentive).await?;
        Ok(id)
    }

    /// Records how many people took an incentive of your organisation up over a period. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn record_incentive_uptake(
        &self,
        ctx: &Context<'_>,
        incentive_id: ID,
        input: IncentiveUptakeInput,
    ) -> Result<Incentive> {
        let id = ids::decode_as(&incentive_id, NodeType::Incentive, "incentiveId")?;
        Ok(own(incentives::record_uptake(
            ctx.scoped_db_for_write()?,
            id,
            input.people,
            input.from.0,
            input.to.0,
        )
        .await?))
    }

    /// Publishes a charter template for every council. Needs EDITOR of a network body.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn publish_charter_template(
        &self,
        ctx: &Context<'_>,
        input: CharterTemplateInput,
    ) -> Result<CharterTemplate> {
        let new = NewTemplate {
            title: input.title,
            language: input.language,
            commitments: commitments(input.commitments),
            risks: risks(input.risks),
        };
        Ok(CharterTemplate(
            charter_templates::publish(ctx.scoped_db_for_write()?, new).await?,
        ))
    }

    /// Creates a DRAFT, PRIVATE charter of an initiative of your organisation with a template's commitments and risks, adapted from it (`Charter.template`). Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn create_charter_from_template(
        &self,
        ctx: &Context<'_>,
        template_id: ID,
        initiative_id: ID,
    ) -> Result<Charter> {
        let template = ids::decode_as(&template_id, NodeType::CharterTemplate, "templateId")?;
        let initiative = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        Ok(Charter(
            charter_templates::create_charter(ctx.scoped_db_for_write()?, template, initiative)
                .await?,
        ))
    }
}
