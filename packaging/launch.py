"""Entry point of the packaged app (PyInstaller): the same `tallyapp` command."""

import multiprocessing

from tallyapp.cli import main

if __name__ == "__main__":
    # A batch of PDFs runs in worker processes; a frozen app on Windows starts them by
    # running this file again, which must then become the worker, not the app.
    multiprocessing.freeze_support()
    raise SystemExit(main())
