"""The microphone's way to a realtime session (no Qt): the listener's 10 ms frames at 16 kHz
(echo already removed by Parley's AEC3 unless headphones are on) resampled to 24 kHz pcm16,
batched into 40 ms pieces and handed to the event loop; and what was sent, kept on the input
buffer's clock so a user turn's audio can be cut out of it by the server's ``audio_start_ms`` /
``audio_end_ms``.

While a reply plays through the speaker and Parley's own VAD hears no speech, silence is sent in
place of the microphone (the same length, so the server's clock stays right): what is left of
the reply's echo after the canceller never reaches the server's VAD. A first window that sounds
like speech over the reply (``voice``) holds the microphone back instead: once the listener
confirms it (the barge-in lifts the gate) what was held goes out as it was heard, first syllable
included; if it was not speech after all (a click, a burst of echo the canceller let through),
it goes out as silence. One window of echo never reaches the server's VAD by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

import numpy as np

from app.core.talk.realtime_wire import REALTIME_RATE

MIC_RATE = 16_000
PIECE_MS = 40
_PIECE_BYTES = REALTIME_RATE * 2 * PIECE_MS // 1000
#: At most this many 10 ms frames are held back while speech over a reply is not confirmed.
HOLD_FRAMES = 30
#: How much of what was sent is kept for cutting out user turns (seconds).
KEEP_SECONDS = 120


class MicFeed:
    """Called with frames in the listening thread; ``deliver`` runs on the loop's thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop, deliver: Callable[[bytes], None]) -> None:
        import soxr

        self._loop = loop
        self._deliver = deliver
        self._resampler: Any = soxr.ResampleStream(MIC_RATE, REALTIME_RATE, 1, dtype="int16")
        self._pending = bytearray()
        self._held: list[Any] = []  # 24 kHz frames held back while speech is not yet confirmed
        #: Set (from any thread) while a reply plays: the microphone is gated unless ``voice``.
        self.gated = False
        #: Parley's VAD hears speech (set in the listening thread).
        self.voice = False
        #: Off: nothing is sent (Parley's own VAD sends whole utterances instead).
        self.streaming = True

    def frame(self, samples: Any) -> None:
        """The listening thread: one 10 ms frame (int16, 16 kHz)."""
        if not self.streaming:
            return
        out = self._resampler.resample_chunk(np.asarray(samples, dtype=np.int16))
        if self.gated:
            if self.voice and len(self._held) < HOLD_FRAMES:
                self._held.append(out)  # maybe speech: wait for the listener's word
                return
            if not self.voice:  # only the echo: its length in silence
                out = np.zeros_like(out)
                for held in self._held:
                    held.fill(0)
        for held in self._held:  # confirmed (or held too long): as it was heard
            self._pending += held.tobytes()
        self._held.clear()
        self._pending += out.tobytes()
        if len(self._pending) >= _PIECE_BYTES:
            piece, self._pending = bytes(self._pending), bytearray()
            with contextlib.suppress(RuntimeError):  # the loop is closing
                self._loop.call_soon_threadsafe(self._deliver, piece)


def resample_utterance(samples: Any) -> bytes:
    """A whole utterance (16 kHz int16) as 24 kHz pcm16 (Parley's own VAD)."""
    import soxr

    x = np.asarray(samples, dtype=np.int16)
    return bytes(soxr.resample(x, MIC_RATE, REALTIME_RATE).astype("<i2").tobytes())


class SentAudio:
    """What went into the server's input buffer, on its clock (ms since the session began)."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._start_ms = 0  # the input buffer's ms at self._data[0]

    @property
    def end_ms(self) -> int:
        return self._start_ms + len(self._data) // (2 * REALTIME_RATE // 1000)

    def add(self, pcm16: bytes) -> None:
        self._data += pcm16
        excess = len(self._data) - KEEP_SECONDS * REALTIME_RATE * 2
        if excess > 0:
            excess -= excess % (2 * REALTIME_RATE // 1000)
            del self._data[:excess]
            self._start_ms += excess // (2 * REALTIME_RATE // 1000)

    def cut(self, start_ms: int, end_ms: int) -> bytes:
        """pcm16 of ``start_ms..end_ms`` (clipped to what is kept)."""
        per_ms = 2 * REALTIME_RATE // 1000
        a = max(0, (start_ms - self._start_ms) * per_ms)
        b = max(a, (end_ms - self._start_ms) * per_ms)
        return bytes(self._data[a:b])

    def reset(self) -> None:
        """A new session: its input buffer's clock starts again at 0."""
        self._data = bytearray()
        self._start_ms = 0
