"""`keygen`, `export-pdf` and `verify`: keys, printed protocols and their signatures."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tallyapp.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_FAILED_CHECK,
    EXIT_OK,
    CliError,
    language,
    print_json,
    progress_bar,
    read_passphrase,
)


def cmd_keygen(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.keys import default_keys_dir, make_keys
    from tallyapp.services.setup import open_engine

    lang = language(args)
    folder = Path(args.out) if args.out else default_keys_dir()
    if args.revoke:
        from tallyapp.services.keys import revoke_keys

        done = revoke_keys(folder, args.revoke, read_passphrase(args.passphrase_file))
        print(
            label(
                "cli.keys-revoked",
                lang,
                count=done.revoked,
                iin=args.revoke,
                crl=done.crl,
                listed=done.listed,
                ca=folder / "ca.pem",
            )
        )
        return EXIT_OK
    # make_keys refuses with typed errors (KeysError, NotFoundError), said by the caller.
    keys = make_keys(
        open_engine(args.db), folder, read_passphrase(args.passphrase_file), args.precincts_under
    )
    print(label("cli.test-authority", lang, authority=keys.authority))
    issued = label("count.keys-issued", lang, count=keys.keys)
    kept = label("count.keys-kept", lang, count=keys.kept)
    print(label("cli.keys-made", lang, issued=issued, kept=kept, folder=folder / "keys"))
    if not args.passphrase_file:
        print(label("cli.keys-passphrase", lang, file=keys.passphrase_file))
    print(label("cli.keys-test-only", lang))
    return EXIT_OK


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from tallyapp.cli.key_options import opened_key
    from tallyapp.domain.election import BallotKind
    from tallyapp.messages.labels import label
    from tallyapp.services.files import write_atomically
    from tallyapp.services.pdf_batch import export_protocols_under
    from tallyapp.services.pdf_export import (
        export_protocol,
        export_results,
        export_summary,
        is_precinct,
    )
    from tallyapp.services.setup import open_engine
    from tallyapp.services.signed_documents import (
        signed_protocol,
        signed_results,
        signed_summary,
    )

    engine = open_engine(args.db)
    lang = language(args)  # of the messages; --lang is the printed document's
    ballot = BallotKind(args.ballot)
    passphrase = read_passphrase(args.passphrase_file)
    if args.sign and passphrase is None:
        raise CliError("cli.sign-needs-passphrase")
    if args.sign and args.despite_audit_failure:
        raise CliError("cli.never-signed-despite-audit")
    despite = args.despite_audit_failure

    if args.all_precincts_under and (args.token or args.intermediate):
        raise CliError("cli.token-one-document")
    if args.all_precincts_under:
        batch = export_protocols_under(
            engine,
            args.all_precincts_under,
            ballot,
            args.lang,
            Path(args.out),
            Path(args.sign) if args.sign else None,
            passphrase or b"",
            progress=(lambda *_: None) if args.quiet else progress_bar,
            despite_audit_failure=despite,
        )
        if not args.quiet:
            print(file=sys.stderr)
        print(label("cli.protocols-written", lang, count=len(batch.written), folder=batch.folder))
        skipped = batch.without_protocol
        if skipped:
            listed = ", ".join(skipped[:50]) + (" …" if len(skipped) > 50 else "")
            print(
                label(
                    "cli.precincts-without-protocol",
                    lang,
                    count=len(skipped),
                    ballot=label("ballot." + ballot.value, lang),
                    precincts=listed,
                )
            )
        if batch.refused:
            from tallyapp.messages import say

            refused = len(batch.refused)
            print(label("cli.protocols-not-signed", lang, count=refused), file=sys.stderr)
            for number, reason in batch.refused.items():
                print(f"  {number}: {say(reason, lang)}", file=sys.stderr)
            return EXIT_FAILED_CHECK
        return EXIT_OK
    if not args.commission:
        raise CliError("cli.name-commission")
    out = Path(args.out)
    key = Path(args.sign) if args.sign else None
    secret = passphrase or b""
    opened = opened_key(args, key, secret)
    if opened is not None and key is None:
        key = Path(opened.source)  # a token's key: named in messages only
    try:
        # Which document: results, a commission's summary, or a precinct's protocol; each made
        # signed (with a key) or not, by the same two calls.
        document = args.document or (
            "protocol" if is_precinct(engine, args.commission) else "summary"
        )
        exporters: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
            "results": (signed_results, export_results),
            "summary": (signed_summary, export_summary),
            "protocol": (signed_protocol, export_protocol),
        }
        signed, unsigned = exporters[document]
        subject: tuple[Any, ...] = () if document == "results" else (args.commission, ballot)
        made = (
            signed(engine, *subject, args.lang, key, secret, args.copy, args.tsa, opened)
            if key
            else unsigned(engine, *subject, args.lang, args.copy, despite_audit_failure=despite)
        )
        if document == "protocol":
            pdf = made.data
            print(label("cli.fingerprint", lang, fingerprint=made.fingerprint))
        else:
            pdf = made
    finally:
        if opened is not None:
            opened.close()  # a token's session ends here
    write_atomically(out, pdf)  # never a half-written PDF under the final name
    print(label("cli.written", lang, file=args.out))
    return EXIT_OK


def _election_database(url: str | None):  # type: ignore[no-untyped-def]
    """The election's database for the rosters, if there is one (reading creates nothing)."""
    from tallyapp.services.setup import SetupError, open_engine

    try:
        return open_engine(url)
    except SetupError:
        return None


