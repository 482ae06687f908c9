"""Captions for spoken turns: one cue per sentence, timed on the pauses in the turn's audio.

A turn's text is cut into sentences; each boundary between two sentences is placed on a pause
the voice left (the longest pauses near where the words say it should fall), not spread evenly by
character count. Cues never overlap and stay inside the turn's stretch of the joined file.
Written as SubRip (``.srt``) or WebVTT (``.vtt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.audio.pauses import Span, SpeechMap

CAPTION_FORMATS = ("srt", "vtt")
#: The shortest cue a reader can take in, in seconds.
MIN_CUE = 0.3

_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”’)\]]*\s+")


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (on one line each; a text with no end mark is one sentence)."""
    flat = " ".join(text.split())
    if not flat:
        return []
    parts = [p.strip() for p in _SENTENCE_END.split(flat)]
    return [p for p in parts if p]


def _choose_boundaries(
    expected: Sequence[float], pauses: Sequence[Span], tolerance: float
) -> list[Span | float]:
    """For each expected boundary time, the pause it falls on (in order, each used once), or
    the expected time itself when no pause is near enough."""
    chosen: list[Span | float] = []
    next_free = 0
    for k, when in enumerate(expected):
        left = len(expected) - k - 1  # keep a pause for each boundary still to place
        best: tuple[float, int] | None = None
        for j in range(next_free, len(pauses) - left):
            pause = pauses[j]
            distance = abs(pause.middle - when)
            if distance > tolerance:
                if pause.middle > when:
                    break
                continue
            # A long pause is a sentence end; a short one, likely a comma.
            score = distance - 2.0 * min(pause.length, 1.0)
            if best is None or score < best[0]:
                best = (score, j)
        if best is None:
            chosen.append(when)
        else:
            chosen.append(pauses[best[1]])
            next_free = best[1] + 1
    return chosen


def time_sentences(sentences: Sequence[str], speech: SpeechMap, offset: float = 0.0) -> list[Cue]:
    """Cues for ``sentences`` spoken in a clip whose speech map is ``speech``, shifted by
    ``offset`` seconds (where the clip starts in the joined file)."""
    if not sentences:
        return []
    span = speech.speech or Span(0.0, speech.duration)
    if span.length <= 0:
        return []
    weights = [max(1, len(s)) for s in sentences]
    total = float(sum(weights))
    expected: list[float] = []
    running = 0.0
    for w in weights[:-1]:
        running += w
        expected.append(span.start + span.length * running / total)
    inner = [p for p in speech.pauses if span.start < p.middle < span.end]
    tolerance = max(1.0, span.length / max(1, len(sentences)))
    marks = _choose_boundaries(expected, inner, tolerance)
    starts = [span.start] + [m.end if isinstance(m, Span) else m for m in marks]
    ends = [m.start if isinstance(m, Span) else m for m in marks] + [span.end]
    cues: list[Cue] = []
    previous_end = 0.0
    for text, first, last in zip(sentences, starts, ends, strict=True):
        start = max(first, previous_end)
        end = max(last, start + MIN_CUE)
        cues.append(Cue(offset + start, offset + end, text))
        previous_end = end
    return cues


def clamp(cues: Sequence[Cue], start: float, end: float) -> list[Cue]:
    """``cues`` kept inside ``[start, end]`` (a cue pushed out of it entirely is dropped)."""
    kept: list[Cue] = []
    for cue in cues:
        s, e = max(cue.start, start), min(cue.end, end)
        if kept:
            s = max(s, kept[-1].end)
        if e > s:
            kept.append(Cue(s, e, cue.text))
    return kept


def _stamp(seconds: float, separator: str) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


def to_srt(cues: Sequence[Cue]) -> str:
    blocks = [
        f"{n}\n{_stamp(c.start, ',')} --> {_stamp(c.end, ',')}\n{c.text}\n"
        for n, c in enumerate(cues, start=1)
    ]
    return "\n".join(blocks)


def to_vtt(cues: Sequence[Cue]) -> str:
    blocks = [f"{_stamp(c.start, '.')} --> {_stamp(c.end, '.')}\n{c.text}\n" for c in cues]
    return "WEBVTT\n\n" + "\n".join(blocks)


def render(cues: Sequence[Cue], fmt: str) -> str:
    """The caption file's text in ``fmt`` (``srt`` or ``vtt``)."""
    if fmt not in CAPTION_FORMATS:
        raise ValueError(f"unknown caption format {fmt!r}")
    return to_srt(cues) if fmt == "srt" else to_vtt(cues)


_STAMP = re.compile(r"(\d+):(\d\d):(\d\d)[,.](\d{3})")


def parse(text: str) -> list[Cue]:
    """Cues read back from SRT or WebVTT text (for checking what was written)."""
    cues: list[Cue] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln for ln in block.splitlines() if ln.strip()]
        for i, line in enumerate(lines):
            if "-->" in line:
                a, b = (_STAMP.search(part) for part in line.split("-->", 1))
                if a and b:
                    cues.append(Cue(_seconds(a), _seconds(b), " ".join(lines[i + 1 :])))
                break
    return cues


def _seconds(match: re.Match[str]) -> float:
    h, m, s, ms = (int(g) for g in match.groups())
    return h * 3600 + m * 60 + s + ms / 1000.0
