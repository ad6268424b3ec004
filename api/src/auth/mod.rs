//! Bearer tokens: issuing (HS256 with `COSTAR_JWT_SECRET`) and verifying
//! them into a [`Caller`].
//!
//! The algorithm always comes from the key, never from the token: a token
//! with a `kid` is checked with that key of the JWKS file (RS256, ES256 or
//! EdDSA, as the key's type says), a token without one with the HS256
//! secret. `alg: none`, an HS token naming a public key and an unknown `kid`
//! are refused. The JWKS file is re-read when it changes or on SIGHUP, so
//! keys rotate without a restart. A token verified once is remembered
//! ([`verified`]) until its time runs out or the keys change.

mod development;
mod verified;

pub use development::{DevelopmentTokenError, issues_development_tokens};

use std::{
    collections::{HashMap, HashSet},
    path::{Path, PathBuf},
    sync::{Arc, RwLock},
    time::{Duration, Instant, SystemTime},
};

use anyhow::Context;
use chrono::Utc;
use jsonwebtoken::{
    Algorithm, DecodingKey, EncodingKey, Header, Validation,
    jwk::{AlgorithmParameters, EllipticCurve, JwkSet, KeyAlgorithm},
};

use crate::{
    config::Config,
    repo::{self, token::MAX_TOKEN_LIFETIME},
    store::Db,
    tenancy::{Caller, OrgId, Role, RoleSet, Subject, WriteGate},
};
use serde::{Deserialize, Serialize};

/// Clock skew tolerated on `exp` and `nbf`.
const LEEWAY_SECS: u64 = 30;
/// How long an organisation lookup is trusted (deactivation takes effect within it).
const ORG_CACHE_TTL: Duration = Duration::from_secs(30);
/// How often the revocation list is re-read from the database.
const REVOCATION_REFRESH: Duration = Duration::from_secs(2);
/// How often revocations of tokens that can no longer be valid are deleted.
const REVOCATION_PRUNE: Duration = Duration::from_secs(600);
/// How often the JWKS file is checked for changes.
const JWKS_POLL: Duration = Duration::from_secs(1);

/// The claims of a Costar token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    /// The organisation's slug.
    pub org: String,
    pub roles: Vec<String>,
    pub exp: i64,
    pub iat: i64,
    pub jti: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
}

/// The claims read from a verified token (`iss`, `aud`, `exp` and `nbf` are
/// checked by the validation itself, and again by [`verified`] for a token
/// it remembers).
#[derive(Debug, Deserialize)]
struct VerifiedClaims {
    sub: String,
    org: String,
    roles: Vec<String>,
    jti: String,
    exp: u64,
    #[serde(default)]
    nbf: Option<u64>,
}

/// Why a token was refused. Logged at `warn`; the client only learns
/// `UNAUTHENTICATED`.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("malformed Authorization header")]
    MalformedHeader,
    #[error("token is not a valid JWT: {0}")]
    Invalid(jsonwebtoken::errors::Error),
    #[error("unknown key id {0:?}")]
    UnknownKey(String),
    #[error("token has no kid and the HS256 path is off (COSTAR_JWT_SECRET unset)")]
    NoSharedSecret,
    #[error("token expires more than 366 days from now")]
    TooLong,
    #[error("token claims hold a NUL character")]
    NulInClaims,
    #[error("token names no roles, or an unknown one")]
    BadRoles,
    #[error("organisation {0:?} is unknown or inactive")]
    UnknownOrganisation(String),
    #[error("token {0:?} was revoked")]
    Revoked(String),
    #[error("the token check could not reach the database")]
    Unavailable,
}

/// Public keys of an external identity provider, by `kid`.
#[derive(Default)]
struct PublicKeys {
    keys: HashMap<String, (DecodingKey, Algorithm)>,
    modified: Option<SystemTime>,
}

