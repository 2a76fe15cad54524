"""The desktop app (the only package that imports Qt).

PySide6 looks at every module imported after it to see whether it uses PySide (its
`__feature__` switches): it asks `inspect.getsource` for the module's whole text, which looks
the module up among all loaded ones each time; over the few hundred modules the main
window imports, that is a tenth of the start. The same question is answered here by reading
the file's bytes: the same answer for every module with a source file, PySide's own way for
the rest. If PySide stops asking it this way, nothing is changed."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401  (sets up its import hook, which this replaces a step of)


def _answer_faster() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or getattr(upstream, "reads_bytes", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(upstream(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.upstream = upstream  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name of PySide)


_answer_faster()
