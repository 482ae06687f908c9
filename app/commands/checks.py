"""Checks the command line makes before anything is sent (and paid for), and text made safe to
print on a terminal.

Argument types for argparse (:func:`seconds`, :func:`row_id`) turn bad numbers into argparse's
own one-line usage errors. :func:`output_problem` says why a file could not be written where the
user asked, before the request goes out. :func:`printable` shows control characters escaped, so a
reply, a title or a server's message can never retitle or recolour the user's terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

#: SQLite's largest row id: a conversation id beyond it names nothing.
MAX_ROW_ID = 2**63 - 1
#: The longest wait ``--timeout`` takes (a day).
MAX_SECONDS = 86_400.0
#: Free space (bytes) a reply needs at least: a minute of 24 kHz pcm16 is 2.9 MB.
TYPICAL_REPLY_BYTES = 8 * 1024 * 1024

#: The most a recording given with --audio may hold (it is sent whole), and a text file.
MAX_RECORDING_BYTES = 100 * 1024 * 1024
MAX_TEXT_BYTES = 10 * 1024 * 1024

# C0 and C1 controls and DEL, except tab and newline; also the bidi overrides that can make
# text read differently from what it is.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters shown escaped (``\\x1b``), tab and newline kept; lone
    surrogates (bytes that were not UTF-8) shown as ``\\xNN``."""
    text = _CONTROL.sub(lambda m: _escape(m.group()), text)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join(_surrogate(ch) if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def _surrogate(ch: str) -> str:
    """A byte that was not UTF-8 (``\\xff``), or a lone surrogate (``\\ud800``)."""
    code = ord(ch)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """:func:`printable`, with newlines and tabs too shown escaped (a title, a file name)."""
    return printable(text).replace("\n", "\\n").replace("\t", "\\t")


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def seconds(text: str) -> float:
    """argparse type: a finite number of seconds, more than 0 and at most a day."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0 or value > MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of seconds between 0 and {MAX_SECONDS:g}"
        )
    return value


def row_id(text: str) -> int:
    """argparse type: a conversation id (a whole number from 1 to SQLite's largest)."""
    value = parse_row_id(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a conversation id (a number from 1)")
    return value


def parse_row_id(text: str) -> int | None:
    stripped = text.strip()
    if not stripped.isascii() or not stripped.isdigit():
        return None
    value = int(stripped)
    return value if 1 <= value <= MAX_ROW_ID else None


def not_utf8(text: str, what: str) -> str | None:
    """Why ``text`` (from the command line) is not UTF-8, naming the first bad byte, or None."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return None
    raw = text.encode("utf-8", "surrogateescape")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start]
        return f"the {what} is not valid UTF-8 (byte {exc.start + 1} is 0x{bad:02x})"
    return f"the {what} is not valid UTF-8"


def decode_problem(exc: UnicodeDecodeError) -> str:
    """'not UTF-8 text (byte 12 is 0xff)' for a file that failed to decode."""
    bad = exc.object[exc.start] if exc.start < len(exc.object) else 0
    return f"not UTF-8 text (byte {exc.start + 1} is 0x{bad:02x})"


def output_problem(
    path: Path,
    *,
    what: str,
    not_same_as: Path | None = None,
    need: int = 0,
    make_folder: bool = True,
) -> str | None:
    """Why a file cannot be written at ``path``, or None. Its folder is made when missing
    (``make_folder``), else a missing folder is the problem.

    ``not_same_as``: a file that must not be overwritten (the input recording).
    ``need``: bytes of free space the folder must have.
    """
    shown = one_line(str(path))
    if path.is_dir():
        return f"the {what} {shown} is a folder; give a file name"
    if path.exists() and not path.is_file():  # /dev/stdout, a pipe: written in place
        return None if os.access(path, os.W_OK) else f"cannot write the {what} {shown}"
    if not_same_as is not None and _same_file(path, not_same_as):
        return f"the {what} {shown} is the recording being sent; it would be overwritten"
    folder = path.parent
    if not make_folder and not folder.is_dir():
        return f"the folder {one_line(str(folder))} does not exist"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"cannot make the folder for the {what} {shown}: {reason(exc)}"
    try:
        fd, probe = tempfile.mkstemp(prefix=".parley-probe-", dir=folder)
    except OSError as exc:
        return f"cannot write the {what} in {one_line(str(folder))}: {reason(exc)}"
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    if path.exists() and not os.access(path, os.W_OK):
        return f"cannot replace the {what} {shown}: permission denied"
    if need:
        with contextlib.suppress(OSError):
            free = shutil.disk_usage(folder).free
            if free < need:
                return (
                    f"not enough free space for the {what} in {one_line(str(folder))} "
                    f"({free // 1024} KB free)"
                )
    return None


class TooLarge(Exception):
    """A file given to read is larger than Parley takes (or endless, as /dev/zero)."""


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path`` (a file, or a pipe such as /dev/stdin), at most ``limit``."""
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"the {what} {one_line(str(path))} is larger than {limit // 2**20} MB")
    return data


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: through a temporary file renamed into place, or straight
    into a path that is no regular file (``/dev/stdout``, a pipe), which must never be
    replaced by one."""
    from app.core.settings import atomic_write

    if path.exists() and not path.is_file():
        with open(path, "wb") as f:
            f.write(data)
        return
    atomic_write(path, data)


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def reason(exc: BaseException) -> str:
    """A few words for an OS error (its strerror), never a traceback."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return type(exc).__name__


class Out:
    """stdout that survives a closed pipe (``parley ask ... | head -1``), a closed or full
    stdout: once it cannot be written, printing stops (said once, on stderr, unless the reader
    just went away) and the command goes on (its files are still written)."""

    def __init__(self) -> None:
        self.gone = False

    def write(self, text: str) -> None:
        if self.gone:
            return
        stream = sys.stdout
        if stream is None:  # started with stdout closed
            self.gone = True
            return
        try:
            stream.write(text)
            stream.flush()
        except UnicodeEncodeError:
            encoding = stream.encoding or "utf-8"
            self.write(text.encode(encoding, "backslashreplace").decode(encoding, "replace"))
        except OSError as exc:
            self.gone = True
            if not isinstance(exc, BrokenPipeError):
                print(f"parley: warning: cannot print the reply: {reason(exc)}", file=sys.stderr)
            silence_stdout()


def silence_stdout() -> None:
    """Point stdout at /dev/null: Python flushes it again at exit, which must not fail."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def stdout_failed() -> bool:
    """Whether stdout is what fails (a closed pipe, a full disk): flushing it fails again."""
    if sys.stdout is None:
        return False
    try:
        sys.stdout.flush()
    except OSError:
        return True
    except ValueError:  # closed
        return True
    return False
