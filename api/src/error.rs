//! The one error type of the request path and the codes clients see in
//! `extensions.code`. Resolvers return [`Result`]; `graphql::errors::shape`
//! turns an [`AppError`] into its code and makes sure no database or
//! internal detail reaches a client.

use sea_orm::DbErr;

/// Errors a request can end in.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("this needs a bearer token: send Authorization: Bearer <token>")]
    Unauthenticated,
    /// The caller may see the record but not do this to it; says why.
    #[error("{0}")]
    Forbidden(&'static str),
    /// Also what a caller gets for a record it may not see.
    #[error("{entity} not found")]
    NotFound { entity: &'static str },
    #[error("{message}")]
    BadInput {
        field: Option<String>,
        message: String,
    },
    /// A stale `expectedVersion` (with the stored version) or a duplicate key.
    #[error("{message}")]
    Conflict {
        message: String,
        current_version: Option<i32>,
    },
    #[error("the database is unavailable, try again shortly")]
    Unavailable,
    /// A statement ran past the database's statement timeout.
    #[error(
        "the request took too long and was stopped: ask for less (smaller pages, fewer nested lists)"
    )]
    Timeout,
    #[error("database error")]
    Db(#[source] DbErr),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// A bad input about one argument or input field, with what to fix.
    pub fn bad_input(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::BadInput {
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// The `extensions.code` clients branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden(_) => "FORBIDDEN",
            Self::NotFound { .. } => "NOT_FOUND",
            Self::BadInput { .. } => "BAD_USER_INPUT",
            Self::Conflict { .. } => "CONFLICT",
            Self::Unavailable => "SERVICE_UNAVAILABLE",
            Self::Timeout => "TIMEOUT",
            Self::Db(_) | Self::Internal(_) => "INTERNAL_SERVER_ERROR",
        }
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        if let Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
            return Self::Conflict {
                message: "a record with this key already exists".to_owned(),
                current_version: None,
            };
        }
        if connection_lost(&err) {
            return Self::Unavailable;
        }
        if statement_timed_out(&err) {
            return Self::Timeout;
        }
        Self::Db(err)
    }
}

/// Whether `err` is Postgres cancelling a statement at `statement_timeout`.
fn statement_timed_out(err: &DbErr) -> bool {
    use sea_orm::{RuntimeErr, sqlx::Error};
    match err {
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            matches!(e.as_ref(), Error::Database(db) if db.code().as_deref() == Some("57014"))
        }
        _ => false,
    }
}

/// Whether `err` is the database going away (down, restarting, or a
/// connection cut mid-statement) rather than a statement it refused: the
/// client may retry.
fn connection_lost(err: &DbErr) -> bool {
    use sea_orm::{RuntimeErr, sqlx::Error};
    let sqlx = match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => e,
        _ => return false,
    };
    match sqlx.as_ref() {
        Error::Io(_)
        | Error::Tls(_)
        | Error::Protocol(_)
        | Error::PoolTimedOut
        | Error::PoolClosed
        | Error::WorkerCrashed => true,
        // Class 08 (connection exception), 57P (operator intervention:
        // shutdown, crash shutdown, cannot connect now), and 40001, which a
        // read replica raises when replay cancels a conflicting query.
        Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || code.starts_with("57P") || code == "40001"
        }),
        _ => false,
    }
}

/// Loaders share one error among all the fields waiting on a batch.
impl From<std::sync::Arc<AppError>> for AppError {
    fn from(shared: std::sync::Arc<AppError>) -> Self {
        match std::sync::Arc::try_unwrap(shared) {
            Ok(err) => err,
            Err(shared) => match &*shared {
                Self::Unauthenticated => Self::Unauthenticated,
                Self::Forbidden(why) => Self::Forbidden(why),
                Self::NotFound { entity } => Self::NotFound { entity },
                Self::BadInput { field, message } => Self::BadInput {
                    field: field.clone(),
                    message: message.clone(),
                },
                Self::Conflict {
                    message,
                    current_version,
                } => Self::Conflict {
                    message: message.clone(),
                    current_version: *current_version,
                },
                Self::Unavailable => Self::Unavailable,
                Self::Timeout => Self::Timeout,
                Self::Db(err) => Self::Internal(anyhow::anyhow!("{err}")),
                Self::Internal(err) => Self::Internal(anyhow::anyhow!("{err:#}")),
            },
        }
    }
}

/// The result type of the request path. Named `Result` so that
/// async-graphql's macros recognise it as a result.
pub type Result<T, E = AppError> = std::result::Result<T, E>;
