//! A reference sync client for partner organisations.
//!
//! It keeps a mirror of the case studies a token may see, by pulling the
//! `caseStudyChanges` feed from a saved cursor, and optionally pushes a batch
//! with `upsertCaseStudies`. It is safe to kill and rerun at any point: the
//! mirror is written before the cursor (both atomically, by rename), so a
//! run killed between the two replays one page, and replaying is harmless
//! (an UPSERT writes the same record again, a DELETE removes it again).
//!
//! ```sh
//! cargo run --example sync_client -- --url http://127.0.0.1:8080/graphql \
//!     --token "$TOKEN" --state ./mirror [--push batch.json]
//! ```

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use serde_json::{Value, json};

/// Where the client keeps its state.
pub struct Client {
    pub url: String,
    pub token: String,
    pub state: PathBuf,
    pub http: reqwest::Client,
}

/// A mirrored case study.
pub type Mirror = BTreeMap<String, Value>;

const FEED: &str = r#"
query($after: String) {
  caseStudyChanges(first: 100, after: $after) {
    nodes { op id externalId caseStudy { id externalId title summary version visibility status } }
    pageInfo { endCursor hasNextPage }
  }
}"#;

const UPSERT: &str = r#"
mutation($input: [UpsertCaseStudyInput!]!) { upsertCaseStudies(input: $input) { created updated unchanged } }"#;

impl Client {
    async fn graphql(&self, query: &str, variables: Value) -> Result<Value, String> {
        let response = self
            .http
            .post(&self.url)
            .bearer_auth(&self.token)
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .map_err(|e| format!("request failed: {e}"))?;
        let body: Value = response
            .json()
            .await
            .map_err(|e| format!("unreadable answer: {e}"))?;
        match body.get("errors") {
            Some(errors) => Err(format!("server refused: {errors}")),
            None => Ok(body["data"].clone()),
        }
    }

    fn cursor_path(&self) -> PathBuf {
        self.state.join("cursor")
    }

    fn mirror_path(&self) -> PathBuf {
        self.state.join("mirror.json")
    }

    pub fn load_mirror(&self) -> Mirror {
        std::fs::read(self.mirror_path())
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    fn load_cursor(&self) -> Value {
        std::fs::read_to_string(self.cursor_path())
            .map(Value::String)
            .unwrap_or(Value::Null)
    }

    /// Pushes a batch (retrying a batch is safe: unchanged items change nothing).
    pub async fn push(&self, batch: Value) -> Result<Value, String> {
        Ok(self.graphql(UPSERT, json!({ "input": batch })).await?["upsertCaseStudies"].clone())
    }

    /// Pulls every change since the saved cursor into the mirror. With
    /// `stop_before_cursor_after` pages, stops the way a kill would: after
    /// saving the mirror of that page, before saving its cursor.
    pub async fn pull(&self, stop_before_cursor_after: Option<usize>) -> Result<usize, String> {
        std::fs::create_dir_all(&self.state)
            .map_err(|e| format!("cannot create {}: {e}", self.state.display()))?;
        let mut mirror = self.load_mirror();
        let mut cursor = self.load_cursor();
        let mut pages = 0;
        loop {
            let data = self.graphql(FEED, json!({ "after": cursor })).await?;
            let feed = &data["caseStudyChanges"];
            for change in feed["nodes"].as_array().into_iter().flatten() {
                let id = change["id"].as_str().unwrap_or_default().to_owned();
                match change["op"].as_str() {
                    Some("UPSERT") => {
                        mirror.insert(id, change["caseStudy"].clone());
                    }
                    _ => {
                        mirror.remove(&id);
                    }
                }
            }
            write_atomically(
                &self.mirror_path(),
                &serde_json::to_vec_pretty(&mirror).unwrap_or_default(),
            )?;
            pages += 1;
            if stop_before_cursor_after == Some(pages) {
                return Err("stopped before saving the cursor".into());
            }
            if let Some(end) = feed["pageInfo"]["endCursor"].as_str() {
                write_atomically(&self.cursor_path(), end.as_bytes())?;
                cursor = Value::String(end.to_owned());
            }
            if !feed["pageInfo"]["hasNextPage"].as_bool().unwrap_or(false) {
                return Ok(pages);
            }
        }
    }
}

/// Writes `bytes` to `path` so that a reader sees the old or the new file, never half of one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let staged = path.with_extension("tmp");
    std::fs::write(&staged, bytes)
        .map_err(|e| format!("cannot write {}: {e}", staged.display()))?;
    std::fs::rename(&staged, path).map_err(|e| format!("cannot replace {}: {e}", path.display()))
}

#[allow(dead_code)]
#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let (Some(url), Some(token), Some(state)) = (arg("--url"), arg("--token"), arg("--state"))
    else {
        eprintln!("usage: sync_client --url URL --token JWT --state DIR [--push BATCH.json]");
        std::process::exit(2);
    };
    let client = Client {
        url,
        token,
        state: PathBuf::from(state),
        http: reqwest::Client::new(),
    };
    if let Some(file) = arg("--push") {
        let batch: Value = match std::fs::read(&file)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
        {
            Ok(batch) => batch,
            Err(err) => {
                eprintln!("error: --push {file}: {err}");
                std::process::exit(1);
            }
        };
        match client.push(batch).await {
            Ok(outcome) => println!("pushed: {outcome}"),
            Err(err) => {
                eprintln!("error: {err}");
                std::process::exit(1);
            }
        }
    }
    match client.pull(None).await {
        Ok(pages) => println!(
            "mirror up to date ({pages} pages read, {} case studies)",
            client.load_mirror().len()
        ),
        Err(err) => {
            eprintln!("error: {err}");
            std::process::exit(1);
        }
    }
}
