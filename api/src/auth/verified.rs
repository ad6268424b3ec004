//! Tokens verified lately, by their text. A client sends the same token
//! with every request, and checking its signature and claims again was a
//! twentieth of an authenticated request's work. An entry is trusted only
//! while its time claims hold (checked at each use, with the same leeway)
//! and while the keys it was checked with are still the ones in use; the
//! organisation and the revocation list are checked at each use as before.

use std::{
    num::NonZeroUsize,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use lru::LruCache;

use crate::auth::{LEEWAY_SECS, VerifiedClaims};

/// Tokens remembered at most: a few thousand clients' worth, a few
/// megabytes.
const CAPACITY: usize = 4096;

pub struct Verified {
    tokens: Mutex<LruCache<Box<str>, Entry>>,
    /// Moves on each time the keys change: an entry checked with other
    /// keys than the current ones is not trusted.
    keys: AtomicU64,
}

struct Entry {
    claims: Arc<VerifiedClaims>,
    keys: u64,
}

/// The keys in use when a verification began.
#[derive(Clone, Copy)]
pub struct Keys(u64);

impl Verified {
    pub fn new() -> Self {
        Self {
            tokens: Mutex::new(LruCache::new(
                NonZeroUsize::new(CAPACITY).unwrap_or(NonZeroUsize::MIN),
            )),
            keys: AtomicU64::new(0),
        }
    }

    /// To be read before the keys are: a verification that read keys
    /// replaced meanwhile is remembered as of the keys before them.
    pub fn keys(&self) -> Keys {
        Keys(self.keys.load(Ordering::Acquire))
    }

    /// Called once new keys are in place.
    pub fn keys_changed(&self) {
        self.keys.fetch_add(1, Ordering::AcqRel);
    }

    /// The claims of `token` if it was verified with the current keys and
    /// its time claims still hold at `now` (seconds since the epoch).
    pub fn get(&self, token: &str, now: u64) -> Option<Arc<VerifiedClaims>> {
        let current = self.keys.load(Ordering::Acquire);
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        let entry = tokens.get(token)?;
        if entry.keys == current && in_time(&entry.claims, now) {
            return Some(Arc::clone(&entry.claims));
        }
        tokens.pop(token);
        None
    }

    /// Remembers `token`, verified with `keys`.
    pub fn insert(&self, token: &str, keys: Keys, claims: Arc<VerifiedClaims>) {
        self.tokens.lock().unwrap_or_else(|p| p.into_inner()).put(
            token.into(),
            Entry {
                claims,
                keys: keys.0,
            },
        );
    }
}

/// Whether `exp` and `nbf` hold at `now`, as the verification checks
/// them: expired once `exp` is more than the leeway past, not yet valid
/// while `nbf` is more than the leeway ahead.
fn in_time(claims: &VerifiedClaims, now: u64) -> bool {
    claims.exp.saturating_add(LEEWAY_SECS) >= now
        && claims
            .nbf
            .is_none_or(|nbf| nbf <= now.saturating_add(LEEWAY_SECS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: u64, nbf: Option<u64>) -> Arc<VerifiedClaims> {
        Arc::new(VerifiedClaims {
            sub: "s".into(),
            org: "walsall".into(),
            roles: vec!["VIEWER".into()],
            jti: "j".into(),
            exp,
            nbf,
        })
    }

    #[test]
    fn time_claims_are_checked_with_the_leeway_at_each_use() {
        let cache = Verified::new();
        let keys = cache.keys();
        cache.insert("expiring", keys, claims(1_000, None));
        cache.insert("not yet", keys, claims(5_000, Some(2_000)));
        assert!(cache.get("expiring", 1_000 + LEEWAY_SECS).is_some());
        assert!(cache.get("expiring", 1_001 + LEEWAY_SECS).is_none());
        assert!(
            cache.get("expiring", 1_000).is_none(),
            "an expired entry is forgotten"
        );
        assert!(cache.get("not yet", 1_999 - LEEWAY_SECS).is_none());
        cache.insert("not yet", keys, claims(5_000, Some(2_000)));
        assert!(cache.get("not yet", 2_000 - LEEWAY_SECS).is_some());
    }

    #[test]
    fn an_entry_checked_with_keys_since_replaced_is_not_trusted() {
        let cache = Verified::new();
        let before = cache.keys();
        cache.keys_changed();
        // Verified with the keys read before the change, remembered after it.
        cache.insert("old keys", before, claims(u64::MAX, None));
        assert!(cache.get("old keys", 0).is_none());
        cache.insert("new keys", cache.keys(), claims(u64::MAX, None));
        assert!(cache.get("new keys", 0).is_some());
        cache.keys_changed();
        assert!(cache.get("new keys", 0).is_none());
    }
}
