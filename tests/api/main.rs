//! Integration tests: each starts the real application on port 0 over its
//! own fresh database (a SQLite file in a temp dir, or a new Postgres
//! database when `COSTAR_TEST_POSTGRES` names a server) and talks HTTP to it.

mod helpers;

mod auth;
mod backend;
mod cluster;
mod curation;
mod demo;
mod explain;
mod explorer;
mod explorer_filters;
mod facets;
mod failure;
mod feed;
mod http;
mod inline;
mod kept;
mod limits;
mod live;
mod metrics;
mod mutations;
mod node;
#[cfg(feature = "otlp")]
mod otlp;
mod pagination;
mod peer_reviews;
mod plans;
mod positional;
mod practice;
mod revisions;
mod schema;
mod seams;
mod search;
mod search_index;
mod security;
mod socket;
mod sql_count;
mod strings;
mod sync;
mod sync_client;
mod synthetic;
mod tenancy;
mod toolkit;
mod toolkit_focus;
mod toolkit_market;
mod translations;
mod wall;
mod ws;
