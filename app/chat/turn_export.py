"""Saving one turn (a reply or the user's recording): where to suggest, the write (in a worker
thread), and reading a stored clip back for its card. Qt-free; the cards ask for the path and
show the outcome."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.catalog import EXTENSIONS
from app.core.conversation import Audio, Turn

#: The transcript as text, beside the audio formats and "original".
TEXT = "text"


def suggested_path(turn: Turn, choice: str, name: str) -> Path:
    """``~/parley-NAME-YYYYmmdd-HHMMSS.EXT`` for exporting ``turn`` as ``choice``."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(turn.created_at))
    real = choice
    if turn.audio is not None and choice == "original":
        from app.audio.export import as_received_format

        real = as_received_format(turn.audio.format)
    ext = "txt" if choice == TEXT else EXTENSIONS.get(real, real)
    return Path.home() / f"parley-{name}-{stamp}.{ext}"


def write_turn(turn: Turn, choice: str, path: Path) -> Path:
    """Write ``turn``'s transcript (``text``) or audio (a format or ``original``, tagged with
    the words, voice and model) to ``path``; returns it. Raises ExportError in the user's words."""
    from app.audio import codecs
    from app.audio.export import ExportError, export_audio, write_atomic

    if choice == TEXT:
        return write_atomic(path, (turn.text + "\n").encode("utf-8"), overwrite=True)
    if turn.audio is None:
        raise ExportError(QCoreApplication.translate("TurnExport", "There is no audio to save."))
    if turn.role == "assistant":
        tags = codecs.Tags.for_reply(turn.text, turn.voice, turn.model)
    else:
        title = codecs.excerpt(turn.text) or "Voice message"
        tags = codecs.Tags(title=title, comment="Recorded in Parley")
    return export_audio(turn.audio.read_bytes(), path, choice, tags=tags, overwrite=True)


async def export_turn(turn: Turn, choice: str, path: Path) -> tuple[bool, str]:
    """Write ``turn`` as ``choice`` in a worker thread: ``(True, "Saved PATH")``, or
    ``(False, the reason in the user's words)`` when it could not be written."""
    from app.audio.export import ExportError
    from app.runtime.tasks import in_thread

    try:
        written = await in_thread(write_turn, turn, choice, path)
    except (ExportError, OSError) as err:
        from app.runtime.error_text import error_text

        return False, error_text(err)
    return True, QCoreApplication.translate("TurnExport", "Saved {path}").format(path=written)


async def read_clip(audio: Audio, bars: int) -> tuple[float, Any, Any] | str:
    """A stored clip's duration and its waveform's low and high bars, read in a worker thread;
    or, when the audio cannot be read, the reason in the user's words."""
    from app.audio.codecs import CodecError
    from app.audio.peaks import clip_peaks
    from app.runtime.tasks import in_thread

    try:
        duration, peaks = await in_thread(
            lambda: clip_peaks(audio.read_bytes(), audio.format or None, bars)
        )
    except (OSError, CodecError) as err:
        from app.runtime.error_text import error_text

        return error_text(err)
    return duration, peaks[:, 0], peaks[:, 1]
