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

from sqlalchemy.exc import SQLAlchemyError

from tallyapp import __version__
from tallyapp.domain.definition import DefinitionError
from tallyapp.services.errors import InputError
from tallyapp.services.results import ResultsError
from tallyapp.services.setup import SetupError

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


# --- init, demo, results -------------------------------------------------------------------


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
        _print_json(data)
        return EXIT_OK
    _print_results(data)
    return EXIT_OK


def _print_results(data: dict[str, Any]) -> None:
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


# --- keys, PDFs, verification ---------------------------------------------------------------


def _passphrase(path: str | None) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).read_bytes().strip()
    except OSError as exc:
        raise CliError(f"{path}: cannot read the passphrase file: {exc.strerror}") from None


def cmd_keygen(args: argparse.Namespace) -> int:
    from tallyapp.services.keys import default_keys_dir, make_keys
    from tallyapp.services.setup import open_engine

    folder = Path(args.out) if args.out else default_keys_dir()
    try:
        keys = make_keys(
            open_engine(args.db), folder, _passphrase(args.passphrase_file), args.precincts_under
        )
    except LookupError as exc:
        raise CliError(str(exc)) from None
    print(f"Test certification authority: {keys.authority}")
    print(f"{keys.keys} commission keys (PKCS#12) in {folder / 'keys'}")
    if not args.passphrase_file:
        print(f"Their passphrase: {keys.passphrase_file}")
    print("These are test keys for the demo, not keys of the national certification authority.")
    return EXIT_OK


def _progress_bar(done: int, total: int, text: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    print(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {text:<20}",
        end="",
        file=sys.stderr,
        flush=True,
    )


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from tallyapp.domain.election import BallotKind
    from tallyapp.reports.signing import SigningError, sign_pdf
    from tallyapp.services.files import write_atomically
    from tallyapp.services.pdf_export import (
        ExportError,
        export_protocol,
        export_results,
        export_summary,
        is_precinct,
        precincts_under,
    )
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    ballot = BallotKind(args.ballot)
    passphrase = _passphrase(args.passphrase_file)
    if args.sign and passphrase is None:
        raise CliError("--sign needs --passphrase-file")

    def finish(pdf: bytes, out: Path, reason: str) -> None:
        if args.sign:
            try:
                pdf = sign_pdf(pdf, Path(args.sign), passphrase or b"", reason)
            except SigningError as exc:
                raise CliError(str(exc)) from None
        write_atomically(out, pdf)  # never a half-written PDF under the final name

    try:
        if args.all_precincts_under:
            folder = Path(args.out)
            numbers = precincts_under(engine, args.all_precincts_under, ballot)
            skipped: list[str] = []
            for i, number in enumerate(numbers, 1):
                try:
                    exported = export_protocol(engine, number, ballot, args.lang)
                except ExportError:
                    skipped.append(number)
                    continue
                finish(
                    exported.data,
                    folder / f"{number}-{ballot.value}.pdf",
                    f"protocol of precinct {number}",
                )
                if not args.quiet:
                    _progress_bar(i, len(numbers), number)
            if not args.quiet:
                print(file=sys.stderr)
            print(f"{len(numbers) - len(skipped)} protocols written to {folder}")
            if skipped:
                print(
                    f"{len(skipped)} precincts have no {ballot.value} protocol yet: "
                    + ", ".join(skipped[:50])
                    + (" …" if len(skipped) > 50 else "")
                )
            return EXIT_OK
        if not args.commission:
            raise CliError(
                "name --commission CODE (a precinct number or a commission code) "
                "or --all-precincts-under CODE"
            )
        out = Path(args.out)
        if args.document == "results":
            finish(export_results(engine, args.lang), out, "final results")
        elif args.document == "summary" or (
            args.document is None and not is_precinct(engine, args.commission)
        ):
            finish(
                export_summary(engine, args.commission, ballot, args.lang),
                out,
                f"summary protocol of {args.commission}",
            )
        else:
            exported = export_protocol(engine, args.commission, ballot, args.lang)
            finish(exported.data, out, f"protocol of precinct {args.commission}")
            print(f"fingerprint {exported.fingerprint}")
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"written {args.out}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from tallyapp.reports.signing import SigningError, load_trust_roots, verify_pdf
    from tallyapp.services.keys import default_keys_dir

    trust = [Path(t) for t in args.trust] or [
        p for p in [default_keys_dir() / "ca.pem"] if p.exists()
    ]
    try:
        roots = load_trust_roots(trust)
        data = Path(args.file).read_bytes()
    except SigningError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"{args.file}: cannot read: {exc.strerror}") from None
    import logging

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    result = verify_pdf(data, roots)
    if args.json:
        _print_json(
            {
                "ok": result.ok,
                "signer": result.signer,
                "signed": result.signed,
                "intact": result.intact,
                "trusted": result.trusted,
                "whole_file": result.whole_file,
                "fingerprint": result.fingerprint,
                "problems": result.problems,
                "protocol": result.payload,
            }
        )
    else:
        print(f"{args.file}")
        print(f"  signed by:   {result.signer or '—'}")
        print(
            f"  signature:   {'intact' if result.intact else 'NOT VALID'}; "
            f"{'trusted' if result.trusted else 'NOT TRUSTED'}; "
            f"{'covers the whole file' if result.whole_file else 'NOT the whole file'}"
        )
        if result.payload:
            p = result.payload
            print(
                f"  protocol:    precinct {p.get('precinct')}, {p.get('ballot')}, version "
                f"{p.get('version')} ({p.get('state')})"
            )
        print(f"  fingerprint: {result.fingerprint or '—'}")
        for problem in result.problems:
            print(f"  PROBLEM: {problem}")
        print("VERIFIED" if result.ok else "NOT VERIFIED")
    return EXIT_OK if result.ok else EXIT_FAILED_CHECK


