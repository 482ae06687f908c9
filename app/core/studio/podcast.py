"""A conversation as a podcast: one audio file with a chapter per turn, a short gap between
turns, every turn brought to the same loudness (-16 LUFS by default, as podcasts use), show tags
and cover art, and captions beside it (one cue per sentence, timed on the pauses in each turn's
audio, inside its turn's chapter).

Turns are decoded, levelled and encoded one after another, never all held at once: a worker
thread prepares the next turn while this one is encoded. The audio is
written under a temporary name, tagged, and renamed into place; the captions are written after
it, and when they cannot be the audio is taken back, so a failed export leaves nothing behind.
Blocking and CPU-heavy: the window runs it in a worker thread.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from app.audio.chapters import Chapter, ChapterError, ShowTags, write_chapters
from app.audio.codecs import CodecError, Decoded, Samples, decode, excerpt, resample
from app.audio.export import write_atomic
from app.audio.loudness import gain_for_target, integrated_loudness
from app.audio.pauses import speech_map
from app.core import export_io
from app.core.conversation import Conversation, Turn
from app.core.export_io import CancelFlag, ExportCancelled, ExportError
from app.core.studio import captions as cc

__all__ = [
    "PODCAST_FORMATS",
    "ExportCancelled",
    "ExportError",
    "PodcastResult",
    "export_podcast",
]

#: Formats that carry chapters (M4A/AAC needs an encoder libsndfile does not have).
PODCAST_FORMATS = ("mp3", "opus", "flac", "wav")
DEFAULT_TARGET_LUFS = -16.0
DEFAULT_GAP = 0.8
TITLE_WORDS = 60
_SOFT_KNEE = 0.75
#: -1 dBFS: room for the overshoot a lossy encoder adds (podcast loudness specs ask -1 dBTP).
_CEILING = 0.891

Progress = Callable[[int, int], None]


@dataclass
class PodcastResult:
    path: Path
    chapters: list[Chapter] = field(default_factory=list)
    captions_path: Path | None = None
    cues: list[cc.Cue] = field(default_factory=list)
    seconds: float = 0.0
    #: Turn numbers (from 1) whose audio was missing or unreadable, and so left out.
    skipped: list[int] = field(default_factory=list)


def captions_path_for(audio: Path, fmt: str) -> Path:
    """Where the captions of ``audio`` go: beside it, same name, ``.srt`` or ``.vtt``."""
    return audio.with_suffix(f".{fmt}")


def soft_limit(samples: Samples) -> Samples:
    """Peaks above 0.75 rounded off smoothly below -1 dBFS (levelled speech never clips)."""
    out = np.asarray(samples, dtype=np.float32)
    over = np.abs(out) > _SOFT_KNEE
    if np.any(over):
        out = out.copy()
        x = np.abs(out[over])
        room = _CEILING - _SOFT_KNEE
        out[over] = np.sign(out[over]) * (_SOFT_KNEE + room * np.tanh((x - _SOFT_KNEE) / room))
    return out


def level(samples: Samples, rate: int, target: float) -> Samples:
    """``samples`` brought to ``target`` LUFS (peaks limited; silence unchanged)."""
    loudness = integrated_loudness(samples, rate)
    if not math.isfinite(loudness):
        return samples
    gain = gain_for_target(loudness, target, max_boost_db=30.0)
    return soft_limit(np.asarray(samples, dtype=np.float32) * np.float32(gain))


def export_podcast(
    conversation: Conversation,
    destination: Path,
    *,
    fmt: str = "mp3",
    tags: ShowTags | None = None,
    captions: str | None = None,
    target_lufs: float = DEFAULT_TARGET_LUFS,
    gap_seconds: float = DEFAULT_GAP,
    untitled: str = "Turn {n}",
    overwrite: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> PodcastResult:
    """Write ``conversation``'s spoken turns to ``destination`` as one chaptered ``fmt`` file.

    ``captions`` (``srt``/``vtt``) also writes the captions beside it. A turn with no words is
    titled ``untitled.format(n=number)``. Raises ExportError (nothing left behind) or
    ExportCancelled when ``cancel`` is set between turns.
    """
    if fmt not in PODCAST_FORMATS:
        raise ExportError(
            f"Parley cannot make a podcast as {fmt!r}; choose one of "
            + ", ".join(PODCAST_FORMATS)
            + "."
        )
    if captions is not None and captions not in cc.CAPTION_FORMATS:
        raise ExportError(f"Captions can be srt or vtt, not {captions!r}.")
    destination = Path(destination).expanduser()
    numbered = [(n, t) for n, t in enumerate(conversation.turns, start=1) if t.audio is not None]
    if not numbered:
        raise ExportError("This conversation has no audio to make a podcast of.", "no_audio")
    export_io.check_target(destination, overwrite, folder=False)
    caption_file = captions_path_for(destination, captions) if captions else None
    if caption_file is not None:
        export_io.check_target(caption_file, overwrite, folder=False)
    result = PodcastResult(path=destination)
    rate = export_io.joined_rate(fmt, [_rate_of(t) for _, t in numbered])
    show = tags or ShowTags()
    with export_io.staged(destination, overwrite, folder=False) as tmp:
        writer = _open(tmp, fmt, rate)
        try:
            _write_turns(
                numbered,
                writer,
                rate,
                result,
                target=target_lufs,
                gap=gap_seconds,
                untitled=untitled,
                progress=progress,
                cancel=cancel,
            )
        finally:
            writer.close()
        if not result.chapters:
            raise ExportError("None of the conversation's audio could be read.", "unreadable")
        try:
            write_chapters(tmp, fmt, result.chapters, show)
        except ChapterError as exc:
            raise ExportError(f"The chapters could not be written: {exc}.") from exc
        _check(cancel)
    if caption_file is not None and captions is not None:
        try:
            write_atomic(caption_file, cc.render(result.cues, captions).encode(), overwrite=True)
        except ExportError:
            destination.unlink(missing_ok=True)
            raise
        result.captions_path = caption_file
    return result


def _open(path: Path, fmt: str, rate: int) -> Any:
    import soundfile

    container, subtype = {
        "mp3": ("MP3", "MPEG_LAYER_III"),
        "opus": ("OGG", "OPUS"),
        "flac": ("FLAC", "PCM_16"),
        "wav": ("WAV", "PCM_16"),
    }[fmt]
    return soundfile.SoundFile(
        str(path), "w", samplerate=rate, channels=1, format=container, subtype=subtype
    )


@dataclass
class _Prepared:
    """A turn ready to write: its levelled samples at the file's rate and its cues from 0."""

    samples: Samples
    cues: list[cc.Cue]


