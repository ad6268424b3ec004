//! `schema.graphql` is what clients build against: it must equal the live schema.

#[test]
fn schema_file_matches_the_live_schema() {
    let live = api::graphql::sdl();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql");
    if std::env::var("UPDATE_SCHEMA").is_ok_and(|v| v == "1") {
        std::fs::write(path, &live).expect("write schema.graphql");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == live,
        "schema.graphql differs from the live schema; regenerate it with `UPDATE_SCHEMA=1 cargo test --test api schema` \
         (or `cargo run -- schema > schema.graphql`) and review the diff"
    );
}
