//! The HTTP surface: the router and what every handler shares. GraphQL
//! over HTTP (`graphql`) and over WebSocket (`socket`), who is asking
//! (`caller`) and how often (`rate_limit`), the refusals they answer with
//! (`refusal`), health, readiness and metrics (`health`), GraphiQL, and
//! the Explorer (`explorer`, with its development sign-in `dev_token`),
//! both HTML pages (`page`).

mod caller;
mod dev_token;
mod explorer;
pub mod graphiql;
mod graphql;
mod health;
pub mod large_bodies;
mod page;
pub mod rate_limit;
mod refusal;
pub mod socket;

use std::sync::Arc;

use axum::{Router, http::Method, routing::get};
use tower::limit::GlobalConcurrencyLimitLayer;

use crate::{
    auth::Authenticator,
    graphql::{
        AppSchema,
        fast::documents::{Documents, Validation},
    },
    http::{large_bodies::LargeBodies, rate_limit::RateLimits, socket::OpenSockets},
    live::ChangeBus,
    store::{self, StatementCounter},
    tenancy::Pools,
};

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The schema every operation runs on, over HTTP or a socket, once
    /// `documents` has prepared it.
    pub schema: AppSchema,
    /// The same, for documents that passed every rule before.
    pub revalidating_schema: AppSchema,
    pub documents: Arc<Documents>,
    pub auth: Arc<Authenticator>,
    pub changes: Arc<ChangeBus>,
    pub rate_limits: Arc<RateLimits>,
    /// Where each request's scope is drawn from.
    pub pools: Pools,
    pub statements: Arc<StatementCounter>,
    pub graphiql: bool,
    /// Serve the Explorer at `/`.
    pub explorer: bool,
    pub slow_operation: std::time::Duration,
    pub request_timeout: std::time::Duration,
    /// Set once migrations are applied; until then requests get 503.
    pub schema_ready: Arc<store::SchemaReady>,
    /// Turns true when the server begins to stop: open subscriptions close.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// One clone per open WebSocket, so that stopping can wait for them.
    pub sockets: Arc<()>,
    /// The sockets open now, by address and token, against their limits.
    pub open_sockets: Arc<OpenSockets>,
    /// Turns of request concurrency, taken by every GraphQL request and by
    /// every subscription event while it resolves.
    pub turns: Arc<tokio::sync::Semaphore>,
    /// Turns a GraphQL request with a large body takes first.
    pub large_bodies: Arc<LargeBodies>,
}

impl AppState {
    /// The schema that runs a prepared document: one checking only what
    /// may change between requests, for a document that passed every rule.
    pub(crate) fn schema_for(&self, validation: &Validation) -> &AppSchema {
        match validation {
            Validation::Passed => &self.revalidating_schema,
            Validation::Needed(_) => &self.schema,
        }
    }
}

/// The routes, with at most `state.turns` GraphQL requests running at
/// once, and fewer with large bodies.
pub fn routes(state: AppState) -> Router {
    // Waiting requests hold no memory but their connection: the limits
    // bound what a flood of large batches can take, and the pool would
    // queue the surplus anyway. A large request waits for its large turn
    // first, holding no turn that a small one could use.
    let graphql = get(graphql::graphql_get)
        .post(graphql::graphql_post)
        .layer(GlobalConcurrencyLimitLayer::with_semaphore(
            state.turns.clone(),
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.large_bodies.clone(),
            large_bodies::take_turns,
        ));
    let explorer = state.explorer;
    let routes = Router::new()
        .route("/graphql", graphql)
        .route("/graphql/ws", get(socket::graphql_ws))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(health::metrics))
        .route(
            "/dev/token",
            get(dev_token::available).post(dev_token::issue),
        )
        .merge(graphiql::routes());
    let routes = if explorer {
        routes.merge(explorer::routes())
    } else {
        routes
    };
    // Shared, not cloned field by field: every request takes the state.
    routes.with_state(Arc::new(state))
}

/// Methods the GraphQL route answers, for CORS.
pub const GRAPHQL_METHODS: [Method; 3] = [Method::GET, Method::POST, Method::OPTIONS];
