"""What every start compiles the same way, compiled once: a cache for the window's start-up.

Each start of the window compiles the same things from text:
  - PySide6's support modules (``shibokensupport``), which PySide keeps as source inside its
    library and compiles at every import (no ``__pycache__`` for them): ~30 ms;
  - the regular expressions of PySide's signature parser and of the modules imported after it
    (three of PySide's take ~10 ms each to compile);
  - the methods ``dataclasses`` writes for each dataclass imported before the first frame (~1 ms
    per class, ~25 of them).
That is a fifth of start-up. While ``compiled_once`` is active, those come from a cache file
(marshal, as ``.pyc`` files are) and what was compiled anew is written back on the way out.

Entries are keyed by the exact text compiled (with its file name, mode and flags; a pattern with
its flags), so a changed source is simply a miss; the file's name carries the interpreter's
version and the regex engine's magic number, so another Python never reads it. A missing,
unreadable or corrupt file is a cold start, never an error; one that cannot be written is left
alone. Only what this start used is written back, so the file never grows across upgrades.
``PARLEY_START_CACHE=0`` turns it off (the start-up benchmark compares both).
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import logging
import marshal
import os
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

log = logging.getLogger(__name__)
#: The regex engine (no type stubs): its compile() and the magic number of its format.
_sre: Any = importlib.import_module("_sre")

#: Set to "0" to compile everything as usual.
ENV = "PARLEY_START_CACHE"
_FORMAT = 1
#: compile() flags whose result is not code (PyCF_ONLY_AST, PyCF_OPTIMIZED_AST).
_NOT_CODE = 0x400 | 0x8000

#: (source, file name, mode, flags, dont_inherit, optimize): all that decides the code.
CodeKey = tuple[str | bytes, str, str, int, int, int]
Pattern = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_path(folder: Path) -> Path:
    """The cache file for this interpreter in ``folder``."""
    tag = f"{sys.implementation.cache_tag}-{zlib.crc32(sys.version.encode()):08x}-{_sre.MAGIC}"
    return folder / f"start-{tag}.marshal"


def default_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("parley", appauthor=False))


class CompileCache:
    """The entries read from one cache file, those used since, and the counts of both."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.hits = 0
        self.misses = 0
        self._codes: dict[CodeKey, CodeType] = {}
        self._patterns: dict[tuple[str, int], Pattern] = {}
        self._used_codes: dict[CodeKey, CodeType] = {}
        self._used_patterns: dict[tuple[str, int], Pattern] = {}
        self._read()

    def _read(self) -> None:
        try:
            data = marshal.loads(self.path.read_bytes())
            if data.get("format") == _FORMAT:
                self._codes, self._patterns = dict(data["code"]), dict(data["re"])
        except FileNotFoundError:
            pass
        except Exception as exc:  # corrupt or from elsewhere: compile as usual, write anew
            log.debug("start-up cache %s unreadable: %s", self.path, exc)

    def write(self) -> None:
        """Keep what this start used, if anything was new (atomically; errors are logged)."""
        if not self.misses:
            return
        data = {"format": _FORMAT, "code": self._used_codes, "re": self._used_patterns}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps(data))
            os.replace(tmp, self.path)
        except (OSError, ValueError) as exc:
            log.debug("start-up cache %s not written: %s", self.path, exc)
            with contextlib.suppress(OSError):
                tmp.unlink()

    # What the patched functions call -------------------------------------------------------------
    def code(self, key: CodeKey, compile_it: Any) -> Any:
        code: Any = self._codes.get(key)
        if code is None:
            code = compile_it()
            if not isinstance(code, CodeType):
                return code
            self.misses += 1
        else:
            self.hits += 1
        self._used_codes[key] = code
        return code

    def pattern(self, key: tuple[str, int]) -> Pattern | None:
        found = self._patterns.get(key)
        if found is not None:
            self._used_patterns[key] = found
        return found

    def learn_pattern(self, key: tuple[str, int], compiled: Pattern) -> None:
        self.misses += 1
        self._used_patterns[key] = compiled


@contextlib.contextmanager
def compiled_once(folder: Path | None = None) -> Iterator[CompileCache | None]:
    """Serve compiles, patterns and dataclass methods from the cache while active (see the
    module's docstring). Meant for the single-threaded start, before the first frame."""
    if os.environ.get(ENV, "1") == "0":
        yield None
        return
    try:
        cache = CompileCache(cache_path(folder if folder is not None else default_folder()))
    except Exception as exc:  # no cache folder can be named: start as usual
        log.debug("no start-up cache: %s", exc)
        yield None
        return
    import dataclasses

    real_compile, real_sre_compile = builtins.compile, _sre.compile
    real_re_compile = re._compile  # type: ignore[attr-defined]
    captured: list[tuple[Any, ...]] = []

    def compile_(  # noqa: PLR0917 - builtins.compile's own parameters
        source: Any,
        filename: Any,
        mode: Any,
        flags: Any = 0,
        dont_inherit: Any = False,
        optimize: Any = -1,
        **rest: Any,
    ) -> Any:
        args = (source, filename, mode, flags, dont_inherit, optimize)
        if (
            rest
            or not isinstance(source, str | bytes)
            or not all(isinstance(a, str) for a in (filename, mode))
            or not all(isinstance(a, int) for a in (flags, dont_inherit, optimize))
            or flags & _NOT_CODE
        ):
            return real_compile(*args, **rest)
        key: CodeKey = (source, filename, mode, flags, int(dont_inherit), optimize)
        return cache.code(key, lambda: real_compile(*args))

    def exec_(source: Any, globals_: Any = None, locals_: Any = None) -> None:
        # ``dataclasses`` writes each method as text and execs it; its module has no
        # ``from __future__`` imports, so compiling without inheriting any is the same.
        if isinstance(source, str):
            source = compile_(source, "<string>", "exec", 0, True)
        builtins.exec(source, globals_, locals_)

    def sre_compile(*args: Any) -> Any:
        captured.append(args)
        return real_sre_compile(*args)

    def re_compile(pattern: Any, flags: Any) -> Any:
        if not isinstance(pattern, str) or not isinstance(flags, int) or flags & re.DEBUG:
            return real_re_compile(pattern, flags)
        key = (pattern, int(flags))
        known = cache.pattern(key)
        if known is not None:
            try:
                compiled = real_sre_compile(pattern, *known)
                cache.hits += 1
                return compiled
            except Exception:  # not this engine's format after all: compile it
                log.debug("start-up cache: pattern entry refused", exc_info=True)
        captured.clear()
        compiled = real_re_compile(pattern, flags)
        if len(captured) == 1 and captured[0][0] == pattern:
            _, all_flags, code, groups, groupindex, indexgroup = captured[0]
            learnt = (int(all_flags), [int(c) for c in code], int(groups))
            cache.learn_pattern(key, (*learnt, dict(groupindex), tuple(indexgroup)))
        return compiled

    builtins.compile = compile_
    re._compile = re_compile  # type: ignore[attr-defined]
    _sre.compile = sre_compile
    dataclasses.exec = exec_  # type: ignore[attr-defined]
    try:
        yield cache
    finally:
        builtins.compile = real_compile
        re._compile = real_re_compile  # type: ignore[attr-defined]
        _sre.compile = real_sre_compile
        with contextlib.suppress(AttributeError):
            del dataclasses.exec  # type: ignore[attr-defined]
        cache.write()
