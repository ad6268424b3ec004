//! Structured logging with `tracing`: text for people, JSON lines for log
//! shippers. Every request runs in a span carrying its request id. Built
//! with `--features otlp`, spans are also exported over OTLP/HTTP when
//! `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`)
//! is set.

use tracing_subscriber::{
    EnvFilter, Layer, Registry, fmt, layer::SubscriberExt, util::SubscriberInitExt,
};

use crate::config::LogFormat;

const DEFAULT_FILTER: &str = "info,api=info,sea_orm=warn,sqlx=warn,tower_http=info";

type BoxedLayer = Box<dyn Layer<Registry> + Send + Sync>;

/// Keeps trace export running; dropping it flushes what is still buffered.
#[derive(Default)]
pub struct Telemetry {
    #[cfg(feature = "otlp")]
    provider: Option<opentelemetry_sdk::trace::SdkTracerProvider>,
}

impl Drop for Telemetry {
    fn drop(&mut self) {
        #[cfg(feature = "otlp")]
        if let Some(provider) = self.provider.take()
            && let Err(err) = provider.shutdown()
        {
            eprintln!("flushing traces failed: {err}");
        }
    }
}

fn otlp_requested() -> bool {
    [
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    ]
    .iter()
    .any(|name| std::env::var(name).is_ok_and(|v| !v.trim().is_empty()))
}

#[cfg(feature = "otlp")]
fn otlp_layer(telemetry: &mut Telemetry) -> Option<BoxedLayer> {
    use opentelemetry::trace::TracerProvider as _;

    if !otlp_requested() {
        return None;
    }
    // The exporter reads the standard OTEL_EXPORTER_OTLP_* variables.
    let exporter = match opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .build()
    {
        Ok(exporter) => exporter,
        Err(err) => {
            eprintln!("OTEL_EXPORTER_OTLP_ENDPOINT: cannot export traces: {err}");
            return None;
        }
    };
    let service = std::env::var("OTEL_SERVICE_NAME").unwrap_or_else(|_| "costar".to_owned());
    let provider = opentelemetry_sdk::trace::SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(
            opentelemetry_sdk::Resource::builder()
                .with_service_name(service)
                .build(),
        )
        .build();
    let tracer = provider.tracer("costar");
    telemetry.provider = Some(provider);
    Some(Box::new(tracing_opentelemetry::layer().with_tracer(tracer)))
}

#[cfg(not(feature = "otlp"))]
fn otlp_layer(_: &mut Telemetry) -> Option<BoxedLayer> {
    if otlp_requested() {
        eprintln!(
            "OTEL_EXPORTER_OTLP_ENDPOINT is set but this build cannot export traces: build with --features otlp"
        );
    }
    None
}

/// Installs the global subscriber. `RUST_LOG` overrides the default filter.
/// Keep the answer alive for as long as the process serves.
pub fn init(format: LogFormat) -> Telemetry {
    let mut telemetry = Telemetry::default();
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let registry = tracing_subscriber::registry()
        .with(otlp_layer(&mut telemetry))
        .with(filter);
    // `try_init` fails only when a subscriber is already installed (tests).
    let _ = match format {
        LogFormat::Text => registry.with(fmt::layer().with_target(false)).try_init(),
        LogFormat::Json => registry
            .with(
                fmt::layer()
                    .json()
                    .flatten_event(true)
                    .with_current_span(true),
            )
            .try_init(),
    };
    telemetry
}
