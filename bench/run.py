#!/usr/bin/env python3
"""The Costar benchmark: a fixed query mix under real HTTP load, against the
database floor (the same SQL replayed by pgbench) and a peer engine
(PostGraphile over the same database).

Run it as `bench/run` (see docs/performance.md). It needs Postgres on
127.0.0.1:5432 (or COSTAR_BENCH_POSTGRES), wrk and pgbench; bench/run
installs wrk and the pinned PostGraphile when they are missing.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
BINARY = TARGET / "release" / "costar"  # --binary changes it
POSTGRES = os.environ.get("COSTAR_BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
SECRET = "costar-benchmark-secret-not-for-production"
RNG_SEED = 1


# --- the query mix ---------------------------------------------------------
# The documents live in bench/queries, where the EXPLAIN test reads them too.


def query(file: str) -> str:
    return (BENCH / "queries" / file).read_text()


Q1, Q2, Q3, Q4, Q5, Q6, Q7 = (query(f"q{n}.graphql") for n in range(1, 8))

DESCRIPTIONS = {
    "Q1": "portal first page: 20 public case studies with owner and initiative (anonymous)",
    "Q2": "filtered, ordered page for a council EDITOR",
    "Q3": "full-text search (anonymous)",
    "Q4": "one case study in detail: initiative, charters, commitments, risks, peer reviews",
    "Q5": "page 200 of the public listing, through cursors (anonymous)",
    "Q6": "a 500-item upsert batch (SYNC)",
    "Q7": "the Explorer's facet counts while Co-design is selected (anonymous)",
}

# The same questions in PostGraphile's schema (bench/queries/peer-*). Its
# relation fields are named after the foreign-key columns; it has no
# tenancy, so the filters that stand for a caller's view are plain conditions.
PEER_Q1, PEER_Q2, PEER_Q3, PEER_Q4, PEER_Q5 = (query(f"peer-q{n}.graphql") for n in range(1, 6))



def peer_q7() -> str:
    """Q7 as a portal on PostGraphile has to ask it: one request with an
    aliased `totalCount` per facet value, each with every filter but its
    own dimension's (the connection-filter plugin reaches the Co's through
    the label table, the step through the initiative, the nation and kind
    through the owner, the evidence level through the initiative's
    evidence). The visibility conditions stand for an anonymous caller."""
    public = 'visibility: {equalTo: "PUBLIC"}, deletedAt: {isNull: true}'
    base = f'{public}, status: {{equalTo: "PUBLISHED"}}'

    def co(value: str) -> str:
        return f'caseStudyCoTypesByCaseStudyId: {{some: {{coType: {{equalTo: "{value}"}}}}}}'

    def initiative(condition: str) -> str:
        return f"initiativeByInitiativeId: {{{public}, {condition}}}"

    def step(value: str) -> str:
        return initiative(f'starStep: {{equalTo: "{value}"}}')

    def owner(column: str, value: str) -> str:
        return f'organisationByOwnerOrgId: {{{column}: {{equalTo: "{value}"}}}}'

    def highest_evidence(level: int) -> str:
        return initiative(
            f"evidencesByInitiativeId: {{some: {{nestaLevel: {{equalTo: {level}}}}}, "
            f"none: {{nestaLevel: {{greaterThan: {level}}}}}}}"
        )

    selected = co("CO_DESIGN")
    counts = {"total": [base, selected]}
    for value in CO_TYPES:
        counts[f"co_{value}"] = [base, co(value)]
    for value in STAR_STEPS:
        counts[f"step_{value}"] = [base, selected, step(value)]
    for value in SERVICE_AREAS:
        counts[f"area_{value}"] = [base, selected, f'serviceArea: {{equalTo: "{value}"}}']
    for value in NATIONS:
        counts[f"nation_{value}"] = [base, selected, owner("nation", value)]
    for value in LANGUAGES:
        counts[f"language_{value}"] = [base, selected, f'language: {{equalTo: "{value}"}}']
    for value in ORGANISATION_KINDS:
        counts[f"kind_{value}"] = [base, selected, owner("kind", value)]
    for level in range(1, 6):
        counts[f"evidence_{level}"] = [base, selected, highest_evidence(level)]
    for co_type in CO_TYPES:
        for value in STAR_STEPS:
            counts[f"matrix_{co_type}_{value}"] = [base, co(co_type), step(value)]
    fields = "\n".join(
        f"  {alias}: allCaseStudies(filter: {{{', '.join(parts)}}}) {{ totalCount }}"
        for alias, parts in counts.items()
    )
    return f"query Q7 {{\n{fields}\n}}\n"


CO_TYPES = ["CO_COMMISSIONING", "CO_DESIGN", "CO_DELIVERY", "CO_ASSESSMENT"]
STAR_STEPS = ["MAP_IT", "FOCUS_IT", "PEOPLE_IT", "MARKET_IT", "GROW_IT"]
SERVICE_AREAS = [
    "ADULT_SOCIAL_CARE", "CHILDREN_AND_YOUNG_PEOPLE", "HEALTH", "COMMUNITY_SAFETY",
    "ENVIRONMENT", "HOUSING", "EDUCATION", "CULTURE_AND_LEISURE", "TRANSPORT",
    "COMMISSIONING_AND_FUNDING", "WHOLE_COUNCIL", "OTHER",
]
NATIONS = ["ENGLAND", "SCOTLAND", "WALES", "NORTHERN_IRELAND"]
LANGUAGES = ["en", "cy"]
ORGANISATION_KINDS = [
    "LOCAL_AUTHORITY", "HEALTH_BODY", "HOUSING_ASSOCIATION", "VOLUNTARY_ORGANISATION",
    "NETWORK_BODY", "ACADEMIC", "OTHER",
]


def same_facet_counts(costar: dict, peer: dict) -> None:
    """Fails the run unless PostGraphile's answer to Q7 counts what
    Costar's does: the two engines must be asked the same question."""
    facets = costar["caseStudyFacets"]
    ours = {"total": facets["total"]}
    for key, prefix in [("coTypes", "co"), ("starSteps", "step"), ("serviceAreas", "area"),
                        ("nations", "nation"), ("languages", "language"),
                        ("organisationKinds", "kind"), ("evidenceLevels", "evidence")]:
        for count in facets[key]:
            ours[f"{prefix}_{count['value']}"] = count["count"]
    for cell in facets["coStepMatrix"]:
        ours[f"matrix_{cell['coType']}_{cell['starStep']}"] = cell["count"]
    theirs = {alias: answer["totalCount"] for alias, answer in peer.items()}
    differing = {
        alias: (ours.get(alias, 0), count)
        for alias, count in theirs.items()
        if ours.get(alias, 0) != count
    }
    unasked = set(ours) - set(theirs)
    if differing or unasked:
        raise SystemExit(
            f"bench: Q7 counts differ from PostGraphile's (ours, theirs): {differing}; "
            f"not asked of PostGraphile: {sorted(unasked)}"
        )


