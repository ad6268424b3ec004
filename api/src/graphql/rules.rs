//! Rules on the parsed document that async-graphql's own limits do not
//! cover: a ceiling on aliases (each alias runs its field again).

use std::sync::Arc;

use async_graphql::{
    ServerError, ServerResult, Variables,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery},
    parser::types::{ExecutableDocument, Selection, SelectionSet},
};

/// Most aliased fields a document may hold.
pub const MAX_ALIASES: usize = 100;

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

fn refused(message: String, code: &str) -> ServerError {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", code);
    error
}

/// The rules every document must keep, whatever path it came by.
pub fn check_document(document: &ExecutableDocument) -> ServerResult<()> {
    let count = count_aliases(document);
    if count > MAX_ALIASES {
        return Err(refused(
            format!(
                "the query uses {count} aliases; the most is {MAX_ALIASES}: split it into several requests"
            ),
            "QUERY_TOO_COMPLEX",
        ));
    }
    Ok(())
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
        check_document(&document)?;
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
}