/// The algorithm a JWK is for, from what the key is (its `alg` when given).
fn key_algorithm(jwk: &jsonwebtoken::jwk::Jwk) -> Option<Algorithm> {
    let from_type = match &jwk.algorithm {
        AlgorithmParameters::RSA(_) => Algorithm::RS256,
        AlgorithmParameters::EllipticCurve(ec) if ec.curve == EllipticCurve::P256 => {
            Algorithm::ES256
        }
        AlgorithmParameters::EllipticCurve(ec) if ec.curve == EllipticCurve::P384 => {
            Algorithm::ES384
        }
        AlgorithmParameters::OctetKeyPair(okp) if okp.curve == EllipticCurve::Ed25519 => {
            Algorithm::EdDSA
        }
        // Shared secrets do not belong in a public key file.
        _ => return None,
    };
    match jwk.common.key_algorithm {
        None => Some(from_type),
        Some(KeyAlgorithm::RS256) if from_type == Algorithm::RS256 => Some(Algorithm::RS256),
        Some(KeyAlgorithm::RS384) if from_type == Algorithm::RS256 => Some(Algorithm::RS384),
        Some(KeyAlgorithm::RS512) if from_type == Algorithm::RS256 => Some(Algorithm::RS512),
        Some(KeyAlgorithm::ES256) if from_type == Algorithm::ES256 => Some(Algorithm::ES256),
        Some(KeyAlgorithm::ES384) if from_type == Algorithm::ES384 => Some(Algorithm::ES384),
        Some(KeyAlgorithm::EdDSA) if from_type == Algorithm::EdDSA => Some(Algorithm::EdDSA),
        Some(_) => None,
    }
}

/// Reads a JWKS file into keys by `kid`.
fn read_jwks(path: &Path) -> anyhow::Result<HashMap<String, (DecodingKey, Algorithm)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("COSTAR_JWT_PUBLIC_KEYS: cannot read {}", path.display()))?;
    let set: JwkSet = serde_json::from_str(&text).with_context(|| {
        format!(
            "COSTAR_JWT_PUBLIC_KEYS: {} is not a JWKS document",
            path.display()
        )
    })?;
    let mut keys = HashMap::new();
    for jwk in &set.keys {
        let kid = jwk.common.key_id.clone().with_context(|| {
            format!(
                "COSTAR_JWT_PUBLIC_KEYS: a key in {} has no kid",
                path.display()
            )
        })?;
        let algorithm = key_algorithm(jwk)
            .with_context(|| format!("COSTAR_JWT_PUBLIC_KEYS: key {kid:?} is not an RSA, P-256/P-384 or Ed25519 public key"))?;
        let key = DecodingKey::from_jwk(jwk)
            .with_context(|| format!("COSTAR_JWT_PUBLIC_KEYS: key {kid:?} is malformed"))?;
        keys.insert(kid, (key, algorithm));
    }
    Ok(keys)
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The revoked `(organisation, jti)` pairs, as last read from the database:
/// replaced whole, so that checking one is a read of a shared set and no
/// request ever waits on another's refresh.
#[derive(Default)]
struct Revocations {
    pairs: Arc<HashSet<(i64, String)>>,
    /// Whether the set was ever read: until then no token passes.
    loaded: bool,
}

/// The authenticator, for resolvers that change what it knows (revocation).
#[derive(Clone)]
pub struct AuthHandle(pub Arc<Authenticator>);

/// Verifies tokens and issues development and partner tokens.
pub struct Authenticator {
    /// The HS256 keys, unless only an identity provider's tokens pass.
    secret: Option<(DecodingKey, EncodingKey)>,
    issuer: String,
    audience: String,
    jwks_path: Option<PathBuf>,
    public_keys: RwLock<PublicKeys>,
    verified: verified::Verified,
    db: Db,
    organisations: RwLock<HashMap<String, (Option<OrgId>, Instant)>>,
    revocations: RwLock<Revocations>,
    /// Signing with the built-in development secret, which anyone can read
    /// in the source: tokens may as well be handed out on request.
    development: bool,
}

impl Authenticator {
    pub fn new(config: &Config, db: Db) -> anyhow::Result<Self> {
        let secret = config.jwt_secret.value();
        let public_keys = match &config.jwt_public_keys {
            Some(path) => PublicKeys {
                keys: read_jwks(path)?,
                modified: modified(path),
            },
            None => PublicKeys::default(),
        };
        Ok(Self {
            secret: secret.map(|secret| {
                let bytes = secret.expose().as_bytes();
                (
                    DecodingKey::from_secret(bytes),
                    EncodingKey::from_secret(bytes),
                )
            }),
            issuer: config.jwt_issuer.clone(),
            audience: config.jwt_audience.clone(),
            jwks_path: config.jwt_public_keys.clone(),
            public_keys: RwLock::new(public_keys),
            verified: verified::Verified::new(),
            db,
            organisations: RwLock::new(HashMap::new()),
            revocations: RwLock::new(Revocations::default()),
            development: issues_development_tokens(config),
        })
    }

