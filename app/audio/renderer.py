"""The player's heart, free of any device: a growing sample buffer, the transport state, and the
block renderer that the audio callback calls.

Threads: ``render`` runs on the audio thread; everything else on control threads (the UI's, an
executor's). The audio thread never blocks: it only *tries* the transition lock and plays one
block of silence in the rare case a control thread holds it (for microseconds). Appends publish a
new ``(buffer, length, ended)`` tuple in one assignment and never take that lock, so a streamed
chunk can arrive mid-callback safely. Buffers grow on the appending thread, never in the callback.
Every start, stop, pause, seek and underrun is faded over a few milliseconds, so nothing clicks.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from app.audio.codecs import Samples

#: Samples quieter than this (about -80 dBFS) do not count as "the first sound".
SILENT = 1e-4


class PlayState(StrEnum):
    STOPPED = "stopped"
    BUFFERING = "buffering"  # waiting for the jitter buffer (start of a stream or an underrun)
    PLAYING = "playing"
    PAUSED = "paused"


@dataclass(frozen=True)
class FirstSound:
    """When the first audible sample of the latest clip or stream got out (perf_counter s)."""

    first_chunk_at: float  # play() called, or the first chunk appended
    ready_at: float  # the jitter buffer was full (or the stream ended)
    written_at: float  # the audio callback wrote the first audible sample
    offset: float  # seconds into that callback's block
    output_latency: float  # what the stream reports between callback and device

    @property
    def jitter_wait(self) -> float:
        return self.ready_at - self.first_chunk_at

    @property
    def own(self) -> float:
        """Parley's part: from a full jitter buffer to the callback writing the sample."""
        return self.written_at - self.ready_at

    @property
    def total(self) -> float:
        return self.written_at + self.offset + self.output_latency - self.first_chunk_at