# --- exchange ---------------------------------------------------------------------------------


def _trust_roots(paths: list[str]) -> list[Any]:
    from tallyapp.reports.detached import SignatureProblem, load_roots
    from tallyapp.services.keys import default_keys_dir

    trust = [Path(t) for t in paths] or [p for p in [default_keys_dir() / "ca.pem"] if p.exists()]
    try:
        return load_roots(trust)
    except SignatureProblem as exc:
        raise CliError(str(exc)) from None


def cmd_export(args: argparse.Namespace) -> int:
    from tallyapp.domain.election import BallotKind
    from tallyapp.reports.detached import RecordSigner, SignatureProblem
    from tallyapp.services.exchange import (
        Rejected,
        export_each_tec,
        export_package,
    )
    from tallyapp.services.files import write_atomically
    from tallyapp.services.keys import default_keys_dir
    from tallyapp.services.open_data import export_cdf, export_csv
    from tallyapp.services.pdf_export import ExportError
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    out = Path(args.out)
    try:
        if args.format == "package" and args.each_tec:
            keys = default_keys_dir()
            folder = Path(args.key).parent if args.key else keys / "keys"
            phrase_file = args.passphrase_file or str(keys / "passphrase.txt")
            packages = export_each_tec(
                engine, args.commission, folder, _passphrase(phrase_file) or b"", out
            )
            print(
                f"{len(packages)} packages, {sum(p.protocols for p in packages)} protocols, "
                f"in {out}"
            )
        elif args.format == "package":
            keys = default_keys_dir()
            key = Path(args.key) if args.key else keys / "keys" / f"{args.commission}.p12"
            phrase_file = args.passphrase_file or str(keys / "passphrase.txt")
            if not key.exists():
                raise CliError(
                    f"no key for commission {args.commission} at {key}: run "
                    "`tallyapp keygen` or pass --key"
                )
            signer = RecordSigner.from_pkcs12(key, _passphrase(phrase_file) or b"", args.commission)
            summary = export_package(engine, args.commission, signer, out)
            print(
                f"{summary.protocols} protocols and {summary.summaries} summary protocols "
                f"of {args.commission}, signed, in {summary.path}"
            )
            if summary.left_out:
                print(f"{summary.left_out} protocols are not finalised yet and were left out")
        elif args.format == "csv":
            ballots = (
                [BallotKind(args.ballot)]
                if args.ballot
                else [BallotKind.PARTY_LIST, BallotKind.CONSTITUENCY]
            )
            written = []
            for ballot in ballots:
                try:
                    text = export_csv(engine, args.commission, ballot)
                except KeyError:
                    continue  # an election without this ballot
                target = out if len(ballots) == 1 else out / f"{ballot.value}.csv"
                write_atomically(target, text.encode("utf-8"))
                written.append(str(target))
            print("written " + ", ".join(written))
        else:
            write_atomically(
                out, json.dumps(export_cdf(engine), ensure_ascii=False, indent=1).encode("utf-8")
            )
            print(f"written {out} (NIST SP 1500-100 election results, JSON)")
    except (SignatureProblem, Rejected, ExportError) as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tallyapp.services.exchange import Rejected, import_files
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    roots = _trust_roots(args.trust)

    def progress(text: str, percent: int) -> None:
        if not args.quiet and sys.stderr.isatty():
            print(f"\r[{percent:3d}%] {text[:40]:<40}", end="", file=sys.stderr, flush=True)

    try:
        outcomes = import_files(
            engine, [Path(p) for p in args.paths], roots, args.as_commission, progress
        )
    except Rejected as exc:
        raise CliError(str(exc)) from None
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        _print_json(
            [
                {
                    "file": o.path,
                    "kind": o.kind,
                    "outcome": o.outcome,
                    "reason": o.reason,
                    "accepted": o.accepted,
                    "duplicates": o.duplicates,
                    "conflicts": [
                        {
                            "precinct": c.precinct,
                            "ballot": c.ballot,
                            "current": {
                                "version": c.current_version,
                                "fingerprint": c.current_fingerprint,
                            },
                            "incoming": {
                                "version": c.incoming_version,
                                "fingerprint": c.incoming_fingerprint,
                            },
                            "differences": [
                                {"line": k, "current": a, "incoming": b}
                                for k, a, b in c.differences
                            ],
                        }
                        for c in o.conflicts
                    ],
                    "summary_differences": o.differences,
                    "warnings": o.warnings,
                }
                for o in outcomes
            ]
        )
    else:
        for o in outcomes:
            print(o.line())
            for c in o.conflicts:
                print(
                    f"    conflict: precinct {c.precinct} {c.ballot}: stored version "
                    f"{c.current_version} ({c.current_fingerprint[:16]}) vs received version "
                    f"{c.incoming_version} ({c.incoming_fingerprint[:16]})"
                )
                for line, current, incoming in c.differences:
                    print(f"        {line:<28} stored {current!s:>10}   received {incoming!s:>10}")
            for d in o.differences:
                print(f"    summary differs: {d}")
        counts = {
            k: sum(1 for o in outcomes if o.outcome == k)
            for k in ("accepted", "duplicate", "conflict", "rejected")
        }
        print(", ".join(f"{v} {k}" for k, v in counts.items()) + f" ({len(outcomes)} files)")
    return EXIT_FAILED_CHECK if any(o.outcome == "rejected" for o in outcomes) else EXIT_OK


