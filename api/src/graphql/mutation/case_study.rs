use async_graphql::{Context, ID, Object, SimpleObject};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            case_study::CaseStudy,
            write_inputs::{CreateCaseStudyInput, UpdateCaseStudyInput, UpsertCaseStudyInput},
        },
    },
    repo,
    tenancy::Role,
};

/// What a batch did.
#[derive(SimpleObject)]
pub struct UpsertCaseStudiesPayload {
    /// Items that were new.
    pub created: usize,
    /// Items whose content changed.
    pub updated: usize,
    /// Items equal to what was stored: nothing about them moved.
    pub unchanged: usize,
    /// The case studies, in the order sent.
    pub case_studies: Vec<CaseStudy>,
}

#[derive(Default)]
pub struct CaseStudyMutation;

#[Object]
impl CaseStudyMutation {
    /// Creates a DRAFT case study of your organisation. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn create_case_study(
        &self,
        ctx: &Context<'_>,
        input: CreateCaseStudyInput,
    ) -> Result<CaseStudy> {
        Ok(CaseStudy::from(
            repo::case_study::write::create(ctx.scoped_db_for_write()?, input.into_db()?).await?,
        ))
    }

    /// Changes a case study of your organisation. Needs EDITOR and the version you read; making a published one PUBLIC needs ADMIN.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn update_case_study(
        &self,
        ctx: &Context<'_>,
        input: UpdateCaseStudyInput,
    ) -> Result<CaseStudy> {
        let (id, version, patch) = input.into_db()?;
        Ok(CaseStudy::from(
            repo::case_study::write::update(ctx.scoped_db_for_write()?, id, version, patch).await?,
        ))
    }

    /// Publishes a case study of your organisation. Needs EDITOR, or ADMIN when it is PUBLIC.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn publish_case_study(&self, ctx: &Context<'_>, id: ID) -> Result<CaseStudy> {
        let id = ids::decode_as(&id, NodeType::CaseStudy, "id")?;
        Ok(CaseStudy::from(
            repo::case_study::write::publish(ctx.scoped_db_for_write()?, id).await?,
        ))
    }

    /// Creates or updates up to 500 case studies of your organisation by `externalId`, all or nothing.
    /// Sending the same batch again changes nothing. Needs SYNC or EDITOR.
    #[graphql(guard = "RoleGuard::sync_or_editor()")]
    async fn upsert_case_studies(
        &self,
        ctx: &Context<'_>,
        input: Vec<UpsertCaseStudyInput>,
    ) -> Result<UpsertCaseStudiesPayload> {
        let items = input
            .into_iter()
            .enumerate()
            .map(|(i, item)| item.into_db(i))
            .collect::<Result<Vec<_>>>()?;
        let outcome = repo::case_study::sync::upsert(ctx.scoped_db_for_write()?, items).await?;
        Ok(UpsertCaseStudiesPayload {
            created: outcome.created,
            updated: outcome.updated,
            unchanged: outcome.unchanged,
            case_studies: outcome
                .case_studies
                .into_iter()
                .map(CaseStudy::from)
                .collect(),
        })
    }

    /// Deletes a case study of your organisation (the sync feed reports it); answers its id. Needs SYNC or EDITOR.
    #[graphql(guard = "RoleGuard::sync_or_editor()")]
    async fn delete_case_study(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        repo::case_study::write::delete(
            ctx.scoped_db_for_write()?,
            ids::decode_as(&id, NodeType::CaseStudy, "id")?,
        )
        .await?;
        Ok(id)
    }
}
