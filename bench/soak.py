#!/usr/bin/env python3
"""The Costar soak: the benchmark's read/write mix for minutes, subscriptions open.

It then checks that nothing failed, that memory levelled off after warm-up
and that the pool and the sockets went back to idle once the load stopped.

Run it as `bench/soak` (see docs/performance.md), which builds the binary
and installs wrk and the pinned WebSocket client. It reuses bench/run.py's
machinery: a fresh Postgres database (COSTAR_BENCH_POSTGRES, default
127.0.0.1:5432) with the synthetic network, the server, tokens and Q1..Q6.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shlex
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402  (bench/run.py: importing it runs nothing)

DATABASE = "costar_soak"
SUBSCRIPTION = "subscription Soak { caseStudyChanged { op externalId caseStudy { title } } }"
WRITE = """mutation SoakWrite($input: [UpsertCaseStudyInput!]!) {
  upsertCaseStudies(input: $input) { created updated unchanged } }"""
# The writer cycles over this many case studies: it creates them, then
# keeps changing their titles, so the database does not grow with the run.
WRITE_KEYS = 100
WRITE_TITLE = re.compile(r"^Soak write (\d+)$")
SUBSCRIBER_ORGANISATIONS = 5
RSS_INTERVAL_S = 2.0
RSS_GROWTH_LIMIT = 0.10
# RSS at the end of warm-up is the highest sample of its last seconds: one
# sample swings by a few percent as the allocator takes and returns memory.
WARM_UP_END_S = 10.0
# How long the subscribers may take to receive the last writes, and the
# server to let go of connections and subscriptions, once the load stops.
DELIVERY_DEADLINE_S = 10.0
IDLE_DEADLINE_S = 5.0

FULL = dict(seconds=600, warm_up=60, case_studies=10_000, organisations=100, page=50)
SMOKE = dict(seconds=30, warm_up=10, case_studies=500, organisations=20, page=5)


class SoakFailure(Exception):
    """The soak could not be set up or run to its end."""


def log(message: str) -> None:
    print(f"soak: {message}", file=sys.stderr, flush=True)


# --- what the server reports -----------------------------------------------


def metric_samples(text: str, name: str) -> dict[str, float]:
    """Every sample of `name` in a metrics exposition, keyed by its labels
    as written (`state="in_use"`), or "" when it has none."""
    pattern = re.compile(rf"^{re.escape(name)}(?:\{{([^}}]*)\}})? (\S+)$", re.M)
    return {labels: float(value) for labels, value in pattern.findall(text)}


def errors_by_code(text: str) -> Counter:
    return Counter({labels.removeprefix('code="').removesuffix('"'): value
                    for labels, value in metric_samples(text, "costar_graphql_errors_total").items()})


def requests_by_operation(text: str) -> Counter:
    return Counter({labels.removeprefix('operation="').removesuffix('"'): value
                    for labels, value in metric_samples(text, "costar_graphql_requests_total").items()})


def idle_gauges(text: str) -> dict[str, float | None]:
    """The gauges that must read 0 once the load is gone; None when the
    server does not report one. `costar_websockets_open` is checked only
    when the server reports it."""
    pool = metric_samples(text, "costar_db_pool_connections")
    gauges = {
        'costar_db_pool_connections{state="in_use"}': pool.get('state="in_use"'),
        'costar_db_pool_connections{state="waiting"}': pool.get('state="waiting"'),
        "costar_subscriptions_open": metric_samples(text, "costar_subscriptions_open").get(""),
    }
    sockets = metric_samples(text, "costar_websockets_open")
    if sockets:
        gauges["costar_websockets_open"] = sockets.get("")
    return gauges


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def log_lines_by_level(path: Path) -> dict[str, list[str]]:
    """The server's JSON log lines at WARN and ERROR, each as its target,
    message and fields."""
    found: dict[str, list[str]] = {"WARN": [], "ERROR": []}
    for line in path.read_text(errors="replace").splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if event.get("level") in found:
            fields = {**event.get("fields", {}), **{k: v for k, v in event.items() if k not in
                      ("timestamp", "level", "target", "message", "fields", "span", "spans")}}
            message = event.get("message") or fields.pop("message", "")
            detail = " ".join(f"{k}={v}" for k, v in fields.items())
            found[event["level"]].append(f"{event.get('target', '')}: {message} {detail}".strip())
    return found


# --- the subscribers -----------------------------------------------------------


@dataclass
class Subscriber:
    """One socket holding one `caseStudyChanged` subscription, which records
    the writer's changes it receives."""

    url: str
    token: str
    messages: int = 0
    seen: set[int] = field(default_factory=set)
    repeated: int = 0
    others: int = 0  # changes the writer did not make
    errors: list[str] = field(default_factory=list)
    socket: ClientConnection | None = None
    listening: asyncio.Task | None = None
    closing: bool = False

    async def open(self) -> None:
        # No proxy: the soak talks to this machine only.
        self.socket = await connect(self.url, subprotocols=["graphql-transport-ws"],
                                    proxy=None, compression=None, open_timeout=10)
        await self.send({"type": "connection_init",
                         "payload": {"Authorization": f"Bearer {self.token}"}})
        ack = json.loads(await asyncio.wait_for(self.socket.recv(), 10))
        if ack.get("type") != "connection_ack":
            raise SoakFailure(f"connection_init answered {ack}")
        await self.send({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}})
        self.listening = asyncio.create_task(self.listen())

    async def send(self, message: dict) -> None:
        await self.socket.send(json.dumps(message))

    async def listen(self) -> None:
        try:
            async for raw in self.socket:
                await self.receive(json.loads(raw))
        except ConnectionClosed:
            pass  # the close code tells whether it was expected, below
        if not self.closing:
            self.errors.append(f"the server closed the socket: {self.socket.close_code} "
                               f"{self.socket.close_reason or ''}".strip())

    async def receive(self, message: dict) -> None:
        kind = message.get("type")
        if kind == "ping":
            await self.send({"type": "pong"})
        elif kind == "pong" or (kind == "complete" and self.closing):
            pass  # a complete may answer the one the soak sent when closing
        elif kind == "next":
            self.record(message.get("payload") or {})
        else:
            # "error" or "complete": the server ended the subscription.
            self.errors.append(f"unexpected message: {json.dumps(message)[:300]}")

    def record(self, payload: dict) -> None:
        self.messages += 1
        if payload.get("errors"):
            self.errors.append(f"errors: {json.dumps(payload['errors'])[:300]}")
            return
        change = (payload.get("data") or {}).get("caseStudyChanged") or {}
        title = (change.get("caseStudy") or {}).get("title") or ""
        write = WRITE_TITLE.match(title)
        if not write:
            self.others += 1
        elif int(write.group(1)) in self.seen:
            self.repeated += 1
        else:
            self.seen.add(int(write.group(1)))

    async def close(self) -> None:
        self.closing = True
        try:
            await self.send({"id": "1", "type": "complete"})
            await self.socket.close()
        except ConnectionClosed:
            pass
        await self.listening


