//! Every string the schema takes, given arbitrary text: each root query and
//! mutation, with each of its string arguments (and each string field of
//! its input objects, and each custom scalar, which travels as a string)
//! set in turn to generated text, NUL bytes and long runs among it. No
//! answer may be a server error: text the server cannot take is the
//! client's to fix. The generator's seed is printed, and
//! `COSTAR_STRINGS_SEED` replays it.

use std::collections::HashMap;

use proptest::{
    prelude::*,
    strategy::ValueTree,
    test_runner::{Config, RngAlgorithm, TestRng, TestRunner},
};
use serde_json::{Map, Value, json};

use crate::helpers::{TestApp, global_id, token};

/// A type as introspection spells it.
#[derive(Debug, Clone)]
enum Type {
    NonNull(Box<Type>),
    List(Box<Type>),
    Named { name: String, kind: String },
}

impl Type {
    fn parse(value: &Value) -> Self {
        let of = || Box::new(Self::parse(&value["ofType"]));
        match value["kind"].as_str() {
            Some("NON_NULL") => Self::NonNull(of()),
            Some("LIST") => Self::List(of()),
            _ => Self::Named {
                name: value["name"].as_str().unwrap_or_default().to_owned(),
                kind: value["kind"].as_str().unwrap_or_default().to_owned(),
            },
        }
    }

    fn named(&self) -> (&str, &str) {
        match self {
            Self::NonNull(inner) | Self::List(inner) => inner.named(),
            Self::Named { name, kind } => (name, kind),
        }
    }

    fn required(&self) -> bool {
        matches!(self, Self::NonNull(_))
    }

    fn spelled(&self) -> String {
        match self {
            Self::NonNull(inner) => format!("{}!", inner.spelled()),
            Self::List(inner) => format!("[{}]", inner.spelled()),
            Self::Named { name, .. } => name.clone(),
        }
    }

    /// Whether a value of it is text: String, ID and the custom scalars.
    fn takes_text(&self) -> bool {
        let (name, kind) = self.named();
        kind == "SCALAR" && !["Int", "Float", "Boolean"].contains(&name)
    }
}

struct InputField {
    name: String,
    ty: Type,
    has_default: bool,
}

/// The schema's input types and enums, and its root fields.
struct Schema {
    inputs: HashMap<String, Vec<InputField>>,
    enums: HashMap<String, String>,
    roots: Vec<(&'static str, String, Vec<InputField>, Type)>,
}

const INTROSPECTION: &str = r#"
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
fragment F on __Type { fields { name args { name defaultValue type { ...T } } type { ...T } } }
{ __schema {
    queryType { ...F } mutationType { ...F }
    types { name kind enumValues { name } inputFields { name defaultValue type { ...T } } }
} }"#;

fn input_fields(list: &Value) -> Vec<InputField> {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|field| InputField {
            name: field["name"].as_str().unwrap_or_default().to_owned(),
            ty: Type::parse(&field["type"]),
            has_default: !field["defaultValue"].is_null(),
        })
        .collect()
}

async fn schema() -> Schema {
    let response = api::graphql::schema_builder()
        .finish()
        .execute(INTROSPECTION)
        .await
        .into_result()
        .expect("introspection");
    let data = response.data.into_json().expect("json");
    let schema = &data["__schema"];
    let mut inputs = HashMap::new();
    let mut enums = HashMap::new();
    for ty in schema["types"].as_array().expect("types") {
        let name = ty["name"].as_str().unwrap_or_default().to_owned();
        match ty["kind"].as_str() {
            Some("INPUT_OBJECT") => {
                inputs.insert(name, input_fields(&ty["inputFields"]));
            }
            Some("ENUM") => {
                let first = ty["enumValues"][0]["name"].as_str().unwrap_or_default();
                enums.insert(name, first.to_owned());
            }
            _ => {}
        }
    }
    let mut roots = Vec::new();
    for (operation, root) in [("query", "queryType"), ("mutation", "mutationType")] {
        for field in schema[root]["fields"].as_array().expect("fields") {
            roots.push((
                operation,
                field["name"].as_str().unwrap_or_default().to_owned(),
                input_fields(&field["args"]),
                Type::parse(&field["type"]),
            ));
        }
    }
    Schema {
        inputs,
        enums,
        roots,
    }
}

/// Where generated text goes: argument names and input field names, down
/// from a root field's arguments.
type Slot = Vec<String>;

/// Every place under `ty` that takes text, at most `depth` inputs deep.
fn slots(schema: &Schema, ty: &Type, path: &Slot, depth: usize, out: &mut Vec<Slot>) {
    if ty.takes_text() {
        out.push(path.clone());
        return;
    }
    let Some(fields) = schema.inputs.get(ty.named().0) else {
        return;
    };
    if depth == 0 {
        return;
    }
    for field in fields {
        let mut deeper = path.clone();
        deeper.push(field.name.clone());
        slots(schema, &field.ty, &deeper, depth - 1, out);
    }
}

/// A plain value of a text scalar, so that the rest of a request is valid.
fn plain_text(scalar: &str, name: &str) -> Value {
    match scalar {
        "ID" => {
            let kind = match name.strip_suffix("Id") {
                Some("initiative") => "Initiative",
                Some("charter") => "Charter",
                Some("template") => "Charter",
                _ => "CaseStudy",
            };
            json!(global_id(kind, 1))
        }
        "Date" => json!("2026-01-01"),
        "DateTime" => json!("2026-01-01T00:00:00Z"),
        _ => json!("text"),
    }
}

