use async_graphql::{Context, ID, Object};
use entity::{case_study, charter, initiative};

use crate::{
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            case_study::CaseStudy, charter::Charter, initiative::Initiative, node::Node,
            translation_inputs::SetTranslationInput,
        },
    },
    repo::translation::write,
    tenancy::Role,
};

/// The record a translation is of: a case study, an initiative or a charter.
pub(super) fn text_record(id: &ID, field: &str) -> Result<(NodeType, i64)> {
    match ids::decode(id) {
        Some((kind @ (NodeType::CaseStudy | NodeType::Initiative | NodeType::Charter), id)) => {
            Ok((kind, id))
        }
        _ => Err(AppError::bad_input(
            field,
            format!("{field} is not the id of a case study, an initiative or a charter"),
        )),
    }
}

#[derive(Default)]
pub struct TranslationMutation;

#[Object]
impl TranslationMutation {
    /// Sets the translation of a case study, initiative or charter of your organisation into one language, replacing the one there was; answers the record at its next version. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn set_translation(&self, ctx: &Context<'_>, input: SetTranslationInput) -> Result<Node> {
        let (id, version, draft) = input.into_db();
        let db = ctx.scoped_db_for_write()?;
        Ok(match text_record(&id, "input.id")? {
            (NodeType::CaseStudy, id) => Node::CaseStudy(CaseStudy::from(
                write::set::<case_study::Entity>(db, id, version, draft).await?,
            )),
            (NodeType::Initiative, id) => Node::Initiative(Initiative(
                write::set::<initiative::Entity>(db, id, version, draft).await?,
            )),
            (_, id) => Node::Charter(Charter(
                write::set::<charter::Entity>(db, id, version, draft).await?,
            )),
        })
    }

    /// Removes the translation of a case study, initiative or charter of your organisation in `language`; answers the record at its next version. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn remove_translation(
        &self,
        ctx: &Context<'_>,
        id: ID,
        language: String,
        expected_version: i32,
    ) -> Result<Node> {
        let db = ctx.scoped_db_for_write()?;
        let version = expected_version;
        Ok(match text_record(&id, "id")? {
            (NodeType::CaseStudy, id) => Node::CaseStudy(CaseStudy::from(
                write::remove::<case_study::Entity>(db, id, &language, version).await?,
            )),
            (NodeType::Initiative, id) => Node::Initiative(Initiative(
                write::remove::<initiative::Entity>(db, id, &language, version).await?,
            )),
            (_, id) => Node::Charter(Charter(
                write::remove::<charter::Entity>(db, id, &language, version).await?,
            )),
        })
    }
}
