"""How the app's worker processes start: reading an import ahead, a batch of signed PDFs."""

from __future__ import annotations

from multiprocessing.context import BaseContext

from tallyapp.reports.child_process import start_context


def pool_context() -> BaseContext:
    """The start method of the app's worker pools: the one of its child processes."""
    return start_context()
