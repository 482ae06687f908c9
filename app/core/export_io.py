"""The file side of conversation export: temporary outputs published atomically, clear errors,
and a joiner that streams turn after turn into one audio file without holding them all in RAM.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import numpy as np

from app.audio import export as audio_export
from app.audio.codecs import OPUS_RATES, Decoded, Samples, float_to_pcm16, resample
from app.core.catalog import PCM16_RATE

ExportError = audio_export.ExportError


class ExportCancelled(Exception):
    """The export was cancelled; its partial output has been removed."""


class CancelFlag(Protocol):
    """Anything with ``is_set()``, such as a :class:`threading.Event`."""

    def is_set(self) -> bool: ...


def write_problem(exc: OSError, target: Path) -> ExportError:
    """The user's sentence for a failed write of ``target``."""
    return audio_export.write_error(exc, target)


def already_exists(target: Path) -> ExportError:
    return ExportError(
        f"“{target.name}” already exists in {target.parent}; choose another name "
        "or allow replacing it.",
        "exists_replaceable",
        name=target.name,
        folder=str(target.parent),
    )


def check_target(target: Path, overwrite: bool, *, folder: bool) -> None:
    """Refuse early: an existing output (unless ``overwrite``; an empty folder is fine)."""
    if not target.parent.is_dir():
        missing = not target.parent.exists()
        words = "does not exist" if missing else "is not a folder"
        raise ExportError(
            f"The folder {target.parent} {words}.",
            "no_folder" if missing else "not_a_folder",
            folder=str(target.parent),
        )
    if not target.exists() or overwrite:
        return
    if folder and target.is_dir() and not any(target.iterdir()):
        return
    raise already_exists(target)


def temp_file(target: Path) -> Path:
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise write_problem(exc, target) from exc
    os.close(fd)
    return Path(name)


def temp_folder(target: Path) -> Path:
    try:
        return Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as exc:
        raise write_problem(exc, target) from exc


@contextlib.contextmanager
def staged(target: Path, overwrite: bool, *, folder: bool) -> Iterator[Path]:
    """A temporary file (or folder) beside ``target`` to write into: given ``target``'s name
    when the block ends, removed (with a failed write said in the user's words) when it fails."""
    tmp = temp_folder(target) if folder else temp_file(target)
    try:
        yield tmp
    except OSError as exc:
        discard(tmp)
        raise write_problem(exc, target) from exc
    except BaseException:
        discard(tmp)
        raise
    publish(tmp, target, overwrite)


def discard(tmp: Path) -> None:
    if tmp.is_dir():
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def publish(tmp: Path, target: Path, overwrite: bool) -> None:
    """Give a finished temporary file or folder its real name (never clobbering unless asked)."""
    try:
        if tmp.is_dir():
            _publish_folder(tmp, target, overwrite)
        elif overwrite:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)  # fails if the name was taken meanwhile, unlike rename
            except FileExistsError:
                raise
            except OSError:
                if target.exists():
                    raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
                os.rename(tmp, target)
    except OSError as exc:
        raise write_problem(exc, target) from exc
    finally:
        discard(tmp)


def _publish_folder(tmp: Path, target: Path, overwrite: bool) -> None:
    old = None
    if target.exists() and overwrite and (not target.is_dir() or any(target.iterdir())):
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
    try:
        os.rename(tmp, target)  # replaces an empty folder, refuses a full one
    except OSError:
        if old is not None:
            os.rename(old, target)
        raise
    if old is not None:
        discard(old)


_SF_FORMATS = {
    "wav": ("WAV", "PCM_16"),
    "flac": ("FLAC", "PCM_16"),
    "mp3": ("MP3", "MPEG_LAYER_III"),
    "opus": ("OGG", "OPUS"),
}
_MP3_RATES = (8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000)


def joined_rate(fmt: str, rates: list[int]) -> int:
    """One rate for the whole joined file: the highest among the clips the encoder accepts."""
    if fmt == "pcm16":
        return PCM16_RATE
    wanted = max(rates, default=PCM16_RATE)
    allowed = {"opus": OPUS_RATES, "mp3": _MP3_RATES}.get(fmt)
    if allowed is None:
        return wanted
    return min((r for r in allowed if r >= wanted), default=max(allowed))


class Joiner:
    """Writes clips one after another, ``gap`` seconds of silence between them, to ``path``."""

    def __init__(self, path: Path, fmt: str, rate: int, gap: float) -> None:
        import soundfile

        self.fmt, self.rate, self.seconds = fmt, rate, 0.0
        self._gap = np.zeros(round(gap * rate), dtype=np.float32)
        self._clips = 0
        self._raw: BinaryIO | None = None
        self._sf: Any = None
        if fmt == "pcm16":
            self._raw = open(path, "wb")  # noqa: SIM115 - closed in close()
        elif fmt in _SF_FORMATS:
            container, subtype = _SF_FORMATS[fmt]
            self._sf = soundfile.SoundFile(
                str(path), "w", samplerate=rate, channels=1, format=container, subtype=subtype
            )
        else:
            raise ExportError(f"Parley cannot export audio as {fmt!r}.", "format", format=fmt)

    def add(self, clip: Decoded) -> None:
        samples = resample(np.asarray(clip.samples, dtype=np.float32), clip.rate, self.rate)
        if self._clips:
            self._write(self._gap)
        self._write(samples)
        self._clips += 1

    def _write(self, samples: Samples) -> None:
        self.seconds += len(samples) / self.rate
        if self._raw is not None:
            self._raw.write(float_to_pcm16(samples))
        elif self._sf is not None:
            self._sf.write(samples)

    def close(self) -> None:
        if self._raw is not None:
            self._raw.flush()
            os.fsync(self._raw.fileno())
            self._raw.close()
        if self._sf is not None:
            self._sf.close()
