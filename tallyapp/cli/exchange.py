"""`export`, `import` and `anomalies`: exchange with the commissions above and below."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tallyapp.cli.output import EXIT_FAILED_CHECK, EXIT_OK, CliError, print_json, read_passphrase


def cmd_export(args: argparse.Namespace) -> int:
    from tallyapp.cli.key_options import opened_key
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.cdf import export_cdf
    from tallyapp.services.exchange import export_each_tec, export_package
    from tallyapp.services.files import write_atomically
    from tallyapp.services.keys import default_keys_dir
    from tallyapp.services.open_data import choices_table, export_xlsx, open_data_table, to_csv
    from tallyapp.services.publication import guard_publication, stamp_cdf, stamp_csv
    from tallyapp.services.setup import open_engine
    from tallyapp.services.signatures import (
        RecordSigner,
        SignatureError,
        commission_key_path,
        package_signer,
        passphrase_path,
    )

    engine = open_engine(args.db)
    out = Path(args.out)
    if args.format == "package" and args.despite_audit_failure:
        raise CliError("a package is signed: it is never made despite a failed audit")
    if args.format == "xlsx" and args.despite_audit_failure:
        raise CliError("a workbook carries no warning: publish csv despite a failed audit")
    # Nothing published from a broken record; checked before any key is opened.
    publication = guard_publication(engine, args.despite_audit_failure)

    def passphrase_for(key: Path) -> bytes:
        # Only a package is signed: open data and the CDF need no key. Without one, say how
        # to get it before asking for its passphrase.
        if not key.exists():
            raise SignatureError("signature.no-key", commission=args.commission, key=str(key))
        return read_passphrase(str(passphrase_path(args.passphrase_file))) or b""

    if args.format == "package" and args.each_tec:
        folder = Path(args.key).parent if args.key else default_keys_dir()
        passphrase = passphrase_for(folder)
        packages = export_each_tec(engine, args.commission, passphrase, out)
        print(f"{len(packages)} packages, {sum(p.protocols for p in packages)} protocols, in {out}")
    elif args.format == "package":
        key = None if args.token else commission_key_path(engine, args.commission, args.key)
        passphrase = b"" if key is None else passphrase_for(key)
        opened = opened_key(args, key, passphrase)
        if opened is not None:  # a token's key, or a file's carrying intermediates
            signer = RecordSigner.of(opened)
        else:
            assert key is not None
            signer = package_signer(key, passphrase, args.commission)
        try:
            summary = export_package(engine, args.commission, signer, out)
        finally:
            signer.key.close()  # a token's session ends here
        print(
            f"{summary.protocols} protocols and {summary.summaries} summary protocols "
            f"of {args.commission}, signed, in {summary.path}"
        )
        if not summary.summaries:
            print(f"No summary protocol: no protocol under {args.commission} is accepted yet")
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
                table = open_data_table(engine, args.commission, ballot)
            except KeyError:
                continue  # an election without this ballot
            target = out if len(ballots) == 1 else out / f"{ballot.value}.csv"
            write_atomically(target, stamp_csv(to_csv(table, args.excel), publication))
            written.append(str(target))
        if len(ballots) > 1:
            target = out / "choices.csv"
            choices = to_csv(choices_table(engine), args.excel)
            write_atomically(target, stamp_csv(choices, publication))
            written.append(str(target))
        print("written " + ", ".join(written))
    elif args.format == "xlsx":
        write_atomically(out, export_xlsx(engine, args.commission))
        print(f"written {out}")
    else:
        write_atomically(
            out,
            json.dumps(
                stamp_cdf(export_cdf(engine, args.commission), publication),
                ensure_ascii=False,
                indent=1,
            ).encode("utf-8"),
        )
        print(f"written {out} (NIST SP 1500-100 election results, JSON)")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tallyapp.cli.key_options import trust_of
    from tallyapp.cli.output import language
    from tallyapp.messages import say
    from tallyapp.services.exchange import Outcome, import_files
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    roots = trust_of(args)
    lang = language(args)

    def progress(text: str, percent: int) -> None:
        if not args.quiet and sys.stderr.isatty():
            print(f"\r[{percent:3d}%] {text[:40]:<40}", end="", file=sys.stderr, flush=True)

    actor = None
    if args.member:  # a member's session: the import asks the domain whether they may
        from tallyapp.cli.members import _pin
        from tallyapp.services.sessions import actor_of, start_session, top_commission

        commission = args.as_commission or top_commission(engine)
        actor = actor_of(start_session(engine, commission, args.member, _pin("PIN: ")))
    outcomes = import_files(
        engine,
        [Path(p) for p in args.paths],
        roots,
        args.as_commission,
        progress,
        observer=args.observer_copy,
        actor=actor,
    )
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(
            [
                {
                    "file": o.path,
                    "kind": o.kind.value,
                    "outcome": o.outcome.value,
                    "reason": say(o.reason, lang) if o.reason else "",
                    "reason_code": o.reason.code if o.reason else "",
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
                    "summary_differences": [_difference(d) for d in o.differences],
                    "differs_from_official": [
                        {
                            "precinct": c.precinct,
                            "ballot": c.ballot,
                            "official_version": c.current_version,
                            "differences": [
                                {"line": k, "official": a, "copy": b} for k, a, b in c.differences
                            ],
                        }
                        for c in o.compared
                    ],
                    "warnings": [say(w, lang) for w in o.warnings],
                }
                for o in outcomes
            ]
        )
    else:
        # Revocation left unchecked by choice: said on every line, never once and forgotten.
        out = _warning_on_each_line(lang) if args.no_revocation else print
        for o in outcomes:
            out(_outcome_line(o, lang))
            for c in o.conflicts:
                out(
                    f"    conflict: precinct {c.precinct} {c.ballot}: stored version "
                    f"{c.current_version} ({c.current_fingerprint[:16]}) vs received version "
                    f"{c.incoming_version} ({c.incoming_fingerprint[:16]})"
                )
                for line, current, incoming in c.differences:
                    out(f"        {line:<28} stored {current!s:>10}   received {incoming!s:>10}")
            for d in o.differences:
                out(f"    summary differs: {_difference(d)}")
            for c in o.compared:
                out(
                    f"    not official, differs from the official protocol of precinct "
                    f"{c.precinct} {c.ballot} (version {c.current_version}):"
                )
                for line, official, copy in c.differences:
                    out(f"        {line:<28} official {official!s:>10}   copy {copy!s:>10}")
        always = (Outcome.ACCEPTED, Outcome.DUPLICATE, Outcome.CONFLICT, Outcome.REJECTED)
        counts = {
            k.value: n
            for k in Outcome
            if (n := sum(1 for o in outcomes if o.outcome is k)) or k in always
        }
        out(", ".join(f"{v} {k}" for k, v in counts.items()) + f" ({len(outcomes)} files)")
    rejected = any(o.outcome is Outcome.REJECTED for o in outcomes)
    return EXIT_FAILED_CHECK if rejected else EXIT_OK


def _warning_on_each_line(lang: str) -> Any:
    import builtins

    from tallyapp.domain.errors import TallyError
    from tallyapp.messages import say

    warning = say(
        TallyError("signature.unchecked", detail="revocation not checked (--no-revocation)"), lang
    )

    def printing(line: str = "") -> None:
        builtins.print(f"{line}  [{warning}]")

    return printing


def _difference(d: Any) -> str:
    return f"{d.commission} {d.ballot} {d.line}: summary {d.received}, recomputed {d.recomputed}"


def _outcome_line(o: Any, lang: str) -> str:
    from tallyapp.messages import say

    text = f"{o.outcome.value.upper():<9} {o.path}"
    if o.reason is not None:
        return f"{text}: {say(o.reason, lang)}"
    parts = [f"{o.accepted} new", f"{o.duplicates} duplicate"]
    if o.conflicts:
        parts.append(f"{len(o.conflicts)} in conflict")
    if o.differences:
        parts.append(f"summary differs from the recomputed sum in {len(o.differences)} line(s)")
    return f"{text} ({', '.join(parts)})"


def _finding_words(finding: Any, lang: str) -> tuple[str, str]:
    """A finding in a line and its detail, in the reader's language (the GUI's words)."""
    from tallyapp.domain.errors import TallyError
    from tallyapp.messages import say
    from tallyapp.messages.labels import decimal

    params = {
        k: (decimal(v, lang) if abs(v) >= 0.01 else f"{v:.1e}") if isinstance(v, float) else v
        for k, v in finding.params.items()
    }
    code = f"anomaly.{finding.check}"
    if not params:  # a finding without parameters: the domain's own lines
        return finding.title, finding.detail
    return say(TallyError(code, **params), lang), say(TallyError(f"{code}.detail", **params), lang)


def cmd_anomalies(args: argparse.Namespace) -> int:
    from tallyapp.cli.output import language
    from tallyapp.messages.labels import label
    from tallyapp.services.anomalies import anomaly_report
    from tallyapp.services.setup import open_engine

    lang = language(args)
    report = anomaly_report(open_engine(args.db), args.commission)
    if args.json:
        print_json(
            {
                "commission": report.commission,
                "protocols": report.protocols,
                "findings": [
                    {
                        "check": f.check,
                        "title": _finding_words(f, lang)[0],
                        "detail": _finding_words(f, lang)[1],
                        "precincts": list(f.precincts),
                        "units": list(f.units),
                        "score": f.score,
                    }
                    for f in report.findings
                ],
            }
        )
        return EXIT_OK
    print(label("anomalies.head", lang, commission=report.commission, protocols=report.protocols))
    if not report.findings:
        print(label("anomalies.none", lang))
    for f in report.findings:
        title, detail = _finding_words(f, lang)
        print(f"\n[{f.check}] {title}\n  {detail}")
        if f.precincts:
            listed = ", ".join(f.precincts[:40]) + (" …" if len(f.precincts) > 40 else "")
            print(label("anomalies.precincts", lang, precincts=listed))
    return EXIT_OK
