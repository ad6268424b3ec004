//! What is done to every operation's document before it runs, over HTTP
//! or a socket: trusted documents, Apollo persisted queries, parsing
//! (cached by text) and the document rules. Done here, the schema runs
//! without extensions: with any extension installed, async-graphql sends
//! every field of every answer through the extension chain (a registry
//! lookup and a boxed future per extension, per field), which cost more
//! than the fields themselves.

use std::{
    num::NonZeroUsize,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
};

use async_graphql::{
    Positioned, Request, ServerError, ServerResult, Value, Variables,
    parser::{
        parse_query,
        types::{ExecutableDocument, OperationDefinition, OperationType, VariableDefinition},
    },
};
use lru::LruCache;

use crate::graphql::{PERSISTED_QUERIES, fast::variable_values, rules, trusted::TrustedDocuments};

/// Documents whose parse is kept; a portal sends a few dozen.
const PARSED_DOCUMENTS: usize = 500;
/// Longer documents are parsed each time, so that the cache stays small
/// whatever clients send.
const LARGEST_CACHED_DOCUMENT: usize = 4 * 1024;

/// A request ready to execute, with what its document says about it.
pub struct Prepared {
    pub request: Request,
    /// The name of the operation it runs, when the document names it.
    pub operation_name: Option<String>,
    pub operation_type: OperationType,
    pub validation: Validation,
}

/// Whether a request's document still has to pass every validation rule.
pub enum Validation {
    /// It passed them before, and its variables' values are plainly ones
    /// they would accept.
    Passed,
    /// It has to; a pass is remembered for a document that is kept.
    Needed(Option<Arc<Parsed>>),
}

impl Validation {
    /// Remembers that the document passed (it executed).
    pub fn passed(&self) {
        if let Validation::Needed(Some(parsed)) = self {
            parsed.passed.store(true, Ordering::Relaxed);
        }
    }
}

/// A kept parse, and whether the document passed validation since.
pub struct Parsed {
    document: ExecutableDocument,
    passed: AtomicBool,
}

pub struct Documents {
    trusted: Option<TrustedDocuments>,
    persisted: Mutex<LruCache<String, Arc<str>>>,
    parsed: Mutex<LruCache<Arc<str>, Arc<Parsed>>>,
}

impl Documents {
    pub fn new(trusted: Option<TrustedDocuments>) -> Self {
        Self {
            trusted,
            persisted: Mutex::new(LruCache::new(nonzero(PERSISTED_QUERIES))),
            parsed: Mutex::new(LruCache::new(nonzero(PARSED_DOCUMENTS))),
        }
    }

    /// Resolves, parses and checks `request`'s document.
    pub fn prepare(&self, mut request: Request) -> ServerResult<Prepared> {
        if let Some(trusted) = &self.trusted {
            trusted.admit(&mut request)?;
        }
        let registering = self.resolve_persisted(&mut request)?;
        let document = self.parse(&request.query)?;
        rules::check_document(&document)?;
        rules::check_text(&document, &request.variables)?;
        // Only a document that passes is kept for its hash.
        if let Some(hash) = registering {
            lock(&self.persisted).put(hash, Arc::from(request.query.as_str()));
        }
        let operation = selected_operation(&document, request.operation_name.as_deref())?;
        let operation_name = operation.name;
        let operation_type = operation.definition.ty;
        let validation = document.validation(
            &operation.definition.variable_definitions,
            &request.variables,
        );
        request.set_parsed_query(document.into_owned());
        Ok(Prepared {
            request,
            operation_name,
            operation_type,
            validation,
        })
    }

    /// Apollo's protocol: a hash alone runs the document registered under
    /// it; a document with its hash registers it (the hash is answered, to
    /// be kept once the document is found sound).
    fn resolve_persisted(&self, request: &mut Request) -> ServerResult<Option<String>> {
        let Some(extension) = request.extensions.remove("persistedQuery") else {
            return Ok(None);
        };
        let hash = persisted_hash(&extension)?;
        if request.query.is_empty() {
            let known = lock(&self.persisted).get(&hash).cloned();
            match known {
                Some(text) => request.query = text.to_string(),
                // The message Apollo clients answer by sending the document.
                None => return Err(ServerError::new("PersistedQueryNotFound", None)),
            }
            Ok(None)
        } else if crate::graphql::trusted::sha256_hex(&request.query) != hash {
            Err(ServerError::new(
                "persistedQuery.sha256Hash is not the SHA-256 of the query: send the hash of this query's text",
                None,
            ))
        } else {
            Ok(Some(hash))
        }
    }

