"""Commands of the record's trust: enrolling a workstation, publishing a checkpoint."""

from __future__ import annotations

import argparse
from pathlib import Path

from tallyapp.cli.output import EXIT_OK, language, read_passphrase


def _signer(
    engine: object, commission: str, key: str | None, passphrase_file: str | None
) -> object:
    from tallyapp.services.signatures import commission_key_path, package_signer, passphrase_path

    path = commission_key_path(engine, commission, key)  # type: ignore[arg-type]
    passphrase = read_passphrase(str(passphrase_path(passphrase_file))) or b""
    return package_signer(path, passphrase, commission)


def cmd_workstation_enrol(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.enrolment import enrol_workstation
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    signer = _signer(engine, args.commission, args.key, args.passphrase_file)
    kid = enrol_workstation(engine, args.commission, signer)  # type: ignore[arg-type]
    print(label("cli.enrolled", language(args), kid=kid, commission=args.commission))
    return EXIT_OK


def cmd_checkpoint(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.checkpoints import write_checkpoint
    from tallyapp.services.exchange.register import Register
    from tallyapp.services.setup import open_engine

    engine = open_engine(args.db)
    commission = args.commission
    if commission is None:
        with engine.connect() as conn:
            commission = Register.load(conn, with_heads=False).tree.root
    signer = _signer(engine, commission, args.key, args.passphrase_file)
    root = write_checkpoint(engine, commission, signer, Path(args.out))  # type: ignore[arg-type]
    print(
        label(
            "cli.checkpoint-written",
            language(args),
            root=root,
            commission=commission,
            file=args.out,
        )
    )
    return EXIT_OK


def cmd_register_sign(args: argparse.Namespace) -> int:
    from tallyapp.messages.labels import label
    from tallyapp.services.signatures import package_signer, passphrase_path
    from tallyapp.services.signed_setup import make_setup, write_setup_file

    passphrase = read_passphrase(str(passphrase_path(args.passphrase_file))) or b""
    signer = package_signer(Path(args.sign), passphrase, "CEC")
    setup = make_setup(
        signer,
        Path(args.register),
        Path(args.members),
        Path(args.candidates) if args.candidates else None,
        args.election,
    )
    write_setup_file(setup, Path(args.out))
    print(
        label(
            "cli.setup-file-signed",
            language(args),
            election=setup["election"],
            signer=signer.code,
            file=args.out,
        )
    )
    return EXIT_OK
