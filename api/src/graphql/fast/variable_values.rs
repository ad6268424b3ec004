//! Whether a request's variable values are ones the validation rules would
//! accept, decided without running them.
//!
//! Of async-graphql's rules only the one that checks argument values reads
//! the variables; the others see the document alone, so a document that
//! passed them once passes them again. For a variable of a built-in scalar
//! type (or a list of one) the values that argument check accepts are easy
//! to name, and a document that passed before needs no rules for them. Any
//! other variable, or any value not plainly right, sends the request through
//! every rule, so a wrong value gets the answer it always got.

use async_graphql::{
    Positioned, Value, Variables,
    parser::types::{BaseType, Type, VariableDefinition},
};

/// True when every variable `definitions` declares has, in `values`, a
/// value the argument check would accept. False means "run the rules",
/// never "invalid".
pub fn plainly_valid(definitions: &[Positioned<VariableDefinition>], values: &Variables) -> bool {
    definitions.iter().all(|definition| {
        let definition = &definition.node;
        match values.get(&definition.name.node) {
            // The argument check skips a variable without a value;
            // execution answers a missing required one.
            None => definition.var_type.node.nullable || definition.default_value.is_some(),
            Some(value) => fits(&definition.var_type.node, value),
        }
    })
}

fn fits(ty: &Type, value: &Value) -> bool {
    match (&ty.base, value) {
        // A null is checked against the argument it stands for, which may
        // refuse one where the variable's own type allows it (a nullable
        // variable with a default can stand for a required argument).
        (_, Value::Null) => false,
        (BaseType::List(item), Value::List(items)) => items.iter().all(|v| fits(item, v)),
        // A single value where a list is declared is coerced to a list of
        // one; left to the rules.
        (BaseType::List(_), _) => false,
        (BaseType::Named(name), value) => built_in_scalar_fits(name.as_str(), value),
    }
}

/// What async-graphql's built-in scalars accept, or less: an ID that is a
/// number, say, goes through the rules.
fn built_in_scalar_fits(name: &str, value: &Value) -> bool {
    match (name, value) {
        ("ID" | "String", Value::String(_)) => true,
        ("Int", Value::Number(n)) => n.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
        ("Float", Value::Number(_)) => true,
        ("Boolean", Value::Boolean(_)) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::parse_query;
    use serde_json::json;

    use super::*;

    fn plainly(document: &str, values: serde_json::Value) -> bool {
        let document = parse_query(document).expect("parses");
        let (_, operation) = document.operations.iter().next().expect("an operation");
        plainly_valid(
            &operation.node.variable_definitions,
            &Variables::from_json(values),
        )
    }

    #[test]
    fn values_of_the_declared_scalar_kind_are_plainly_valid() {
        let q = "query($id: ID!, $after: String, $first: Int, $all: Boolean, $w: Float, $ids: [ID!]) { __typename }";
        assert!(plainly(
            q,
            json!({ "id": "Q2FzZVN0dWR5OjE=", "first": 20, "all": true, "w": 0.5, "ids": ["a", "b"] })
        ));
        assert!(
            plainly(q, json!({ "id": "x" })),
            "nullable ones may be left out"
        );
        assert!(plainly("query { __typename }", json!({ "unused": 1 })));
    }

    #[test]
    fn anything_else_goes_through_the_rules() {
        let q = "query($id: ID!, $first: Int, $ids: [ID!]) { __typename }";
        assert!(!plainly(q, json!({})), "a required value is missing");
        assert!(!plainly(q, json!({ "id": 1 })), "a numeric ID");
        assert!(!plainly(q, json!({ "id": "x", "first": "one" })));
        assert!(!plainly(q, json!({ "id": "x", "first": 1.5 })));
        assert!(!plainly(
            q,
            json!({ "id": "x", "first": 3_000_000_000_i64 })
        ));
        assert!(!plainly(q, json!({ "id": "x", "first": null })), "a null");
        assert!(
            !plainly(q, json!({ "id": "x", "ids": "a" })),
            "a list of one"
        );
        assert!(!plainly(q, json!({ "id": "x", "ids": ["a", null] })));
        assert!(
            !plainly(
                "query($f: CaseStudyFilter) { __typename }",
                json!({ "f": {} })
            ),
            "an input object"
        );
        assert!(
            !plainly(
                "query($v: Visibility) { __typename }",
                json!({ "v": "PUBLIC" })
            ),
            "an enum"
        );
    }
}
