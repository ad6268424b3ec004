//! Seams kept by reading the source: a rule a reviewer would otherwise
//! have to remember fails here when it is broken.

use std::path::Path;

/// The Rust files under `dir`, with their text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("readable");
            found.push((path.display().to_string(), text));
        }
    }
    found
}

#[test]
fn graphql_types_hold_no_connection() {
    // A value of a GraphQL type outlives the resolver that made it; the
    // connection it needs comes from the request's scope when it resolves.
    let types = Path::new(env!("CARGO_MANIFEST_DIR")).join("api/src/graphql/types");
    let connections = [
        "store::Db",
        "DatabaseConnection",
        "DatabaseTransaction",
        "ScopedDb",
    ];
    for (path, text) in sources(&types) {
        for name in connections {
            assert!(
                !text.contains(name),
                "{path} names {name}: take the connection from the context when resolving"
            );
        }
    }
}