# --- the writer ----------------------------------------------------------------


def change(write: int) -> dict:
    """The case study the writer's `write`th upsert stores: its title
    carries the number, by which subscribers recognise it."""
    return {
        "externalId": f"soak-{write % WRITE_KEYS:03d}",
        "title": f"Soak write {write}",
        "summary": "A case study the soak keeps changing.",
        "body": "Residents and staff keep improving the service together.",
        "coTypes": ["CO_DESIGN"],
        "serviceArea": "HEALTH",
        "visibility": "NETWORK",
        "status": "PUBLISHED",
    }


def post_write(url: str, token: str, write: int) -> str | None:
    """Upserts one case study; returns what went wrong, or None."""
    body = json.dumps({"query": WRITE, "variables": {"input": [change(write)]}}).encode()
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.loads(response.read())
    except (OSError, ValueError) as error:  # HTTPError and URLError are OSErrors
        return f"write {write}: {error}"
    if answer.get("errors"):
        return f"write {write}: {json.dumps(answer['errors'])[:300]}"
    counts = answer["data"]["upsertCaseStudies"]
    if counts["created"] + counts["updated"] != 1:
        return f"write {write} changed nothing: {counts}"
    return None


@dataclass
class Writer:
    """Changes one case study at a time at a steady rate, so that the load
    writes and the subscribers have changes to receive."""

    url: str
    token: str
    per_second: float
    committed: set[int] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    async def run(self, stop: asyncio.Event) -> None:
        interval, due, write = 1 / self.per_second, time.monotonic(), 0
        while not stop.is_set():
            write += 1
            error = await asyncio.to_thread(post_write, self.url, self.token, write)
            if error:
                self.errors.append(error)
            else:
                self.committed.add(write)
            # Behind schedule (slow answers), it does not catch up in a burst.
            due = max(due + interval, time.monotonic())
            await sleep_unless(stop, due - time.monotonic())


