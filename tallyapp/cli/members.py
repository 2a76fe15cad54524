"""`roster`, `pin`, `accept` and `reject`: who is on a commission, and the commission above's
decision on a protocol. A decision is made in a member's session: the member's IIN and PIN
(from $TALLYAPP_PIN, else asked for without echo)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from tallyapp.cli.output import EXIT_OK, CliError, language, print_json


def _pin(prompt: str, lang: str) -> str:
    """$TALLYAPP_PIN, else asked for without echo (`prompt`: the key of the question's words)."""
    pin = os.environ.get("TALLYAPP_PIN")
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        raise CliError("cli.no-pin")
    return getpass.getpass(_question(prompt, lang))


def _question(key: str, lang: str) -> str:
    from tallyapp.messages.labels import label

    return label(key, lang) + ": "


def _session(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from tallyapp.services.sessions import actor_of, start_session
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    work = start_session(
        engine, args.as_commission, args.member, _pin("cli.prompt-pin", language(args))
    )
    return engine, actor_of(work)


def _signed_in(args: argparse.Namespace, engine):  # type: ignore[no-untyped-def]
    """The session of `--member` (for `--as`, by default the CEC), or None without one: only
    the first setup of a new database needs none, and the service says when it is over."""
    from tallyapp.services.sessions import start_session, top_commission

    if not getattr(args, "member", None):
        return None
    commission = getattr(args, "as_commission", None) or top_commission(engine)
    return start_session(
        engine, commission, args.member, _pin("cli.prompt-your-pin", language(args))
    )


def cmd_roster_import(args: argparse.Namespace) -> int:
    from tallyapp.messages import say
    from tallyapp.messages.labels import label
    from tallyapp.services.rehearsal import is_rehearsal
    from tallyapp.services.sessions import read_roster_file, set_rosters
    from tallyapp.services.setup import open_engine
    from tallyapp.services.table_files import read_table

    engine = open_engine(args.db)
    rosters = read_roster_file(read_table(args.file), is_rehearsal(engine))
    signer = _amendment_signer(args)
    work = _signed_in(args, engine)
    lang = language(args)
    for warning in set_rosters(engine, work, rosters, signer=signer):
        print(label("cli.warning-line", lang, warning=say(warning, lang)))
    count = sum(len(r.members) for r in rosters)
    print(
        label(
            "cli.rosters-stored",
            lang,
            rosters=label("count.rosters", lang, count=len(rosters)),
            members=label("count.members", lang, count=count),
            file=args.file,
        )
    )
    if signer is not None:
        print(label("cli.amendment-signed", lang, signer=signer.code))
    return EXIT_OK


def _amendment_signer(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The member's own key for a signed amendment (`--sign`), or None."""
    from pathlib import Path

    from tallyapp.cli.output import read_passphrase
    from tallyapp.services.signatures import package_signer, passphrase_path

    if not getattr(args, "sign", None):
        return None
    if not getattr(args, "member", None):
        raise CliError("cli.sign-needs-member")
    passphrase = read_passphrase(str(passphrase_path(args.passphrase_file))) or b""
    return package_signer(Path(args.sign), passphrase, "CEC")


def cmd_register_candidates(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.register import load_candidates
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    stored = load_candidates(engine, _signed_in(args, engine), args.file)
    lang = language(args)
    print(
        label(
            "register.candidates-stored",
            lang,
            candidates=label("count.candidates", lang, count=stored.candidates),
            districts=label("count.in-districts", lang, count=stored.districts),
            file=args.file,
        )
    )
    return EXIT_OK


def cmd_roster_show(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.sessions import roster_of
    from tallyapp.services.setup import open_engine

    roster = roster_of(open_engine(args.db), args.commission)
    if args.json:
        print_json([{"iin": m.iin, "name": m.name, "role": m.role.value} for m in roster.members])
        return EXIT_OK
    lang = language(args)
    if not roster.members:
        print(label("cli.no-roster", lang, commission=args.commission))
    for m in roster.members:
        print(f"{m.role.value:<10} {m.iin or label('cli.no-iin', lang):<13} {m.name}")
    return EXIT_OK


def cmd_roster_replace(args: argparse.Namespace) -> int:
    from tallyapp.domain.authority import Role, RosterMember
    from tallyapp.messages.labels import label
    from tallyapp.services.sessions import replace_member_of, roster_of
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    work = _signed_in(args, engine)
    if work is None:
        raise CliError("cli.member-needed")
    leaving = roster_of(engine, args.commission).member(args.leaving)
    role = Role(args.role) if args.role else leaving.role if leaving else Role.MEMBER
    newcomer = RosterMember(args.iin, args.name.strip(), role)
    replace_member_of(engine, work, args.commission, args.leaving, newcomer, args.decision)
    print(
        label(
            "cli.member-replaced",
            language(args),
            commission=args.commission,
            leaving=leaving.name if leaving else args.leaving,
            newcomer=newcomer.name,
            role=role.value,
        )
    )
    return EXIT_OK


def _new_pin(lang: str) -> str:
    """The new PIN: $TALLYAPP_NEW_PIN (or $TALLYAPP_PIN at the first setup, when no one signs
    in), else asked for twice without echo."""
    for name in ("TALLYAPP_NEW_PIN", "TALLYAPP_PIN"):
        if name in os.environ:
            return os.environ[name]
    if not sys.stdin.isatty():
        raise CliError("cli.no-new-pin")
    pin = getpass.getpass(_question("cli.prompt-new-pin", lang))
    if getpass.getpass(_question("cli.prompt-pin-again", lang)) != pin:
        raise CliError("cli.pins-differ")
    return pin


def cmd_pin(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.sessions import set_pin, unlock_pin
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    work = _signed_in(args, engine)
    if args.unlock:
        if work is None:
            raise CliError("cli.unlock-needs-member")
        unlock_pin(engine, work, args.commission, args.iin)
        print(label("done.pin-unlocked", language(args), iin=args.iin, commission=args.commission))
        return EXIT_OK
    if work is not None and "TALLYAPP_PIN" in os.environ and "TALLYAPP_NEW_PIN" not in os.environ:
        raise CliError("cli.new-pin-variable")
    set_pin(engine, work, args.commission, args.iin, _new_pin(language(args)))
    print(label("done.pin-set", language(args), iin=args.iin, commission=args.commission))
    return EXIT_OK


def _decided(key: str, args: argparse.Namespace, version: int, **more: str) -> str:
    """The line saying a precinct's protocol was accepted or rejected, in the reader's words."""
    from tallyapp.messages.labels import label

    lang = language(args)
    ballot = label("ballot." + args.ballot, lang)
    return label(key, lang, precinct=args.precinct, ballot=ballot, version=version, **more)


def cmd_accept(args: argparse.Namespace) -> int:
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.review import accept

    engine, actor = _session(args)
    stored = accept(engine, actor, args.precinct, BallotKind(args.ballot)).stored
    print(_decided("done.accepted", args, stored.version_number))
    return EXIT_OK


def cmd_reject(args: argparse.Namespace) -> int:
    from tallyapp.domain.election import BallotKind
    from tallyapp.services.review import reject

    engine, actor = _session(args)
    stored = reject(engine, actor, args.precinct, BallotKind(args.ballot), args.reason).stored
    print(_decided("done.rejected", args, stored.version_number, reason=args.reason.strip()))
    return EXIT_OK


def cmd_workstation_role(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.setup import open_engine
    from tallyapp.services.workstations import workstation_role

    workstation_role(open_engine(args.db), args.role, args.password)
    print(label("cli.workstation-role", language(args), role=args.role))
    return EXIT_OK
