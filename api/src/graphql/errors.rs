//! [`shape`]: the one place errors are logged and given their
//! `extensions.code`, for every response over HTTP or a socket. Database and internal errors leave as "internal error"
//! with nothing of the SQL, the stack or the path.

use std::sync::Arc;

use async_graphql::{ErrorExtensionValues, ServerError, Value};

use crate::error::AppError;

fn app_error(error: &ServerError) -> Option<&AppError> {
    error
        .source::<AppError>()
        .or_else(|| error.source::<Arc<AppError>>().map(|arc| &**arc))
}

fn set_code(error: &mut ServerError, code: &str) {
    error
        .extensions
        .get_or_insert_with(ErrorExtensionValues::default)
        .set("code", Value::from(code));
}

/// Gives `error` its code and hides what it must not tell.
pub fn shape(error: &mut ServerError) {
    if let Some(app) = app_error(error) {
        let code = app.code();
        let field = match app {
            AppError::BadInput { field, .. } => field.clone(),
            _ => None,
        };
        let current_version = match app {
            AppError::Conflict {
                current_version, ..
            } => *current_version,
            _ => None,
        };
        if matches!(app, AppError::Db(_) | AppError::Internal(_)) {
            tracing::error!(error = ?app, path = ?error.path, "request failed");
            error.message = "internal error".to_owned();
        }
        set_code(error, code);
        if let Some(version) = current_version {
            error
                .extensions
                .get_or_insert_with(ErrorExtensionValues::default)
                .set("currentVersion", Value::from(version));
        }
        if let Some(field) = field {
            error
                .extensions
                .get_or_insert_with(ErrorExtensionValues::default)
                .set("field", Value::from(field));
        }
        return;
    }
    let has_code = error
        .extensions
        .as_ref()
        .is_some_and(|ext| ext.get("code").is_some());
    if has_code {
        return;
    }
    // Errors async-graphql raises itself: query limits, and the parse,
    // validation and argument-coercion errors of the client's request
    // (resolvers always fail with an AppError, so nothing of ours lands here).
    let code = if error.message.contains("too complex") {
        error.message = format!(
            "the query is too complex: it may return more than {} items and fields (each item a field can return counts with its selection, lists without `first` at their ceiling); ask for smaller pages, fewer fields or fewer aliases, or split it into several requests",
            super::MAX_COMPLEXITY
        );
        "QUERY_TOO_COMPLEX"
    } else if error.message.contains("nested too deep") {
        "QUERY_TOO_COMPLEX"
    } else if error.message == "PersistedQueryNotFound" {
        // The message and code Apollo clients answer by sending the query.
        "PERSISTED_QUERY_NOT_FOUND"
    } else {
        "BAD_USER_INPUT"
    };
    set_code(error, code);
}
