"""Saving audio to disk: any reply format or the audio as received, written atomically.

"As received" (``original``) keeps the server's bytes untouched, except raw pcm16 (the streamed
default), which no media player opens: it is saved as a WAV file holding exactly the received
samples. Raw pcm16 is written only when asked for by name (``pcm16``).

A save goes to a hidden temporary file in the target folder, is flushed to the disk (fsync), and
only then takes the target's name, so a crash or a full disk never leaves a half-written file
behind. An existing file is replaced only when the caller says so.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from app.audio.codecs import CodecError, Decoded, Tags, encode, pcm16_to_wav, sniff, transcode
from app.audio.formats import EXTENSIONS, FORMATS

#: The export choice that keeps the audio as the server sent it (raw pcm16 in a WAV file).
ORIGINAL = "original"

StrPath = str | os.PathLike[str]


class ExportError(Exception):
    """A save that did not happen, in one sentence for the user. Nothing was left behind.

    ``kind`` and ``data`` say the same as data, for a window that words it in its own language
    (kinds: format, is_folder, exists, exists_replaceable, no_space, no_folder, not_a_folder,
    read_only, not_allowed, name_too_long, write_failed, turn_audio, no_audio, unreadable; data:
    format, path, name, folder, reason, number). The cause, where there is one, is ``__cause__``."""

    def __init__(self, message: str, kind: str = "", **data: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.data = data

    @property
    def user_message(self) -> str:
        return str(self)


def export_formats() -> tuple[str, ...]:
    """The choices an export dialog offers: ``original`` then every reply format."""
    return (ORIGINAL, *FORMATS)


def as_received_format(real: str) -> str:
    """The format an "as received" save of audio in format ``real`` is written in."""
    return "wav" if real == "pcm16" else real


def as_received(data: bytes, real: str | None = None, tags: Tags | None = None) -> bytes:
    """Audio bytes as received, ready for a file: untouched, or raw pcm16 wrapped in a WAV
    header (the same samples) with ``tags``."""
    return pcm16_to_wav(data, tags) if (real or sniff(data)) == "pcm16" else data


def extension_for(data: bytes, fmt: str) -> str:
    """The file extension (without dot) a save of ``data`` as ``fmt`` should carry."""
    real = as_received_format(sniff(data)) if fmt == ORIGINAL else fmt
    return EXTENSIONS.get(real, "ogg" if real == "vorbis" else real)


def export_audio(
    data: bytes,
    path: StrPath,
    fmt: str,
    *,
    tags: Tags | None = None,
    overwrite: bool = False,
) -> Path:
    """Save reply audio ``data`` to ``path`` as ``fmt`` (a reply format or ``"original"``).

    ``original`` writes the bytes untouched (no tags), raw pcm16 as a tagged WAV of the same
    samples. Returns the path written. Raises ExportError for a bad format, undecodable audio,
    an existing file, or a write that failed.
    """
    if fmt != ORIGINAL and fmt not in FORMATS:
        raise ExportError(f"Parley cannot save audio as {fmt!r}.", "format", format=fmt)
    try:
        payload = as_received(data, tags=tags) if fmt == ORIGINAL else transcode(data, fmt, tags)
    except CodecError as exc:
        raise ExportError(str(exc), "unreadable") from exc
    return write_atomic(path, payload, overwrite=overwrite)


def export_samples(
    audio: Decoded,
    path: StrPath,
    fmt: str,
    *,
    tags: Tags | None = None,
    overwrite: bool = False,
) -> Path:
    """Encode decoded samples (say, a joined conversation) as ``fmt`` and save them atomically."""
    if fmt not in FORMATS:
        raise ExportError(f"Parley cannot save audio as {fmt!r}.", "format", format=fmt)
    try:
        payload = encode(audio.samples, audio.rate, fmt, tags)
    except CodecError as exc:
        raise ExportError(str(exc), "unreadable") from exc
    return write_atomic(path, payload, overwrite=overwrite)


def write_pcm(path: StrPath, pcm16: bytes, *, overwrite: bool = False) -> Path:
    """Save raw pcm16 (24 kHz mono, no header) exactly as given."""
    return write_atomic(path, pcm16, overwrite=overwrite)


def write_atomic(path: StrPath, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` all at once or not at all.

    Raises ExportError when ``path`` exists and ``overwrite`` is false, or when the folder is
    missing, read-only, not ours, or full; the temporary file is removed in every failure.
    """
    target = Path(os.fsdecode(path)).expanduser()
    folder = target.parent
    if target.is_dir():
        raise ExportError(
            f"“{target}” is a folder; choose a file name to save to.", "is_folder", path=str(target)
        )
    if not overwrite and target.exists():
        raise _exists(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise write_error(exc, target) from exc
    tmp = Path(tmp_name)
    try:
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, 0o666 & ~_umask())
            _publish(tmp, target, overwrite)
        except OSError as exc:
            raise write_error(exc, target) from exc
    finally:
        tmp.unlink(missing_ok=True)
    _sync_folder(folder)
    return target


def _publish(tmp: Path, target: Path, overwrite: bool) -> None:
    """Give the finished temporary file its real name."""
    if overwrite:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # fails if the name was taken meanwhile, unlike rename
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if target.exists():  # a file system without hard links (FAT, some network shares)
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from exc
        os.rename(tmp, target)


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _exists(target: Path) -> ExportError:
    return ExportError(
        f"“{target.name}” already exists in {target.parent}; choose another name.",
        "exists",
        name=target.name,
        folder=str(target.parent),
    )


def write_error(exc: OSError, target: Path) -> ExportError:
    """The user's sentence for a failed write of ``target`` (full disk, read-only, ...)."""
    folder = target.parent
    code = exc.errno
    if isinstance(exc, FileExistsError) or code in (errno.EEXIST, errno.ENOTEMPTY):
        return _exists(target)
    where = {"name": target.name, "folder": str(folder)}
    if code in (errno.ENOSPC, errno.EDQUOT):
        message = f"There is not enough free space in {folder} to save “{target.name}”."
        return ExportError(message, "no_space", **where)
    if code == errno.ENOENT:
        return ExportError(f"The folder {folder} does not exist.", "no_folder", **where)
    if code == errno.EROFS:
        message = f"The folder {folder} is read-only; choose another place to save."
        return ExportError(message, "read_only", **where)
    if code in (errno.EACCES, errno.EPERM):
        message = f"Parley is not allowed to write in {folder}; choose another folder."
        return ExportError(message, "not_allowed", **where)
    if code == errno.ENOTDIR:
        return ExportError(f"{folder} is not a folder.", "not_a_folder", **where)
    if code == errno.ENAMETOOLONG:
        message = f"The file name “{target.name}” is too long."
        return ExportError(message, "name_too_long", **where)
    reason = exc.strerror or "unknown error"
    message = f"“{target.name}” could not be saved in {folder} ({reason})."
    return ExportError(message, "write_failed", reason=reason, **where)
