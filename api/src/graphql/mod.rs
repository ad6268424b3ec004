//! The GraphQL schema: types wrapping entity models, root fields that call
//! the repositories through the caller's scope, and per-request loaders.

pub mod context;
pub mod cost;
pub mod errors;
pub mod fast;
pub mod guards;
pub mod ids;
pub mod loaders;
pub mod mutation;
pub mod query;
pub mod rules;
pub mod subscription;
pub mod trusted;
pub mod types;

use async_graphql::{Schema, SchemaBuilder};

use self::{mutation::MutationRoot, query::QueryRoot, subscription::SubscriptionRoot};

/// Documents an Apollo persisted-query cache keeps, per server.
pub(crate) const PERSISTED_QUERIES: usize = 2_000;

/// Deepest selection a query may nest (the standard introspection query needs 13).
pub const MAX_DEPTH: usize = 15;
/// Largest complexity a query may have; a connection field costs its page size times its children.
pub const MAX_COMPLEXITY: usize = 20_000;

pub type AppSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

/// The schema with its limits and without extensions: the SDL, and the
/// schema every operation runs on once `fast::documents` has prepared it
/// (trusted documents, persisted queries, the document rules) and before
/// `errors::shape` gives its errors their codes.
pub fn schema_builder() -> SchemaBuilder<QueryRoot, MutationRoot, SubscriptionRoot> {
    Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        SubscriptionRoot,
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
}

/// [`schema_builder`]'s schema running only the rules whose outcome can
/// change from one request to the next (depth and complexity), for a
/// document that passed every rule before and whose variables' values are
/// plainly valid (`variable_values`): with the schema fixed, the others
/// would find what they found then. Checking every rule was a twentieth of
/// a portal page's time, and a tenth of a detail page's.
pub fn revalidating_schema() -> AppSchema {
    schema_builder()
        .validation_mode(async_graphql::ValidationMode::Fast)
        .finish()
}

/// The SDL clients build against (what `schema.graphql` holds).
pub fn sdl() -> String {
    schema_builder().finish().sdl()
}

/// The fields of an object or input type of the SDL, each with the name
/// of its type under any list and non-null marks.
#[cfg(test)]
pub(crate) fn sdl_fields(type_name: &str) -> Vec<(String, String)> {
    use async_graphql::parser::types::{BaseType, Type, TypeKind, TypeSystemDefinition};

    fn base(ty: &Type) -> String {
        match &ty.base {
            BaseType::Named(name) => name.to_string(),
            BaseType::List(inner) => base(inner),
        }
    }
    let document = async_graphql::parser::parse_schema(sdl()).expect("the SDL parses");
    document
        .definitions
        .iter()
        .find_map(|definition| match definition {
            TypeSystemDefinition::Type(ty) if ty.node.name.node == type_name => {
                match &ty.node.kind {
                    TypeKind::Object(object) => Some(
                        object
                            .fields
                            .iter()
                            .map(|f| (f.node.name.node.to_string(), base(&f.node.ty.node)))
                            .collect(),
                    ),
                    TypeKind::InputObject(input) => Some(
                        input
                            .fields
                            .iter()
                            .map(|f| (f.node.name.node.to_string(), base(&f.node.ty.node)))
                            .collect(),
                    ),
                    _ => None,
                }
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no object or input type {type_name}"))
}