def _with_warning(warning: str, lang: str) -> Any:
    import builtins

    from tallyapp.messages.labels import label

    mark = label("cli.warning-mark", lang, warning=warning)

    def printing(line: str = "") -> None:
        builtins.print(f"{line}  {mark}")

    return printing


def cmd_verify(args: argparse.Namespace) -> int:
    from tallyapp.cli.key_options import trust_of
    from tallyapp.messages import say
    from tallyapp.services.bounded import read_limited
    from tallyapp.services.signatures import verify_document

    try:
        data = read_limited(Path(args.file), "pdf")
    except OSError as exc:
        raise CliError("cli.cannot-read", file=args.file, reason=exc.strerror) from None
    result = verify_document(data, trust_of(args), _election_database(args.db))
    authority = say(result.authority, language(args)) if result.authority else ""
    if args.json:
        print_json(
            {
                "ok": result.ok,
                "signer": result.signer,
                "signed": result.signed,
                "intact": result.intact,
                "trusted": result.trusted,
                "whole_file": result.whole_file,
                "fingerprint": result.fingerprint,
                "signed_for": result.signed_for,
                "timestamp": result.timestamp.isoformat() if result.timestamp else None,
                "judged_at": result.moment.isoformat() if result.moment else None,
                "judged_at_basis": result.basis,
                "problems": result.problems + ([authority] if authority else []),
                "warnings": result.warnings,
                "protocol": result.payload,
            }
        )
    else:
        from tallyapp.messages.labels import label

        lang = language(args)
        # Revocation left unchecked by choice: said on every line, never once and forgotten.
        out = _with_warning("; ".join(result.warnings), lang) if result.warnings else print
        out(f"{args.file}")
        who = result.identity.label if result.identity else result.signer
        out(label("verify.signed-by", lang, who=who or "—"))
        if result.signed_for:
            out(label("verify.for", lang, commission=result.signed_for))
        if result.signed:
            out(
                label("verify.time", lang, time=f"{result.timestamp:%Y-%m-%d %H:%M:%S %Z}")
                if result.timestamp
                else label("verify.own-clock", lang)
            )
            if result.moment is not None:
                at = f"{result.moment:%Y-%m-%d %H:%M:%S} UTC"
                moment = label(f"verify.moment-{result.basis or 'now'}", lang, at=at)
                out(label("verify.judged-at", lang, moment=moment))
        out(
            label(
                "verify.signature",
                lang,
                intact=label("verify.intact" if result.intact else "verify.not-valid", lang),
                trusted=label("verify.trusted" if result.trusted else "verify.not-trusted", lang),
                whole=label("verify.whole" if result.whole_file else "verify.not-whole", lang),
            )
        )
        if result.payload:
            p = result.payload
            out(
                label(
                    "verify.protocol",
                    lang,
                    precinct=p.get("precinct"),
                    ballot=_word("ballot", p.get("ballot"), lang),
                    version=p.get("version"),
                    state=_word("state", p.get("state"), lang),
                )
            )
        out(label("verify.fingerprint", lang, fingerprint=result.fingerprint or "—"))
        for problem in result.problems + ([authority] if authority else []):
            out(label("verify.problem", lang, problem=problem))
        out(label("verify.ok" if result.ok else "verify.not-ok", lang))
    if not result.readable:
        return EXIT_BAD_INPUT  # unreadable, as the README promises: 2, not "not verified"
    return EXIT_OK if result.ok else EXIT_FAILED_CHECK


def _word(kind: str, value: object, lang: str) -> object:
    """A state or ballot in the reader's language; in English as the file has it."""
    from tallyapp.messages import value_word

    words = value_word(kind, value, lang) if lang != "en" else None
    return value if words is None else words
