//! What a resolver may reach: the caller's scoped database and the
//! request's loaders. There is deliberately no bare connection here.

use std::sync::Arc;

use async_graphql::Context;

use crate::{
    domain::language::Preferences,
    error::{AppError, Result},
    graphql::loaders::Loaders,
    tenancy::ScopedDb,
};

/// Per-request data, attached by the HTTP handler.
pub struct RequestCtx {
    pub scoped: ScopedDb,
    /// Shared with a subscription's stream, which clears them between events.
    pub loaders: Arc<Loaders>,
    /// The languages the request prefers for text (`Accept-Language`).
    pub languages: Preferences,
}

impl RequestCtx {
    pub fn new(scoped: ScopedDb) -> Self {
        Self {
            loaders: Arc::new(Loaders::new(scoped.clone())),
            scoped,
            languages: Preferences::default(),
        }
    }

    /// The context of a request that prefers `languages`.
    pub fn preferring(self, languages: Preferences) -> Self {
        Self { languages, ..self }
    }
}

pub trait ContextExt {
    fn request_ctx(&self) -> Result<&RequestCtx>;

    fn scoped_db(&self) -> Result<&ScopedDb> {
        Ok(&self.request_ctx()?.scoped)
    }

    fn loaders(&self) -> Result<&Loaders> {
        Ok(self.request_ctx()?.loaders.as_ref())
    }

    /// The caller's database for a mutation. What the request has loaded
    /// so far is forgotten first: the write may change it, and the fields
    /// of its answer, or of a later mutation, read it anew.
    fn scoped_db_for_write(&self) -> Result<&ScopedDb> {
        self.loaders()?.forget();
        self.scoped_db()
    }
}

impl ContextExt for Context<'_> {
    fn request_ctx(&self) -> Result<&RequestCtx> {
        // Missing only if a request bypassed the handler: a bug, not bad input.
        self.data::<RequestCtx>()
            .map_err(|_| AppError::Internal(anyhow::anyhow!("request context missing")))
    }
}
