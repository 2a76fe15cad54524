"""Benchmark: one precinct protocol PDF (rendered, data attached, signed), a territorial
commission's batch of signed protocols (one process, then a pool of one process per core),
and the national summary protocol, with floors measured in the same run.

Run: python benchmarks/pdf_protocols.py [--db URL]
Floors: reading the protocol from the database (one precinct), one process's batch (for the
pool's speed-up), and recomputing the national results (summary). Goal for the batch: at
least 25 signed protocols a second on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from tallyapp.domain.election import BallotKind
from tallyapp.reports.signing import sign_pdf
from tallyapp.services.demo import build_demo
from tallyapp.services.keys import make_keys
from tallyapp.services.pdf_batch import export_protocols_under
from tallyapp.services.pdf_export import (
    export_protocol,
    export_summary,
    precincts_under,
    protocol_document,
)
from tallyapp.services.results import compute_results
from tallyapp.services.setup import open_engine


def chair_key_of(engine: object, folder: Path, commission: str) -> Path:
    from tallyapp.services.keys import personal_key_path
    from tallyapp.services.sessions import roster_of

    chair = roster_of(engine, commission).chair  # type: ignore[arg-type]
    assert chair is not None
    return personal_key_path(folder, commission, chair.iin)


def median_time(runs: int, work: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing demo database URL")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tallyapp-bench-"))
    url = args.db
    if url is None:
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        build_demo(url)
    engine = open_engine(url)
    keys = make_keys(engine, folder / "keys", b"benchmark")
    key = chair_key_of(engine, keys.folder, "ABAI-03")

    floor = median_time(args.runs, lambda: protocol_document(engine, "101", BallotKind.PARTY_LIST))
    unsigned = median_time(args.runs, lambda: export_protocol(engine, "101", BallotKind.PARTY_LIST))
    signed = median_time(
        args.runs,
        lambda: sign_pdf(
            export_protocol(engine, "101", BallotKind.PARTY_LIST).data, key, b"benchmark"
        ),
    )
    print(
        f"precinct protocol   {unsigned * 1000:7.1f} ms unsigned, {signed * 1000:7.1f} ms "
        f"signed   floor (reading it) {floor * 1000:6.1f} ms   ratio {signed / floor:5.1f}x"
    )

    tec_key = chair_key_of(engine, keys.folder, "ABAI-03")
    numbers = precincts_under(engine, "ABAI-03", BallotKind.PARTY_LIST)
    rates = {}
    for workers in (1, os.cpu_count() or 1):
        out = folder / f"batch-{workers}"
        start = time.perf_counter()
        export_protocols_under(
            engine,
            "ABAI-03",
            BallotKind.PARTY_LIST,
            "kk+ru",
            out,
            tec_key,
            b"benchmark",
            workers=workers,
        )
        rates[workers] = len(numbers) / (time.perf_counter() - start)
        print(
            f"batch of {len(numbers)} signed  {workers} process(es): "
            f"{rates[workers]:5.1f} protocols/s"
            + (f"   ratio to one process {rates[workers] / rates[1]:4.2f}x" if workers > 1 else "")
        )
    met = "met" if max(rates.values()) >= 25 else "NOT met"
    print(f"goal: 25 signed protocols/s on 2 cores: {met}")

    runs = max(2, args.runs // 3)
    floor = median_time(runs, lambda: compute_results(engine, "CEC", BallotKind.PARTY_LIST))
    summary = median_time(runs, lambda: export_summary(engine, "CEC", BallotKind.PARTY_LIST))
    print(
        f"national summary    {summary * 1000:7.1f} ms   floor (national results) "
        f"{floor * 1000:6.1f} ms   ratio {summary / floor:5.1f}x"
    )


if __name__ == "__main__":
    main()
