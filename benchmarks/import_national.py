"""Benchmark: import every protocol of the national demo into a fresh CEC database.

Run: python benchmarks/import_national.py [--db URL] [--scale N]
(--scale 10: a country of 100,000 precincts, `tallyapp demo --scale 10`; with --db, the scale
the source was built at)
Packages: one per territorial commission, each signed with its own key. Floor, measured in the
same run: reading the same files, parsing them and verifying every record's signature, nothing
else. Target: within 3x the floor; for the national demo also under 60 s on this 2-core
machine (a country ten times as large is held to the ratio alone: its floor grows with it).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine

from tallyapp.reports.detached import load_roots, package_signature
from tallyapp.services.demo import build_demo
from tallyapp.services.exchange import export_each_tec, files_in, import_files
from tallyapp.services.keys import make_keys, personal_key_path
from tallyapp.services.sessions import roster_of
from tallyapp.services.setup import init_database, open_engine

PASS = b"benchmark"


def chair_iin(engine: Engine, commission: str) -> str:
    chair = roster_of(engine, commission).chair
    assert chair is not None and chair.iin is not None
    return chair.iin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing demo database URL (the source)")
    parser.add_argument("--target-db", help="the fresh database to import into")
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tallyapp-bench-"))
    source = args.db or f"sqlite:///{folder / 'demo.sqlite3'}"
    if args.db is None:
        build_demo(source, scale=args.scale)
    engine = open_engine(source)
    keys = make_keys(engine, folder / "keys", PASS)
    start = time.perf_counter()
    written = export_each_tec(
        engine,
        "CEC",
        PASS,
        folder / "packages",
        keys=lambda code: personal_key_path(keys.folder, code, chair_iin(engine, code)),
    )
    export_time = time.perf_counter() - start
    protocols = sum(p.protocols for p in written)
    print(
        f"exported {protocols:,} protocols in {len(written)} signed packages: {export_time:.1f} s"
    )

    roots = load_roots([keys.authority])
    start = time.perf_counter()
    verified = 0
    for path in files_in([folder / "packages"]):
        package = json.loads(path.read_bytes())
        package_signature(package, roots)  # one CMS over the whole package (version 2)
        verified += len(package["protocols"])
    floor = time.perf_counter() - start

    target = args.target_db or f"sqlite:///{folder / 'cec.sqlite3'}"
    init_database(target, scale=args.scale)
    target_engine = open_engine(target)
    start = time.perf_counter()
    outcomes = import_files(target_engine, [folder / "packages"], roots)
    real = time.perf_counter() - start
    accepted = sum(o.accepted for o in outcomes)
    seconds = f"< 60 s {'met' if real < 60 else 'NOT met'}, " if args.scale == 1 else ""
    print(
        f"import of {accepted:,} protocols {real:6.1f} s   floor (read + verify "
        f"{verified:,} signatures) {floor:5.1f} s   ratio {real / floor:4.2f}x   "
        f"targets: {seconds}<= 3x {'met' if real <= 3 * floor else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
