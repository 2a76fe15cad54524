"""Lets `python -m tallyapp` behave like the `tallyapp` command."""

from tallyapp.cli import main

raise SystemExit(main())
