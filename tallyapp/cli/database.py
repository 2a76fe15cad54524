"""`init`, `demo` and `results`: setting up a database and reading its results."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tallyapp.cli.output import EXIT_OK, print_json


def cmd_init(args: argparse.Namespace) -> int:
    from tallyapp.services.setup import init_database

    summary = init_database(args.db, args.election)
    if summary.created:
        print(
            f"Created election {summary.election} in {summary.url}: "
            f"{summary.commissions} commissions, {summary.precincts} precincts."
        )
    else:
        print(
            f"Election {summary.election} is already in {summary.url} "
            f"({summary.commissions} commissions, {summary.precincts} precincts); nothing changed."
        )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from tallyapp.services.demo import build_demo

    def progress(text: str, percent: int) -> None:
        if not args.quiet:
            print(f"\r[{percent:3d}%] {text:<30}", end="", file=sys.stderr, flush=True)

    summary = build_demo(args.db, seed=args.seed, progress=progress)
    if not args.quiet:
        print(file=sys.stderr)
    print(
        f"Demo of {summary.election}: {summary.protocols} accepted protocols in "
        f"{summary.precincts} precincts, {summary.candidates} district candidates."
    )
    return EXIT_OK


def cmd_results(args: argparse.Namespace) -> int:
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.results import compute_results, results_to_json
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    results = compute_results(engine, args.commission, BallotKind(args.ballot), args.lang)
    data = results_to_json(results)
    if args.json:
        print_json(data)
        return EXIT_OK
    print_results(data)
    return EXIT_OK


def print_results(data: dict[str, Any]) -> None:
    p = data["precincts"]
    print(f"{data['name']} — {data['ballot']} ballot")
    print(
        f"Precincts: {p['expected']} expected, {p['received']} received, "
        f"{p['accepted']} accepted, {p['missing']} missing"
    )
    print(
        f"Voters on the list {data['voters_on_list']:,}   ballots in the boxes "
        f"{data['ballots_in_boxes']:,} (turnout {data['turnout_percent']:.2f}%)   "
        f"invalid {data['invalid']:,}   against all {data['against_all']:,}"
    )
    seats = data.get("seats", {})
    print(f"{'':<16}{'votes':>12}{'%':>8}" + (f"{'seats':>7}" if seats else ""))
    for code, votes in sorted(data["votes"].items(), key=lambda kv: -kv[1]):
        line = f"{code:<16}{votes:>12,}{data['percent'][code]:>8.2f}"
        print(line + (f"{seats.get(code, 0):>7}" if seats else ""))
    if data.get("seats_error"):
        print(f"Seats: {data['seats_error']}")
    if data["children"]:
        print()
        print(f"{'commission':<44}{'expected':>9}{'accepted':>9}{'turnout %':>10}")
        for child in data["children"]:
            cp = child["precincts"]
            print(
                f"{child['name'][:43]:<44}{cp['expected']:>9}{cp['accepted']:>9}"
                f"{child['turnout_percent']:>10.2f}"
            )
    for d in data.get("districts", []):
        w, r = d["winner"], d["runner_up"]
        if w:
            print(
                f"District {d['number']:>2}: {w['name']} ({w['party']}) {w['votes']:,} "
                f"— runner-up {r['name'] if r else '-'} {r['votes'] if r else 0:,}, "
                f"margin {d['margin']:,}"
            )
        else:
            print(f"District {d['number']:>2}: {d['outcome']}")