def _prepare(turn: Turn, rate: int, target: float) -> _Prepared | None:
    clip = _decoded(turn)
    if clip is None or len(clip.samples) == 0:
        return None
    samples = resample(level(clip.samples, clip.rate, target), clip.rate, rate)
    sentences = cc.split_sentences(turn.text)
    cues = cc.time_sentences(sentences, speech_map(clip.samples, clip.rate)) if sentences else []
    return _Prepared(samples, cues)


def _prepared(
    numbered: list[tuple[int, Turn]], rate: int, target: float
) -> Generator[tuple[int, Turn, _Prepared | None], None, None]:
    """The turns prepared (decoded, levelled, their pauses found) one or two ahead in a worker
    thread, while the caller encodes the one before: LAME and numpy both let go of the GIL."""
    with ThreadPoolExecutor(1, thread_name_prefix="podcast-prepare") as pool:
        pending: deque[tuple[int, Turn, Future[_Prepared | None]]] = deque()
        upcoming = iter(numbered)

        def ahead() -> None:
            for number, turn in upcoming:
                pending.append((number, turn, pool.submit(_prepare, turn, rate, target)))
                return

        ahead()
        ahead()
        while pending:
            number, turn, future = pending.popleft()
            ahead()
            yield number, turn, future.result()


def _write_turns(
    numbered: list[tuple[int, Turn]],
    writer: Any,
    rate: int,
    result: PodcastResult,
    *,
    target: float,
    gap: float,
    untitled: str,
    progress: Progress | None,
    cancel: CancelFlag | None,
) -> None:
    silence = np.zeros(round(gap * rate), dtype=np.float32)
    written = 0
    total = len(numbered)
    _report(progress, 0, total)
    turns = _prepared(numbered, rate, target)
    try:
        for done, (number, turn, ready) in enumerate(turns, start=1):
            _check(cancel)
            if ready is None:
                result.skipped.append(number)
                _report(progress, done, total)
                continue
            if result.chapters:
                writer.write(silence)
                written += len(silence)
            start = written / rate
            writer.write(ready.samples)
            written += len(ready.samples)
            end = written / rate
            title = excerpt(turn.text, TITLE_WORDS) or untitled.format(n=number)
            result.chapters.append(Chapter(start, end, title))
            shifted = [cc.Cue(c.start + start, c.end + start, c.text) for c in ready.cues]
            result.cues += cc.clamp(shifted, start, end)
            _report(progress, done, total)
    finally:
        turns.close()
    result.seconds = written / rate
    if result.chapters:  # each chapter runs until the next one starts (the gap included)
        chapters = result.chapters
        for i in range(len(chapters) - 1):
            chapters[i] = replace(chapters[i], end=chapters[i + 1].start)
        chapters[-1] = replace(chapters[-1], end=result.seconds)


def _rate_of(turn: Turn) -> int:
    audio = turn.audio
    if audio is None or audio.format == "pcm16" or audio.path is None:
        return 24_000
    import soundfile

    try:
        return int(soundfile.info(str(audio.path)).samplerate)
    except (OSError, RuntimeError, ValueError, TypeError):
        return 24_000


def _decoded(turn: Turn) -> Decoded | None:
    audio = turn.audio
    if audio is None:
        return None
    try:
        return decode(audio.read_bytes(), audio.format)
    except (OSError, CodecError):
        return None


def _check(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled("The export was cancelled.")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
