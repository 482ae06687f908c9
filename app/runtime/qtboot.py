"""Qt's import-time cost, kept down.

PySide6 replaces ``__import__`` to support ``from __feature__ import ...`` and, after every later
import, asks whether the new module mentions "PySide6" by running ``inspect.getsource`` on it.
With Parley's ~150 modules imported after Qt that is ~25 ms of the window's start-up spent
tokenising source files. Parley uses no ``__feature__`` options; the answer is kept the same and
only the way of finding it changes: a module that holds a Qt class or function by name imported
it from PySide6 (yes, no file read), else a plain byte search of the module's file. Anything the
fast path cannot answer goes to PySide's own check.

The check runs after every import, in whichever thread imported: another thread may be adding
names to the same module meanwhile (a package gains each submodule another thread imports), so
it reads a copy of the module's names, and a fast path that fails for any reason leaves the
answer to PySide's check rather than failing the import.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def speed_up_import_hook() -> None:
    """Answer PySide's per-import "does this module use PySide6?" from the Qt names the module
    holds, else by reading the file's bytes."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Any = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "parley_fast", False):
        return

    def mod_uses_pyside(module: ModuleType) -> bool:
        try:
            answer = _holds_qt_or_names_it(module)
        except Exception:  # an odd module: PySide's own check answers
            answer = None
        return bool(original(module)) if answer is None else answer

    mod_uses_pyside.parley_fast = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]


def _holds_qt_or_names_it(module: ModuleType) -> bool | None:
    """True when the module holds a Qt class or function by name or its file says "PySide6";
    False when its file does not; None when there is no source file to read."""
    # dict.copy() holds the GIL throughout, so a name another thread adds meanwhile is no error.
    for value in vars(module).copy().values():
        if str(getattr(value, "__module__", "")).startswith("PySide6."):
            return True
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return None
    return None
