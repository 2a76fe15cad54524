"""How the app's worker processes start: reading an import ahead, a batch of signed PDFs."""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext


def pool_context() -> BaseContext:
    """Fork where the platform has it (a worker starts at once, with the app already
    imported); spawn elsewhere (Windows). Each worker opens its own database connection
    either way: none is inherited across a fork."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
