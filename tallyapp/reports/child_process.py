"""Work on hostile bytes in a child process: a crash or a hang costs the child, never the app.

pdfium, the C++ library that draws a PDF's pages, stops its whole process (a trap instruction)
on some damaged files; a received PDF is drawn in a child so that such a file is refused with
a reason instead of closing the app with the night's work in it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, SpawnContext
from typing import Any


class ChildFailed(Exception):
    """The child stopped without an answer (crashed or killed) or took too long."""


def start_context() -> ForkContext | SpawnContext:
    """Fork where the platform has it (a child starts at once, with the app already imported);
    spawn elsewhere (Windows). A child opens its own database connection either way: none is
    inherited across a fork."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def run_in_child(work: Callable[[bytes], str], data: bytes, timeout: float) -> str:
    """`work(data)` computed in a child process. An exception of `work` comes back as
    ChildFailed naming it; a child that dies or outlives `timeout` seconds is ChildFailed too."""
    context = start_context()
    answer, reply = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, data, reply), name="tallyapp-reader")
    child.start()
    reply.close()
    try:
        if not answer.poll(timeout):
            raise ChildFailed(f"no answer within {timeout:g} s")
        ok, value = answer.recv()
    except EOFError:
        raise ChildFailed("the reader stopped on this file") from None
    finally:
        answer.close()
        if child.is_alive():
            child.kill()
        child.join()
    if not ok:
        raise ChildFailed(value)
    return str(value)


def _child(work: Callable[[bytes], str], data: bytes, reply: Connection) -> None:
    outcome: tuple[bool, Any]
    try:
        outcome = (True, work(data))
    except Exception as exc:  # sent back by name: the parent refuses the file with it
        outcome = (False, exc.__class__.__name__)
    reply.send(outcome)
    reply.close()
