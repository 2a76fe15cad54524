"""Benchmark: how the costs grow from the country's 10,000 precincts to 100,000 (the size of
Russia's), on the synthetic demo (`tallyapp demo --scale N`).

Run: python benchmarks/scale.py [--scales 1 10] [--db-folder DIR] [--postgres URL]
(e.g. --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test)
For each scale it builds a demo database (or reuses `DIR/scale-N.sqlite3`) and times, median
of a few runs: the national results of both ballots; their floor in the same run, the
database's own sum of the same accepted lines (one GROUP BY, nothing else); and what the
desktop app's tree needs to open (the commission tree with each commission's progress) and
to expand one territorial commission (its precincts and their states). It prints each figure
per scale and how it grows. Goals (issue "Performance"): national results within 1 s at
100,000 precincts; the tree within 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from tallyapp.domain.election import BallotKind
from tallyapp.services.demo import build_demo
from tallyapp.services.navigation import CommissionTree, precinct_statuses
from tallyapp.services.results import compute_results
from tallyapp.services.setup import open_engine
from tallyapp.storage.tables import PrecinctRow


def median_time(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


FLOOR = text(
    "SELECT l.key, SUM(l.value) FROM protocol p "
    "JOIN protocol_line l ON l.version_id = p.current_version_id "
    "WHERE p.state = 'accepted' AND p.ballot = :ballot GROUP BY l.key"
)


def measure(url: str, runs: int) -> dict[str, float]:
    engine = open_engine(url)
    with engine.connect() as conn:
        precincts = conn.scalar(select(func.count()).select_from(PrecinctRow))
    figures: dict[str, float] = {"precincts": float(precincts or 0)}
    for ballot in (BallotKind.PARTY_LIST, BallotKind.CONSTITUENCY):
        figures[f"results {ballot.value}"] = median_time(
            runs, lambda b=ballot: compute_results(engine, "CEC", b)
        )

        def floor(b: BallotKind = ballot) -> None:
            with engine.connect() as conn:
                conn.execute(FLOOR, {"ballot": b.value}).all()

        figures[f"floor {ballot.value}"] = median_time(runs, floor)

    def tree() -> None:
        """What the tree opens with (commissions and their progress), and one territorial
        commission expanded (its precincts and their states)."""
        commissions = CommissionTree(engine, "en")
        first = commissions.regions[0].tecs[0].code
        commissions.precincts_of(first)
        precinct_statuses(engine, [first])

    figures["tree"] = median_time(runs, tree)
    engine.dispose()
    return figures


def database(postgres: str | None, folder: Path, scale: int) -> tuple[str, bool]:
    """The URL of the scale's database, and whether its demo is built already."""
    if postgres is None:
        path = folder / f"scale-{scale}.sqlite3"
        return f"sqlite:///{path}", path.exists()
    schema = f"scale_{scale}"
    admin = create_engine(postgres)
    with admin.begin() as conn:
        built = conn.scalar(
            text("SELECT 1 FROM information_schema.tables WHERE table_schema = :s"),
            {"s": schema},
        )
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
    admin.dispose()
    separator = "&" if "?" in postgres else "?"
    return f"{postgres}{separator}options=-csearch_path%3D{schema}", bool(built)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--db-folder", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="measure on PostgreSQL instead: each scale in a schema of its own (scale_N), "
        "built once and kept",
    )
    args = parser.parse_args()
    folder = args.db_folder or Path(tempfile.mkdtemp(prefix="tallyapp-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    found: dict[int, dict[str, float]] = {}
    for scale in args.scales:
        url, exists = database(args.postgres, folder, scale)
        if not exists:
            start = time.perf_counter()
            build_demo(url, scale=scale)
            print(f"scale {scale}: demo built in {time.perf_counter() - start:.1f} s")
        found[scale] = measure(url, args.runs)
    keys = [k for k in found[args.scales[0]] if k != "precincts"]
    print(f"{'':24}" + "".join(f"{int(found[s]['precincts']):>12,} prec." for s in args.scales))
    for key in keys:
        row = "".join(f"{found[s][key] * 1000:>12.0f} ms  " for s in args.scales)
        growth = found[args.scales[-1]][key] / found[args.scales[0]][key]
        print(f"{key:24}{row}growth {growth:5.1f}x")
    for s in args.scales:
        for ballot in ("party-list", "constituency"):
            ratio = found[s][f"results {ballot}"] / found[s][f"floor {ballot}"]
            print(f"scale {s}: national results {ballot} {ratio:4.1f}x the database's own sum")
    last = found[args.scales[-1]]
    worst = max(last["results party-list"], last["results constituency"])
    print(f"goal: national results within 1 s: {'met' if worst <= 1 else 'NOT met'}")
    print(f"goal: the tree within 1 s: {'met' if last['tree'] <= 1 else 'NOT met'}")


if __name__ == "__main__":
    main()
