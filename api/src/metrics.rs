//! Process metrics for `/metrics`, in the OpenMetrics text format that
//! Prometheus scrapes: requests and their latency by operation, errors by
//! code, the database pool, DataLoader batch sizes and open subscriptions.
//! One registry per process, since the loaders and resolvers that feed it
//! have no handle of their own.

use std::{
    collections::HashSet,
    sync::{LazyLock, Mutex},
    time::Duration,
};

use prometheus_client::{
    encoding::{EncodeLabelSet, text},
    metrics::{
        counter::Counter,
        family::Family,
        gauge::Gauge,
        histogram::{Histogram, exponential_buckets},
    },
    registry::Registry,
};

use crate::store::admission::PoolState;

/// Distinct operation names kept as labels; later ones count as "other",
/// so clients cannot grow the metrics without bound.
const MAX_OPERATIONS: usize = 200;
const OPERATION_NAME_MAX: usize = 64;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OperationLabels {
    pub operation: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CodeLabels {
    pub code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct LoaderLabels {
    pub loader: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: &'static str,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<OperationLabels, Counter>,
    latency: HistogramFamily<OperationLabels>,
    errors: Family<CodeLabels, Counter>,
    batch_sizes: HistogramFamily<LoaderLabels>,
    subscriptions: Gauge,
    sockets: Gauge,
    pool: Family<PoolLabels, Gauge>,
    search_position: Gauge,
    search_written: Counter,
    search_builds: Counter,
    operations: Mutex<HashSet<String>>,
}

fn latency_histogram() -> Histogram {
    // 1 ms to about 16 s.
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

fn batch_histogram() -> Histogram {
    Histogram::new(exponential_buckets(1.0, 2.0, 8))
}

impl Metrics {
    fn new() -> Self {
        let mut registry = Registry::with_prefix("costar");
        let requests = Family::<OperationLabels, Counter>::default();
        let latency = HistogramFamily::<OperationLabels>::new_with_constructor(latency_histogram);
        let errors = Family::<CodeLabels, Counter>::default();
        let batch_sizes = HistogramFamily::<LoaderLabels>::new_with_constructor(batch_histogram);
        let subscriptions = Gauge::default();
        let sockets = Gauge::default();
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "graphql_requests",
            "GraphQL requests executed, by operation name",
            requests.clone(),
        );
        registry.register(
            "graphql_request_duration_seconds",
            "Time to execute a GraphQL request, by operation name",
            latency.clone(),
        );
        registry.register(
            "graphql_errors",
            "Errors answered, by extensions.code",
            errors.clone(),
        );
        registry.register(
            "dataloader_batch_size",
            "Keys loaded in one DataLoader batch, by loader",
            batch_sizes.clone(),
        );
        registry.register(
            "subscriptions_open",
            "GraphQL subscriptions running now",
            subscriptions.clone(),
        );
        registry.register(
            "websockets_open",
            "WebSocket connections open now, past their upgrade",
            sockets.clone(),
        );
        registry.register(
            "db_pool_connections",
            "Database pool connections by state: in_use, idle, max (the pool's ceiling), and waiting (statements queued for a connection)",
            pool.clone(),
        );
        let search_position = Gauge::default();
        let search_written = Counter::default();
        let search_builds = Counter::default();
        registry.register(
            "search_index_position",
            "The last change-log number the search index holds",
            search_position.clone(),
        );
        registry.register(
            "search_index_written",
            "Case studies written to the search index since start",
            search_written.clone(),
        );
        registry.register(
            "search_index_builds",
            "Times the search index was built whole since start (0 when it resumed from its position)",
            search_builds.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            errors,
            batch_sizes,
            subscriptions,
            sockets,
            pool,
            search_position,
            search_written,
            search_builds,
            operations: Mutex::new(HashSet::new()),
        }
    }

    /// The label for an operation name: the name when it is a plain,
    /// short GraphQL name among the first ones seen, else a bucket.
    fn operation_label(&self, name: Option<&str>) -> String {
        let Some(name) = name else {
            return "anonymous".to_owned();
        };
        let plain = name.len() <= OPERATION_NAME_MAX
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !plain {
            return "other".to_owned();
        }
        let Ok(mut seen) = self.operations.lock() else {
            return "other".to_owned();
        };
        if seen.contains(name) || seen.len() < MAX_OPERATIONS {
            seen.insert(name.to_owned());
            name.to_owned()
        } else {
            "other".to_owned()
        }
    }

    /// Records one executed GraphQL request.
    pub fn request(&self, operation: Option<&str>, elapsed: Duration) {
        let labels = OperationLabels {
            operation: self.operation_label(operation),
        };
        self.requests.get_or_create(&labels).inc();
        self.latency
            .get_or_create(&labels)
            .observe(elapsed.as_secs_f64());
    }

    /// Records an error answered with `code`.
    pub fn error(&self, code: &str) {
        self.errors
            .get_or_create(&CodeLabels {
                code: code.to_owned(),
            })
            .inc();
    }

    pub fn batch(&self, loader: &'static str, keys: usize) {
        self.batch_sizes
            .get_or_create(&LoaderLabels { loader })
            .observe(keys as f64);
    }

    /// Records a commit of the search index: `written` case studies, now
    /// holding the change log up to `position`.
    pub fn search_index_committed(&self, written: usize, position: i64) {
        self.search_written.inc_by(written as u64);
        self.search_position.set(position);
    }

    /// Records a build of the whole search index.
    pub fn search_index_built(&self) {
        self.search_builds.inc();
    }

    /// Counts a subscription until the guard is dropped.
    pub fn subscription_opened(&'static self) -> OpenSubscription {
        self.subscriptions.inc();
        OpenSubscription(self)
    }

    /// Counts a WebSocket until the guard is dropped.
    pub fn socket_opened(&'static self) -> OpenSocket {
        self.sockets.inc();
        OpenSocket(self)
    }

    /// The text exposition, with the pool read now and the given
    /// per-application statement count.
    pub fn render(&self, pool: PoolState, statements: u64) -> String {
        for (state, value) in [
            ("in_use", pool.in_use),
            ("idle", pool.idle),
            ("waiting", pool.waiting),
            ("max", pool.max),
        ] {
            self.pool
                .get_or_create(&PoolLabels { state })
                .set(i64::try_from(value).unwrap_or(i64::MAX));
        }
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = text::encode_registry(&mut out, &self.registry);
        out.push_str(
            "# HELP costar_db_statements SQL statements sent to the database by this server.\n\
             # TYPE costar_db_statements counter\n",
        );
        out.push_str(&format!("costar_db_statements_total {statements}\n"));
        let _ = text::encode_eof(&mut out);
        out
    }
}

/// A WebSocket counted as open; dropping it closes it.
pub struct OpenSocket(&'static Metrics);

impl Drop for OpenSocket {
    fn drop(&mut self) {
        self.0.sockets.dec();
    }
}

/// A subscription counted as open; dropping it closes it.
pub struct OpenSubscription(&'static Metrics);

impl Drop for OpenSubscription {
    fn drop(&mut self) {
        self.0.subscriptions.dec();
    }
}

/// The process's metrics.
pub static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operation_names_are_bounded() {
        let metrics = Metrics::new();
        assert_eq!(metrics.operation_label(None), "anonymous");
        assert_eq!(
            metrics.operation_label(Some("Portal_Home1")),
            "Portal_Home1"
        );
        assert_eq!(metrics.operation_label(Some("no spaces")), "other");
        assert_eq!(metrics.operation_label(Some(&"x".repeat(65))), "other");
        for i in 0..MAX_OPERATIONS {
            metrics.operation_label(Some(&format!("Op{i}")));
        }
        assert_eq!(metrics.operation_label(Some("OneTooMany")), "other");
        assert_eq!(
            metrics.operation_label(Some("Portal_Home1")),
            "Portal_Home1"
        );
    }
}
