//! The application seam: build it from a [`Config`] (connect, migrate, bind)
//! and run it until a signal asks it to stop. Tests build it on port 0.

use std::{future::Future, net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context;
use axum::{
    Router,
    extract::DefaultBodyLimit,
    http::{HeaderName, StatusCode},
};
use sea_orm::DatabaseConnection;

use crate::{
    auth::Authenticator,
    config::{Config, CorsOrigins},
    graphql::{self, fast::documents::Documents, trusted::TrustedDocuments},
    http::{
        self, AppState, GRAPHQL_METHODS,
        large_bodies::LargeBodies,
        rate_limit::RateLimits,
        socket::{OpenSockets, SocketLimits},
    },
    live::{self, ChangeBus},
    store::{self, Db, StatementCounter, search::SearchIndex},
    tenancy::Pools,
};
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{
    classify::ServerErrorsFailureClass,
    cors::{AllowOrigin, Any, CorsLayer},
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A failed response in the log: 503 ("not now": the database away, the
/// search index still being built, which readiness probes ask about every
/// few seconds) at WARN, any other at ERROR.
fn logged_failure(class: ServerErrorsFailureClass, latency: Duration, _: &tracing::Span) {
    let latency = format!("{} ms", latency.as_millis());
    match class {
        ServerErrorsFailureClass::StatusCode(StatusCode::SERVICE_UNAVAILABLE) => {
            tracing::warn!(classification = %class, %latency, "response failed");
        }
        _ => tracing::error!(classification = %class, %latency, "response failed"),
    }
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
    stopping: tokio::sync::watch::Sender<bool>,
    sockets: Arc<()>,
}

/// How long stopping waits for WebSockets to say goodbye.
const SOCKET_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

impl Application {
    /// Connects to the database, applies pending migrations and binds the listener.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let statements = Arc::new(StatementCounter::default());
        let db = store::connect(&config, statements.clone()).await?;
        let schema_ready = store::migrate_when_reachable(db.pool()).await?;
        let replica = store::connect_replica(&config, statements.clone()).await?;
        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("COSTAR_BIND: cannot listen on {}", config.bind))?;
        let auth = Arc::new(Authenticator::new(&config, db.clone())?);
        let trusted = config
            .trusted_documents
            .as_deref()
            .map(|path| {
                TrustedDocuments::load(path)
                    .map_err(|e| anyhow::anyhow!("COSTAR_TRUSTED_DOCUMENTS: {e:#}"))
            })
            .transpose()?;
        if let Some(documents) = &trusted {
            tracing::info!(
                operations = documents.len(),
                "running trusted documents only"
            );
        }
        // The change watcher polls on its own pool, outside the request
        // statement count that /metrics reports.
        let watcher_db = store::connect(&config, Arc::new(StatementCounter::default())).await?;
        let changes =
            ChangeBus::start(watcher_db.pool().clone(), config.database_url.clone()).await?;
        auth.watch_public_keys();
        // Until the revocations are read no token passes; when the
        // database is not reachable yet, the watcher reads them once it is.
        if let Err(err) = auth.refresh_revocations().await {
            tracing::warn!(error = %err, "revocations not read yet: tokens are refused until they are");
        }
        let search = Arc::new(
            SearchIndex::open(config.search_index.as_deref())
                .context("COSTAR_SEARCH_INDEX: cannot open the search index")?,
        );
        live::indexer::start(
            watcher_db.pool().clone(),
            search.clone(),
            changes.subscribe(),
        );
        let pools = Pools::new(db.clone(), replica, search);
        auth.watch_revocations(watcher_db.clone(), pools.gate().clone());
        let (stopping, stopping_rx) = tokio::sync::watch::channel(false);
        let sockets = Arc::new(());
        let state = AppState {
            schema: graphql::schema_builder().finish(),
            revalidating_schema: graphql::revalidating_schema(),
            documents: Arc::new(Documents::new(trusted)),
            auth,
            changes,
            rate_limits: RateLimits::new(config.rate_limit_per_minute, config.rate_limit_burst),
            pools,
            statements,
            graphiql: config.graphiql,
            explorer: config.explorer,
            slow_operation: config.slow_operation,
            request_timeout: config.request_timeout,
            schema_ready,
            stopping: stopping_rx,
            sockets: sockets.clone(),
            open_sockets: OpenSockets::new(SocketLimits {
                per_address: config.sockets_per_address,
                per_token: config.sockets_per_token,
            }),
            turns: Arc::new(tokio::sync::Semaphore::new(
                config.max_concurrent_requests as usize,
            )),
            large_bodies: LargeBodies::new(config.max_concurrent_large_requests as usize),
        };
        Ok(Self {
            listener,
            router: router(state, &config),
            db,
            stopping,
            sockets,
        })
    }

    /// The address actually bound (the real port when configured with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        // A bound listener always has an address.
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([0, 0, 0, 0], 0)))
    }

    /// The database connection, for start-up work such as seeding.
    pub fn db(&self) -> &DatabaseConnection {
        self.db.pool()
    }

    /// Serves until SIGTERM or SIGINT, then drains in-flight requests.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `shutdown` completes, then drains in-flight requests.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let stopping = self.stopping;
        let signal = async move {
            shutdown.await;
            let _ = stopping.send(true);
        };
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(signal)
        .await
        .context("serving HTTP")?;
        // Upgraded sockets live outside the server's connections: give
        // them their moment to close.
        let deadline = tokio::time::Instant::now() + SOCKET_GRACE;
        while Arc::strong_count(&self.sockets) > 1 && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        self.db.hand_back_kept();
        self.db
            .pool()
            .clone()
            .close()
            .await
            .context("closing the database pool")?;
        Ok(())
    }
}

fn router(state: AppState, config: &Config) -> Router {
    let cors = CorsLayer::new()
        .allow_methods(GRAPHQL_METHODS)
        .allow_headers([
            axum::http::header::AUTHORIZATION,
            axum::http::header::CONTENT_TYPE,
        ])
        .expose_headers([REQUEST_ID]);
    let cors = match &config.cors_origins {
        CorsOrigins::Any => cors.allow_origin(Any),
        CorsOrigins::List(origins) => cors.allow_origin(AllowOrigin::list(
            origins.iter().filter_map(|o| o.parse().ok()),
        )),
    };
    let trace = TraceLayer::new_for_http()
        .make_span_with(|request: &axum::http::Request<_>| {
            let request_id = request
                .headers()
                .get(&REQUEST_ID)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            tracing::info_span!(
                "http_request",
                method = %request.method(),
                path = %request.uri().path(),
                request_id = %request_id,
                operation = tracing::field::Empty,
                org = tracing::field::Empty,
                subject = tracing::field::Empty,
            )
        })
        .on_failure(logged_failure);
    // The layers wrap the routes once, outermost first. Applied with
    // `Router::layer`, each would box every route again, and every request
    // cloned each of those boxes: some thirty allocations a request.
    let routes = ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .layer(trace)
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(cors)
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::GATEWAY_TIMEOUT,
            // The GraphQL handler answers its own timeouts with an error
            // body; this catches anything else a little later.
            config.request_timeout + std::time::Duration::from_secs(1),
        ))
        .layer(DefaultBodyLimit::max(config.body_limit))
        .service(http::routes(state));
    Router::new().fallback_service(routes)
}

async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    tracing::info!("shutdown requested, draining in-flight requests");
}
