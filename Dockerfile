# Build stage: compile the release binary.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
# The image exports traces over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
RUN cargo build --release --bin costar --features otlp

# Runtime stage: the binary and what its health check needs.
FROM debian:bookworm-slim
# The search index's folder is the server's, for a volume to keep.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/costar --create-home costar \
    && install -d -o costar /var/lib/costar/search
COPY --from=build /src/target/release/costar /usr/local/bin/costar
USER costar
WORKDIR /var/lib/costar
# The allocator hands freed memory back after 50 ms (not a second) and
# commits its arenas as they fill: the process's peak stays near what it
# uses (docs/performance.md, "Memory").
ENV COSTAR_BIND=0.0.0.0:8080 \
    COSTAR_LOG_FORMAT=json \
    MIMALLOC_PURGE_DELAY=50 \
    MIMALLOC_ARENA_EAGER_COMMIT=0
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["costar"]
CMD ["serve"]
