"""`gui`: the desktop app (the default with no command)."""

from __future__ import annotations

import argparse


def cmd_gui(args: argparse.Namespace) -> int:
    if args.smoke_test:
        from tallyapp.gui.app import smoke_test

        return smoke_test()
    from tallyapp.gui.app import run

    return run(args.db)
