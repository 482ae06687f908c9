"""Echo cancellation for talk mode: WebRTC's AEC3 (pywebrtc-audio) removes the reply Parley is
playing from what the microphone hears, with the played audio as the reference (no Qt here).

``FarEnd`` keeps the reply being played, at 16 kHz, and reads the player's position to know which
10 ms of it are going out now: the canceller gets, for every 10 ms of microphone input, the 10 ms
handed to the speaker at that moment (AEC3 finds the remaining delay, speaker and room, itself).
Its cursor advances exactly 10 ms per microphone frame and is only set again from the player's
position when the two drift apart by more than ``RESYNC`` seconds (a seek, a stall), so the
reference stays continuous. ``EchoCanceller`` is not thread-safe: the listening thread owns it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

FRAME_RATE = 16_000
FRAME = FRAME_RATE // 100  # AEC3 takes exactly 10 ms per call
RESYNC = 0.1

Int16 = npt.NDArray[np.int16]


class FarEnd:
    """The audio being played as the canceller's reference. Fill it from one thread (``begin``,
    ``append``, ``clear``); the listening thread reads it with ``frame``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._data = np.zeros(0, dtype=np.int16)
        self._length = 0
        self._resampler: Any = None
        self._rate = FRAME_RATE
        self._clock: Callable[[], float | None] | None = None
        self._cursor: int | None = None
        self._silence = np.zeros(FRAME, dtype=np.int16)

    def begin(self, rate: int, clock: Callable[[], float | None]) -> None:
        """A new reply at ``rate`` Hz; ``clock()`` says how many seconds of it have been handed to
        the speaker (None while nothing plays)."""
        import soxr

        with self._lock:
            self._length = 0
            self._cursor = None
            self._rate = rate
            self._resampler = (
                soxr.ResampleStream(rate, FRAME_RATE, 1, dtype="int16")
                if rate != FRAME_RATE
                else None
            )
            self._clock = clock

    def append(self, pcm16: bytes) -> None:
        """More of the reply: 16-bit mono samples at the rate given to ``begin``."""
        x = np.frombuffer(pcm16[: len(pcm16) - len(pcm16) % 2], dtype=np.int16)
        with self._lock:
            if self._resampler is not None:
                x = self._resampler.resample_chunk(x)
            need = self._length + x.size
            if need > self._data.size:
                grown = np.zeros(max(need, 2 * self._data.size, FRAME_RATE), dtype=np.int16)
                grown[: self._length] = self._data[: self._length]
                self._data = grown
            self._data[self._length : need] = x
            self._length = need

    def clear(self) -> None:
        """Nothing is playing any more."""
        with self._lock:
            self._clock = None
            self._cursor = None

    @property
    def active(self) -> bool:
        """A reply is loaded and the player says it is playing it."""
        clock = self._clock
        return clock is not None and clock() is not None

    def frame(self) -> Int16:
        """The next 10 ms of the reference (silence while nothing plays)."""
        clock = self._clock
        position = clock() if clock is not None else None
        with self._lock:
            if position is None:
                self._cursor = None
                return self._silence
            target = round(position * FRAME_RATE)
            if self._cursor is None or abs(self._cursor + FRAME - target) > RESYNC * FRAME_RATE:
                self._cursor = max(0, target - FRAME)
            start = self._cursor
            self._cursor += FRAME
            if start >= self._length:
                return self._silence
            out = self._data[start : start + FRAME]
            if out.size < FRAME:
                out = np.concatenate([out, self._silence[: FRAME - out.size]])
            return out.copy()


class EchoCanceller:
    """AEC3 with noise suppression and a high-pass filter, 10 ms of 16 kHz int16 per call."""

    def __init__(self, far: FarEnd) -> None:
        from pywebrtc_audio import AudioProcessor

        self.far = far
        self._apm: Any = AudioProcessor(
            sample_rate=FRAME_RATE,
            echo_cancellation=True,
            noise_suppression=True,
            high_pass_filter=True,
        )

    def process(self, mic: Int16) -> Int16:
        """``mic``: exactly ``FRAME`` samples; returns them with the echo removed."""
        out: Int16 = self._apm.process(mic, self.far.frame())
        return out
