use async_graphql::{Context, ID, InputObject, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            enums::PathwayStepKind,
            pathway::{Evidence, PathwayLink, PathwayStep},
            scalars::Date,
        },
    },
    repo::{self, pathway::write::NewEvidence},
    tenancy::Role,
};

/// Evidence that a pathway link holds. Every grade is optional.
#[derive(InputObject)]
pub struct AddEvidenceInput {
    /// What was found; 1 to 2,000 characters.
    pub summary: String,
    /// A URL or a citation.
    pub source: Option<String>,
    /// When the evidence was gathered or published.
    pub observed_on: Option<Date>,
    /// Nesta Standards of Evidence: 1 an account of impact, 2 correlation, 3 causation, 4 independent replication, 5 scaled.
    pub nesta_level: Option<i32>,
    /// Maryland Scientific Methods Scale, 1 to 5.
    pub maryland_level: Option<i32>,
    pub emmie: Option<EmmieInput>,
}

/// Notes on the quality of the evidence for each EMMIE dimension; leave out what was not assessed.
#[derive(InputObject)]
pub struct EmmieInput {
    pub effect: Option<String>,
    pub mechanism: Option<String>,
    pub moderators: Option<String>,
    pub implementation: Option<String>,
    pub economics: Option<String>,
}

#[derive(Default)]
pub struct PathwayMutation;

#[Object]
impl PathwayMutation {
    /// Adds a step to the pathway of an initiative of your organisation. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn add_pathway_step(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        kind: PathwayStepKind,
        #[graphql(desc = "1 to 200 characters.")] label: String,
    ) -> Result<PathwayStep> {
        let initiative_id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let step = repo::pathway::write::add_step(
            ctx.scoped_db_for_write()?,
            initiative_id,
            kind.into(),
            &label,
        )
        .await?;
        Ok(PathwayStep(step))
    }

    /// Links two steps of one pathway: `fromId` leads to `toId`. A link that would make a cycle is refused (BAD_USER_INPUT). Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn link_pathway_steps(
        &self,
        ctx: &Context<'_>,
        from_id: ID,
        to_id: ID,
    ) -> Result<PathwayLink> {
        let from = ids::decode_as(&from_id, NodeType::PathwayStep, "fromId")?;
        let to = ids::decode_as(&to_id, NodeType::PathwayStep, "toId")?;
        Ok(PathwayLink(
            repo::pathway::write::link(ctx.scoped_db_for_write()?, from, to).await?,
        ))
    }

    /// Removes a link of a pathway with its evidence (its steps stay); answers its id. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn unlink_pathway_steps(&self, ctx: &Context<'_>, link_id: ID) -> Result<ID> {
        let link = ids::decode_as(&link_id, NodeType::PathwayLink, "linkId")?;
        repo::pathway::write::unlink(ctx.scoped_db_for_write()?, link).await?;
        Ok(link_id)
    }

    /// Removes a step of a pathway with its links and their evidence; answers its id. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn remove_pathway_step(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        let step = ids::decode_as(&id, NodeType::PathwayStep, "id")?;
        repo::pathway::write::remove_step(ctx.scoped_db_for_write()?, step).await?;
        Ok(id)
    }

    /// Attaches evidence to a pathway link. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn add_evidence(
        &self,
        ctx: &Context<'_>,
        link_id: ID,
        input: AddEvidenceInput,
    ) -> Result<Evidence> {
        let link = ids::decode_as(&link_id, NodeType::PathwayLink, "linkId")?;
        let new = NewEvidence {
            summary: input.summary,
            source: input.source,
            observed_on: input.observed_on.map(|d| d.0),
            nesta_level: input.nesta_level,
            maryland_level: input.maryland_level,
            emmie: input.emmie.map(|e| entity::evidence::Emmie {
                effect: e.effect,
                mechanism: e.mechanism,
                moderators: e.moderators,
                implementation: e.implementation,
                economics: e.economics,
            }),
        };
        Ok(Evidence(
            repo::pathway::write::add_evidence(ctx.scoped_db_for_write()?, link, new).await?,
        ))
    }
}
