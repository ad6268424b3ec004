//! Costar: the GraphQL API where councils and their partners share
//! co-production practice. This crate holds the server: configuration, the
//! caller's scope, data access, the GraphQL schema and the HTTP surface. The
//! command line is the `costar` binary's; the synthetic benchmark network,
//! `costar-synthetic`'s (`bench/synthetic`).

pub mod app;
pub mod auth;
pub mod config;
pub mod db;
pub mod error;
pub mod graphiql;
pub mod graphql;
pub mod http;
pub mod live;
pub mod metrics;
pub mod rate_limit;
pub mod scope;
pub mod seed;
pub mod socket;
pub mod telemetry;

pub use app::Application;
pub use config::Config;