# What PostGraphile is given for full-text search: what a team would write
# for it, a table of weighted tsvectors (title above summary and tags above
# body, as Costar ranks) with its GIN index, and a function ranking every
# match; and, for a
# case study's Co's and tags, kept in their label tables, the computed
# columns a team would write (PostGraphile looks for them beside the table).
PEER_SQL = """
CREATE OR REPLACE FUNCTION public.case_study_co_types(c public.case_study)
RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY(SELECT co_type FROM public.case_study_co_type
               WHERE case_study_id = c.id ORDER BY co_type COLLATE "C")
$$;
CREATE OR REPLACE FUNCTION public.case_study_tags(c public.case_study)
RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY(SELECT tag FROM public.case_study_tag
               WHERE case_study_id = c.id ORDER BY tag COLLATE "C")
$$;
CREATE SCHEMA IF NOT EXISTS costar_peer;
CREATE TABLE IF NOT EXISTS costar_peer.case_study_search AS
  SELECT c.id, setweight(to_tsvector('english', c.title), 'A')
      || setweight(to_tsvector('english', c.summary), 'B')
      || setweight(to_tsvector('english', coalesce(
           (SELECT string_agg(tag, ' ') FROM public.case_study_tag t WHERE t.case_study_id = c.id), '')), 'B')
      || setweight(to_tsvector('english', c.body), 'D') AS document
  FROM public.case_study c;
CREATE INDEX IF NOT EXISTS ix_case_study_search_document
  ON costar_peer.case_study_search USING GIN (document);
CREATE UNIQUE INDEX IF NOT EXISTS ix_case_study_search_id ON costar_peer.case_study_search (id);
ANALYZE costar_peer.case_study_search;
CREATE OR REPLACE FUNCTION costar_peer.search_case_studies(q text)
RETURNS SETOF public.case_study LANGUAGE sql STABLE AS $$
  SELECT c.* FROM public.case_study c JOIN costar_peer.case_study_search s ON s.id = c.id
  WHERE s.document @@ websearch_to_tsquery('english', q)
    AND c.visibility = 'PUBLIC' AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL
  ORDER BY ts_rank(s.document, websearch_to_tsquery('english', q)) DESC, c.id
$$;
"""


