//! Rules on the parsed document that async-graphql's own limits do not
//! cover: a ceiling on aliases (each alias runs its field again), and no
//! NUL character in any text a request brings (Postgres cannot store one,
//! and SQLite would keep what Postgres refuses: both backends answer alike).

use async_graphql::{
    ServerError, ServerResult, Variables,
    parser::types::{Directive, ExecutableDocument, Field, Selection, SelectionSet},
};
use async_graphql_value::{ConstValue, Value};

/// Most aliased fields a document may hold.
pub const MAX_ALIASES: usize = 100;

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

/// What the NUL search reads of a value: argument literals (which may name
/// variables) and constants alike, walked without copying.
trait Walk: Sized {
    fn text(&self) -> Option<&str>;
    fn items(&self) -> &[Self];
    fn fields(&self) -> impl Iterator<Item = (&str, &Self)>;
}

impl Walk for Value {
    fn text(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }
    fn items(&self) -> &[Self] {
        match self {
            Value::List(items) => items,
            _ => &[],
        }
    }
    fn fields(&self) -> impl Iterator<Item = (&str, &Self)> {
        let fields = match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        };
        fields
            .into_iter()
            .flat_map(|fields| fields.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

impl Walk for ConstValue {
    fn text(&self) -> Option<&str> {
        match self {
            ConstValue::String(text) => Some(text),
            _ => None,
        }
    }
    fn items(&self) -> &[Self] {
        match self {
            ConstValue::List(items) => items,
            _ => &[],
        }
    }
    fn fields(&self) -> impl Iterator<Item = (&str, &Self)> {
        let fields = match self {
            ConstValue::Object(fields) => Some(fields),
            _ => None,
        };
        fields
            .into_iter()
            .flat_map(|fields| fields.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

/// Whether `value` holds a NUL; if so `path` ends where (`[2].title`).
fn nul_in<V: Walk>(value: &V, path: &mut Vec<String>) -> bool {
    let mut inside = |step: String, item: &V| {
        path.push(step);
        let found = nul_in(item, path);
        if !found {
            path.pop();
        }
        found
    };
    if let Some(text) = value.text() {
        return text.contains('\0');
    }
    value
        .items()
        .iter()
        .enumerate()
        .any(|(i, item)| inside(format!("[{i}]"), item))
        || value
            .fields()
            .any(|(name, item)| inside(format!(".{name}"), item))
}

fn nul_refused(name: &str, path: &[String]) -> ServerError {
    let field = format!("{name}{}", path.concat());
    let mut error = refused(
        format!("{field} holds a NUL character (U+0000), which no text field can store: remove it"),
        "BAD_USER_INPUT",
    );
    if let Some(extensions) = error.extensions.as_mut() {
        extensions.set("field", field);
    }
    error
}

fn check_arguments<'a>(arguments: impl Iterator<Item = (&'a str, &'a Value)>) -> ServerResult<()> {
    for (name, value) in arguments {
        let mut path = Vec::new();
        if nul_in(value, &mut path) {
            return Err(nul_refused(name, &path));
        }
    }
    Ok(())
}

fn check_directives(directives: &[async_graphql::Positioned<Directive>]) -> ServerResult<()> {
    for directive in directives {
        check_arguments(
            directive
                .node
                .arguments
                .iter()
                .map(|(name, value)| (name.node.as_str(), &value.node)),
        )?;
    }
    Ok(())
}

fn check_field(field: &Field) -> ServerResult<()> {
    check_arguments(
        field
            .arguments
            .iter()
            .map(|(name, value)| (name.node.as_str(), &value.node)),
    )?;
    check_directives(&field.directives)?;
    check_selections(&field.selection_set.node)
}

fn check_selections(set: &SelectionSet) -> ServerResult<()> {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => check_field(&field.node)?,
            Selection::InlineFragment(fragment) => {
                check_directives(&fragment.node.directives)?;
                check_selections(&fragment.node.selection_set.node)?;
            }
            Selection::FragmentSpread(spread) => check_directives(&spread.node.directives)?,
        }
    }
    Ok(())
}

/// No text in the document's arguments, defaults or the request's
/// variables holds a NUL character.
pub fn check_text(document: &ExecutableDocument, variables: &Variables) -> ServerResult<()> {
    for (_, operation) in document.operations.iter() {
        for definition in &operation.node.variable_definitions {
            if let Some(default) = &definition.node.default_value {
                let mut path = Vec::new();
                if nul_in(&default.node, &mut path) {
                    return Err(nul_refused(
                        &format!("${}", definition.node.name.node),
                        &path,
                    ));
                }
            }
        }
        check_directives(&operation.node.directives)?;
        check_selections(&operation.node.selection_set.node)?;
    }
    for fragment in document.fragments.values() {
        check_directives(&fragment.node.directives)?;
        check_selections(&fragment.node.selection_set.node)?;
    }
    for (name, value) in variables.iter() {
        let mut path = Vec::new();
        if nul_in(value, &mut path) {
            return Err(nul_refused(&format!("${name}"), &path));
        }
    }
    Ok(())
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

    fn nul_field(query: &str, variables: serde_json::Value) -> Option<String> {
        let document = async_graphql::parser::parse_query(query).expect("parses");
        let variables = Variables::from_json(variables);
        check_text(&document, &variables).err().map(|error| {
            let extensions = error.extensions.expect("extensions");
            assert_eq!(
                extensions.get("code"),
                Some(&ConstValue::from("BAD_USER_INPUT"))
            );
            match extensions.get("field") {
                Some(ConstValue::String(field)) => field.clone(),
                other => panic!("field: {other:?}"),
            }
        })
    }

    #[test]
    fn a_nul_anywhere_in_the_request_text_is_refused_by_name() {
        assert_eq!(
            nul_field(
                r#"{ organisation(slug: "a\u0000b") { id } }"#,
                serde_json::json!({})
            ),
            Some("slug".into())
        );
        assert_eq!(
            nul_field(
                r#"mutation { a: createCaseStudy(input: { title: "x", tags: ["ok", "b\u0000"] }) { id } }"#,
                serde_json::json!({})
            ),
            Some("input.tags[1]".into())
        );
        assert_eq!(
            nul_field(
                "query($i: CaseStudyInput) { x(i: $i) }",
                serde_json::json!({ "i": { "title": "t\u{0}" } })
            ),
            Some("$i.title".into())
        );
        assert_eq!(
            nul_field(
                r#"{ ...F } fragment F on Query { a(s: "\u0000") @include(if: true) }"#,
                serde_json::json!({})
            ),
            Some("s".into())
        );
        assert_eq!(
            nul_field(
                r#"query($s: String = "\u0000") { a(s: $s) }"#,
                serde_json::json!({})
            ),
            Some("$s".into())
        );
        assert_eq!(
            nul_field(
                r#"{ a(s: "fine", t: ["also fine"]) }"#,
                serde_json::json!({ "v": "ok" })
            ),
            None
        );
    }
}