class Renderer:
    """Samples at the device rate plus where we are in them; see the module docstring."""

    def __init__(
        self, rate: int, *, jitter_seconds: float = 0.1, fade_seconds: float = 0.005
    ) -> None:
        self.rate = rate
        self.jitter_frames = max(1, round(jitter_seconds * rate))
        fade = max(2, round(fade_seconds * rate))
        self._ramp_up = np.linspace(0.0, 1.0, fade, dtype=np.float32)
        self._ramp_down = self._ramp_up[::-1].copy()
        self._lock = threading.Lock()
        self._append_lock = threading.Lock()
        self._data: tuple[Samples, int, bool] = (np.zeros(0, dtype=np.float32), 0, True)
        self._pos = 0
        self._tail: tuple[Samples, int, int] | None = None  # what to fade out after a cut
        self._state = PlayState.STOPPED
        self._need = 0
        self._audible = False
        self.gain = 1.0  # target: volume x loudness; the callback ramps towards it
        self._gain_now = 1.0
        self._index = np.arange(0, dtype=np.float32)
        self._scratch = np.zeros(0, dtype=np.float32)
        self.reserve_block(4096)
        # Counters the monitor reads (ints: atomic under the GIL).
        self.finished = 0
        self.underruns = 0
        self.contended = 0
        # First sound: perf_counter times.
        self.ready_at: float | None = None
        self.first_append_at: float | None = None
        self.first_written_at: float | None = None
        self.first_offset = 0.0
        self._want_first = False
        # The latest block: (position at its start, after it, when its start leaves the device
        # as perf_counter seconds); one tuple, replaced whole by the audio thread.
        self.timing: tuple[int, int, float] | None = None
        # The frame play went on from after a hold or a seek: what sounds before a block's
        # playout time is never earlier than that (the device's queue held nothing older).
        self._floor = 0

    # ---- control side -------------------------------------------------------------------
    def reserve_block(self, frames: int) -> None:
        """Scratch space for blocks of up to ``frames`` (call before the stream starts)."""
        if frames > self._index.size:
            self._index = np.arange(frames, dtype=np.float32)
            self._scratch = np.zeros(frames, dtype=np.float32)

    @property
    def state(self) -> PlayState:
        return self._state

    @property
    def position_frames(self) -> int:
        return self._pos

    @property
    def total_frames(self) -> int:
        return self._data[1]

    @property
    def ended(self) -> bool:
        return self._data[2]

    def samples(self) -> Samples:
        """The samples loaded so far (a read-only view; do not write to it)."""
        buf, n, _ = self._data
        return buf[:n]

    def load(self, samples: Samples) -> None:
        """A whole clip, playing from its start."""
        clip = np.ascontiguousarray(samples, dtype=np.float32)
        now = time.perf_counter()
        with self._append_lock, self._lock:
            self._cut()
            self._data = (clip, clip.size, True)
            self._restart(PlayState.PLAYING, 0)
            self.first_append_at = self.ready_at = now

    def clear(self) -> None:
        """Stop and let go of the samples held (and of a fade-out's tail)."""
        with self._append_lock, self._lock:
            self._data = (np.zeros(0, dtype=np.float32), 0, True)
            self._tail = None
            self._audible = False
            self._restart(PlayState.STOPPED, 0)

    def begin_stream(self, capacity_frames: int) -> None:
        """An empty buffer that ``append`` fills; playback starts once the jitter buffer is full."""
        buf = np.zeros(max(capacity_frames, self.jitter_frames * 4), dtype=np.float32)
        with self._append_lock, self._lock:
            self._cut()
            self._data = (buf, 0, False)
            self._restart(PlayState.BUFFERING, self.jitter_frames)
            self.first_append_at = self.ready_at = None

    def _cut(self) -> None:
        """Jump elsewhere: the next block first fades out what was sounding (lock held)."""
        if self._audible:
            buf, n, _ = self._data
            self._tail = (buf, n, self._pos)
            self._audible = False

    def _restart(self, state: PlayState, need: int) -> None:
        self._pos, self._state, self._need, self._floor = 0, state, need, 0
        self.timing = None
        self.first_written_at, self._want_first = None, True

    def append(self, samples: Samples) -> None:
        """Add samples to the stream begun by ``begin_stream`` (ignored once it has ended)."""
        x = np.asarray(samples, dtype=np.float32).ravel()
        with self._append_lock:
            buf, n, ended = self._data
            if ended:
                return
            if self.first_append_at is None:
                self.first_append_at = time.perf_counter()
            if x.size:
                if n + x.size > buf.size:
                    grown = np.zeros(max(2 * buf.size, n + x.size), dtype=np.float32)
                    grown[:n] = buf[:n]
                    buf = grown
                buf[n : n + x.size] = x
                self._data = (buf, n + x.size, False)
            if self.ready_at is None and n + x.size >= self.jitter_frames:
                self.ready_at = time.perf_counter()

    def end(self) -> None:
        """No more samples will come: play what is buffered to its end."""
        with self._append_lock:
            buf, n, _ = self._data
            self._data = (buf, n, True)
            if self.ready_at is None:
                self.ready_at = time.perf_counter()

    def set_state(self, state: PlayState) -> None:
        with self._lock:
            if state is PlayState.PLAYING and self._state is PlayState.STOPPED:
                if self._pos >= self._data[1] and self._data[2]:
                    self._pos = 0  # play again from the start after the end
                self._want_first = self.first_written_at is None
            if state is PlayState.STOPPED:
                self._cut()
                self._pos = 0
            self._state = state

    def seek(self, frame: int) -> None:
        with self._lock:
            self._cut()
            self._pos = self._floor = max(0, min(frame, self._data[1]))

    def hold_at(self, frame: int) -> None:
        """Pause with the position at ``frame`` and nothing left to fade out: the device's queue
        is being dropped (``Player.hush``), so play goes on from what was heard."""
        with self._lock:
            if self._state in (PlayState.PLAYING, PlayState.BUFFERING):
                self._state = PlayState.PAUSED
            self._tail = None
            self._audible = False
            self._pos = self._floor = max(0, min(frame, self._data[1]))

    def sounding_at(self, at: float) -> int | None:
        """The frame leaving the device at ``at`` (perf_counter s), from the latest block's
        timing: never beyond what was rendered (a stalled or waking device plays nothing new),
        never before where play went on after a hold or seek (a renewed stream whose first block
        sounds late has only silence queued before it)."""
        timing = self.timing
        if timing is None:
            return None
        start, end, playout = timing
        return max(min(self._floor, end), min(end, start + round((at - playout) * self.rate)))

    # ---- audio side ---------------------------------------------------------------------
    def render(self, out: Samples, now: float, playout: float | None = None) -> None:
        """Fill ``out`` (one block, mono) with what should sound now; ``playout``: when the
        block's first sample leaves the device (perf_counter s). Never blocks or raises."""
        if not self._lock.acquire(blocking=False):
            out.fill(0.0)
            self.contended += 1
            return
        try:
            start = self._pos
            w = self._render(out, now)
            self.timing = (start, self._pos, now if playout is None else playout)
        finally:
            self._lock.release()
        if w < out.size:
            out[w:] = 0.0
        g0, g1 = self._gain_now, self.gain
        if w == 0:
            self._gain_now = g1  # silence: nothing to ramp
            return
        if g0 != g1 and out.size <= self._index.size:
            frames = out.size
            ramp = self._scratch[:frames]
            np.multiply(self._index[:frames], (g1 - g0) / frames, out=ramp)
            ramp += g0
            out *= ramp
            self._gain_now = g1
        elif g1 != 1.0:
            out *= g1
        if g0 > 1.0 or g1 > 1.0:
            np.clip(out, -1.0, 1.0, out=out)

    def _render(self, out: Samples, now: float) -> int:
        """Write this block's samples from ``out[0]``; returns how many (the rest is silence)."""
        buf, n, ended = self._data
        frames, w = out.size, 0
        tail = self._tail
        if tail is not None:
            self._tail = None
            tbuf, tn, tpos = tail
            w = max(0, min(self._ramp_down.size, tn - tpos, frames))
            out[:w] = tbuf[tpos : tpos + w]
            out[:w] *= self._ramp_down[:w]
        state = self._state
        if state is PlayState.BUFFERING:
            avail = n - self._pos
            if avail >= self._need or (ended and avail > 0):
                state = self._state = PlayState.PLAYING
            elif ended:
                self._finish()
                return w
        if state is PlayState.PLAYING:
            k = min(n - self._pos, frames - w)
            if k > 0:
                seg = out[w : w + k]
                seg[:] = buf[self._pos : self._pos + k]
                if not self._audible:
                    m = min(k, self._ramp_up.size)
                    seg[:m] *= self._ramp_up[:m]
                    self._audible = True
                if self._want_first:
                    self._note_first(seg, w, now)
                self._pos += k
                w += k
            if w < frames:  # out of samples: the end, or an underrun
                if self._audible and k > 0:
                    m = min(k, self._ramp_down.size)
                    out[w - m : w] *= self._ramp_down[-m:]
                self._audible = False
                if ended:
                    self._finish()
                else:
                    self._state, self._need = PlayState.BUFFERING, self.jitter_frames
                    self.underruns += 1
        elif self._audible and w < frames:
            w = self._fade_out(out, w, buf, n)
        return w

    def _fade_out(self, out: Samples, w: int, buf: Samples, n: int) -> int:
        """Write a short fade from the current position at ``out[w:]``; returns the new ``w``."""
        m = min(self._ramp_down.size, n - self._pos, out.size - w)
        if m > 0:
            out[w : w + m] = buf[self._pos : self._pos + m]
            out[w : w + m] *= self._ramp_down[:m]
            self._pos += m
        self._audible = False
        return w + max(m, 0)

    def _finish(self) -> None:
        self._state = PlayState.STOPPED
        self._audible = False
        self.finished += 1

    def _note_first(self, seg: Samples, w: int, now: float) -> None:
        loud = np.flatnonzero(np.abs(seg) > SILENT)
        if loud.size:
            self.first_written_at = now
            self.first_offset = (w + int(loud[0])) / self.rate
            self._want_first = False