    fn parse(&self, query: &str) -> ServerResult<Document> {
        if let Some(parsed) = lock(&self.parsed).get(query) {
            return Ok(Document::Kept(parsed.clone()));
        }
        let document = parse_query(query)?;
        if query.len() > LARGEST_CACHED_DOCUMENT {
            return Ok(Document::Own(document));
        }
        let parsed = Arc::new(Parsed {
            document,
            passed: AtomicBool::new(false),
        });
        lock(&self.parsed).put(Arc::from(query), parsed.clone());
        Ok(Document::Kept(parsed))
    }
}

/// A request's parsed document: its own, or a kept one.
enum Document {
    Own(ExecutableDocument),
    Kept(Arc<Parsed>),
}

impl Document {
    /// With the schema fixed, the rules find in a document what they found
    /// the last time, except for the values of its variables.
    fn validation(
        &self,
        variables: &[Positioned<VariableDefinition>],
        values: &Variables,
    ) -> Validation {
        match self {
            Document::Kept(parsed)
                if parsed.passed.load(Ordering::Relaxed)
                    && variable_values::plainly_valid(variables, values) =>
            {
                Validation::Passed
            }
            Document::Kept(parsed) => Validation::Needed(Some(parsed.clone())),
            Document::Own(_) => Validation::Needed(None),
        }
    }

    /// The document to execute (a kept one is copied: execution takes it
    /// by value).
    fn into_owned(self) -> ExecutableDocument {
        match self {
            Document::Own(document) => document,
            Document::Kept(parsed) => parsed.document.clone(),
        }
    }
}

impl std::ops::Deref for Document {
    type Target = ExecutableDocument;

    fn deref(&self) -> &ExecutableDocument {
        match self {
            Document::Own(document) => document,
            Document::Kept(parsed) => &parsed.document,
        }
    }
}

fn nonzero(n: usize) -> NonZeroUsize {
    NonZeroUsize::new(n).unwrap_or(NonZeroUsize::MIN)
}

/// A poisoned cache is still a valid cache: its entries are whole.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The hash of a `persistedQuery` extension of version 1.
fn persisted_hash(extension: &Value) -> ServerResult<String> {
    let Value::Object(fields) = extension else {
        return Err(bad_persisted_query());
    };
    match (fields.get("version"), fields.get("sha256Hash")) {
        (Some(Value::Number(version)), Some(Value::String(hash)))
            if version.as_i64() == Some(1) =>
        {
            Ok(hash.to_lowercase())
        }
        _ => Err(bad_persisted_query()),
    }
}

fn bad_persisted_query() -> ServerError {
    ServerError::new(
        "extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<hex SHA-256 of the query>\" }",
        None,
    )
}

/// The operation a request runs, as async-graphql will choose it.
struct Selected<'a> {
    name: Option<String>,
    definition: &'a OperationDefinition,
}