async def sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), max(seconds, 0))
    except asyncio.TimeoutError:
        pass


async def sample_rss(pid: int, start: float, samples: list[tuple[float, float]],
                     stop: asyncio.Event) -> None:
    """Samples every RSS_INTERVAL_S on a fixed schedule, each sample under
    the time it was due, so the one due at the end of warm-up counts in it."""
    due = 0.0
    while not stop.is_set():
        samples.append((due, rss_mb(pid)))
        due += RSS_INTERVAL_S
        await sleep_unless(stop, start + due - time.monotonic())


# --- the HTTP load ---------------------------------------------------------------


def write_mix(requests: dict[str, bench.Request], work: Path) -> Path:
    mix = work / "mix.txt"
    mix.write_text("".join(f"{r.body} {r.token or '-'}\n" for r in requests.values()))
    return mix


def wrk_mix(url: str, mix: Path, connections: int, seconds: int) -> bench.Load:
    """wrk sending the mix in turn, every answer's status and body checked."""
    threads = min(connections, os.cpu_count() or 2)
    out = bench.run(
        "wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
        "--timeout", "30s", "-s", str(bench.BENCH / "soak.lua"), url,
        env=dict(os.environ, SOAK_MIX=str(mix)),
    )
    return bench.load_of(out)


# --- the run -------------------------------------------------------------------


@dataclass
class Soak:
    """What one soak measured."""

    load: bench.Load | None = None
    subscribers: list[Subscriber] = field(default_factory=list)
    subscribed_on_server: float | None = None
    writer: Writer | None = None
    rss: list[tuple[float, float]] = field(default_factory=list)  # (s since start, MB)
    idle: dict[str, float | None] = field(default_factory=dict)
    idle_after_s: float | None = None
    errors: Counter = field(default_factory=Counter)  # by code, during the soak
    operations: Counter = field(default_factory=Counter)
    log: dict[str, list[str]] = field(default_factory=dict)
    server_alive: bool = True


async def wait_for_metric(server: bench.Server, name: str, value: float, seconds: float) -> float:
    """Waits until gauge `name` reads `value`; returns its last reading."""
    deadline = time.monotonic() + seconds
    while True:
        reading = metric_samples(server.metrics(), name).get("")
        if reading == value or time.monotonic() > deadline:
            return reading
        await asyncio.sleep(0.2)


async def wait_for_delivery(subscribers: list[Subscriber], writer: Writer) -> None:
    deadline = time.monotonic() + DELIVERY_DEADLINE_S
    while time.monotonic() < deadline:
        if all(writer.committed <= s.seen or s.errors for s in subscribers):
            return
        await asyncio.sleep(0.2)


async def wait_for_idle(server: bench.Server, soak: Soak) -> None:
    """Reads the idle gauges until all are 0, for IDLE_DEADLINE_S at most."""
    start = time.monotonic()
    while True:
        soak.idle = idle_gauges(server.metrics())
        if all(v == 0 for v in soak.idle.values()):
            soak.idle_after_s = time.monotonic() - start
            return
        if time.monotonic() - start > IDLE_DEADLINE_S:
            return
        await asyncio.sleep(0.2)


async def soak_server(args, server: bench.Server, mix: Path, viewers: list[str],
                      writer_token: str) -> Soak:
    soak = Soak()
    ws_url = server.url.replace("http://", "ws://") + "/ws"
    soak.subscribers = [Subscriber(ws_url, viewers[i % len(viewers)])
                        for i in range(args.subscriptions)]
    await asyncio.gather(*(s.open() for s in soak.subscribers))
    soak.subscribed_on_server = await wait_for_metric(
        server, "costar_subscriptions_open", args.subscriptions, 10)
    log(f"{args.subscriptions} subscriptions open; {args.seconds} s of load "
        f"at {args.connections} connections")

    stop_writer, stop_sampler = asyncio.Event(), asyncio.Event()
    soak.writer = Writer(server.url, writer_token, args.writes_per_second)
    writing = asyncio.create_task(soak.writer.run(stop_writer))
    sampling = asyncio.create_task(
        sample_rss(server.process.pid, time.monotonic(), soak.rss, stop_sampler))
    try:
        soak.load = await asyncio.to_thread(
            wrk_mix, server.url, mix, args.connections, args.seconds)
    finally:
        stop_writer.set()
        await writing
    await wait_for_delivery(soak.subscribers, soak.writer)
    await asyncio.gather(*(s.close() for s in soak.subscribers))
    await wait_for_idle(server, soak)
    stop_sampler.set()
    await sampling
    return soak


