//! `/dev/token`: the Explorer's "sign in for development" button. Only a
//! server on the embedded default, signing with the built-in secret that
//! anyone can read in the source, and listening on a loopback address,
//! answers it (`auth::issues_development_tokens`); any other server
//! answers 404, as if the route did not exist.

use std::sync::Arc;

use axum::{
    Json,
    extract::{State, rejection::JsonRejection},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use serde_json::json;

use crate::{
    auth::DevelopmentTokenError,
    http::{AppState, refusal::request_error},
    tenancy::Role,
};

const JSON: &str = "application/json";

/// Who the token is for.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// The organisation's slug.
    organisation: String,
    /// VIEWER, EDITOR, ADMIN or CURATOR (a partner's SYNC role is for machines).
    role: String,
}

/// 200 where development tokens are issued, 404 elsewhere.
pub async fn available(State(state): State<Arc<AppState>>) -> Response {
    if state.auth.issues_development_tokens() {
        Json(json!({ "available": true })).into_response()
    } else {
        not_here()
    }
}

pub async fn issue(
    State(state): State<Arc<AppState>>,
    ask: Result<Json<TokenRequest>, JsonRejection>,
) -> Response {
    if !state.auth.issues_development_tokens() {
        return not_here();
    }
    let Ok(Json(ask)) = ask else {
        return bad_input(
            "send a JSON object {\"organisation\": \"<slug>\", \"role\": \"VIEWER\" | \"EDITOR\" | \"ADMIN\" | \"CURATOR\"}",
        );
    };
    let role = match Role::parse(&ask.role) {
        Some(role @ (Role::Viewer | Role::Editor | Role::Admin | Role::Curator)) => role,
        _ => return bad_input("role: use VIEWER, EDITOR, ADMIN or CURATOR"),
    };
    match state.auth.issue_development(&ask.organisation, role).await {
        Ok(Some(token)) => Json(json!({ "token": token })).into_response(),
        Ok(None) => request_error(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            "organisation: no active organisation has this slug",
            JSON,
        ),
        Err(DevelopmentTokenError::NotHere) => not_here(),
        Err(DevelopmentTokenError::Unavailable) => request_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "SERVICE_UNAVAILABLE",
            "the database cannot be reached: try again shortly",
            JSON,
        ),
        Err(DevelopmentTokenError::Signing(err)) => {
            tracing::error!(error = %err, "a development token could not be signed");
            request_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "INTERNAL_SERVER_ERROR",
                "the token could not be signed",
                JSON,
            )
        }
    }
}

fn bad_input(message: &str) -> Response {
    request_error(StatusCode::BAD_REQUEST, "BAD_USER_INPUT", message, JSON)
}

fn not_here() -> Response {
    StatusCode::NOT_FOUND.into_response()
}
