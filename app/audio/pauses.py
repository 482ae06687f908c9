"""Where speech is and where it pauses, from the samples alone (frame energy, no model).

Frames of 20 ms are voiced when their RMS is within 35 dB of the clip's loud frames (its 95th
percentile) and above -60 dBFS. A pause is a run of unvoiced frames between the first and last
voiced ones, at least ``min_pause`` long. Vectorised with numpy: an hour of 24 kHz audio takes a
fraction of a second. Used to time captions on the gaps a voice leaves between sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FRAME_SECONDS = 0.02
#: Frames this far below the clip's loud frames count as silence.
RELATIVE_FLOOR_DB = 35.0
ABSOLUTE_FLOOR_DB = -60.0


@dataclass(frozen=True)
class Span:
    """A stretch of time in seconds from the start of the clip."""

    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2.0


@dataclass(frozen=True)
class SpeechMap:
    """Where a clip's speech starts and ends, and the pauses inside it."""

    speech: Span | None
    pauses: list[Span]
    duration: float


def voiced_frames(samples: npt.NDArray[np.float32], rate: int) -> npt.NDArray[np.bool_]:
    """One flag per 20 ms frame: whether it holds sound above the clip's silence."""
    frame = max(1, round(FRAME_SECONDS * rate))
    count = len(samples) // frame
    if count == 0:
        return np.zeros(0, dtype=bool)
    framed = np.asarray(samples[: count * frame], dtype=np.float32).reshape(count, frame)
    power = np.einsum("ij,ij->i", framed, framed) / frame
    level = 10.0 * np.log10(np.maximum(power, 1e-12))
    loud = float(np.percentile(level, 95))
    floor = max(ABSOLUTE_FLOOR_DB, loud - RELATIVE_FLOOR_DB)
    flags: npt.NDArray[np.bool_] = level > floor
    return flags


def speech_map(
    samples: npt.NDArray[np.float32], rate: int, *, min_pause: float = 0.12
) -> SpeechMap:
    """The speech and its pauses in mono ``samples`` at ``rate`` Hz."""
    duration = len(samples) / rate if rate else 0.0
    flags = voiced_frames(samples, rate)
    voiced = np.flatnonzero(flags)
    if voiced.size == 0:
        return SpeechMap(None, [], duration)
    first, last = int(voiced[0]), int(voiced[-1])
    speech = Span(first * FRAME_SECONDS, min(duration, (last + 1) * FRAME_SECONDS))
    inside = flags[first : last + 1].astype(np.int8)
    edges = np.diff(inside)
    starts = np.flatnonzero(edges == -1) + 1  # first silent frame of each run
    ends = np.flatnonzero(edges == 1) + 1  # first voiced frame after it
    min_frames = max(1, round(min_pause / FRAME_SECONDS))
    pauses = [
        Span((first + int(s)) * FRAME_SECONDS, (first + int(e)) * FRAME_SECONDS)
        for s, e in zip(starts, ends, strict=True)
        if e - s >= min_frames
    ]
    return SpeechMap(speech, pauses, duration)
