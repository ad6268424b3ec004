//! The GraphQL schema: types wrapping entity models, root fields that call
//! the `db` functions through the caller's scope, and per-request loaders.

pub mod context;
pub mod errors;
pub mod guards;
pub mod ids;
pub mod loaders;
pub mod mutation;
pub mod query;
pub mod subscription;
pub mod types;

use async_graphql::{Schema, SchemaBuilder};

use self::{
    errors::ErrorShaping, mutation::MutationRoot, query::QueryRoot, subscription::SubscriptionRoot,
};

/// Deepest selection a query may nest (the standard introspection query needs 13).
pub const MAX_DEPTH: usize = 15;
/// Largest complexity a query may have; a connection field costs its page size times its children.
pub const MAX_COMPLEXITY: usize = 20_000;

pub type AppSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

/// The schema with its limits and error shaping, without runtime data: used
/// to print the SDL and as the base of the served schema.
pub fn schema_builder() -> SchemaBuilder<QueryRoot, MutationRoot, SubscriptionRoot> {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        SubscriptionRoot,
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .extension(ErrorShaping)
}

/// The SDL clients build against (what `schema.graphql` holds).
pub fn sdl() -> String {
    schema_builder().finish().sdl()
}