/// The operation `operationName` names, or the document's only one.
fn selected_operation<'a>(
    document: &'a ExecutableDocument,
    requested: Option<&str>,
) -> ServerResult<Selected<'a>> {
    let mut operations = document.operations.iter();
    let found = match requested {
        Some(name) => operations.find(|(op_name, _)| op_name.is_some_and(|n| n.as_str() == name)),
        None => {
            let first = operations.next();
            if operations.next().is_some() {
                return Err(ServerError::new(
                    "the document holds several operations: say which to run with operationName",
                    None,
                ));
            }
            first
        }
    };
    let (name, operation) = found.ok_or_else(|| {
        ServerError::new(
            format!(
                "the document has no operation named {:?}",
                requested.unwrap_or_default()
            ),
            None,
        )
    })?;
    Ok(Selected {
        name: name.map(|n| n.to_string()),
        definition: &operation.node,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_document_is_parsed_once_and_checked_every_time() {
        let documents = Documents::new(None);
        let text = "query A { viewer { subject } }";
        let first = documents.prepare(Request::new(text)).expect("prepares");
        assert_eq!(first.operation_name.as_deref(), Some("A"));
        assert_eq!(first.operation_type, OperationType::Query);
        let cached = lock(&documents.parsed).get(text).cloned().expect("cached");
        let Document::Kept(again) = documents.parse(text).expect("parses") else {
            panic!("not kept");
        };
        assert!(Arc::ptr_eq(&cached, &again));

        let mutation = "mutation M { revokeToken(jti: \"x\") }";
        let prepared = documents.prepare(Request::new(mutation)).expect("prepares");
        assert_eq!(prepared.operation_type, OperationType::Mutation);
    }

    #[test]
    fn only_a_document_that_passed_with_plainly_valid_values_skips_the_rules() {
        let documents = Documents::new(None);
        let passes = |text: &str, variables: serde_json::Value| {
            let request = Request::new(text).variables(Variables::from_json(variables));
            let prepared = documents.prepare(request).expect("prepares");
            let skipped = matches!(prepared.validation, Validation::Passed);
            prepared.validation.passed();
            skipped
        };
        let plain = "{ viewer { subject } }";
        assert!(!passes(plain, json!({})), "the first time it is checked");
        assert!(passes(plain, json!({})), "after a pass it is not");

        let with_variables = "query Q($first: Int) { caseStudies(first: $first) { totalCount } }";
        assert!(!passes(with_variables, json!({ "first": 1 })));
        assert!(passes(with_variables, json!({ "first": 2 })));
        assert!(
            !passes(with_variables, json!({ "first": "two" })),
            "a value of another kind is checked"
        );

        let enum_variable = "query E($v: Visibility) { caseStudies(first: 1, filter: { visibility: $v }) { totalCount } }";
        assert!(!passes(enum_variable, json!({ "v": "PUBLIC" })));
        assert!(
            !passes(enum_variable, json!({ "v": "PUBLIC" })),
            "an enum's values are checked every time"
        );

        let unexecuted = "{ organisations(first: 1) { totalCount } }";
        let prepared = documents
            .prepare(Request::new(unexecuted))
            .expect("prepares");
        assert!(matches!(prepared.validation, Validation::Needed(Some(_))));
        let again = documents
            .prepare(Request::new(unexecuted))
            .expect("prepares");
        assert!(
            matches!(again.validation, Validation::Needed(_)),
            "without a pass recorded it is checked again"
        );
    }

    #[test]
    fn a_persisted_query_is_kept_only_once_it_parses() {
        let documents = Documents::new(None);
        let persisted = |text: &str, hash: &str| {
            let mut request = Request::new(text);
            request.extensions.insert(
                "persistedQuery".to_owned(),
                Value::from_json(serde_json::json!({ "version": 1, "sha256Hash": hash }))
                    .expect("a value"),
            );
            request
        };
        let broken = "{ viewer {";
        let hash = crate::graphql::trusted::sha256_hex(broken);
        assert!(documents.prepare(persisted(broken, &hash)).is_err());
        let by_hash = documents
            .prepare(persisted("", &hash))
            .err()
            .expect("unknown");
        assert_eq!(by_hash.message, "PersistedQueryNotFound");

        let sound = "{ viewer { subject } }";
        let hash = crate::graphql::trusted::sha256_hex(sound);
        documents
            .prepare(persisted(sound, &hash))
            .expect("registers");
        documents
            .prepare(persisted("", &hash))
            .expect("runs by hash");
    }

    #[test]
    fn a_long_document_is_not_kept() {
        let documents = Documents::new(None);
        let text = format!("query {{ viewer {{ subject }} }} # {}", "x".repeat(5_000));
        documents
            .prepare(Request::new(text.as_str()))
            .expect("prepares");
        assert!(lock(&documents.parsed).get(text.as_str()).is_none());
    }

    #[test]
    fn several_operations_need_a_name() {
        let documents = Documents::new(None);
        let text = "query A { viewer { subject } } query B { viewer { subject } }";
        assert!(documents.prepare(Request::new(text)).is_err());
        let named = documents
            .prepare(Request::new(text).operation_name("B"))
            .expect("prepares");
        assert_eq!(named.operation_name.as_deref(), Some("B"));
        assert!(
            documents
                .prepare(Request::new(text).operation_name("C"))
                .is_err()
        );
    }
}
