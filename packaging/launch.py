"""Entry point of the packaged app (PyInstaller): the same `tallyapp` command."""

from tallyapp.cli import main

raise SystemExit(main())
