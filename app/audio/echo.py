"""Echo cancellation for talk mode: WebRTC's AEC3 (pywebrtc-audio) removes the reply Parley is
playing from what the microphone hears, with the played audio as the reference (no Qt here).

``FarEnd`` keeps the reply being played, at 16 kHz, and asks the player's clock which 10 ms of it
were leaving the speaker when each 10 ms of microphone input was captured (both by the streams'
own timing, so a sound server whose latency jumps, a sink that rewinds or wakes from suspend, or
a microphone that delivers in bursts does not shift one against the other). The reference leads
the microphone by ``LEAD`` seconds so that its echo always comes after it (AEC3 finds the
remaining delay, speaker and room, itself). Its cursor advances exactly 10 ms per microphone frame
and is only set again from the clock when the two drift apart by more than ``RESYNC`` seconds (a
seek, a stall), so the reference stays continuous. ``EchoCanceller`` is not thread-safe: the
listening thread owns it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

FRAME_RATE = 16_000
FRAME = FRAME_RATE // 100  # AEC3 takes exactly 10 ms per call
RESYNC = 0.1
#: The reference is taken this far ahead of the microphone's capture time (seconds).
LEAD = 0.03
SUSTAIN = 15  # 10 ms frames
#: A frame is learnt as echo only this many frames later (the VAD notices the user's voice a
#: window or two after it began: those frames are the user's, not the echo's).
LAG = 12

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
        self._clock: Callable[[float], float | None] | None = None
        self._cursor: int | None = None
        self._silence = np.zeros(FRAME, dtype=np.int16)

    def begin(self, rate: int, clock: Callable[[float], float | None]) -> None:
        """A new reply at ``rate`` Hz; ``clock(at)`` says how many seconds of it had left the
        speaker at ``at`` (perf_counter s; None while nothing plays)."""
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
        return clock is not None and clock(time.perf_counter()) is not None

    def frame(self, at: float | None = None) -> Int16:
        """The next 10 ms of the reference (silence while nothing plays): what was sounding
        ``LEAD`` seconds after ``at``, the capture time of the microphone's 10 ms (now if None)."""
        clock = self._clock
        when = (time.perf_counter() if at is None else at) + LEAD
        position = clock(when) if clock is not None else None
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

    def process(self, mic: Int16, far: Int16 | None = None) -> Int16:
        """``mic``: exactly ``FRAME`` samples; returns them with the echo removed (``far``: the
        reference for these 10 ms, when the caller has already taken it from ``self.far``)."""
        out: Int16 = self._apm.process(mic, self.far.frame() if far is None else far)
        return out


