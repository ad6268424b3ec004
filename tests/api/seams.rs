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

#[test]
fn mutations_forget_what_the_request_loaded_before_they_write() {
    // A loader answers from what it read earlier in the request; a write
    // may have changed it since. Every mutation takes its database through
    // `scoped_db_for_write`, which forgets first.
    let mutations = Path::new(env!("CARGO_MANIFEST_DIR")).join("api/src/graphql/mutation");
    let mut writes = 0;
    for (path, text) in sources(&mutations) {
        assert!(
            !text.contains(".scoped_db()"),
            "{path} writes through scoped_db(): use scoped_db_for_write()"
        );
        writes += text.matches(".scoped_db_for_write()").count();
    }
    assert!(
        writes > 20,
        "the mutations were not found ({writes} writes)"
    );
}

/// The rooms of the server library from the bottom up: a room may use
/// rooms of the layers before its own, never its own layer's others or
/// those above. Holding to this, rooms cannot import each other in a
/// circle. `docs/architecture.md` draws the same picture.
const LAYERS: &[&[&str]] = &[
    &["config", "error"],
    &["telemetry", "domain"],
    &["store"],
    &["metrics", "tenancy"],
    &["repo"],
    &["auth", "live", "seed"],
    &["graphql"],
    &["http"],
    &["app"],
];

fn layer_of(room: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&room))
}

/// The text without comments and without the file's test module (tests
/// may reach anything they test).
fn code_of(text: &str) -> String {
    let text = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    text.lines()
        .map(|line| match line.trim_start().starts_with("//") {
            true => "",
            false => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first names of the paths that follow `at` in `code`: `x` for
/// `x::…`, and `a`, `b` for `{a::…, b}`.
fn heads(code: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(inner) = code.strip_prefix('{') else {
        return vec![ident(code)];
    };
    let mut found = Vec::new();
    let mut depth = 0;
    let mut at_item = true;
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => at_item = true,
            c if at_item && !c.is_whitespace() => {
                found.push(ident(&inner[i..]));
                at_item = false;
            }
            _ => {}
        }
    }
    found
}

/// Each room of `api/src` and the rooms its code names.
fn rooms_used() -> Vec<(String, String, std::collections::BTreeSet<String>)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("api/src");
    let mut found = Vec::new();
    for (path, text) in sources(&src) {
        let relative = Path::new(&path)
            .strip_prefix(&src)
            .expect("under api/src")
            .with_extension("");
        let mut module: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if module
            .last()
            .is_some_and(|last| last == "mod" || last == "lib")
        {
            module.pop();
        }
        let Some(room) = module.first().cloned() else {
            continue; // lib.rs declares the rooms
        };
        let code = code_of(&text);
        let mut used = std::collections::BTreeSet::new();
        for (at, _) in code.match_indices("crate::") {
            used.extend(heads(&code[at + "crate::".len()..]));
        }
        // `super::` that climbs out of the room lands at the crate's root.
        for (at, _) in code.match_indices("super::") {
            if code[..at].ends_with("super::") {
                continue;
            }
            let mut rest = &code[at..];
            let mut climbed = 0;
            while let Some(after) = rest.strip_prefix("super::") {
                climbed += 1;
                rest = after;
            }
            if climbed >= module.len() {
                used.extend(heads(rest));
            }
        }
        used.retain(|used| used != &room && !used.is_empty());
        found.push((path, room, used));
    }
    found
}

#[test]
fn rooms_import_only_rooms_below_them() {
    let mut wrong = Vec::new();
    for (path, room, used) in rooms_used() {
        let Some(own) = layer_of(&room) else {
            wrong.push(format!("{path}: room `{room}` is in no layer of LAYERS"));
            continue;
        };
        for other in used {
            match layer_of(&other) {
                Some(layer) if layer < own => {}
                Some(_) => wrong.push(format!(
                    "{path}: `{room}` uses `{other}`, which is not below it"
                )),
                None => wrong.push(format!("{path}: `{other}` is in no layer of LAYERS")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_room_reader_sees_the_imports_it_checks() {
    // The reader above must see what it checks, or its test passes on
    // anything: every room but the lowest uses one below it.
    let used: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = rooms_used()
        .into_iter()
        .fold(Default::default(), |mut all, (_, room, used)| {
            all.entry(room).or_default().extend(used);
            all
        });
    assert!(used["http"].contains("graphql"), "{used:?}");
    assert!(used["repo"].contains("tenancy"), "{used:?}");
    assert!(used["tenancy"].contains("store"), "{used:?}");
    assert_eq!(heads("{a::b, c::{d, e}, f}"), ["a", "c", "f"]);
    assert_eq!(heads("store::Db;"), ["store"]);
}

#[test]
fn the_inline_path_is_checked_against_this_async_graphql() {
    // graphql/fast/inline.rs reads `ContextBase::item` and the query's
    // fragments, which async-graphql leaves out of its documentation. An
    // upgrade may change them without notice: read that file against the
    // new executor (and run the `inline` tests), then name the new version.
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"))
        .expect("Cargo.lock");
    let version = lock
        .split("[[package]]")
        .find(|package| package.contains("\nname = \"async-graphql\"\n"))
        .and_then(|package| package.lines().find(|l| l.starts_with("version = ")))
        .expect("async-graphql in Cargo.lock");
    assert_eq!(
        version, "version = \"7.2.1\"",
        "async-graphql changed: check api/src/graphql/fast/inline.rs against it first"
    );
}
