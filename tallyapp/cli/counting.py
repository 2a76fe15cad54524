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


def cmd_check(args: argparse.Namespace) -> int:
    from tallyapp.services.checking import check_json, verdict_to_json

    election = None
    if args.definition:
        from tallyapp.services.definitions import load_election_file

        election = load_election_file(Path(args.definition))
    data = read_json(args.file)
    checked = check_json(data, source=args.file, election=election)
    report = checked.report
    if args.json:
        print_json(
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
        print(
            f"{args.file}: {election.id} is a valid definition: {len(election.parties)} parties, "
            f"{len(election.ballots)} ballot(s), {len(election.regions)} regions, "
            f"{len(election.districts)} districts."
        )
    return EXIT_FAILED_CHECK if problems else EXIT_OK
