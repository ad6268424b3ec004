//! Costar: the GraphQL API where councils and their partners share
//! co-production practice. This crate holds the server: configuration, the
//! caller's scope, data access, the GraphQL schema and the HTTP surface. The
//! command line is the `costar` binary's; the synthetic benchmark network,
//! `costar-synthetic`'s (`bench/synthetic`).

// The rooms, from the bottom up: a room uses only rooms of a lower layer of
// `LAYERS` (the `rooms_import_only_rooms_below_them` test, `tests/api/seams.rs`). `api/clippy.toml` keeps
// the bare connection and statements on tables out of every room but those
// allowed here, each for the reason given.

pub mod config;
pub mod error;
pub mod telemetry;

// Pure rules, no I/O.
pub mod domain;

// Connections, the pool and paging: it wraps the bare connection.
#[allow(clippy::disallowed_types, clippy::disallowed_methods)]
pub mod store;

pub mod metrics;

// The caller's scope: it turns the bare connection into scoped statements.
#[allow(clippy::disallowed_types, clippy::disallowed_methods)]
pub mod tenancy;

// The repositories: the executors of scoped statements.
#[allow(clippy::disallowed_types, clippy::disallowed_methods)]
pub mod repo;

// Reads the change log on a pool of its own, on behalf of no caller.
#[allow(clippy::disallowed_types)]
pub mod live;

// Token checks run before there is a caller to scope them by.
#[allow(clippy::disallowed_types)]
pub mod auth;

// Loads the demo network into an empty database.
#[allow(clippy::disallowed_types, clippy::disallowed_methods)]
pub mod seed;

pub mod graphql;

pub mod http;

// Start-up wiring: connects the pools and hands them to the handlers.
#[allow(clippy::disallowed_types)]
pub mod app;

pub use app::Application;
pub use config::Config;
