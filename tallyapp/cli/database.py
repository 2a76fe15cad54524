"""`init`, `demo` and `results`: setting up a database and reading its results."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tallyapp.cli.output import EXIT_OK, language, print_json


def cmd_init(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.setup import init_database

    lang = language(args)
    signed = None
    if args.setup:
        from tallyapp.cli.key_options import trust_of
        from tallyapp.cli.output import CliError
        from tallyapp.services.signed_setup import open_setup, read_setup_file

        if args.register:
            raise CliError("cli.setup-both")
        path = Path(args.setup)
        signed = open_setup(read_setup_file(path), path.name, trust_of(args))
    summary = init_database(
        args.db, args.election, register=args.register, rehearsal=args.rehearsal, signed=signed
    )
    if signed is not None and summary.created:
        print(label("cli.setup-verified", lang, signer=signed.signer.label))
    said = {
        "election": summary.election,
        "url": summary.url,
        "commissions": label("count.commissions", lang, count=summary.commissions),
        "precincts": label("count.precincts", lang, count=summary.precincts),
    }
    if summary.created:
        rehearsal = " " + label("cli.rehearsal", lang) if args.rehearsal else ""
        print(label("cli.election-created", lang, **said) + rehearsal)
    else:
        print(label("cli.election-exists", lang, **said))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label, progress_text
    from tallyapp.services.demo import build_demo

    lang = language(args)

    def progress(text: str, percent: int) -> None:
        if not args.quiet:
            words = progress_text(text, lang)
            print(f"\r[{percent:3d}%] {words:<30}", end="", file=sys.stderr, flush=True)

    summary = build_demo(
        args.db,
        seed=args.seed,
        progress=progress,
        election_name=args.election,
        scale=args.scale,
    )
    if not args.quiet:
        print(file=sys.stderr)
    print(
        label(
            "cli.demo-made",
            lang,
            election=summary.election,
            protocols=label("count.accepted-protocols", lang, count=summary.protocols),
            precincts=label("count.in-precincts", lang, count=summary.precincts),
            candidates=label("count.district-candidates", lang, count=summary.candidates),
        )
    )
    return EXIT_OK


def cmd_results(args: argparse.Namespace) -> int:
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.publication import guard_publication
    from tallyapp.services.results import compute_results, results_to_json
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    publication = guard_publication(engine, args.despite_audit_failure)
    results = compute_results(engine, args.commission, BallotKind(args.ballot), args.lang)
    data = results_to_json(results)
    if args.json:
        if publication.stamp:
            data["audit_failed"] = publication.stamp
        print_json(data)
        return EXIT_OK
    if publication.stamp:
        print(publication.stamp)
    print_results(data, args.lang)
    if publication.stamp:
        print(publication.stamp)
    return EXIT_OK


def print_results(data: dict[str, Any], lang: str = "en") -> None:
    from tallyapp.messages import value_word
    from tallyapp.messages.labels import decimal, label, number

    def n(value: int) -> str:
        return number(value, lang)

    p = data["precincts"]
    print(f"{data['name']} — {label('ballot.' + data['ballot'], lang)}")
    print(
        label(
            "precincts",
            lang,
            expected=n(p["expected"]),
            received=n(p["received"]),
            accepted=n(p["accepted"]),
            missing=n(p["missing"]),
        )
    )
    print(
        label(
            "figures" if data.get("against_all_on_ballot", True) else "figures.no-against",
            lang,
            voters=n(data["voters_on_list"]),
            boxes=n(data["ballots_in_boxes"]),
            turnout=decimal(data["turnout_percent"], lang),
            invalid=n(data["invalid"]),
            against=n(data["against_all"]),
        )
    )
    seats = data.get("seats", {})
    votes_word, seats_word = label("votes", lang), label("seats", lang)
    print(f"{'':<16}{votes_word:>12}{'%':>8}" + (f"{seats_word:>7}" if seats else ""))
    for code, votes in sorted(data["votes"].items(), key=lambda kv: -kv[1]):
        name = value_word("party", code, lang) or code
        line = f"{name:<16}{n(votes):>12}{decimal(data['percent'][code], lang):>8}"
        print(line + (f"{seats.get(code, 0):>7}" if seats else ""))
    if data.get("seats_error"):
        print(label("seats.error", lang, reason=data["seats_error"]))
    if data["children"]:
        print()
        print(
            f"{label('commission', lang):<44}{label('expected', lang):>9}"
            f"{label('accepted', lang):>9}{label('turnout', lang):>10}"
        )
        for child in data["children"]:
            cp = child["precincts"]
            print(
                f"{child['name'][:43]:<44}{n(cp['expected']):>9}{n(cp['accepted']):>9}"
                f"{decimal(child['turnout_percent'], lang):>10}"
            )
    for d in data.get("districts", []):
        w, r = d["winner"], d["runner_up"]
        if w:
            print(
                label(
                    "district.won",
                    lang,
                    number=d["number"],
                    name=w["name"],
                    party=value_word("party", w["party"], lang) or w["party"],
                    votes=n(w["votes"]),
                    runner=r["name"] if r else "-",
                    runner_votes=n(r["votes"] if r else 0),
                    margin=n(d["margin"]),
                )
            )
        else:
            print(label("district.open", lang, number=d["number"], outcome=d["outcome"]))


SHOWN_CHANGES = 20  # roster changes sealed only, listed one by one in the audit's report


def cmd_audit(args: argparse.Namespace) -> int:
    from tallyapp.cli.output import EXIT_FAILED_CHECK
    from tallyapp.messages import say
    from tallyapp.messages.labels import label
    from tallyapp.services.audit import audit_database
    from tallyapp.services.setup import open_engine

    against = Path(args.against) if args.against else None
    result = audit_database(open_engine(args.db), [Path(t) for t in args.trust], against)
    lang = language(args)
    if args.json:
        print_json(
            {
                "intact": result.intact,
                "entries": result.entries,
                "protocols": result.protocols,
                "versions": result.versions,
                "received_versions": result.received_versions,
                "received_files": result.received_files,
                "seals": result.seals,
                "enrolled": result.enrolled,
                "setup_signed_by": result.setup_signed_by,
                "amendments": [
                    {
                        "entry": a.entry,
                        "commission": a.commission,
                        "who": a.who,
                        "signed_by": a.signer or None,
                    }
                    for a in result.amendments
                ],
                "broken": [
                    {
                        "code": b.code,
                        "params": {k: str(v) for k, v in b.params.items()},
                        "message": say(b, lang),
                    }
                    for b in result.broken
                ],
            }
        )
    else:
        print(_audit_counts(result, lang))
        print(
            label("cli.setup-signed", lang, signer=result.setup_signed_by)
            if result.setup_signed_by
            else label("cli.setup-unsigned", lang)
        )
        signed = [a for a in result.amendments if a.signer]
        sealed = [a for a in result.amendments if not a.signer]
        if result.amendments:
            print(
                label(
                    "cli.roster-changes",
                    lang,
                    signed=label("count.signed-by-member", lang, count=len(signed)),
                    sealed=label("count.sealed-only", lang, count=len(sealed)),
                )
            )
        shown = SHOWN_CHANGES  # every signed one; the sealed ones up to a screenful
        for a in [*signed, *sealed[:shown]]:
            how = (
                label("cli.signed-by", lang, signer=a.signer)
                if a.signer
                else label("cli.sealed-only", lang)
            )
            change = {"entry": a.entry, "commission": a.commission, "who": a.who, "how": how}
            print("  " + label("cli.roster-change", lang, **change))
        if len(sealed) > shown:
            print("  " + label("cli.more-sealed", lang, count=len(sealed) - shown))
        for broken in result.broken:
            print(f"BROKEN  {say(broken, lang)}")
        # INTACT, NOT INTACT and BROKEN stay as they are in every language: scripts read them.
        print(
            "INTACT" if result.intact else label("cli.not-intact", lang, count=len(result.broken))
        )
    return EXIT_OK if result.intact else EXIT_FAILED_CHECK


def _audit_counts(result: Any, lang: str) -> str:
    """The audit's first line: how much of the record it recomputed."""
    from tallyapp.messages.labels import label

    def count(key: str, n: int) -> str:
        return label(key, lang, count=n)

    return label(
        "cli.audit-counts",
        lang,
        entries=count("count.audit-entries", result.entries),
        protocols=count("count.protocols", result.protocols),
        versions=count("count.versions", result.versions),
        received=count("count.received-signed", result.received_versions),
        files=count("count.signed-files", result.received_files),
        seals=count("count.seals", result.seals),
        enrolled=count("count.enrolled-workstations", result.enrolled),
    )
