"""The arguments of `tallyapp rla …` (kept apart from parser.py, which only calls this)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from fractions import Fraction
from typing import Any


def _risk_limit(text: str) -> Fraction:
    from tallyapp.cli.rla import risk_limit

    return risk_limit(text)


def _bet(text: str) -> Fraction:
    from tallyapp.cli.output import language
    from tallyapp.messages.labels import label

    lang = language()  # before the arguments are read: $TALLYAPP_LANG
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError):
        said = label("cli.not-a-fraction", lang, example="0.9", found=repr(text))
        raise argparse.ArgumentTypeError(said) from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(label("cli.bet-range", lang, found=repr(text)))
    return value


def add_rla_commands(sub: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "rla", help="risk-limiting audit of the seats and district winners by precinct recounts"
    )
    rla = p.add_subparsers(dest="rla_command", metavar="STEP", required=True)

    q = rla.add_parser("plan", help="every assertion per contest, its margin and draws")
    add_db(q)
    q.add_argument("--risk-limit", type=_risk_limit, default=Fraction(5, 100), metavar="A")
    q.add_argument("--json", action="store_true", help="print one JSON object")
    q.set_defaults(func="rla:cmd_rla_plan")

    q = rla.add_parser(
        "manifest",
        help="freeze the manifest (once; refused while any protocol is not accepted) and "
        "write it as CSV, by precinct code",
    )
    add_db(q)
    q.add_argument("--out", required=True, metavar="FILE.csv")
    q.add_argument("--risk-limit", type=_risk_limit, default=Fraction(5, 100), metavar="A")
    q.add_argument(
        "--unauditable",
        action="append",
        metavar="PRECINCT=REASON",
        help="a precinct whose ballots cannot be recounted (repeat); its worst case is deducted",
    )
    q.add_argument(
        "--bet",
        type=_bet,
        default=Fraction(1),
        help="1: Kaplan–Markov; below 1: ALPHA's betting form",
    )
    q.add_argument(
        "--clip-understatements", action="store_true", help="count understatements as zero (Arlo)"
    )
    q.set_defaults(func="rla:cmd_rla_manifest")

    q = rla.add_parser("seed", help="record the seed ceremony: 20 digits, keyed twice")
    add_db(q)
    q.add_argument("--digits", required=True, metavar="DIGITS")
    q.add_argument("--again", required=True, metavar="DIGITS", help="the same digits, keyed again")
    q.add_argument("--place")
    q.add_argument("--video", help="where the ceremony's video is published")
    q.add_argument("--rollers", help="who rolled the die, in order")
    q.set_defaults(func="rla:cmd_rla_seed")

    q = rla.add_parser("draw", help="draw the next round from the seed's stream (seed/ALL)")
    add_db(q)
    q.add_argument("--seed", required=True, metavar="DIGITS")
    q.add_argument("--seed-again", metavar="DIGITS", help="when no ceremony is recorded yet")
    q.add_argument("--round", type=int, metavar="N", help="the round expected (a check)")
    q.add_argument("--count", type=int, metavar="N", help="draws (default: the round's size)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func="rla:cmd_rla_draw")

    q = rla.add_parser(
        "schedule",
        help="the public recount schedule (PDF): every drawn precinct, its ballots, where and "
        "when, with the seed and round",
    )
    add_db(q)
    q.add_argument("--out", required=True, metavar="schedule.pdf")
    q.add_argument("--round", type=int, metavar="N", help="only the precincts this round drew")
    q.add_argument(
        "--places",
        metavar="FILE.csv",
        help="the recounts announced: columns precinct,when,place (one line a precinct)",
    )
    q.add_argument("--lang", choices=("kk", "ru", "en", "kk+ru"), default="kk+ru")
    q.set_defaults(func="rla:cmd_rla_schedule")

    q = rla.add_parser("recount", help="a drawn precinct's hand count of one ballot")
    add_db(q)
    q.add_argument("--precinct", required=True, metavar="N")
    q.add_argument("--ballot", choices=("party-list", "constituency"), required=True)
    q.add_argument("file", metavar="FILE", help="JSON tally sheet, or - for standard input")
    q.add_argument("--lang", choices=("kk", "ru", "en"), default=None)
    q.set_defaults(func="rla:cmd_rla_recount")

    q = rla.add_parser(
        "full-count",
        help="a precinct's full hand count of a contest the audit sent to a full count: "
        "stored as the protocol's new version (provenance: full hand count); results follow it",
    )
    add_db(q)
    q.add_argument("--precinct", required=True, metavar="N")
    q.add_argument("--ballot", choices=("party-list", "constituency"), required=True)
    q.add_argument("file", metavar="FILE", help="JSON tally sheet, or - for standard input")
    q.add_argument("--lang", choices=("kk", "ru", "en"), default=None)
    q.set_defaults(func="rla:cmd_rla_full_count")

    q = rla.add_parser("status", help="the risk of every assertion and each contest's decision")
    add_db(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func="rla:cmd_rla_status")

    q = rla.add_parser("report", help="the audit report (PDF) and the bundle for observers")
    add_db(q)
    q.add_argument("--out", metavar="report.pdf")
    q.add_argument("--bundle", metavar="bundle.zip")
    q.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    q.set_defaults(func="rla:cmd_rla_report")

    q = rla.add_parser("window", help="the audit's screens in the desktop app (after logging in)")
    add_db(q)
    q.add_argument("--out", metavar="DIR", default=".", help="where the report and bundle go")
    q.add_argument("--lang", choices=("kk", "ru", "en"), default=None)
    q.set_defaults(func="desktop:cmd_rla_window")

    q = rla.add_parser("verify", help="recompute weights, draws, taints and P-values of a bundle")
    q.add_argument("bundle", metavar="bundle.zip")
    q.set_defaults(func="rla:cmd_rla_verify")
