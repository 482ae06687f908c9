"""The last resort for an error no part of Parley expected: a slot that raised, a worker thread
that died, a task whose failure nobody awaited.

Python's and Qt's default is a traceback on standard error, which a desktop user never sees and
a terminal user should not have to read, while the window carries on as if nothing happened.
Here the traceback goes to ``errors.log`` in the user's log folder (keys blanked out), standard
error gets one line naming the error and that file, and the window is told the error's kind and
the file's path so it can say so. An error that repeats (one raised on every paint) is written
a few times, not thousands. Nothing here raises: a failure to write is said in that one line.

Qt-free: ``report`` is called from whichever thread the error happened in. It is installed
before the first frame, so it imports only what it needs when an error comes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

#: The file the tracebacks go to, inside ``platformdirs.user_log_dir("parley")``.
LOG_NAME = "errors.log"
#: Past this size the file is moved to ``errors.log.1`` (one older file kept).
MAX_LOG_BYTES = 1 << 20
#: How many times the same error (its kind and where it was raised) is written and reported.
REPEATS = 3
#: Anything shaped like an API key that a traceback might hold (OpenAI-style keys, hex keys).
KEYLIKE = r"\bsk-[\w-]{8,}|\b[0-9a-fA-F]{32,}\b"

Report = Callable[[str, str], None]  # (the error's kind, the log file's path or "")


def default_log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("parley", appauthor=False)) / LOG_NAME


class LastResort:
    """Install with ``install``; ``asyncio_handler`` is the event loop's exception handler."""

    def __init__(
        self,
        report: Report,
        secrets: Callable[[], Iterable[str | None]] = tuple,
        path: Path | None = None,
    ) -> None:
        self._report = report
        self._secrets = secrets
        self.path = path if path is not None else default_log_path()
        self._seen: Counter[tuple[str, str, int]] = Counter()
        self._lock = threading.Lock()
        self._previous: tuple[Any, Any] | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    # The hooks ------------------------------------------------------------------------------
    def _sys_hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, value, tb)
            return
        self.record(value, "in the window")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.record(args.exc_value, f"in the thread {name}")

    def asyncio_handler(self, loop: Any, context: dict[str, Any]) -> None:
        """The loop's exception handler: unexpected exceptions are recorded; the loop's own
        notices (a task destroyed while pending, an unclosed transport) go to its default."""
        import asyncio

        error = context.get("exception")
        if not isinstance(error, Exception) or isinstance(error, asyncio.CancelledError):
            loop.default_exception_handler(context)
            return
        self.record(error, "in the event loop", str(context.get("message", "")))

    # Recording ------------------------------------------------------------------------------
    def record(self, error: BaseException, where: str, detail: str = "") -> None:
        """Write ``error``'s traceback (after ``detail``, the loop's own words), say it in one
        line, and report it (never raises)."""
        try:
            import traceback

            kind = type(error).__name__
            frames = traceback.extract_tb(error.__traceback__)
            last = frames[-1] if frames else None
            key = (kind, last.filename if last else "", (last.lineno or 0) if last else 0)
            with self._lock:
                self._seen[key] += 1
                if self._seen[key] > REPEATS:
                    return
                written = self._write(error, where, detail)
            if written:
                log.error("Unexpected %s %s; the details are in %s", kind, where, self.path)
            else:
                log.error("Unexpected %s %s; the details could not be written", kind, where)
            self._report(kind, str(self.path) if written else "")
        except Exception:  # the last resort's own failure: one line, never a loop of hooks
            with contextlib.suppress(Exception):  # no standard error left to write to
                sys.stderr.write(f"parley: unexpected {type(error).__name__}\n")

    def _write(self, error: BaseException, where: str, detail: str) -> bool:
        import re
        import time
        import traceback

        from app.core.errors import redact

        lines = traceback.format_exception(type(error), error, error.__traceback__)
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        entry = f"--- {stamp} pid {os.getpid()}: unexpected, {where}\n"
        entry += f"{detail}\n" if detail else ""
        entry = redact(entry + "".join(lines), *(s for s in self._secrets() if s))
        entry = re.sub(KEYLIKE, "[key hidden]", entry) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                if self.path.stat().st_size > MAX_LOG_BYTES:
                    os.replace(self.path, self.path.with_name(f"{LOG_NAME}.1"))
            except FileNotFoundError:
                pass
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as out:
                out.write(entry)
        except OSError:
            return False
        return True
