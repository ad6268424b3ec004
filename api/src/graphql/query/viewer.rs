use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::{context::ContextExt, types::viewer::Viewer},
    tenancy::Caller,
};

#[derive(Default)]
pub struct ViewerQuery;

#[Object]
impl ViewerQuery {
    /// The caller; null when anonymous.
    async fn viewer(&self, ctx: &Context<'_>) -> Result<Option<Viewer>> {
        Ok(match ctx.scoped_db()?.caller() {
            Caller::Anonymous => None,
            Caller::Member {
                org,
                roles,
                subject,
            } => Some(Viewer {
                org: *org,
                roles: roles.clone(),
                subject: subject.clone(),
            }),
        })
    }
}
