"""`allocate` and `check`: the what-if seat calculator and the protocol checker."""

from __future__ import annotations

import argparse
from pathlib import Path

from tallyapp.cli.output import EXIT_FAILED_CHECK, EXIT_OK, print_json, read_json


def cmd_allocate(args: argparse.Namespace) -> int:
    from tallyapp.services.whatif import allocation_to_json, what_if

    data = read_json(args.file)
    allocation = what_if(data, source=args.file)
    if args.json:
        print_json(allocation_to_json(allocation))
        return EXIT_OK
    from tallyapp.cli.output import language
    from tallyapp.messages.labels import decimal, label, number

    lang = language(args)
    print(
        label(
            "allocate.head",
            lang,
            seats=allocation.seats_total,
            threshold=decimal(float(allocation.threshold_percent), lang, 0)
            if allocation.threshold_percent.denominator == 1
            else decimal(float(allocation.threshold_percent), lang),
            base=number(allocation.base_votes, lang),
            needed=number(allocation.threshold_votes, lang),
            quota=decimal(float(allocation.quota), lang, 4),
        )
    )
    words = {k: label(f"allocate.{k}", lang) for k in ("party", "share", "passed", "quotas")}
    print(
        f"{words['party']:<14}{label('votes', lang):>12}{words['share']:>9}  "
        f"{words['passed']:<8}{words['quotas']:>7}"
        f"{label('allocate.remainder', lang):>11}{label('seats', lang):>7}"
    )
    for p in sorted(allocation.parties, key=lambda p: -p.votes):
        mark = label(
            "allocate.yes" if p.passed else ("allocate.minimum" if p.admitted else "allocate.no"),
            lang,
        )
        extra = label("allocate.remainder-seat", lang) if p.remainder_seat else ""
        if p.minimum_top_up:
            extra += label("allocate.top-up", lang, count=p.minimum_top_up)
        print(
            f"{p.code:<14}{number(p.votes, lang):>12}"
            f"{decimal(float(p.share_percent), lang):>9}  {mark:<8}"
            f"{p.full_quotas:>7}{decimal(float(p.remainder), lang, 4):>11}{p.seats:>7}{extra}"
        )
    if allocation.two_party_rule_applied:
        print(label("allocate.two-party", lang))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from tallyapp.services.checking import check_json, verdict_to_json

    election = None
    if args.definition:
        from tallyapp.services.definitions import load_election_file

        election = load_election_file(Path(args.definition))
    from tallyapp.cli.output import language
    from tallyapp.messages.checks import check_name, explain
    from tallyapp.messages.labels import label
    from tallyapp.services.checking import load_check_register

    data = read_json(args.file)
    register = load_check_register(args.db) if args.db else None
    checked = check_json(data, source=args.file, election=election, register=register)
    report = checked.report
    lang = language(args)
    if args.json:
        print_json(
            {
                "election": checked.election.id,
                "ballot": checked.protocol.ballot.value,
                "precinct": checked.protocol.precinct,
                "register_checked": checked.register_checked,
                "hard_relations_hold": report.hard_relations_hold,
                "hard_failures": [v.check_id for v in report.hard_failures],
                "warnings": [v.check_id for v in report.warnings],
                "verdicts": [
                    verdict_to_json(v, check_name(v, lang), explain(v, lang))
                    for v in report.verdicts
                ],
            }
        )
    else:
        ballot = checked.election.ballot(checked.protocol.ballot)
        print(
            label(
                "check.title",
                lang,
                ballot=ballot.names.get(lang),
                precinct=checked.protocol.precinct,
            )
        )
        for verdict in report.verdicts:
            print("  " + explain(verdict, lang))
        failures, warnings = len(report.hard_failures), len(report.warnings)
        if failures:
            print(label("check.failures", lang, count=failures))
        else:
            print(label("check.all-hold", lang))
        if warnings:
            print(label("check.warnings", lang, count=warnings))
        print(label("check.register" if checked.register_checked else "check.no-register", lang))
    return EXIT_OK if report.hard_relations_hold else EXIT_FAILED_CHECK


def cmd_definition_check(args: argparse.Namespace) -> int:
    from tallyapp.cli.output import language
    from tallyapp.messages import say
    from tallyapp.services.definitions import definition_problems

    lang = language(args)
    election, problems = definition_problems(Path(args.file))
    if args.json:
        print_json(
            {
                "file": args.file,
                "valid": not problems,
                "election": election.id if election else None,
                "problems": [
                    {"code": p.code, "where": p.params.get("where"), "message": say(p, lang)}
                    for p in problems
                ],
            }
        )
    elif problems:
        for p in problems:
            print(f"{args.file}: {say(p, lang)}")
    else:
        assert election is not None
        from tallyapp.messages.labels import label

        def count(key: str, n: int) -> str:
            return label(key, lang, count=n)

        print(
            label(
                "cli.definition-valid",
                lang,
                file=args.file,
                election=election.id,
                parties=count("count.parties", len(election.parties)),
                ballots=count("count.ballots", len(election.ballots)),
                regions=count("count.regions", len(election.regions)),
                districts=count("count.districts", len(election.districts)),
            )
        )
    return EXIT_FAILED_CHECK if problems else EXIT_OK