    /// Signs an HS256 token.
    pub fn issue(
        &self,
        org: &str,
        roles: &[Role],
        subject: &str,
        ttl: Duration,
    ) -> anyhow::Result<String> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            sub: subject.to_owned(),
            org: org.to_owned(),
            roles: roles.iter().map(|r| r.as_str().to_owned()).collect(),
            exp: now + i64::try_from(ttl.as_secs()).context("ttl too long")?,
            iat: now,
            jti: uuid::Uuid::new_v4().to_string(),
            nbf: None,
        };
        let (_, signing) = self.secret.as_ref().context(
            "COSTAR_JWT_SECRET is not set: this server accepts only the identity provider's tokens",
        )?;
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, signing)
            .context("signing the token")
    }

    /// Verifies an `Authorization` header value into a caller.
    pub async fn caller_from_header(&self, header: &str) -> Result<Caller, TokenError> {
        let token = header
            .strip_prefix("Bearer ")
            .or_else(|| header.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(TokenError::MalformedHeader)?;
        self.verify(token).await
    }

    /// Verifies a token: signature, algorithm, claims, organisation, revocation.
    pub async fn verify(&self, token: &str) -> Result<Caller, TokenError> {
        let now = jsonwebtoken::get_current_timestamp();
        let claims = match self.verified.get(token, now) {
            Some(claims) => claims,
            None => {
                let keys = self.verified.keys();
                let claims = Arc::new(self.verify_signature(token)?);
                self.verified.insert(token, keys, Arc::clone(&claims));
                claims
            }
        };
        // A claim Postgres could not compare is no claim of ours.
        if [&claims.sub, &claims.org, &claims.jti]
            .into_iter()
            .chain(&claims.roles)
            .any(|text| text.contains('\0'))
        {
            return Err(TokenError::NulInClaims);
        }
        let roles = claims
            .roles
            .iter()
            .map(|r| Role::parse(r))
            .collect::<Option<Vec<_>>>()
            .ok_or(TokenError::BadRoles)?;
        let roles = RoleSet::new(roles).ok_or(TokenError::BadRoles)?;
        let org = self
            .organisation(&claims.org)
            .await?
            .ok_or_else(|| TokenError::UnknownOrganisation(claims.org.clone()))?;
        if claims.exp > now + MAX_TOKEN_LIFETIME.as_secs() + LEEWAY_SECS {
            return Err(TokenError::TooLong);
        }
        if self.is_revoked(org, &claims.jti)? {
            return Err(TokenError::Revoked(claims.jti.clone()));
        }
        Ok(Caller::Member {
            org,
            roles,
            subject: Subject(claims.sub.clone()),
        })
    }

    /// The signature, algorithm and standard claims of a token.
    fn verify_signature(&self, token: &str) -> Result<VerifiedClaims, TokenError> {
        let header = jsonwebtoken::decode_header(token).map_err(TokenError::Invalid)?;
        match &header.kid {
            Some(kid) => {
                let keys = self
                    .public_keys
                    .read()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let (key, algorithm) = keys
                    .keys
                    .get(kid)
                    .ok_or_else(|| TokenError::UnknownKey(kid.clone()))?;
                self.decode(token, key, *algorithm)
            }
            None => match &self.secret {
                Some((key, _)) => self.decode(token, key, Algorithm::HS256),
                None => Err(TokenError::NoSharedSecret),
            },
        }
    }

    fn decode(
        &self,
        token: &str,
        key: &DecodingKey,
        algorithm: Algorithm,
    ) -> Result<VerifiedClaims, TokenError> {
        let mut validation = Validation::new(algorithm);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY_SECS;
        jsonwebtoken::decode::<VerifiedClaims>(token, key, &validation)
            .map(|data| data.claims)
            .map_err(TokenError::Invalid)
    }

    async fn organisation(&self, slug: &str) -> Result<Option<OrgId>, TokenError> {
        if let Some((org, at)) = self
            .organisations
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(slug)
            && at.elapsed() < ORG_CACHE_TTL
        {
            return Ok(*org);
        }
        let found = repo::organisation::read::active_id_by_slug(&self.db, slug)
            .await
            .map_err(|_| TokenError::Unavailable)?;
        self.organisations
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(slug.to_owned(), (found, Instant::now()));
        Ok(found)
    }

    fn is_revoked(&self, org: OrgId, jti: &str) -> Result<bool, TokenError> {
        let revocations = self.revocations.read().unwrap_or_else(|p| p.into_inner());
        if !revocations.loaded {
            return Err(TokenError::Unavailable);
        }
        // A lookup by borrowed parts would need a key type of our own; the
        // pair is built only for tokens, once per request.
        Ok(revocations.pairs.contains(&(org.0, jti.to_owned())))
    }

    /// Re-reads the revocations of tokens that may still be valid.
    pub async fn refresh_revocations(&self) -> Result<(), sea_orm::DbErr> {
        self.read_revocations(&self.db).await
    }

    async fn read_revocations(&self, db: &Db) -> Result<(), sea_orm::DbErr> {
        let pairs = repo::token::live_revocations(db)
            .await?
            .into_iter()
            .collect();
        *self.revocations.write().unwrap_or_else(|p| p.into_inner()) = Revocations {
            pairs: Arc::new(pairs),
            loaded: true,
        };
        Ok(())
    }

    /// Keeps the revocations fresh (every replica sees one within
    /// [`REVOCATION_REFRESH`]) and deletes those past their expiry, on `db`:
    /// a pool of its own, outside the requests' statement count.
    pub fn watch_revocations(self: &Arc<Self>, db: Db, gate: WriteGate) {
        let watcher = Arc::clone(self);
        tokio::spawn(async move {
            let mut refresh = tokio::time::interval(REVOCATION_REFRESH);
            // The first prune waits a period too: at start-up the database
            // is busiest (migrations, a demo network loading).
            let mut last_prune = Instant::now();
            loop {
                refresh.tick().await;
                if let Err(err) = watcher.read_revocations(&db).await {
                    tracing::warn!(error = %err, "revocations not refreshed; keeping the previous ones");
                    continue;
                }
                if last_prune.elapsed() >= REVOCATION_PRUNE {
                    // A writer like any other: on SQLite it takes its turn.
                    let _turn = gate.turn().await;
                    match repo::token::prune_expired(&db).await {
                        Ok(rows) if rows > 0 => tracing::info!(rows, "expired revocations pruned"),
                        Ok(_) => {}
                        Err(err) => tracing::warn!(error = %err, "expired revocations not pruned"),
                    }
                    last_prune = Instant::now();
                }
            }
        });
    }

    /// Marks a token of `org` revoked in this process at once (other
    /// replicas follow within the refresh interval).
    pub fn note_revoked(&self, org: OrgId, jti: &str) {
        let mut revocations = self.revocations.write().unwrap_or_else(|p| p.into_inner());
        let mut pairs = HashSet::clone(&revocations.pairs);
        pairs.insert((org.0, jti.to_owned()));
        revocations.pairs = Arc::new(pairs);
    }

    /// Re-reads the JWKS file if it changed (or if `force`). A file that no
    /// longer parses keeps the previous keys and is reported.
    pub fn reload_public_keys(&self, force: bool) {
        let Some(path) = &self.jwks_path else { return };
        let now_modified = modified(path);
        {
            let keys = self.public_keys.read().unwrap_or_else(|p| p.into_inner());
            if !force && keys.modified == now_modified {
                return;
            }
        }
        match read_jwks(path) {
            Ok(keys) => {
                let count = keys.len();
                *self.public_keys.write().unwrap_or_else(|p| p.into_inner()) = PublicKeys {
                    keys,
                    modified: now_modified,
                };
                self.verified.keys_changed();
                tracing::info!(keys = count, "public keys reloaded");
            }
            Err(err) => {
                tracing::error!(error = %format!("{err:#}"), "public keys not reloaded; keeping the previous ones")
            }
        }
    }

    /// Watches the JWKS file (changes, and SIGHUP) for as long as the process runs.
    pub fn watch_public_keys(self: &Arc<Self>) {
        if self.jwks_path.is_none() {
            return;
        }
        let watcher = Arc::clone(self);
        tokio::spawn(async move {
            #[cfg(unix)]
            let mut hangup =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
            let mut poll = tokio::time::interval(JWKS_POLL);
            loop {
                #[cfg(unix)]
                let force = match hangup.as_mut() {
                    Some(signal) => tokio::select! {
                        _ = signal.recv() => true,
                        _ = poll.tick() => false,
                    },
                    None => {
                        poll.tick().await;
                        false
                    }
                };
                #[cfg(not(unix))]
                let force = {
                    poll.tick().await;
                    false
                };
                watcher.reload_public_keys(force);
            }
        });
    }
}
