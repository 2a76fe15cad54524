"""`export`, `import` and `anomalies`: exchange with the commissions above and below."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tallyapp.cli.output import (
    EXIT_FAILED_CHECK,
    EXIT_OK,
    CliError,
    language,
    print_json,
    read_passphrase,
)


def cmd_export(args: argparse.Namespace) -> int:
    from tallyapp.cli.key_options import opened_key
    from tallyapp.domain.election import BallotKind
    from tallyapp.messages.labels import label
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
    lang = language(args)
    out = Path(args.out)
    if args.format == "package" and args.despite_audit_failure:
        raise CliError("cli.package-never-despite-audit")
    if args.format == "xlsx" and args.despite_audit_failure:
        raise CliError("cli.workbook-no-warning")
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
        print(
            label(
                "cli.packages-written",
                lang,
                packages=label("count.packages", lang, count=len(packages)),
                protocols=label("count.protocols", lang, count=sum(p.protocols for p in packages)),
                folder=out,
            )
        )
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
            label(
                "cli.package-written",
                lang,
                protocols=label("count.protocols", lang, count=summary.protocols),
                summaries=label("count.summary-protocols", lang, count=summary.summaries),
                commission=args.commission,
                path=summary.path,
            )
        )
        if not summary.summaries:
            print(label("cli.no-summary", lang, commission=args.commission))
        if summary.left_out:
            print(label("cli.left-out", lang, count=summary.left_out))
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
        print(label("cli.written", lang, file=", ".join(written)))
    elif args.format == "xlsx":
        write_atomically(out, export_xlsx(engine, args.commission))
        print(label("cli.written", lang, file=out))
    else:
        write_atomically(
            out,
            json.dumps(
                stamp_cdf(export_cdf(engine, args.commission), publication),
                ensure_ascii=False,
                indent=1,
            ).encode("utf-8"),
        )
        print(label("cli.written-cdf", lang, file=out))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tallyapp.cli.key_options import trust_of
    from tallyapp.messages import say
    from tallyapp.messages.labels import label
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
        actor = actor_of(
            start_session(engine, commission, args.member, _pin("cli.prompt-pin", lang))
        )
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
                    "summary_differences": [_difference(d, lang) for d in o.differences],
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
                conflict = {
                    "precinct": c.precinct,
                    "ballot": c.ballot,
                    "stored": c.current_version,
                    "stored_fingerprint": c.current_fingerprint[:16],
                    "received": c.incoming_version,
                    "received_fingerprint": c.incoming_fingerprint[:16],
                }
                out("    " + label("cli.import-conflict", lang, **conflict))
                for line, current, incoming in c.differences:
                    figures = {"stored": f"{current!s:>10}", "received": f"{incoming!s:>10}"}
                    said = label("cli.import-line-differs", lang, line=f"{line:<28}", **figures)
                    out("        " + said)
            for d in o.differences:
                out("    " + label("cli.summary-differs", lang, difference=_difference(d, lang)))
            for c in o.compared:
                version = {"precinct": c.precinct, "ballot": c.ballot, "version": c.current_version}
                out("    " + label("cli.copy-differs", lang, **version))
                for line, official, copy in c.differences:
                    figures = {"official": f"{official!s:>10}", "copy": f"{copy!s:>10}"}
                    said = label("cli.copy-line-differs", lang, line=f"{line:<28}", **figures)
                    out("        " + said)
        always = (Outcome.ACCEPTED, Outcome.DUPLICATE, Outcome.CONFLICT, Outcome.REJECTED)
        counts = {
            k.value: n
            for k in Outcome
            if (n := sum(1 for o in outcomes if o.outcome is k)) or k in always
        }
        said = ", ".join(label(f"import.count.{k}", lang, count=v) for k, v in counts.items())
        files = label("count.files", lang, count=len(outcomes))
        out(label("cli.import-total", lang, outcomes=said, files=files))
    rejected = any(o.outcome is Outcome.REJECTED for o in outcomes)
    return EXIT_FAILED_CHECK if rejected else EXIT_OK


def _warning_on_each_line(lang: str) -> Any:
    import builtins

    from tallyapp.domain.errors import TallyError
    from tallyapp.messages import say
    from tallyapp.messages.labels import label

    detail = label("cli.revocation-unchecked", lang)
    warning = say(TallyError("signature.unchecked", detail=detail), lang)

    def printing(line: str = "") -> None:
        builtins.print(f"{line}  [{warning}]")

    return printing


def _difference(d: Any, lang: str) -> str:
    """A summary's line that differs, as the import dialog says it: its commission and ballot,
    its number and name on the paper form in the reader's language (never its key), the two
    figures."""
    from tallyapp.messages.labels import label

    name = d.line if d.names is None else d.names.get(lang)
    line = name if d.number is None else label("cli.form-line", lang, number=d.number, name=name)
    return label(
        "cli.summary-difference",
        lang,
        commission=d.commission,
        ballot=label(f"ballot.{d.ballot}", lang),
        line=line,
        received=d.received,
        recomputed=d.recomputed,
    )


def _outcome_line(o: Any, lang: str) -> str:
    """ACCEPTED, DUPLICATE, ... and the file, then what it brought in the reader's words (the
    outcome stays a marker scripts read, as --json's "outcome")."""
    from tallyapp.messages import say
    from tallyapp.messages.labels import label

    text = f"{o.outcome.value.upper():<9} {o.path}"
    if o.reason is not None:
        return f"{text}: {say(o.reason, lang)}"
    parts = [label("count.new", lang, count=o.accepted)]
    parts.append(label("count.duplicates", lang, count=o.duplicates))
    if o.conflicts:
        parts.append(label("count.in-conflict", lang, count=len(o.conflicts)))
    if o.differences:
        parts.append(label("count.summary-differs", lang, count=len(o.differences)))
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