/// A value of `ty` with every required part set, and `text` at `slot`.
fn value(schema: &Schema, name: &str, ty: &Type, slot: &[String], text: &str) -> Value {
    match ty {
        Type::NonNull(inner) => value(schema, name, inner, slot, text),
        Type::List(inner) => json!([value(schema, name, inner, slot, text)]),
        Type::Named {
            name: type_name,
            kind,
        } => match kind.as_str() {
            "SCALAR" if slot.is_empty() && ty.takes_text() => json!(text),
            "SCALAR" => match type_name.as_str() {
                "Int" => json!(1),
                "Float" => json!(1.0),
                "Boolean" => json!(false),
                scalar => plain_text(scalar, name),
            },
            "ENUM" => json!(schema.enums.get(type_name).cloned().unwrap_or_default()),
            _ => {
                let mut object = Map::new();
                for field in schema.inputs.get(type_name).into_iter().flatten() {
                    let aimed = slot.first() == Some(&field.name);
                    if aimed {
                        object.insert(
                            field.name.clone(),
                            value(schema, &field.name, &field.ty, &slot[1..], text),
                        );
                    } else if field.ty.required() && !field.has_default {
                        object.insert(
                            field.name.clone(),
                            value(schema, &field.name, &field.ty, &[], text),
                        );
                    }
                }
                Value::Object(object)
            }
        },
    }
}

/// The request for `field` with `text` at `slot`: the document and its variables.
fn request(schema: &Schema, root: usize, slot: &Slot, text: &str) -> (String, Value) {
    let (operation, field, args, returns) = &schema.roots[root];
    let mut declared = Vec::new();
    let mut passed = Vec::new();
    let mut variables = Map::new();
    for arg in args {
        let aimed = slot.first() == Some(&arg.name);
        let needed = arg.ty.required() && !arg.has_default;
        if !aimed && !needed {
            continue;
        }
        let rest = if aimed { &slot[1..] } else { &[][..] };
        declared.push(format!("${}: {}", arg.name, arg.ty.spelled()));
        passed.push(format!("{0}: ${0}", arg.name));
        variables.insert(
            arg.name.clone(),
            value(schema, &arg.name, &arg.ty, rest, text),
        );
    }
    let selection = match returns.named().1 {
        "OBJECT" | "INTERFACE" | "UNION" => "{ __typename }",
        _ => "",
    };
    let declared = match declared.is_empty() {
        true => String::new(),
        false => format!("({})", declared.join(", ")),
    };
    let passed = match passed.is_empty() {
        true => String::new(),
        false => format!("({})", passed.join(", ")),
    };
    (
        format!("{operation}{declared} {{ {field}{passed} {selection} }}"),
        Value::Object(variables),
    )
}

/// Text as a client might send it: anything, NUL bytes within, long runs.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        2 => any::<String>().prop_map(|s| format!("{s}\0{s}")),
        1 => "\\PC{1,3}".prop_map(|s| s.repeat(4_000)),
        1 => Just(String::new()),
    ]
}

#[tokio::test]
async fn arbitrary_text_in_any_string_argument_is_never_a_server_error() {
    let seed: u64 = std::env::var("COSTAR_STRINGS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    println!("arbitrary strings: seed {seed} (replay with COSTAR_STRINGS_SEED={seed})");
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
    );
    let cases: usize = std::env::var("COSTAR_STRINGS_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(16);

    let schema = schema().await;
    let app = TestApp::with_demo().await;
    let caller = token("walsall", &["ADMIN", "EDITOR"]);
    let mut sent = 0;
    let mut outcomes = std::collections::BTreeMap::<String, usize>::new();
    for root in 0..schema.roots.len() {
        let (_, field, args, _) = &schema.roots[root];
        let mut aimed = Vec::new();
        for arg in args {
            slots(&schema, &arg.ty, &vec![arg.name.clone()], 3, &mut aimed);
        }
        for slot in &aimed {
            for _ in 0..cases {
                let text = text().new_tree(&mut runner).expect("a value").current();
                let (document, variables) = request(&schema, root, slot, &text);
                let (status, response) = app.post(Some(&caller), &document, variables).await;
                sent += 1;
                let context = || {
                    format!(
                        "{field} with {text:?} at {} (seed {seed}): {status} {}",
                        slot.join("."),
                        response.0
                    )
                };
                assert!(status.as_u16() < 500, "{}", context());
                let outcome = response.0["errors"][0]["extensions"]["code"]
                    .as_str()
                    .unwrap_or("answered");
                *outcomes.entry(outcome.to_owned()).or_default() += 1;
                for error in response.0["errors"].as_array().into_iter().flatten() {
                    let code = error["extensions"]["code"].as_str().unwrap_or_default();
                    assert!(
                        !code.is_empty() && code != "INTERNAL_SERVER_ERROR",
                        "{}",
                        context()
                    );
                }
            }
        }
    }
    println!("arbitrary strings: {sent} requests, no server error: {outcomes:?}");
    assert!(
        sent >= 300,
        "only {sent} requests: the schema walk found too few strings"
    );
}
