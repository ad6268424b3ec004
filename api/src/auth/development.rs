//! Development tokens: the Explorer's "sign in for development" button,
//! on the embedded default only (`http::dev_token` serves it).

use std::time::Duration;

use crate::{auth::Authenticator, config::Config, repo, tenancy::Role};

/// Why a development token was not issued.
#[derive(Debug, thiserror::Error)]
pub enum DevelopmentTokenError {
    #[error("this server does not issue development tokens")]
    NotHere,
    #[error("the database cannot be reached")]
    Unavailable,
    #[error("signing the token: {0:#}")]
    Signing(anyhow::Error),
}

/// Whether a server with `config` hands out development tokens: only on
/// the embedded default, signing with the built-in secret anyone can read
/// in the source, and only to its own machine (a server bound to every
/// address, as a container is, would hand any neighbour an ADMIN token).
pub fn issues_development_tokens(config: &Config) -> bool {
    config.jwt_secret == crate::config::JwtSecret::Development && config.bind.ip().is_loopback()
}

/// The longest organisation slug a development token is asked for.
const MAX_SLUG_LEN: usize = 100;

/// How long a development token lasts: a working day.
const DEVELOPMENT_TOKEN_LIFETIME: Duration = Duration::from_secs(8 * 3600);

impl Authenticator {
    /// Whether this server hands out development tokens (see
    /// [`issues_development_tokens`]).
    pub fn issues_development_tokens(&self) -> bool {
        self.development
    }

    /// A token for a member of an active organisation, on a server that
    /// issues development tokens; `None` when the organisation is unknown.
    pub async fn issue_development(
        &self,
        org: &str,
        role: Role,
    ) -> Result<Option<String>, DevelopmentTokenError> {
        if !self.development {
            return Err(DevelopmentTokenError::NotHere);
        }
        // Asked by anyone, unsigned: looked up afresh rather than through
        // the cache of organisations that signed tokens name.
        let well_formed = (1..=MAX_SLUG_LEN).contains(&org.len())
            && org
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            return Ok(None);
        }
        let found = repo::organisation::read::active_id_by_slug(&self.db, org)
            .await
            .map_err(|_| DevelopmentTokenError::Unavailable)?;
        if found.is_none() {
            return Ok(None);
        }
        self.issue(
            org,
            &[role],
            "explorer-development",
            DEVELOPMENT_TOKEN_LIFETIME,
        )
        .map(Some)
        .map_err(DevelopmentTokenError::Signing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(vars: &[(&str, &str)]) -> Config {
        Config::from_lookup(|name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
        .expect("a valid configuration")
    }

    #[test]
    fn development_tokens_go_only_to_the_embedded_default_on_its_own_machine() {
        assert!(issues_development_tokens(&config(&[])));
        assert!(issues_development_tokens(&config(&[(
            "COSTAR_BIND",
            "[::1]:8080"
        )])));
        for refused in [
            // A container listens on every address.
            &[("COSTAR_BIND", "0.0.0.0:8080")][..],
            &[("COSTAR_BIND", "192.168.1.20:8080")],
            &[(
                "COSTAR_JWT_SECRET",
                "a-secret-of-this-servers-own-0123456789",
            )],
            &[
                ("DATABASE_URL", "postgres://localhost/costar"),
                (
                    "COSTAR_JWT_SECRET",
                    "a-secret-of-this-servers-own-0123456789",
                ),
            ],
        ] {
            assert!(!issues_development_tokens(&config(refused)), "{refused:?}");
        }
    }
}