# --- plumbing ---------------------------------------------------------------


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> str:
    done = subprocess.run(
        args, env=env, cwd=cwd, text=True, capture_output=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(
            f"bench: `{' '.join(args[:4])} ...` failed ({done.returncode}):\n{done.stderr[-2000:]}"
        )
    return done.stdout


def database_url(database: str) -> str:
    """The same transport for the server, PostGraphile and pgbench: plain
    TCP, without TLS (node-postgres's default; libpq would otherwise
    encrypt, and the engines would be measured on different transports)."""
    return f"{POSTGRES}/{database}?sslmode=disable"


def psql(database: str, sql: str) -> str:
    return run("psql", database_url(database), "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql).strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: str, query: str, variables: dict | None = None, token: str | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.loads(response.read())
    if answer.get("errors"):
        raise SystemExit(f"bench: {url} answered errors: {json.dumps(answer['errors'])[:600]}")
    return answer["data"]


def wait_until(check, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (OSError, urllib.error.URLError, ValueError):
            pass
        time.sleep(0.2)
    raise SystemExit(f"bench: {what} did not come up within {seconds:.0f} s")


def global_id(kind: str, id_: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{id_}".encode()).decode().rstrip("=")


# --- the database -----------------------------------------------------------


def fresh_network(database: str, organisations: int, case_studies: int) -> float:
    """Creates `database` anew and loads the synthetic network; returns the
    load rate in case studies per second."""
    psql("postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    psql("postgres", f"CREATE DATABASE {database}")
    env = server_env(database)
    out = run(
        str(BINARY), "seed", "--synthetic",
        "--organisations", str(organisations),
        "--case-studies", str(case_studies),
        "--rng-seed", str(RNG_SEED),
        env=env,
    )
    log(out.strip())
    psql(database, "VACUUM ANALYZE")
    # The load's writes reach the data files now, not under the first
    # measurements.
    psql(database, "CHECKPOINT")
    rate = re.search(r"\(([\d,]+) case studies/s\)", out)
    return float(rate.group(1).replace(",", "")) if rate else 0.0


# The tables a load writes for each case study: its row, its labels, its change.
LOADED_TABLES = ("case_study", "case_study_co_type", "case_study_tag", "case_study_change")


def write_floor(database: str, work: Path) -> float:
    """The database's own fastest write of what `seed --synthetic` writes
    for the case studies: each table of LOADED_TABLES copied out and back
    with COPY (psql's \\copy) into an empty table with the same columns,
    indexes and foreign keys, one stream, one table after the other.
    Returns case studies a second."""
    case_studies = int(psql(database, "SELECT count(*) FROM case_study"))
    seconds = 0.0
    for table in LOADED_TABLES:
        data = work / f"floor-{table}.copy"
        psql(database, f"\\copy {table} TO '{data}'")
        copy = f"floor_{table}"
        keys = psql(database, f"SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                              f"WHERE conrelid = '{table}'::regclass AND contype = 'f'")
        psql(database, f"CREATE TABLE {copy} (LIKE {table} INCLUDING ALL)")
        for key in keys.splitlines():
            psql(database, f"ALTER TABLE {copy} ADD {key}")
        started = time.monotonic()
        psql(database, f"\\copy {copy} FROM '{data}'")
        seconds += time.monotonic() - started
        psql(database, f"DROP TABLE {copy}")
        data.unlink()
    return case_studies / seconds


def server_env(database: str, **extra: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url(database),
        COSTAR_JWT_SECRET=SECRET,
        # The benchmark measures the engine, not the rate limiter.
        COSTAR_RATE_LIMIT_PER_MINUTE="100000000",
        COSTAR_RATE_LIMIT_BURST="10000000",
        COSTAR_LOG_FORMAT="json",
        RUST_LOG="warn",
        # The allocator's settings, as the Dockerfile gives them.
        MIMALLOC_PURGE_DELAY="50",
        MIMALLOC_ARENA_EAGER_COMMIT="0",
    )
    env.update(extra)
    return env


# --- the servers -------------------------------------------------------------


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    log_path: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def peak_rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kb = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))
        return kb / 1024

    def metrics(self) -> str:
        with urllib.request.urlopen(self.url.replace("/graphql", "/metrics"), timeout=10) as r:
            return r.read().decode()

    def statements(self) -> float:
        return float(re.search(r"^costar_db_statements_total (\S+)$", self.metrics(), re.M).group(1))

    def graphql_errors(self) -> float:
        """The errors the server has answered, of every code."""
        return sum(float(n) for n in
                   re.findall(r"^costar_graphql_errors_total\{[^}]*\} (\S+)$", self.metrics(), re.M))


def start_costar(
    database: str, work: Path, name: str, under: tuple[str, ...] = (), **extra: str
) -> Server:
    """The server on a free port, run `under` a tool (valgrind) if given."""
    port = free_port()
    log_path = work / f"{name}.log"
    # Each server keeps its search index on disk, as a deployment does.
    extra.setdefault("COSTAR_SEARCH_INDEX", str(work / f"{name}.search"))
    env = server_env(database, COSTAR_BIND=f"127.0.0.1:{port}", **extra)
    process = subprocess.Popen(
        [*under, str(BINARY)], env=env, stdout=log_path.open("w"), stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        if process.poll() is not None:
            raise SystemExit(f"bench: the server exited: {log_path.read_text()[-2000:]}")
        with urllib.request.urlopen(f"{base}/readyz", timeout=5) as r:
            return r.status == 200

    # Ready once its search index is built (a minute or so at a million
    # case studies); under valgrind the server starts some fifty times
    # slower.
    wait_until(ready, "the Costar server", seconds=1800 if under else 600)
    return Server(process, f"{base}/graphql", log_path)


def start_peer(database: str, work: Path) -> Server:
    psql(database, PEER_SQL)
    port = free_port()
    log_path = work / "postgraphile.log"
    process = subprocess.Popen(
        ["node", str(BENCH / "peer" / "serve.js"), database_url(database), "public,costar_peer",
         str(port)],
        stdout=log_path.open("w"), stderr=subprocess.STDOUT,
        env={**os.environ, "NODE_ENV": "production"},
    )
    url = f"http://127.0.0.1:{port}/graphql"

    def ready() -> bool:
        if process.poll() is not None:
            raise SystemExit(f"bench: PostGraphile exited: {log_path.read_text()[-2000:]}")
        return bool(post(url, "{ __typename }"))

    wait_until(ready, "PostGraphile")
    return Server(process, url, log_path)


def token(database: str, org: str, role: str) -> str:
    return run(
        str(BINARY), "token", "issue", "--org", org, "--role", role, "--ttl", "1d",
        env=server_env(database),
    ).strip()


# --- the load ----------------------------------------------------------------


@dataclass
class Request:
    """One request of the mix, for one engine."""

    body: Path
    token: str | None


@dataclass
class Load:
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    first_failure: str = ""
    socket_errors: int = 0
    statements_per_request: float | None = None


def wrk(url: str, request: Request, concurrency: int, seconds: int,
        check_bodies: bool = False) -> Load:
    """A load run. Without `check_bodies`, wrk counts failed statuses and
    sockets only; the GraphQL errors of a Costar run come from its metrics
    (`measured`), and each warm-up checks every body, of both engines."""
    env = dict(os.environ, BENCH_BODY=str(request.body), BENCH_TOKEN=request.token or "",
               BENCH_CHECK_BODIES="1" if check_bodies else "")
    threads = min(concurrency, os.cpu_count() or 2)
    out = run(
        "wrk", "-t", str(threads), "-c", str(concurrency), "-d", f"{seconds}s",
        "--timeout", "30s", "-s", str(BENCH / "graphql.lua"), url, env=env,
    )
    return load_of(out)


def load_of(wrk_output: str) -> Load:
    """The figures of the BENCH line a wrk script of bench/ prints when done."""
    line = next(l for l in wrk_output.splitlines() if l.startswith("BENCH "))
    r = json.loads(line[len("BENCH "):])
    return Load(
        requests=r["requests"],
        rps=r["requests"] / (r["duration_us"] / 1e6),
        p50_ms=r["p50_us"] / 1000,
        p99_ms=r["p99_us"] / 1000,
        errors=r["failed"] + r["socket_errors"],
        first_failure=r["first_failure"],
        socket_errors=r["socket_errors"],
    )


def settle(database: str) -> None:
    """Waits until no statement has run on the database for a second. wrk
    stops at its time, but an engine finishes the requests it had begun:
    for a query that takes a large part of a second, the backlog of a run
    at 16 would land in the next run. A second, not one look: PostGraphile
    sends a statement per root field, and between two of them all its
    connections can be idle for a moment."""
    deadline = time.monotonic() + 120
    quiet_since = None
    while time.monotonic() < deadline:
        busy = psql(database, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                    "current_database() AND state = 'active' AND pid <> pg_backend_pid()")
        now = time.monotonic()
        if busy != "0":
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= 1:
            return
        time.sleep(0.05)
    raise SystemExit("bench: the database is still busy two minutes after a run")


def warm_up(url: str, request: Request, concurrency: int, engine: str) -> int:
    """A second of load with every body checked: caches, plans and
    connections warm, and any error the measured runs would not see in
    the bodies shows here. Returns the errors."""
    load = wrk(url, request, concurrency, 1, check_bodies=True)
    if load.errors:
        log(f"{engine} warm-up: {load.errors} errors, first: {load.first_failure}")
    return load.errors


def measured(server: Server, request: Request, concurrency: int, seconds: int) -> Load:
    """A Costar load run with its SQL statements and GraphQL errors per
    request, read from the server's metrics."""
    statements, errors = server.statements(), server.graphql_errors()
    load = wrk(server.url, request, concurrency, seconds)
    load.statements_per_request = (server.statements() - statements) / max(load.requests, 1)
    # The server counts every error it answers, a failed status included.
    answered = int(server.graphql_errors() - errors)
    load.errors = load.socket_errors + max(load.errors - load.socket_errors, answered)
    if answered and not load.first_failure:
        load.first_failure = f"{answered} errors in the server's costar_graphql_errors_total"
    return load


def write_body(work: Path, name: str, query: str, variables: dict | None = None) -> Path:
    path = work / f"{name}.json"
    path.write_text(json.dumps({"query": query, "variables": variables or {}}))
    return path


# --- preparing the mix -------------------------------------------------------


def q4_subject(database: str) -> tuple[int, int, str]:
    """A case study whose initiative has a charter and a peer review, and
    the slug of its owner."""
    row = psql(
        database,
        """SELECT cs.id, cs.initiative_id, o.slug FROM case_study cs
           JOIN organisation o ON o.id = cs.owner_org_id
           WHERE cs.deleted_at IS NULL
             AND EXISTS (SELECT 1 FROM charter c WHERE c.initiative_id = cs.initiative_id)
             AND EXISTS (SELECT 1 FROM peer_review p WHERE p.initiative_id = cs.initiative_id)
           ORDER BY cs.id LIMIT 1""",
    )
    if not row:
        raise SystemExit("bench: no case study has an initiative with a charter and a peer review")
    cs, initiative, slug = row.split("|")
    return int(cs), int(initiative), slug


def cursor_of_page(url: str, query: str, page: int, connection: str) -> str | None:
    """Walks `page - 1` pages and returns the cursor that opens page `page`."""
    after = None
    for _ in range(page - 1):
        data = post(url, query, {"after": after})[connection]
        if not data["pageInfo"]["hasNextPage"]:
            raise SystemExit(f"bench: the listing has fewer than {page} pages")
        after = data["pageInfo"]["endCursor"]
    return after


def upsert_batch(size: int) -> list[dict]:
    return [
        {
            "externalId": f"bench-{i:04d}",
            "title": f"Benchmark case study {i}",
            "summary": "A case study the benchmark keeps in step.",
            "body": "Residents and staff designed the service together. " * 4,
            "coTypes": ["CO_DESIGN", "CO_DELIVERY"],
            "serviceArea": "HEALTH",
            "visibility": "NETWORK",
        }
        for i in range(size)
    ]


def upsert_new_rate(database: str, server: Server, count: int = 10_000) -> float:
    """Case studies a second that one partner's upserts of `count` new
    ones, in batches of 500 one after the other, are written at (each
    batch all or nothing, with its feed and audit rows)."""
    _, _, owner = q4_subject(database)
    sync = token(database, owner, "SYNC")
    started = time.monotonic()
    for first in range(0, count, 500):
        batch = [
            {**item, "externalId": f"new-{first + i:06d}"}
            for i, item in enumerate(upsert_batch(min(500, count - first)))
        ]
        created = post(server.url, Q6, {"input": batch}, sync)
        if created["upsertCaseStudies"]["created"] != len(batch):
            raise SystemExit(f"bench: an upsert of new case studies created {created}")
    return count / (time.monotonic() - started)


def prepare_costar(database: str, server: Server, work: Path, page: int) -> dict[str, Request]:
    cs, initiative, owner = q4_subject(database)
    editor = token(database, owner, "EDITOR")
    sync = token(database, owner, "SYNC")
    q5_after = cursor_of_page(server.url, Q5, page, "caseStudies")
    batch = upsert_batch(500)
    # The first run creates the batch; the measured runs find it in step.
    post(server.url, Q6, {"input": batch}, sync)
    return {
        "Q1": Request(write_body(work, "Q1", Q1), None),
        "Q2": Request(write_body(work, "Q2", Q2), editor),
        "Q3": Request(write_body(work, "Q3", Q3), None),
        "Q4": Request(
            write_body(work, "Q4", Q4, {
                "id": global_id("CaseStudy", cs),
                "initiative": global_id("Initiative", initiative),
            }),
            editor,
        ),
        "Q5": Request(write_body(work, "Q5", Q5, {"after": q5_after}), None),
        "Q6": Request(write_body(work, "Q6", Q6, {"input": batch}), sync),
        "Q7": Request(write_body(work, "Q7", Q7), None),
    }


def prepare_peer(database: str, peer: Server, work: Path, page: int) -> dict[str, Request]:
    cs, _, _ = q4_subject(database)
    after = cursor_of_page(peer.url, PEER_Q5, page, "allCaseStudies")
    return {
        "Q1": Request(write_body(work, "peer-Q1", PEER_Q1), None),
        "Q2": Request(write_body(work, "peer-Q2", PEER_Q2), None),
        "Q3": Request(write_body(work, "peer-Q3", PEER_Q3), None),
        "Q4": Request(write_body(work, "peer-Q4", PEER_Q4, {"id": str(cs)}), None),
        "Q5": Request(write_body(work, "peer-Q5", PEER_Q5, {"after": after}), None),
        "Q7": Request(write_body(work, "peer-Q7", peer_q7()), None),
    }


# --- the floor ---------------------------------------------------------------


def capture_sql(database: str, requests: dict[str, Request], work: Path) -> dict[str, Path]:
    """Runs each request alone on a server that logs its SQL, and writes
    the statements of the third run (caches warm) as a pgbench script."""
    server = start_costar(database, work, "capture", RUST_LOG="warn,api::sql=trace")
    scripts = {}
    try:
        for name, request in requests.items():
            body = json.loads(request.body.read_text())
            for _ in range(2):
                post(server.url, body["query"], body["variables"], request.token)
            time.sleep(0.3)
            start = server.log_path.stat().st_size
            post(server.url, body["query"], body["variables"], request.token)
            time.sleep(0.3)
            with server.log_path.open() as f:
                f.seek(start)
                lines = f.read().splitlines()
            statements = []
            for line in lines:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                sql = event.get("sql") or event.get("fields", {}).get("sql")
                # The revocation list is re-read every two seconds, by
                # whichever request with a token comes next.
                if event.get("target") == "api::sql" and sql and "token_revocation" not in sql:
                    statements.append(sql.strip().rstrip(";"))
            if name == "Q6" or any(s.startswith("SET LOCAL") for s in statements):
                # The server runs these in one transaction (a batch; a
                # search, planned for its words).
                statements = ["BEGIN", *statements, "COMMIT"]
            script = work / f"floor-{name}.sql"
            script.write_text("".join(f"{s};\n" for s in statements))
            scripts[name] = script
    finally:
        server.stop()
    return scripts


def pgbench(database: str, script: Path, concurrency: int, seconds: int) -> float:
    out = run(
        "pgbench", "-n", "-f", str(script), "-c", str(concurrency),
        "-j", str(min(concurrency, os.cpu_count() or 2)), "-T", str(seconds),
        "-M", "prepared", database_url(database),
    )
    return float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", out).group(1))


# --- the report --------------------------------------------------------------


@dataclass
class Row:
    query: str
    concurrency: int
    costar: Load
    floor_tps: float | None = None
    peer: Load | None = None

    def as_json(self) -> dict:
        return {
            "query": self.query,
            "concurrency": self.concurrency,
            "costar": self.costar.__dict__,
            "floor_tps": self.floor_tps,
            "of_floor": self.costar.rps / self.floor_tps if self.floor_tps else None,
            "peer": self.peer.__dict__ if self.peer else None,
            "vs_peer": self.costar.rps / self.peer.rps if self.peer and self.peer.rps else None,
        }


def fmt(value: float | None, pattern: str = "{:.0f}") -> str:
    return "–" if value is None else pattern.format(value)


def markdown(rows: list[Row]) -> str:
    lines = [
        "| query | c | req/s | p50 ms | p99 ms | errors | SQL/req | floor tps | of floor | PostGraphile req/s | × PostGraphile |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        c = row.costar
        lines.append(
            f"| {row.query} | {row.concurrency} | {c.rps:.0f} | {c.p50_ms:.2f} | {c.p99_ms:.2f} "
            f"| {c.errors} | {fmt(c.statements_per_request, '{:.1f}')} | {fmt(row.floor_tps)} "
            f"| {fmt(c.rps / row.floor_tps if row.floor_tps else None, '{:.0%}')} "
            f"| {fmt(row.peer.rps if row.peer else None)} "
            f"| {fmt(c.rps / row.peer.rps if row.peer and row.peer.rps else None, '{:.1f}×')} |"
        )
    return "\n".join(lines)


# --- the runs ----------------------------------------------------------------


def measure_mix(args, database: str, work: Path) -> dict:
    """Each query at each concurrency: the server, then the floor, then the
    peer, one after the other. This machine's speed drifts by up to a fifth
    over minutes; a ratio of runs seconds apart is a ratio of two engines,
    where runs minutes apart would mix in the drift."""
    seeded = fresh_network(database, args.organisations, args.case_studies)
    floor = write_floor(database, work)
    log(f"write floor (COPY, one stream): {floor:,.0f} case studies/s")
    server = start_costar(database, work, "costar")
    peer = None
    rows: list[Row] = []
    try:
        requests = prepare_costar(database, server, work, args.page)
        requests = {q: r for q, r in requests.items() if q in args.queries}
        scripts = capture_sql(database, requests, work) if args.floor else {}
        peer_requests: dict[str, Request] = {}
        if args.peer:
            peer = start_peer(database, work)
            peer_requests = prepare_peer(database, peer, work, args.page)
            if "Q7" in requests:
                same_facet_counts(post(server.url, Q7), post(peer.url, peer_q7()))
        for name, request in requests.items():
            peer_request = peer_requests.get(name)
            # The warm-ups run at the highest concurrency, and their errors
            # count in its row.
            top = max(args.concurrency)
            warm_errors = warm_up(server.url, request, top, "Costar")
            peer_warm_errors = warm_up(peer.url, peer_request, top, "PostGraphile") if peer_request else 0
            for concurrency in args.concurrency:
                settle(database)
                load = measured(server, request, concurrency, args.seconds)
                if concurrency == top:
                    load.errors += warm_errors
                row = Row(name, concurrency, load)
                rows.append(row)
                log(f"{name} c={concurrency}: {load.rps:.0f} req/s, p50 {load.p50_ms:.2f} ms, "
                    f"p99 {load.p99_ms:.2f} ms, errors {load.errors}")
                if name in scripts:
                    settle(database)
                    row.floor_tps = pgbench(database, scripts[name], concurrency, args.seconds)
                    log(f"floor {name} c={concurrency}: {row.floor_tps:.0f} tps")
                if peer_request:
                    settle(database)
                    row.peer = wrk(peer.url, peer_request, concurrency, args.seconds)
                    if concurrency == top:
                        row.peer.errors += peer_warm_errors
                    log(f"PostGraphile {name} c={concurrency}: {row.peer.rps:.0f} req/s, "
                        f"errors {row.peer.errors}")
        peak_rss = server.peak_rss_mb()
        upserted = upsert_new_rate(database, server)
        log(f"upserts of 10,000 new case studies: {upserted:,.0f} a second")
    finally:
        server.stop()
        if peer:
            peer.stop()

    return {"seed_case_studies_per_second": seeded, "upsert_new_per_second": upserted,
            "write_floor_case_studies_per_second": floor, "peak_rss_mb": peak_rss, "rows": rows}


def measure_scale(args, work: Path) -> list[dict]:
    """Each query asked at each size, at c=16 (or the largest concurrency
    asked), with the load's rate and the time the server took to be ready
    (its search index built)."""
    curve = []
    concurrency = 16 if 16 in args.concurrency else max(args.concurrency)
    for size in args.scale:
        database = f"costar_bench_{size}"
        rate = fresh_network(database, args.organisations, size)
        started = time.monotonic()
        server = start_costar(database, work, f"scale-{size}")
        ready_s = time.monotonic() - started
        log(f"scale {size}: loaded at {rate:,.0f} case studies/s "
            f"({size / rate if rate else 0:.0f} s), server ready in {ready_s:.0f} s")
        curve.append({"case_studies": size, "query": "load", "seed_case_studies_per_second": rate,
                      "ready_seconds": ready_s})
        try:
            requests = prepare_costar(database, server, work, args.page)
            for name in args.queries:
                warm_errors = warm_up(server.url, requests[name], concurrency, "Costar")
                load = measured(server, requests[name], concurrency, args.seconds)
                load.errors += warm_errors
                curve.append({"case_studies": size, "query": name, "concurrency": concurrency,
                              **load.__dict__})
                log(f"scale {size} {name}: p50 {load.p50_ms:.2f} ms, {load.rps:.0f} req/s")
        finally:
            server.stop()
    return curve


def scale_markdown(curve: list[dict]) -> str:
    sizes = sorted({p["case_studies"] for p in curve})
    lines = ["| query | " + " | ".join(f"p50 ms at {s:,}" for s in sizes) + " | growth |",
             "|---|" + "---:|" * (len(sizes) + 1)]
    loads = {p["case_studies"]: p for p in curve if p["query"] == "load"}
    lines.append("| load (s) | " + " | ".join(
        f"{s / loads[s]['seed_case_studies_per_second']:.0f}"
        if loads.get(s, {}).get("seed_case_studies_per_second") else "–" for s in sizes) + " | |")
    lines.append("| ready (s) | " + " | ".join(
        f"{loads[s]['ready_seconds']:.0f}" if s in loads else "–" for s in sizes) + " | |")
    names = sorted({p["query"] for p in curve if p["query"] != "load"})
    for name in names:
        points = {p["case_studies"]: p for p in curve if p["query"] == name}
        if not points:
            continue
        p50 = [points[s]["p50_ms"] for s in sizes if s in points]
        growth = p50[-1] / p50[0] if p50 and p50[0] else None
        lines.append(f"| {name} | " + " | ".join(f"{v:.2f}" for v in p50)
                     + f" | {fmt(growth, '{:.2f}×')} |")
    return "\n".join(lines)


def main() -> int:
    global BINARY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case-studies", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=400)
    parser.add_argument("--seconds", type=int, default=10, help="length of each load run")
    parser.add_argument("--concurrency", default="1,16,64")
    parser.add_argument("--queries", default="Q1,Q2,Q3,Q4,Q5,Q6,Q7")
    parser.add_argument("--page", type=int, default=200, help="the page Q5 reads")
    parser.add_argument("--no-floor", dest="floor", action="store_false")
    parser.add_argument("--no-peer", dest="peer", action="store_false")
    parser.add_argument("--scale", default="", help="sizes for the scale curve, e.g. 10000,100000")
    parser.add_argument("--no-mix", dest="mix", action="store_false",
                        help="only the scale curve")
    parser.add_argument("--out", default=str(ROOT / "target" / "bench" / "result.json"))
    parser.add_argument("--max-p99-ratio", type=float, default=None,
                        help="fail when p99 exceeds this multiple of p50 at the largest concurrency")
    parser.add_argument("--binary", default=str(BINARY), help="the costar binary to measure")
    parser.add_argument("--keep", metavar="DIR",
                        help="keep the servers' logs and the floor's scripts in DIR")
    parser.add_argument("--smoke", action="store_true",
                        help="a run of a few seconds on a small network, to check the machinery")
    args = parser.parse_args()
    if args.smoke:
        args.case_studies, args.organisations, args.seconds = 2_000, 20, 1
        args.concurrency, args.page, args.peer = "1,4", 5, False
    BINARY = Path(args.binary)
    args.concurrency = [int(c) for c in args.concurrency.split(",")]
    args.queries = args.queries.split(",")
    args.scale = [int(s) for s in args.scale.split(",") if s]

    cores = os.cpu_count()
    result: dict = {"cores": cores, "case_studies": args.case_studies,
                    "organisations": args.organisations, "seconds": args.seconds,
                    "command": " ".join(sys.argv)}
    print(f"Machine: {cores} cores. Load generator: wrk, on the same machine.\n")
    failed = False
    with tempfile.TemporaryDirectory(prefix="costar-bench-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.mix:
            mix = measure_mix(args, f"costar_bench_{args.case_studies}", work)
            rows = mix["rows"]
            print(f"{args.case_studies:,} case studies, {args.organisations} organisations, "
                  f"{args.seconds} s per run; synthetic load "
                  f"{mix['seed_case_studies_per_second']:,.0f} case studies/s\n")
            print(markdown(rows))
            print(f"\nServer peak RSS: {mix['peak_rss_mb']:.0f} MB; upserts of 10,000 new "
                  f"case studies: {mix['upsert_new_per_second']:,.0f} a second; the database's "
                  f"write floor (COPY of a case study's rows, one stream): "
                  f"{mix['write_floor_case_studies_per_second']:,.0f} case studies a second\n")
            result.update(
                peak_rss_mb=mix["peak_rss_mb"],
                write_floor_case_studies_per_second=mix["write_floor_case_studies_per_second"],
                upsert_new_per_second=mix["upsert_new_per_second"],
                seed_case_studies_per_second=mix["seed_case_studies_per_second"],
                rows=[r.as_json() for r in rows],
            )
            for row in rows:
                if row.costar.errors:
                    failed = True
                    log(f"{row.query} c={row.concurrency}: {row.costar.errors} errors, "
                        f"first: {row.costar.first_failure}")
                if row.peer and row.peer.errors:
                    log(f"PostGraphile {row.query}: {row.peer.errors} errors, "
                        f"first: {row.peer.first_failure}")
            if args.max_p99_ratio:
                top = max(args.concurrency)
                for row in rows:
                    if row.concurrency == top and row.costar.p99_ms > args.max_p99_ratio * row.costar.p50_ms:
                        failed = True
                        log(f"{row.query}: p99 above {args.max_p99_ratio}× p50 at c={top}")
        if args.scale:
            curve = measure_scale(args, work)
            print(scale_markdown(curve))
            result["scale"] = curve
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"\nJSON: {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