def cmd_anomalies(args: argparse.Namespace) -> int:
    from tallyapp.services.anomalies import anomaly_report
    from tallyapp.services.setup import open_engine

    report = anomaly_report(open_engine(args.db), args.commission)
    if args.json:
        _print_json(
            {
                "commission": report.commission,
                "protocols": report.protocols,
                "findings": [
                    {
                        "check": f.check,
                        "title": f.title,
                        "detail": f.detail,
                        "precincts": list(f.precincts),
                        "units": list(f.units),
                        "score": f.score,
                    }
                    for f in report.findings
                ],
            }
        )
        return EXIT_OK
    print(
        f"Anomaly report of {report.commission}: {report.protocols} accepted party-list "
        "protocols. Informational: nothing here changes a result."
    )
    if not report.findings:
        print("No findings.")
    for f in report.findings:
        print(f"\n[{f.check}] {f.title}\n  {f.detail}")
        if f.precincts:
            print(
                f"  precincts: {', '.join(f.precincts[:40])}"
                + (" …" if len(f.precincts) > 40 else "")
            )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    if args.smoke_test:
        from tallyapp.gui.app import smoke_test

        return smoke_test()
    from tallyapp.gui.app import run

    return run(args.db)


# --- the parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tallyapp",
        description="Tallying Mäjilis elections: protocols, control relations, results, seats.",
    )
    parser.add_argument("--version", action="version", version=f"tallyapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app (the default with no command)")
    p.add_argument("--db", metavar="URL", default=None, help="database URL")
    p.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window on a new database in a temporary folder, enter "
        "one protocol, and exit: 0 if everything worked (for packaging checks)",
    )
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("allocate", help="what-if seat calculator from a JSON file of votes")
    p.add_argument("file", metavar="FILE", help="JSON: seats, threshold_percent, parties[...]")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_allocate)

    p = sub.add_parser("check", help="check one protocol given as JSON against every relation")
    p.add_argument("file", metavar="FILE", help="JSON protocol, or - for standard input")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    p.set_defaults(func=cmd_check)

    def add_db(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db",
            metavar="URL",
            default=None,
            help="database URL (default: $TALLYAPP_DB, else a SQLite file in the "
            "user data folder); e.g. postgresql+psycopg://host/db",
        )

    p = sub.add_parser("keygen", help="make test keys: a CA and one key per commission")
    add_db(p)
    p.add_argument("--out", metavar="DIR", help="folder (default: the user data folder/keys)")
    p.add_argument(
        "--passphrase-file",
        metavar="F",
        help="passphrase for the keys (default: a new one, written to DIR/passphrase.txt)",
    )
    p.add_argument(
        "--precincts-under",
        metavar="CODE",
        help="also a key for every precinct commission under this commission",
    )
    p.set_defaults(func=cmd_keygen)

    p = sub.add_parser("export-pdf", help="a protocol, summary protocol or results as PDF")
    add_db(p)
    p.add_argument(
        "--commission",
        metavar="CODE",
        help="a precinct number (its protocol) or a commission code (its summary)",
    )
    p.add_argument(
        "--all-precincts-under",
        metavar="CODE",
        help="every precinct protocol under this commission, into --out DIR",
    )
    p.add_argument("--ballot", choices=("party-list", "constituency"), default="party-list")
    p.add_argument("--lang", choices=("kk", "ru", "en", "kk+ru"), default="kk+ru")
    p.add_argument(
        "--document",
        choices=("protocol", "summary", "results"),
        default=None,
        help="results: the CEC's final results (seats, district winners)",
    )
    p.add_argument("--sign", metavar="KEY.p12", help="sign with this commission key (PAdES)")
    p.add_argument("--passphrase-file", metavar="F", help="the key's passphrase")
    p.add_argument("--out", metavar="PATH", required=True, help="FILE.pdf, or DIR for a batch")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_export_pdf)

    p = sub.add_parser("export", help="protocols for the commission above, or open data")
    add_db(p)
    p.add_argument("--commission", metavar="CODE", required=True)
    p.add_argument(
        "--format",
        choices=("package", "csv", "cdf"),
        required=True,
        help="package: signed protocols for the commission above; csv: open data, "
        "one row per precinct per ballot; cdf: NIST SP 1500-100 JSON",
    )
    p.add_argument(
        "--ballot",
        choices=("party-list", "constituency"),
        default=None,
        help="csv: one ballot into FILE (default: both, into the folder PATH)",
    )
    p.add_argument(
        "--key",
        metavar="KEY.p12",
        help="package: the commission's key (default: the keygen folder)",
    )
    p.add_argument("--passphrase-file", metavar="F")
    p.add_argument(
        "--each-tec",
        action="store_true",
        help="package: one package per territorial commission under CODE, each "
        "signed with its own key (from the folder of --key, default the keygen "
        "folder), into the folder PATH",
    )
    p.add_argument("--out", metavar="PATH", required=True)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="import packages, signed PDFs and photos of protocols")
    add_db(p)
    p.add_argument("paths", metavar="PATH", nargs="+", help="files or folders")
    p.add_argument(
        "--as",
        dest="as_commission",
        metavar="CODE",
        help="the importing commission (default: the top of the tree)",
    )
    p.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        default=[],
        help="trusted certification authority (default: the test CA from keygen)",
    )
    p.add_argument("--json", action="store_true", help="print the outcomes as JSON")
    p.add_argument(
        "--observer-copy",
        action="store_true",
        help="the files are observers' copies: keep them to compare with the "
        "official protocols (tallyapp anomalies), never store them as protocols",
    )
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("anomalies", help="statistical signs and observers' copies that differ")
    add_db(p)
    p.add_argument("--commission", metavar="CODE", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_anomalies)

    p = sub.add_parser("verify", help="check a signed protocol PDF: signature, data, figures")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        metavar="CA.pem",
        action="append",
        default=[],
        help="trusted certification authority (default: the test CA from keygen)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("init", help="create the database with an election and its commissions")
    add_db(p)
    p.add_argument(
        "--election",
        default="kz-majilis-2023",
        help="kz-majilis-2023 (default), kz-majilis-2021, or a definition FILE",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="fill a fresh database with the national 2023 demo")
    add_db(p)
    p.add_argument("--seed", type=int, default=2023, help="the same seed gives the same data")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("results", help="totals, completeness, seats and district winners")
    add_db(p)
    p.add_argument(
        "--commission",
        metavar="CODE",
        default=None,
        help="CEC (default), a region (ASTANA), a TEC (ASTANA-01) or a DEC (DEC-01)",
    )
    p.add_argument("--ballot", choices=("party-list", "constituency"), default="party-list")
    p.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_results)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:  # no command: the desktop app
        args = parser.parse_args(["gui"])
        func = cmd_gui
    try:
        return func(args)
    except CliError as exc:
        print(f"tallyapp {args.command}: error: {exc}", file=sys.stderr)
        return exc.code
    except (DefinitionError, SetupError, ResultsError) as exc:
        print(f"tallyapp {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SQLAlchemyError as exc:
        print(
            f"tallyapp {args.command}: database error: {exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0]}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