def subscriber_tokens(database: str, organisations: int) -> list[str]:
    """VIEWER tokens of the first few organisations: most subscribers read
    the writer's NETWORK case studies as another council."""
    slugs = bench.psql(database, "SELECT slug FROM organisation WHERE active ORDER BY id "
                                 f"LIMIT {min(SUBSCRIBER_ORGANISATIONS, organisations)}").split()
    return [bench.token(database, slug, "VIEWER") for slug in slugs]


def run_soak(args, work: Path) -> Soak:
    bench.fresh_network(DATABASE, args.organisations, args.case_studies)
    server = bench.start_costar(DATABASE, work, "costar")
    try:
        mix = write_mix(bench.prepare_costar(DATABASE, server, work, args.page), work)
        viewers = subscriber_tokens(DATABASE, args.organisations)
        _, _, owner = bench.q4_subject(DATABASE)
        writer_token = bench.token(DATABASE, owner, "SYNC")
        before = server.metrics()
        soak = asyncio.run(soak_server(args, server, mix, viewers, writer_token))
        after = server.metrics()
        soak.errors = errors_by_code(after) - errors_by_code(before)
        soak.operations = requests_by_operation(after) - requests_by_operation(before)
        soak.server_alive = server.process.poll() is None
    finally:
        server.stop()
    soak.log = log_lines_by_level(server.log_path)
    return soak


# --- the checks and the report ---------------------------------------------------


@dataclass
class Check:
    what: str
    passed: bool
    detail: str


def rss_figures(soak: Soak, warm_up: float) -> tuple[float, float, float] | None:
    """RSS at the end of warm-up, its maximum after, and the last sample."""
    end_of_warm_up = [mb for t, mb in soak.rss if warm_up - WARM_UP_END_S <= t <= warm_up]
    after = [mb for t, mb in soak.rss if t > warm_up]
    if not end_of_warm_up or not after:
        return None
    return max(end_of_warm_up), max(after), soak.rss[-1][1]


def checks(args, soak: Soak) -> list[Check]:
    load, writer, subscribers = soak.load, soak.writer, soak.subscribers
    answers_failed = load.errors - load.socket_errors
    missed = sum(len(writer.committed - s.seen) for s in subscribers)
    repeated = sum(s.repeated for s in subscribers)
    broken = [e for s in subscribers for e in s.errors]
    quiet = sum(1 for s in subscribers if not s.seen)
    others = sum(s.others for s in subscribers)
    rss = rss_figures(soak, args.warm_up)
    growth = (rss[1] - rss[0]) / rss[0] if rss else None
    not_idle = {k: v for k, v in soak.idle.items() if v != 0}
    return [
        Check("HTTP: no failed answers (status or \"errors\" in the body)", answers_failed == 0,
              f"{answers_failed} failed" + (f"; first: {load.first_failure}" if answers_failed else "")),
        Check("HTTP: no socket errors", load.socket_errors == 0, f"{load.socket_errors}"),
        Check("server: no GraphQL error answered", not +soak.errors,
              ", ".join(f"{c} {n:.0f}" for c, n in (+soak.errors).items()) or "0"),
        Check("writer: every write committed a change", not writer.errors and bool(writer.committed),
              f"{len(writer.committed)} committed, {len(writer.errors)} failed"
              + (f"; first: {writer.errors[0]}" if writer.errors else "")),
        Check("subscriptions: all open on the server before the load",
              soak.subscribed_on_server == args.subscriptions,
              f"costar_subscriptions_open = {soak.subscribed_on_server}"),
        Check("subscriptions: every one received every write, once", missed == 0 and repeated == 0
              and quiet == 0, f"{missed} missed, {repeated} repeated, {quiet} received none; "
              f"{others} changes of others"),
        Check("subscriptions: no errors or unexpected closes", not broken,
              f"{len(broken)}" + (f"; first: {broken[0]}" if broken else "")),
        # 30 s of a debug build cannot tell growth from settling (runs of
        # it swing from +6% to +16%): the smoke reports memory, the soak checks it.
        Check(f"memory: RSS after warm-up grows at most {RSS_GROWTH_LIMIT:.0%}",
              args.smoke or (growth is not None and growth <= RSS_GROWTH_LIMIT),
              ("too few samples after warm-up" if rss is None
               else f"{rss[0]:.1f} MB at {args.warm_up} s (highest of its last {WARM_UP_END_S:.0f} s), "
               f"at most {rss[1]:.1f} MB after ({growth:+.1%})")
              + (" (reported only in a smoke run)" if args.smoke else "")),
        Check(f"idle: pool and sockets back to 0 within {IDLE_DEADLINE_S:.0f} s", not not_idle,
              f"after {soak.idle_after_s:.1f} s" if not not_idle
              else ", ".join(f"{k} = {v}" for k, v in not_idle.items())),
        Check("server: still running, no ERROR logged", soak.server_alive and not soak.log["ERROR"],
              ("" if soak.server_alive else "the server exited; ")
              + f"{len(soak.log['ERROR'])} ERROR"
              + (f"; first: {soak.log['ERROR'][0][:300]}" if soak.log["ERROR"] else "")),
    ]


