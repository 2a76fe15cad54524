"""`gui`: the desktop app (the default with no command)."""

from __future__ import annotations

import argparse


def cmd_gui(args: argparse.Namespace) -> int:
    if args.smoke_test:
        from tallyapp.gui.app import smoke_test

        return smoke_test()
    import os
    import sys

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and platform in ("", "xcb", "wayland"):
        from tallyapp.cli.output import language
        from tallyapp.domain.errors import TallyError
        from tallyapp.messages import say

        # Qt would abort with a message about plugins; say what is wrong instead.
        print(f"tallyapp: {say(TallyError('desktop.no-display'), language(args))}", file=sys.stderr)
        return 2
    from tallyapp.gui.app import run

    return run(args.db)


def cmd_rla_window(args: argparse.Namespace) -> int:
    """`tallyapp rla window`: the audit's screens (see gui/rla_window.py)."""
    from pathlib import Path

    from tallyapp.gui.rla_app import run_audit

    return run_audit(args.db, Path(args.out), args.lang)
