//! Configuration, read once from the environment into a plain struct that
//! tests build directly. A bad value stops start-up with one line naming the
//! variable.

use std::{fmt, net::SocketAddr, path::PathBuf, time::Duration};

/// The embedded, zero-set-up database.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://costar.db?mode=rwc";
/// Signs development tokens when `COSTAR_JWT_SECRET` is unset.
const DEVELOPMENT_JWT_SECRET: &str = "costar-development-secret-do-not-use-in-production";

/// A secret whose `Debug` never prints it.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretString(String);

impl SecretString {
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Which browser origins may call the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorsOrigins {
    /// Any origin: safe because credentials travel in a header, not cookies.
    Any,
    List(Vec<String>),
}

/// Where the token-signing secret came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwtSecret {
    Configured(SecretString),
    /// The built-in development secret, for the embedded database only;
    /// start-up warns loudly.
    Development,
    /// No HS256 secret: only tokens signed by a key of the JWKS file pass.
    Off,
}

impl JwtSecret {
    /// The HS256 secret, or `None` when the HS256 path is off.
    pub fn value(&self) -> Option<SecretString> {
        match self {
            Self::Configured(secret) => Some(secret.clone()),
            Self::Development => Some(SecretString::new(DEVELOPMENT_JWT_SECRET)),
            Self::Off => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    /// A read replica for queries (mutations, and reads inside them, go to the primary).
    pub database_read_url: Option<String>,
    pub bind: SocketAddr,
    pub jwt_secret: JwtSecret,
    pub jwt_public_keys: Option<PathBuf>,
    pub jwt_issuer: String,
    pub jwt_audience: String,
    pub log_format: LogFormat,
    pub cors_origins: CorsOrigins,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Longest a request may run before it is answered with a timeout.
    pub request_timeout: Duration,
    /// Longest one SQL statement may run on Postgres (`statement_timeout`).
    pub db_statement_timeout: Duration,
    /// Serve GraphiQL to browsers on `GET /graphql`.
    pub graphiql: bool,
    /// Serve the Explorer at `GET /`.
    pub explorer: bool,
    /// Operations slower than this are logged at WARN.
    pub slow_operation: Duration,
    /// A manifest of the only operations the server runs, when set.
    pub trusted_documents: Option<PathBuf>,
    /// Largest number of database connections in the pool.
    pub db_max_connections: u32,
    /// GraphQL requests run at once; the rest wait, their bodies unread.
    pub max_concurrent_requests: u32,
    /// GraphQL requests with large bodies (over 64 KiB: batches) run at
    /// once, within `max_concurrent_requests`.
    pub max_concurrent_large_requests: u32,
    /// Requests a token (or an anonymous address) may make per minute, sustained.
    pub rate_limit_per_minute: std::num::NonZeroU32,
    /// Requests it may make at once before the per-minute rate applies.
    pub rate_limit_burst: std::num::NonZeroU32,
    /// WebSockets one client address may hold open at once.
    pub sockets_per_address: usize,
    /// WebSockets one token may hold open at once.
    pub sockets_per_token: usize,
    /// Where the search index is kept (`None`: in memory, built at start).
    pub search_index: Option<PathBuf>,
}

/// A configuration variable with a bad value.
#[derive(Debug, thiserror::Error)]
#[error("{variable}: {message}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub message: String,
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup` (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(bad(
                "DATABASE_URL",
                "expected a sqlite:// or postgres:// URL",
            ));
        }
        let database_read_url = get("DATABASE_READ_URL");
        if let Some(url) = &database_read_url {
            let postgres = |u: &str| u.starts_with("postgres://") || u.starts_with("postgresql://");
            if !postgres(url) || !postgres(&database_url) {
                return Err(bad(
                    "DATABASE_READ_URL",
                    "a read replica is a postgres:// URL, beside a postgres:// DATABASE_URL",
                ));
            }
        }
        let bind = match get("COSTAR_BIND") {
            None => SocketAddr::from(([127, 0, 0, 1], 8080)),
            Some(value) => value.parse().map_err(|_| {
                bad(
                    "COSTAR_BIND",
                    format!("expected an address like 127.0.0.1:8080, got {value:?}"),
                )
            })?,
        };
        let jwt_public_keys = get("COSTAR_JWT_PUBLIC_KEYS").map(PathBuf::from);
        let embedded = database_url.starts_with("sqlite:");
        // The development secret is published with the source: it may only
        // sign tokens for the embedded database on a developer's machine.
        let jwt_secret = match get("COSTAR_JWT_SECRET") {
            None if embedded => JwtSecret::Development,
            None if jwt_public_keys.is_some() => JwtSecret::Off,
            None => {
                return Err(bad(
                    "COSTAR_JWT_SECRET",
                    "must be set on any database but the embedded default (make one with `openssl rand -base64 48`), or set COSTAR_JWT_PUBLIC_KEYS to accept only an identity provider's tokens",
                ));
            }
            Some(secret) if secret.len() < 32 => {
                return Err(bad(
                    "COSTAR_JWT_SECRET",
                    "must be at least 32 characters long",
                ));
            }
            Some(secret) => JwtSecret::Configured(SecretString::new(secret)),
        };
        if let Some(path) = &jwt_public_keys
            && !path.is_file()
        {
            return Err(bad(
                "COSTAR_JWT_PUBLIC_KEYS",
                format!("no JWKS file at {}", path.display()),
            ));
        }
        let log_format = match get("COSTAR_LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(bad(
                    "COSTAR_LOG_FORMAT",
                    format!("expected text or json, got {other:?}"),
                ));
            }
        };
        let cors_origins = match get("COSTAR_CORS_ORIGINS").as_deref() {
            None | Some("*") => CorsOrigins::Any,
            Some(list) => {
                let origins: Vec<String> = list
                    .split(',')
                    .map(|o| o.trim().to_owned())
                    .filter(|o| !o.is_empty())
                    .collect();
                if let Some(origin) = origins
                    .iter()
                    .find(|o| !(o.starts_with("http://") || o.starts_with("https://")))
                {
                    return Err(bad(
                        "COSTAR_CORS_ORIGINS",
                        format!(
                            "expected * or a comma-separated list of http(s) origins, got {origin:?}"
                        ),
                    ));
                }
                CorsOrigins::List(origins)
            }
        };
        let search_index = match get("COSTAR_SEARCH_INDEX") {
            Some(value) if value.trim() == "memory" => None,
            Some(dir) => Some(PathBuf::from(dir.trim())),
            None => beside_the_database(&database_url),
        };
        Ok(Self {
            database_url,
            database_read_url,
            bind,
            jwt_secret,
            jwt_public_keys,
            jwt_issuer: get("COSTAR_JWT_ISSUER").unwrap_or_else(|| "costar".to_owned()),
            jwt_audience: get("COSTAR_JWT_AUDIENCE").unwrap_or_else(|| "costar".to_owned()),
            log_format,
            cors_origins,
            body_limit: parse_number(&get, "COSTAR_BODY_LIMIT_BYTES", 1024 * 1024)?,
            request_timeout: Duration::from_secs(parse_number(
                &get,
                "COSTAR_REQUEST_TIMEOUT_SECS",
                30,
            )?),
            db_statement_timeout: Duration::from_millis(parse_number(
                &get,
                "COSTAR_DB_STATEMENT_TIMEOUT_MS",
                15_000,
            )?),
            graphiql: parse_bool(&get, "COSTAR_GRAPHIQL", true)?,
            explorer: parse_bool(&get, "COSTAR_EXPLORER", true)?,
            trusted_documents: get("COSTAR_TRUSTED_DOCUMENTS")
                .filter(|v| !v.trim().is_empty())
                .map(PathBuf::from),
            slow_operation: Duration::from_millis(parse_number(
                &get,
                "COSTAR_SLOW_OPERATION_MS",
                1000,
            )?),
            db_max_connections: parse_number(&get, "COSTAR_DB_MAX_CONNECTIONS", 10)?,
            max_concurrent_requests: parse_number(&get, "COSTAR_MAX_CONCURRENT_REQUESTS", 32)?,
            max_concurrent_large_requests: parse_number(
                &get,
                "COSTAR_MAX_CONCURRENT_LARGE_REQUESTS",
                4,
            )?,
            rate_limit_per_minute: non_zero(parse_number(
                &get,
                "COSTAR_RATE_LIMIT_PER_MINUTE",
                1200,
            )?),
            rate_limit_burst: non_zero(parse_number(&get, "COSTAR_RATE_LIMIT_BURST", 200)?),
            sockets_per_address: parse_number(&get, "COSTAR_WS_PER_ADDRESS", 256)?,
            sockets_per_token: parse_number(&get, "COSTAR_WS_PER_TOKEN", 32)?,
            search_index,
        })
    }

    /// Whether the database is the embedded SQLite one.
    pub fn is_embedded(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

/// The search index's default place: beside an embedded database's file
/// (`costar.db.search`), in memory for an in-memory one or Postgres.
fn beside_the_database(database_url: &str) -> Option<PathBuf> {
    let path = database_url.strip_prefix("sqlite://")?;
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path.contains(":memory:") {
        return None;
    }
    Some(PathBuf::from(format!("{path}.search")))
}

/// `parse_number` only answers positive numbers.
fn non_zero(n: u32) -> std::num::NonZeroU32 {
    std::num::NonZeroU32::new(n).unwrap_or(std::num::NonZeroU32::MIN)
}

fn bad(variable: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        message: message.into(),
    }
}

fn parse_number<T: std::str::FromStr + PartialOrd + Default>(
    get: &impl Fn(&str) -> Option<String>,
    variable: &'static str,
    default: T,
) -> Result<T, ConfigError> {
    match get(variable) {
        None => Ok(default),
        Some(value) => match value.trim().parse::<T>() {
            Ok(n) if n > T::default() => Ok(n),
            _ => Err(bad(
                variable,
                format!("expected a positive whole number, got {value:?}"),
            )),
        },
    }
}

fn parse_bool(
    get: &impl Fn(&str) -> Option<String>,
    variable: &'static str,
    default: bool,
) -> Result<bool, ConfigError> {
    match get(variable).as_deref().map(str::trim) {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(bad(
            variable,
            format!("expected true or false, got {other:?}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn defaults_serve_the_embedded_database_on_localhost() {
        let config = config(&[]).expect("defaults are valid");
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.jwt_secret, JwtSecret::Development);
        assert!(config.is_embedded());
        assert_eq!(
            config.search_index.as_deref(),
            Some(std::path::Path::new("costar.db.search"))
        );
    }

    #[test]
    fn the_search_index_is_in_memory_unless_it_has_a_place() {
        let memory = config(&[("DATABASE_URL", "sqlite::memory:")]).expect("valid");
        assert_eq!(memory.search_index, None);
        let named = config(&[("COSTAR_SEARCH_INDEX", "/var/lib/costar/search")]).expect("valid");
        assert_eq!(
            named.search_index.as_deref(),
            Some(std::path::Path::new("/var/lib/costar/search"))
        );
        let asked = config(&[("COSTAR_SEARCH_INDEX", "memory")]).expect("valid");
        assert_eq!(asked.search_index, None);
    }

    #[test]
    fn postgres_without_a_secret_does_not_start() {
        let err = config(&[("DATABASE_URL", "postgres://db/costar")]).expect_err("must fail");
        assert_eq!(err.variable, "COSTAR_JWT_SECRET");
        assert!(err.message.contains("openssl rand"), "{err}");
    }

    #[test]
    fn postgres_with_only_public_keys_turns_the_hs256_path_off() {
        let jwks = tempfile_jwks();
        let config = config(&[
            ("DATABASE_URL", "postgres://db/costar"),
            ("COSTAR_JWT_PUBLIC_KEYS", jwks.to_str().expect("utf-8 path")),
        ])
        .expect("valid");
        assert_eq!(config.jwt_secret, JwtSecret::Off);
        assert!(config.jwt_secret.value().is_none());
    }

    /// An (empty) JWKS file: the configuration only checks that it exists.
    fn tempfile_jwks() -> PathBuf {
        let path = std::env::temp_dir().join(format!("costar-jwks-{}.json", std::process::id()));
        std::fs::write(&path, r#"{"keys":[]}"#).expect("temp file");
        path
    }

    #[test]
    fn a_bad_bind_address_names_the_variable() {
        let err = config(&[("COSTAR_BIND", "nowhere")]).expect_err("must fail");
        assert_eq!(err.variable, "COSTAR_BIND");
        assert!(err.to_string().starts_with("COSTAR_BIND: "), "{err}");
    }

    #[test]
    fn a_short_secret_is_refused() {
        let err = config(&[("COSTAR_JWT_SECRET", "short")]).expect_err("must fail");
        assert_eq!(err.variable, "COSTAR_JWT_SECRET");
    }

    #[test]
    fn an_unknown_database_scheme_is_refused() {
        let err = config(&[("DATABASE_URL", "mysql://x")]).expect_err("must fail");
        assert_eq!(err.variable, "DATABASE_URL");
    }

    #[test]
    fn a_read_replica_is_postgres_beside_postgres() {
        let err = config(&[("DATABASE_READ_URL", "postgres://replica/costar")])
            .expect_err("the embedded database has no replica");
        assert_eq!(err.variable, "DATABASE_READ_URL");
        let primary = ("DATABASE_URL", "postgres://primary/costar");
        let secret = (
            "COSTAR_JWT_SECRET",
            "a-secret-of-at-least-thirty-two-characters",
        );
        let err = config(&[primary, secret, ("DATABASE_READ_URL", "sqlite://x.db")])
            .expect_err("must fail");
        assert_eq!(err.variable, "DATABASE_READ_URL");
        let both = config(&[
            primary,
            secret,
            ("DATABASE_READ_URL", "postgres://replica/costar"),
        ])
        .expect("valid");
        assert_eq!(
            both.database_read_url.as_deref(),
            Some("postgres://replica/costar")
        );
    }

    #[test]
    fn secrets_do_not_print() {
        let secret = SecretString::new("very-secret");
        assert_eq!(format!("{secret:?}"), "***");
    }
}
