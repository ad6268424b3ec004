//! Trusted documents: a production portal's server runs only the
//! operations registered for it (`COSTAR_TRUSTED_DOCUMENTS`), sent whole or
//! by their SHA-256 hash as persisted queries. Anything else is refused
//! before it is parsed.

use std::{collections::HashMap, path::Path, sync::Arc};

use anyhow::Context;
use async_graphql::{Request, ServerError, ServerResult};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// The registered operations, by the hex SHA-256 of their text.
#[derive(Clone)]
pub struct TrustedDocuments(Arc<HashMap<String, String>>);

/// The manifest formats read: Apollo's persisted query manifest, or a
/// plain object from hash to document.
#[derive(Deserialize)]
#[serde(untagged)]
enum Manifest {
    Apollo { operations: Vec<ManifestOperation> },
    Map(HashMap<String, String>),
}

#[derive(Deserialize)]
struct ManifestOperation {
    id: String,
    body: String,
}

pub fn sha256_hex(text: &str) -> String {
    format!("{:x}", Sha256::digest(text.as_bytes()))
}

impl TrustedDocuments {
    /// Reads a manifest; every hash must be that of its document.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let manifest: Manifest = serde_json::from_str(&text).with_context(|| {
            format!(
                "{} is neither an Apollo persisted query manifest nor an object from SHA-256 hash to document",
                path.display()
            )
        })?;
        let entries: Vec<(String, String)> = match manifest {
            Manifest::Apollo { operations } => {
                operations.into_iter().map(|o| (o.id, o.body)).collect()
            }
            Manifest::Map(map) => map.into_iter().collect(),
        };
        let mut documents = HashMap::new();
        for (hash, body) in entries {
            let actual = sha256_hex(&body);
            if actual != hash.to_lowercase() {
                anyhow::bail!(
                    "{}: the document registered as {hash} hashes to {actual}",
                    path.display()
                );
            }
            documents.insert(actual, body);
        }
        Ok(Self(Arc::new(documents)))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn not_registered(message: &str) -> ServerError {
    let mut error = ServerError::new(message, None);
    error
        .extensions
        .get_or_insert_with(Default::default)
        .set("code", "PERSISTED_QUERY_NOT_IN_LIST");
    error
}

impl TrustedDocuments {
    /// Lets `request` through when it runs a registered operation, filling
    /// in the document when it names one by hash only.
    pub fn admit(&self, request: &mut Request) -> ServerResult<()> {
        let named_hash = request
            .extensions
            .get("persistedQuery")
            .and_then(|value| match value {
                async_graphql::Value::Object(fields) => fields.get("sha256Hash").cloned(),
                _ => None,
            })
            .and_then(|hash| match hash {
                async_graphql::Value::String(hash) => Some(hash.to_lowercase()),
                _ => None,
            });
        if request.query.trim().is_empty() {
            let body = named_hash.as_ref().and_then(|hash| self.0.get(hash));
            match body {
                Some(body) => request.query = body.clone(),
                None => {
                    return Err(not_registered(
                        "no registered operation has this hash: this server runs registered operations only",
                    ));
                }
            }
        } else if !self.0.contains_key(&sha256_hex(&request.query)) {
            return Err(not_registered(
                "this operation is not registered: this server runs the operations of COSTAR_TRUSTED_DOCUMENTS only",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_with_a_wrong_hash_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("manifest.json");
        let query = "{ viewer { subject } }";
        std::fs::write(
            &path,
            serde_json::json!({ sha256_hex(query): query }).to_string(),
        )
        .expect("write");
        assert_eq!(TrustedDocuments::load(&path).expect("loads").len(), 1);
        std::fs::write(
            &path,
            serde_json::json!({ "operations": [{ "id": "abc", "body": query, "name": "V", "type": "query" }] })
                .to_string(),
        )
        .expect("write");
        let err = TrustedDocuments::load(&path).err().expect("refused");
        assert!(err.to_string().contains("hashes to"), "{err}");
    }
}
