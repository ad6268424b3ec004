//! Rate limits: each token (or, for anonymous callers, each client address)
//! has a bucket of requests that refills at a steady rate. An empty bucket
//! answers `RATE_LIMITED` with HTTP 429 and `Retry-After`.

use std::{
    hash::{DefaultHasher, Hash, Hasher},
    net::IpAddr,
    num::NonZeroU32,
    sync::Arc,
    time::Duration,
};

use governor::{
    Quota, RateLimiter,
    clock::{Clock, DefaultClock},
    state::keyed::DefaultKeyedStateStore,
};

/// Whose bucket a request draws from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// A token, by a hash of it (tokens are never kept).
    Token(u64),
    /// An anonymous caller, by address.
    Address(IpAddr),
}

impl Bucket {
    pub fn token(token: &str) -> Self {
        let mut hasher = DefaultHasher::new();
        token.hash(&mut hasher);
        Self::Token(hasher.finish())
    }
}

pub struct RateLimits {
    limiter: RateLimiter<Bucket, DefaultKeyedStateStore<Bucket>, DefaultClock>,
    clock: DefaultClock,
}

impl RateLimits {
    pub fn new(per_minute: NonZeroU32, burst: NonZeroU32) -> Arc<Self> {
        let limits = Arc::new(Self {
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute).allow_burst(burst)),
            clock: DefaultClock::default(),
        });
        // Forget buckets that have refilled, so memory follows active callers.
        let pruned = Arc::downgrade(&limits);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                match pruned.upgrade() {
                    Some(limits) => limits.limiter.retain_recent(),
                    None => return,
                }
            }
        });
        limits
    }

    /// Takes one request from `bucket`; when it is empty, says how long to wait.
    pub fn check(&self, bucket: &Bucket) -> Result<(), Duration> {
        self.limiter
            .check_key(bucket)
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }
}
