"""Benchmark: national results from the full demo database, against an in-memory floor.

Run: python benchmarks/results_national.py [--db URL]   (builds a demo database if none given)
Prints the time of `compute_results` for both ballots and its ratio to the floor: summing the
same accepted protocol lines from Python lists already in memory, in the same run.
Target: national party-list results in under 0.5 s on SQLite.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallyapp.domain.election import BallotKind
from tallyapp.services.demo import build_demo
from tallyapp.services.results import compute_results
from tallyapp.storage.database import make_engine
from tallyapp.storage.tables import PrecinctRow, ProtocolLineRow, ProtocolRow


def best_of(runs: int, func: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing demo database URL")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    url = args.db
    if url is None:
        folder = Path(tempfile.mkdtemp(prefix="tallyapp-bench-"))
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        start = time.perf_counter()
        build_demo(url)
        print(f"built the demo database in {time.perf_counter() - start:.2f} s: {url}")
    engine = make_engine(url)

    for ballot in (BallotKind.PARTY_LIST, BallotKind.CONSTITUENCY):
        with Session(engine) as s:
            rows = s.execute(
                select(PrecinctRow.tec_id, ProtocolLineRow.key, ProtocolLineRow.value)
                .select_from(ProtocolRow)
                .join(PrecinctRow, PrecinctRow.id == ProtocolRow.precinct_id)
                .join(ProtocolLineRow, ProtocolLineRow.version_id == ProtocolRow.current_version_id)
                .where(ProtocolRow.ballot == ballot.value, ProtocolRow.state == "accepted")
            ).all()

        def floor(rows: list = rows) -> None:  # type: ignore[type-arg]
            sums: dict[tuple[int, str], int] = defaultdict(int)
            for tec, key, value in rows:
                sums[tec, key] += value

        floor_time = best_of(args.runs, floor)
        real = best_of(args.runs, lambda b=ballot: compute_results(engine, ballot=b))
        print(
            f"{ballot.value:<13} national results {real * 1000:8.1f} ms   "
            f"floor (summing {len(rows):,} lines in memory) {floor_time * 1000:7.1f} ms   "
            f"ratio {real / floor_time:5.1f}x   target < 500 ms: "
            f"{'met' if real < 0.5 else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
