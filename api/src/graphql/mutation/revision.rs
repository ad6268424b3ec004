use async_graphql::{Context, ID, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::NodeType,
        mutation::translation::text_record,
        types::{case_study::CaseStudy, charter::Charter, initiative::Initiative, node::Node},
    },
    repo::revision::restore,
    tenancy::Role,
};

#[derive(Default)]
pub struct RevisionMutation;

#[Object]
impl RevisionMutation {
    /// Writes the content a case study, initiative or charter of your organisation had at `version` (its fields and translations; not its status) as its next version. Needs EDITOR and the version you read.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn restore_revision(
        &self,
        ctx: &Context<'_>,
        id: ID,
        version: i32,
        expected_version: i32,
    ) -> Result<Node> {
        let db = ctx.scoped_db_for_write()?;
        let expected = expected_version;
        Ok(match text_record(&id, "id")? {
            (NodeType::CaseStudy, id) => Node::CaseStudy(CaseStudy::from(
                restore::case_study(db, id, version, expected).await?,
            )),
            (NodeType::Initiative, id) => Node::Initiative(Initiative(
                restore::initiative(db, id, version, expected).await?,
            )),
            (_, id) => Node::Charter(Charter(restore::charter(db, id, version, expected).await?)),
        })
    }
}
