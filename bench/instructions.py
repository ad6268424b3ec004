#!/usr/bin/env python3
"""Instructions the server runs per request, query by query: the server
under valgrind's callgrind, on the benchmark's network.

Requests per second move by a fifth between runs on a shared machine;
the instructions a request takes do not: the same binary answering the
same requests on the same data repeats its count to a tenth of a percent,
whatever else the machine is doing. Two builds are compared by running
this on each (`--binary`). It counts user-space instructions only: the
kernel's share (TCP, the scheduler) and Postgres's work are not in it.

Run it as `bench/instructions` (see docs/performance.md).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import run as bench


def callgrind_total(dump: Path) -> int:
    out = subprocess.run(
        ["callgrind_annotate", str(dump)], capture_output=True, text=True, check=True
    ).stdout
    total = re.search(r"([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", out)
    if not total:
        raise SystemExit(f"bench: no total in {dump}")
    return int(total.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case-studies", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=400)
    parser.add_argument("--queries", default="Q1,Q2,Q4,Q5")
    parser.add_argument("--requests", type=int, default=200, help="requests counted per query")
    parser.add_argument("--page", type=int, default=200, help="the page Q5 reads")
    parser.add_argument("--binary", default=str(bench.BINARY), help="the costar binary to measure")
    parser.add_argument("--keep", metavar="DIR", help="keep the callgrind dumps in DIR")
    args = parser.parse_args()
    bench.BINARY = Path(args.binary)
    queries = args.queries.split(",")
    database = f"costar_bench_{args.case_studies}"

    bench.fresh_network(database, args.organisations, args.case_studies)
    with tempfile.TemporaryDirectory(prefix="costar-instructions-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        # The requests are made by a server of the usual kind (Q6's batch
        # is created, Q5's cursor found), then counted on one under valgrind.
        server = bench.start_costar(database, work, "prepare")
        try:
            requests = bench.prepare_costar(database, server, work, args.page)
        finally:
            server.stop()
        server = bench.start_costar(
            database, work, "callgrind",
            under=("valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/callgrind.%p"),
        )
        process = server.process

        def send(request: bench.Request) -> None:
            body = json.loads(request.body.read_text())
            bench.post(server.url, body["query"], body["variables"], request.token)

        print(f"{args.case_studies:,} case studies; {args.requests} requests a query, "
              f"after 30 to warm caches and plans\n")
        print("| query | instructions per request |")
        print("|---|---:|")
        try:
            for name in queries:
                for _ in range(30):
                    send(requests[name])
                subprocess.run(["callgrind_control", "--zero", str(process.pid)],
                               check=True, capture_output=True)
                for _ in range(args.requests):
                    send(requests[name])
                before = set(work.glob(f"callgrind.{process.pid}.*"))
                subprocess.run(["callgrind_control", "--dump", str(process.pid)],
                               check=True, capture_output=True)
                deadline = time.monotonic() + 60
                while not (dumps := set(work.glob(f"callgrind.{process.pid}.*")) - before):
                    if time.monotonic() > deadline:
                        raise SystemExit("bench: callgrind wrote no dump")
                    time.sleep(0.2)
                time.sleep(1)  # the dump is written in full
                dump = dumps.pop()
                per_request = callgrind_total(dump) / args.requests
                print(f"| {name} | {per_request:,.0f} |", flush=True)
                if args.keep:
                    dump.rename(work / f"callgrind.{name}")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
