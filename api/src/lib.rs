//! Costar: the GraphQL API where councils and their partners share
//! co-production practice. This crate holds the server: configuration, the
//! caller's scope, data access, the GraphQL schema and the HTTP surface. The
//! command line is the `costar` binary's; the synthetic benchmark network,
//! `costar-synthetic`'s (`bench/synthetic`).

pub mod app;
pub mod auth;
pub mod config;
pub mod domain;
pub mod error;
pub mod graphql;
pub mod http;
pub mod live;
pub mod metrics;
pub mod repo;
pub mod seed;
pub mod store;
pub mod telemetry;
pub mod tenancy;

pub use app::Application;
pub use config::Config;
