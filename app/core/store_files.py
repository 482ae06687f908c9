"""The history store's audio files: atomic writes, streamed appends, formats, durations.

Audio is kept byte for byte as the server sent it (or the user recorded it); streamed pcm16
replies are raw ``.pcm`` files that stay playable however far they got.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from app.core.catalog import EXTENSIONS, FORMATS, PCM16_RATE


class StoreError(Exception):
    """The history could not be read or written; the message says why in a user's terms."""

    @property
    def user_message(self) -> str:
        return str(self)


class NotFoundError(StoreError):
    """No conversation, turn or clip with that id."""


class ReadOnlyHistory(StoreError):
    """The data folder cannot be written: the history can be read, nothing new is kept."""

    def __init__(self, root: Path) -> None:
        super().__init__(
            f"The history folder {root} cannot be written: the history can be read and "
            "exported, but new conversations cannot be kept."
        )
        self.root = root


class HistoryDamaged(StoreError):
    """The database is damaged and could not be salvaged (``copy``: where it was kept)."""

    def __init__(self, database: Path, reason: str, copy: Path | None) -> None:
        kept = f" It is kept as {copy}." if copy is not None else ""
        super().__init__(f"The history database {database} is damaged ({reason}).{kept}")
        self.database = database
        self.reason = reason
        self.copy = copy


def os_problem(exc: OSError, what: str) -> StoreError:
    """A one-sentence error for a failed file operation (``what`` is 'save the reply's audio')."""
    if exc.errno == errno.ENOSPC:
        why = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "permission denied"
    else:
        why = exc.strerror or type(exc).__name__
    where = f" ({exc.filename})" if exc.filename else ""
    return StoreError(f"Parley could not {what}{where}: {why}.")


def strong_format(data: bytes) -> str | None:
    """The container a chunk of audio announces by its magic bytes, if any.

    Unlike a full sniff this never guesses mp3 from a frame sync, which raw pcm16 can imitate.
    """
    head = data[:12]
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        return "opus"
    if head[:3] == b"ID3":
        return "mp3"
    return None


def file_format(requested: str, first_bytes: bytes) -> str:
    """The format to file audio under: what the bytes say, else what was asked, else pcm16."""
    found = strong_format(first_bytes)
    if found is not None:
        return found
    return requested if requested in FORMATS else "pcm16"


def extension(fmt: str) -> str:
    return EXTENSIONS.get(fmt, "bin")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, synced, then renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def append(path: Path, data: bytes) -> None:
    """Append a streamed chunk; flushed to the OS so a killed process keeps it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as f:
        f.write(data)
        f.flush()


def second_name(path: Path, other: Path) -> None:
    """Give ``path`` the name ``other`` too (a hard link, or a copy where links do not work)."""
    remove_file(other)
    try:
        os.link(path, other)
    except OSError:
        shutil.copyfile(path, other)


def sync(path: Path) -> None:
    with contextlib.suppress(OSError), open(path, "rb") as f:
        os.fsync(f.fileno())


def probe_duration(path: Path, fmt: str) -> float | None:
    """Seconds of audio in a stored file, from its size (pcm16) or its header; None if unknown."""
    try:
        if fmt == "pcm16":
            return path.stat().st_size // 2 / PCM16_RATE
        import soundfile

        info = soundfile.info(str(path))
        return float(info.frames) / float(info.samplerate) if info.samplerate else None
    except (OSError, RuntimeError, ValueError, TypeError):
        return None


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def remove_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
