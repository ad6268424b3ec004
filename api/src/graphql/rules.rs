//! Rules on the parsed document that async-graphql's own limits do not
//! cover: a ceiling on aliases (each alias runs its field again), and no
//! mutation over GET, even one named only by a persisted-query hash.

use std::sync::Arc;

use async_graphql::{
    ServerError, ServerResult, Variables,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery},
    parser::types::{ExecutableDocument, OperationType, Selection, SelectionSet},
};

/// Most aliased fields a document may hold.
pub const MAX_ALIASES: usize = 100;

/// Marks a request that arrived over GET, which may only read.
pub struct ReadOnlyRequest {
    pub operation_name: Option<String>,
}

pub struct DocumentRules;

impl ExtensionFactory for DocumentRules {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentRulesExtension)
    }
}

struct DocumentRulesExtension;

fn aliases(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(field) => {
                usize::from(field.node.alias.is_some()) + aliases(&field.node.selection_set.node)
            }
            Selection::InlineFragment(fragment) => aliases(&fragment.node.selection_set.node),
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

fn count_aliases(document: &ExecutableDocument) -> usize {
    let operations: usize = document
        .operations
        .iter()
        .map(|(_, op)| aliases(&op.node.selection_set.node))
        .sum();
    let fragments: usize = document
        .fragments
        .values()
        .map(|f| aliases(&f.node.selection_set.node))
        .sum();
    operations + fragments
}

fn operation_type(document: &ExecutableDocument, name: Option<&str>) -> Option<OperationType> {
    let mut operations = document.operations.iter();
    match name {
        Some(name) => operations
            .find(|(op_name, _)| op_name.is_some_and(|n| n.as_str() == name))
            .map(|(_, op)| op.node.ty),
        None => {
            let (_, first) = operations.next()?;
            operations.next().is_none().then_some(first.node.ty)
        }
    }
}

fn refused(message: String, code: &str) -> ServerError {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code);
    error
}

#[async_graphql::async_trait::async_trait]
impl Extension for DocumentRulesExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        let count = count_aliases(&document);
        if count > MAX_ALIASES {
            return Err(refused(
                format!(
                    "the query uses {count} aliases; the most is {MAX_ALIASES}: split it into several requests"
                ),
                "QUERY_TOO_COMPLEX",
            ));
        }
        if let Some(read_only) = ctx.data_opt::<ReadOnlyRequest>() {
            let ty = operation_type(&document, read_only.operation_name.as_deref());
            if matches!(
                ty,
                Some(OperationType::Mutation | OperationType::Subscription)
            ) {
                return Err(refused(
                    "mutations must be sent with POST".to_owned(),
                    "BAD_USER_INPUT",
                ));
            }
        }
        Ok(document)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_counted_in_operations_inline_fragments_and_fragments() {
        let document = async_graphql::parser::parse_query(
            "query { a: viewer { s: subject } ... on Query { b: viewer { subject } } ...F } fragment F on Query { c: viewer { subject } }",
        )
        .expect("parses");
        assert_eq!(count_aliases(&document), 4);
    }

    #[test]
    fn the_operation_type_is_that_of_the_named_or_only_operation() {
        let document = async_graphql::parser::parse_query(
            "query A { viewer { subject } } mutation B { revokeToken(jti: \"x\") }",
        )
        .expect("parses");
        assert_eq!(
            operation_type(&document, Some("B")),
            Some(OperationType::Mutation)
        );
        assert_eq!(
            operation_type(&document, Some("A")),
            Some(OperationType::Query)
        );
        assert_eq!(operation_type(&document, None), None);
    }
}
