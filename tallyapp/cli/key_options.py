"""Options every signing and verifying command shares: the chain (`--intermediate`), the
moment (`--at`), revocation (`--no-revocation`) and keys on tokens (`--token`)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from tallyapp.cli.output import CliError, read_passphrase


def add_trust_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--intermediate",
        metavar="CERT.pem",
        action="append",
        default=[],
        help="an intermediate certificate between the trusted root and the signer "
        "(repeatable; those inside the signature are used as well)",
    )
    p.add_argument(
        "--at",
        metavar="TIME",
        help="judge the signer's certificate as of this moment (ISO 8601, e.g. "
        "2019-03-01T12:00+06:00; UTC when no offset): the report says it was assumed, "
        "not proved",
    )
    p.add_argument(
        "--no-revocation",
        action="store_true",
        help="accept signatures whose revocation cannot be checked (no current list signed "
        "by the issuer): a warning on every line instead of NOT VERIFIED",
    )


def add_key_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--intermediate",
        metavar="CERT.pem",
        action="append",
        default=[],
        help="an intermediate certificate to carry in the signature (repeatable)",
    )
    p.add_argument(
        "--token",
        metavar="MODULE.so",
        help="sign with a key on a PKCS#11 token through this module (e.g. "
        "/usr/lib/softhsm/libsofthsm2.so, or the token maker's)",
    )
    p.add_argument("--token-label", metavar="LABEL", help="the token's label (default: first)")
    p.add_argument("--key-label", metavar="LABEL", help="the key's label on the token")
    p.add_argument("--pin-file", metavar="F", help="a file holding the token's PIN")


def moment(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise CliError("cli.bad-time", found=repr(text)) from None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def trust_of(args: argparse.Namespace) -> Any:
    """The trust the options name: roots, intermediates, moment, revocation."""
    from tallyapp.services.signatures import default_trust, package_roots

    return package_roots(
        default_trust(args.trust),
        [Path(p) for p in args.intermediate],
        moment(args.at),
        args.no_revocation,
    )


def opened_key(args: argparse.Namespace, key: Path | None, passphrase: bytes) -> Any:
    """The key the options name, opened: a token's, or the file's when intermediates are to
    be carried; None: the file is opened where it is used."""
    from tallyapp.services.signatures import open_key, open_token

    intermediates = [Path(p) for p in args.intermediate]
    if args.token:
        pin = read_passphrase(args.pin_file)
        if pin is None:
            raise CliError("cli.token-needs-pin")
        return open_token(
            args.token, pin.decode("utf-8"), args.token_label, args.key_label, intermediates
        )
    if intermediates and key is not None:
        return open_key(key, passphrase, intermediates)
    return None