class EchoGate:
    """Whether the microphone hears more than the reply's echo could explain.

    While a reply plays without a pause and the user is not speaking, it learns how loud the echo
    is against the reply (a high percentile of microphone level over the reply's loudest level of
    the last second, which covers the echo's delay, even on a loaded sound server whose latency
    has jumped). It learns only once the reply has sounded for ``SETTLE`` frames, so that its
    echo has had time to reach the microphone (a gate that learnt from the silence before a late
    echo arrived would take that echo for the user), and is trusted from ``TRUSTED`` such frames.
    A frame is learnt ``LAG`` frames late, and forgotten if the VAD meanwhile heard the user (the
    first syllables of a barge-in would otherwise be learnt as echo, and the user explained
    away); one far louder than what was learnt is never learnt.
    Sound more than 12 dB above that, and above the noise, cannot be the echo: the user is
    speaking. Before it has learnt, two things still tell the user from the echo: a microphone
    that stayed quiet all through the reply's first ``SETTLE`` frames hears no echo (learnt at
    once), and sound whose level does not rise and fall with the reply's, at any delay the echo
    could have, is not its echo (``_follows_reference``).
    This matters where there is no echo at all (headphones, a microphone far from the
    speakers): AEC3, in its first seconds, holds back near-end speech it cannot yet tell from
    echo, and the user could not interrupt the session's first reply. Where the microphone is
    found not to hear the speaker at all (``echo_free``), the canceller is left out.
    """

    MARGIN = 4.0  # 12 dB
    FAR_ACTIVE = 0.003  # -50 dBFS
    FLOOR = 0.003
    NO_ECHO = 0.03  # -30 dB
    WINDOW = 100  # 10 ms frames of the reference's levels kept: 1 s, the longest echo delay
    SETTLE = 50  # frames the reply has sounded before its echo is learnt (0.5 s)
    TRUSTED = 10  # frames learnt before the gate's word counts
    HISTORY = 150  # frames of microphone level compared with the reference's (1.5 s)
    HEARD = 10  # frames of sound the microphone must have heard before that comparison counts
    FOLLOWS = 0.95  # how closely an echo's level follows the reference's (cosine, best delay)
    CORRELATED = 0.9  # or their correlation

    def __init__(self) -> None:
        self._far: deque[float] = deque(maxlen=self.WINDOW)
        self._near: deque[float] = deque(maxlen=30)  # the last 300 ms of them
        self._recent = 0.0  # max(self._far), kept up to date
        self._sounding = 0  # frames since the reference last went quiet for a whole window
        self._ratios: deque[float] = deque(maxlen=300)  # 3 s of echo-only frames
        self._pending: deque[float] = deque()  # the latest ones, until the VAD has had its say
        self._early: list[float] = []  # the reply's first SETTLE frames, mic over reference
        self._user_heard = False  # the last look at the levels found the user
        # levels (0 under the noise) of the last frames: the microphone's, and the reference's
        # over a window longer by the longest echo delay
        self._mic_levels: deque[float] = deque([0.0] * self.HISTORY, maxlen=self.HISTORY)
        self._far_levels: deque[float] = deque(
            [0.0] * (self.HISTORY + self.WINDOW), maxlen=self.HISTORY + self.WINDOW
        )
        self._gain: float | None = None
        self._stale = 0

    def frame(self, mic: Int16, far: Int16, *, user: bool) -> None:
        """Note 10 ms of microphone and reference; ``user``: the user may be speaking."""
        now = _level(far)
        heard = _level(mic)
        self._mic_levels.append(heard if heard > self.FLOOR else 0.0)
        self._far_levels.append(now if now > self.FAR_ACTIVE else 0.0)
        dropped = self._far[0] if len(self._far) == self.WINDOW else 0.0
        self._far.append(now)
        self._near.append(now)
        if now >= self._recent:
            self._recent = now
        elif dropped >= self._recent:  # the loudest left the window: look again
            self._recent = max(self._far)
        self._sounding = self._sounding + 1 if self._recent > self.FAR_ACTIVE else 0
        if not self._sounding:
            self._early.clear()
        elif self._sounding <= self.SETTLE and now > self.FAR_ACTIVE:
            self._early.append(heard / self._recent)
        if self._sounding == self.SETTLE:
            self._settled()
        if user:  # what was heard just before the VAD noticed the user is theirs too
            self._pending.clear()
        if self._sounding < self.SETTLE or user:
            return
        # Learn only where the reply has sounded all through the last 150 ms (its echo, with the
        # delays of speakers, rooms and microphones, is then in the microphone now; a longer
        # delay only adds quiet frames, which the percentile passes over).
        near = max(self._near)
        if near <= self.FAR_ACTIVE or now <= 0.3 * near:
            return
        for i in range(1, SUSTAIN + 1):
            if self._near[-i] <= 0.1 * near:
                return
        ratio = heard / self._recent
        if len(self._ratios) >= self.TRUSTED and ratio > self.MARGIN * self._learnt():
            self._pending.clear()  # louder than the echo: the user, before the VAD said so
            return
        self._pending.append(ratio)
        if len(self._pending) > LAG:
            self._ratios.append(self._pending.popleft())
            self._stale += 1

    def _settled(self) -> None:
        """The reply has sounded for ``SETTLE`` frames, the time its echo takes to arrive. If
        the microphone stayed quiet all through them (no echo: headphones, or a microphone far
        from the speakers), that is learnt at once: otherwise the gate would be trusted only
        once it had learnt from sustained stretches of reply (often a second later), and a user
        speaking meanwhile would be held back by AEC3 and learnt as echo."""
        early, self._early = self._early, []
        if (
            len(self._ratios) < self.TRUSTED
            and len(early) >= self.SETTLE // 2
            and max(early) < self.NO_ECHO
        ):
            self._pending.clear()
            self._ratios.extend(early)
            self._stale += len(early)

    @property
    def far_active(self) -> bool:
        """Something was played in the last second (its echo may still be in the room)."""
        return self._recent > self.FAR_ACTIVE

    @property
    def echo_free(self) -> bool:
        """The microphone has been found not to hear the speaker (more than 30 dB down, as
        with headphones): there is nothing for the canceller to do."""
        return len(self._ratios) >= 50 and self._learnt() < self.NO_ECHO

    def _learnt(self) -> float:
        # The percentile is taken again every 10 frames learnt (a tenth of a second of reply):
        # once a frame would cost more than the canceller itself.
        if self._gain is None or self._stale >= 10 or (self._stale and len(self._ratios) < 50):
            self._gain = float(np.percentile(np.fromiter(self._ratios, float), 90))
            self._stale = 0
        return self._gain

    def unexplained(self, mic: Int16) -> bool:
        """``mic`` (any length) is louder than any echo of what was just played."""
        recent = self._recent
        if recent <= self.FAR_ACTIVE:
            return True  # nothing is playing: whatever it hears is not the reply
        if len(self._ratios) < self.TRUSTED:  # not learnt yet: is it shaped like the reply?
            return _level(mic) > self.FLOOR and not self._follows_reference()
        return _level(mic) > self.MARGIN * self._learnt() * recent + self.FLOOR

    def _follows_reference(self) -> bool:
        """Whether the microphone's level over the last ``HISTORY`` frames rises and falls with
        the reference's, at some delay up to ``WINDOW`` frames, as an echo's does: their cosine
        at least ``FOLLOWS``, or their correlation (the cosine less the means, quicker to see the
        user) at least ``CORRELATED``. Counted from when the reply began (the user's words before
        it do not count). A user who speaks in the reply's first second, before the gate has
        learnt how loud its echo is, does not follow it: their syllables come and go on their
        own, and the silence the microphone kept while the reply began counts against an echo
        too. Until the microphone has heard ``HEARD`` frames, too little to judge: an echo."""
        span = min(self.HISTORY, self._sounding)
        mic = np.fromiter(self._mic_levels, float, self.HISTORY)[self.HISTORY - span :]
        if np.count_nonzero(mic) < self.HEARD:
            self._user_heard = False
            return True
        far = np.fromiter(self._far_levels, float, self.HISTORY + self.WINDOW)
        # the reference as the microphone would hear it delayed by WINDOW..0 frames, a row each
        delayed = np.lib.stride_tricks.sliding_window_view(far[self.HISTORY - span :], span)
        # Once the user was heard, an echo must follow more closely to be taken for one again
        # (a window in between that merely looked like the reply would cut the user's start).
        closer = 0.6 if self._user_heard else 1.0
        follows = _best_cosine(delayed, mic) >= 1 - closer * (1 - self.FOLLOWS)
        if not follows:
            centred = delayed - delayed.mean(axis=1, keepdims=True)
            correlated = _best_cosine(centred, mic - mic.mean())
            follows = correlated >= 1 - closer * (1 - self.CORRELATED)
        self._user_heard = not follows
        return follows


def _best_cosine(rows: npt.NDArray[np.float64], x: npt.NDArray[np.float64]) -> float:
    """The highest cosine between ``x`` and a row of ``rows``."""
    dots = rows @ x
    norms = np.sqrt(np.einsum("ij,ij->i", rows, rows) * float(x @ x))
    cosine = np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0)
    return float(cosine.max())


def _level(x: Int16) -> float:
    """RMS, 0..1."""
    f = x.astype(np.float32)
    return float(np.sqrt(np.dot(f, f) / max(1, f.size))) / 32768.0