def shown_path(path: Path) -> Path:
    path = path.resolve()
    return path.relative_to(bench.ROOT) if path.is_relative_to(bench.ROOT) else path


def rss_trail(soak: Soak, points: int = 11) -> str:
    """About `points` samples spread evenly over the run."""
    step = max(1, (len(soak.rss) - 1) // (points - 1))
    chosen = soak.rss[::step]
    if chosen[-1] != soak.rss[-1]:
        chosen.append(soak.rss[-1])
    return ", ".join(f"{t:.0f} s {mb:.1f}" for t, mb in chosen)


def log_summary(soak: Soak) -> list[str]:
    """The server's WARN and ERROR lines, each distinct one with its count."""
    lines = []
    for level in ("ERROR", "WARN"):
        for message, count in Counter(soak.log[level]).most_common(10):
            lines.append(f"- {level} ×{count}: `{message[:300]}`")
    return ["Server log:", "", *lines, ""] if lines else ["Server log: no WARN or ERROR.", ""]


def markdown(args, soak: Soak, results: list[Check], command: str) -> str:
    load, writer, subscribers = soak.load, soak.writer, soak.subscribers
    received = sum(s.messages for s in subscribers)
    rss = rss_figures(soak, args.warm_up)
    rss_cell = "–" if rss is None else f"{rss[0]:.1f} / {rss[1]:.1f} / {rss[2]:.1f} MB"
    idle = ", ".join(f"`{k}` {v:.0f}" if v is not None else f"`{k}` missing"
                     for k, v in soak.idle.items())
    lines = [
        f"## Soak: {args.seconds} s, {args.connections} connections, "
        f"{args.subscriptions} subscriptions",
        "",
        f"Machine: {os.cpu_count()} cores; wrk, the writer and the subscribers on the same "
        f"machine. Network: {args.case_studies:,} case studies, {args.organisations} "
        f"organisations, on Postgres. Binary: `{shown_path(Path(args.binary))}`.",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| HTTP requests (Q1..Q6 in turn) | {load.requests:,} |",
        f"| req/s | {load.rps:,.0f} |",
        f"| p50 / p99 latency | {load.p50_ms:.1f} / {load.p99_ms:.1f} ms |",
        f"| failed answers / socket errors | {load.errors - load.socket_errors} / {load.socket_errors} |",
        f"| GraphQL errors counted by the server | {sum((+soak.errors).values()):.0f} |",
        f"| writes (one case study each, at most {args.writes_per_second:g}/s) | "
        f"{len(writer.committed):,} committed ({len(writer.committed) / args.seconds:.1f}/s), "
        f"{len(writer.errors)} failed |",
        f"| subscription messages received | {received:,} ({received / max(len(subscribers), 1):,.0f} "
        f"per subscription) |",
        f"| RSS at warm-up end ({args.warm_up} s) / max after / end | {rss_cell} |",
        f"| at idle, {IDLE_DEADLINE_S:.0f} s at most after the load | {idle} |",
        f"| server log | {len(soak.log['WARN'])} WARN, {len(soak.log['ERROR'])} ERROR |",
        "",
        "Requests the server executed, by operation: "
        + ", ".join(f"{op} {n:,.0f}" for op, n in sorted((+soak.operations).items())) + ".",
        "",
        f"RSS (MB) every {RSS_INTERVAL_S:.0f} s, a few samples: {rss_trail(soak)}.",
        "",
        *log_summary(soak),
        "| check | result | detail |",
        "|---|---|---|",
        *(f"| {c.what} | {'pass' if c.passed else '**FAIL**'} | {c.detail} |" for c in results),
        "",
        f"Reproduce: `{command}`",
    ]
    return "\n".join(lines)


def reproduction(argv: list[str]) -> str:
    """The command as run, without the binary bench/soak chose for it."""
    shown, skip = [], False
    for arg in argv:
        if skip or arg.startswith("--binary="):
            skip = False
            continue
        if arg == "--binary":
            skip = True
            continue
        shown.append(arg)
    prefix = f"COSTAR_BENCH_POSTGRES={os.environ['COSTAR_BENCH_POSTGRES']} " \
        if "COSTAR_BENCH_POSTGRES" in os.environ else ""
    return prefix + shlex.join(["bench/soak", *shown])


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, help=f"length of the load (default {FULL['seconds']})")
    parser.add_argument("--warm-up", type=int,
                        help=f"seconds before RSS is taken as settled (default {FULL['warm_up']})")
    parser.add_argument("--connections", type=int, default=64, help="HTTP connections of wrk")
    parser.add_argument("--subscriptions", type=int, default=50,
                        help="sockets, each with one caseStudyChanged subscription")
    parser.add_argument("--writes-per-second", type=float, default=5,
                        help="the writer's rate, besides Q6 in the mix")
    parser.add_argument("--case-studies", type=int,
                        help=f"network size (default {FULL['case_studies']:,})")
    parser.add_argument("--organisations", type=int,
                        help=f"organisations in the network (default {FULL['organisations']})")
    parser.add_argument("--page", type=int, help=f"the page Q5 reads (default {FULL['page']})")
    parser.add_argument("--binary", default=str(bench.BINARY), help="the costar binary to run")
    parser.add_argument("--out", default=str(bench.ROOT / "target" / "bench" / "soak.json"),
                        help="where the figures are written as JSON")
    parser.add_argument("--smoke", action="store_true",
                        help="30 s on a small network, 10 s of warm-up: checks the machinery")
    args = parser.parse_args()
    # What is not given comes from the chosen profile.
    for name, value in (SMOKE if args.smoke else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if args.warm_up >= args.seconds:
        parser.error("--warm-up must be shorter than --seconds")
    return args


def main() -> int:
    args = parse_args()
    bench.BINARY = Path(args.binary)
    command = reproduction(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="costar-soak-") as tmp:
        try:
            soak = run_soak(args, Path(tmp))
        except SoakFailure as failure:
            log(f"FAILED: the soak could not run: {failure}")
            return 1
    results = checks(args, soak)
    print(markdown(args, soak, results, command))
    write_json(args, soak, results, command)
    failed = [c for c in results if not c.passed]
    for check in failed:
        log(f"FAILED: {check.what}: {check.detail}")
    return 1 if failed else 0


def write_json(args, soak: Soak, results: list[Check], command: str) -> None:
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "command": command,
        "cores": os.cpu_count(),
        "options": {k: v for k, v in vars(args).items() if k != "out"},
        "load": soak.load.__dict__,
        "writes_committed": len(soak.writer.committed),
        "write_errors": soak.writer.errors,
        "subscription_messages": [s.messages for s in soak.subscribers],
        "graphql_errors": dict(+soak.errors),
        "requests_by_operation": dict(+soak.operations),
        "rss_mb": soak.rss,
        "idle": soak.idle,
        "idle_after_s": soak.idle_after_s,
        "log_warnings": len(soak.log["WARN"]),
        "log_errors": soak.log["ERROR"][:20],
        "checks": [c.__dict__ for c in results],
    }, indent=2))
    log(f"JSON: {out}")


if __name__ == "__main__":
    sys.exit(main())
