"""The `tallyapp` command: the same services as the desktop app, headless.

Exit codes: 0 success; 1 the figures fail a hard check; 2 unreadable or invalid input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tallyapp import __version__
from tallyapp.domain.definition import DefinitionError
from tallyapp.services.errors import InputError

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def _read_json(path: str) -> Any:
    source = "standard input" if path == "-" else path
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{source}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise CliError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{source}: line {exc.lineno}, column {exc.colno}: not valid JSON: {exc.msg}"
        ) from None


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# --- allocate -------------------------------------------------------------------------------


def cmd_allocate(args: argparse.Namespace) -> int:
    from tallyapp.services.whatif import allocation_to_json, what_if

    data = _read_json(args.file)
    try:
        allocation = what_if(data)
    except InputError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    if args.json:
        _print_json(allocation_to_json(allocation))
        return EXIT_OK
    print(
        f"Seats: {allocation.seats_total}   threshold: {float(allocation.threshold_percent):g}% "
        f"of {allocation.base_votes:,} = {allocation.threshold_votes:,} votes   "
        f"quota: {float(allocation.quota):,.4f}"
    )
    print(
        f"{'party':<14}{'votes':>12}{'share %':>9}  {'passed':<7}{'quotas':>7}"
        f"{'remainder':>11}{'seats':>7}"
    )
    for p in sorted(allocation.parties, key=lambda p: -p.votes):
        mark = "yes" if p.passed else ("minimum" if p.admitted else "no")
        extra = " +remainder" if p.remainder_seat else ""
        extra += f" +{p.minimum_top_up} by two-party minimum" if p.minimum_top_up else ""
        print(
            f"{p.code:<14}{p.votes:>12,}{float(p.share_percent):>9.2f}  {mark:<7}"
            f"{p.full_quotas:>7}{float(p.remainder):>11.4f}{p.seats:>7}{extra}"
        )
    if allocation.two_party_rule_applied:
        print(
            "Only one party passed the threshold: the runner-up takes part with a minimum of seats."
        )
    return EXIT_OK


# --- check ----------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from tallyapp.services.checking import check_json, verdict_to_json

    data = _read_json(args.file)
    try:
        checked = check_json(data, source=args.file)
    except InputError as exc:
        raise CliError(str(exc)) from None
    report = checked.report
    if args.json:
        _print_json(
            {
                "election": checked.election.id,
                "ballot": checked.protocol.ballot.value,
                "precinct": checked.protocol.precinct,
                "hard_relations_hold": report.hard_relations_hold,
                "hard_failures": [v.check_id for v in report.hard_failures],
                "warnings": [v.check_id for v in report.warnings],
                "verdicts": [verdict_to_json(v, args.lang) for v in report.verdicts],
            }
        )
    else:
        ballot = checked.election.ballot(checked.protocol.ballot)
        print(f"{ballot.names.get(args.lang)} — precinct {checked.protocol.precinct}")
        for verdict in report.verdicts:
            print("  " + verdict.explain(args.lang))
        failures, warnings = len(report.hard_failures), len(report.warnings)
        if failures:
            print(
                f"{failures} control relation(s) fail: the protocol cannot be finalised; "
                "recount and correct."
            )
        else:
            print("All control relations hold.")
        if warnings:
            print(f"{warnings} plausibility warning(s) need a written explanation.")
    return EXIT_OK if report.hard_relations_hold else EXIT_FAILED_CHECK


# --- the parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tallyapp",
        description="Tallying Mäjilis elections: protocols, control relations, results, seats.",
    )
    parser.add_argument("--version", action="version", version=f"tallyapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("allocate", help="what-if seat calculator from a JSON file of votes")
    p.add_argument("file", metavar="FILE", help="JSON: seats, threshold_percent, parties[...]")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_allocate)

    p = sub.add_parser("check", help="check one protocol given as JSON against every relation")
    p.add_argument("file", metavar="FILE", help="JSON protocol, or - for standard input")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    p.set_defaults(func=cmd_check)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_OK
    try:
        return func(args)
    except CliError as exc:
        print(f"tallyapp {args.command}: error: {exc}", file=sys.stderr)
        return exc.code
    except DefinitionError as exc:
        print(f"tallyapp {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
