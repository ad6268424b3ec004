//! Who is asking: the caller a request's bearer token names (anonymous
//! without one), and the rate-limit bucket it draws from.

use std::net::SocketAddr;

use axum::http::{HeaderMap, header};

use crate::{
    auth::{Authenticator, TokenError},
    http::{rate_limit::Bucket, refusal::Refusal},
    tenancy::Caller,
};

/// The caller `headers` name. A token that does not hold refuses the
/// request: it is never taken for anonymous.
pub async fn caller_of(auth: &Authenticator, headers: &HeaderMap) -> Result<Caller, Refusal> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Ok(Caller::Anonymous);
    };
    match auth
        .caller_from_header(value.to_str().unwrap_or_default())
        .await
    {
        Ok(caller) => Ok(caller),
        Err(TokenError::Unavailable) => Err(Refusal::Unavailable(
            "the database is unavailable, try again shortly",
        )),
        Err(reason) => {
            tracing::warn!(reason = %reason, "token refused");
            Err(Refusal::BadToken)
        }
    }
}

/// The rate-limit bucket of a request: its token's, else its address's.
pub fn bucket_of(headers: &HeaderMap, client: SocketAddr) -> Bucket {
    match headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        Some(token) => Bucket::token(token),
        None => Bucket::Address(client.ip()),
    }
}
