"""Waveform peaks: the min and max of the samples under each pixel of a waveform view.

``compute_peaks`` does a whole clip at once. ``PeakBuilder`` keeps min/max per small bin as a reply
streams in, so a redraw costs O(bins) numpy work (about a millisecond for ten minutes of audio)
whatever the width, and appending a chunk costs only that chunk.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.audio.codecs import Samples, pcm16_to_float

#: Array of shape (pixels, 2): column 0 the minimum, column 1 the maximum, float32 in [-1, 1].
Peaks = npt.NDArray[np.float32]


def _reduce(lows: Samples, highs: Samples, count: int, pixels: int, per_pixel: float) -> Peaks:
    """Min/max of ``count`` values grouped into ``pixels`` of ``per_pixel`` values each."""
    out = np.zeros((max(0, pixels), 2), dtype=np.float32)
    if pixels <= 0 or count <= 0:
        return out
    edges = (np.arange(pixels, dtype=np.float64) * per_pixel).astype(np.int64)
    used = int(np.searchsorted(edges, count))  # pixels that start inside the data
    if used == 0:
        return out
    starts = edges[:used]
    out[:used, 0] = np.minimum.reduceat(lows[:count], starts)
    out[:used, 1] = np.maximum.reduceat(highs[:count], starts)
    return out


def compute_peaks(samples: Samples, pixels: int) -> Peaks:
    """Min/max peaks of a whole clip spread over ``pixels`` columns."""
    flat = np.asarray(samples, dtype=np.float32).ravel()
    return _reduce(flat, flat, flat.size, pixels, flat.size / pixels if pixels > 0 else 0.0)


class PeakBuilder:
    """Peaks that grow with the audio: ``append`` chunks, ask ``peaks(pixels)`` at any time.

    Not thread-safe: append and read from one thread (the UI's, or guard it yourself).
    """

    def __init__(self, rate: int, bin_frames: int = 64, capacity_seconds: float = 60.0) -> None:
        if bin_frames < 1:
            raise ValueError("bin_frames must be at least 1")
        self.rate = rate
        self.bin_frames = bin_frames
        capacity = max(16, int(capacity_seconds * rate / bin_frames) + 2)
        self._lows = np.zeros(capacity, dtype=np.float32)
        self._highs = np.zeros(capacity, dtype=np.float32)
        self._bins = 0  # complete bins
        self._pending = np.zeros(bin_frames, dtype=np.float32)
        self._pending_len = 0
        self._frames = 0

    @property
    def frames(self) -> int:
        return self._frames

    @property
    def duration(self) -> float:
        return self._frames / self.rate if self.rate else 0.0

    def clear(self) -> None:
        self._bins = self._pending_len = self._frames = 0

    def append(self, chunk: Samples | bytes) -> None:
        """Add samples (float32, or pcm16 bytes as the API streams them)."""
        data = pcm16_to_float(chunk) if isinstance(chunk, bytes | bytearray) else chunk
        x = np.asarray(data, dtype=np.float32).ravel()
        if x.size == 0:
            return
        self._frames += x.size
        size = self.bin_frames
        if self._pending_len:
            take = min(size - self._pending_len, x.size)
            self._pending[self._pending_len : self._pending_len + take] = x[:take]
            self._pending_len += take
            x = x[take:]
            if self._pending_len < size:
                return
            self._push(self._pending[None, :])
            self._pending_len = 0
        whole = (x.size // size) * size
        if whole:
            self._push(x[:whole].reshape(-1, size))
        rest = x.size - whole
        self._pending[:rest] = x[whole:]
        self._pending_len = rest

    def _push(self, blocks: Samples) -> None:
        count = blocks.shape[0]
        need = self._bins + count + 1  # one spare slot for the partial bin in peaks()
        if need > self._lows.size:
            grown = max(need, 2 * self._lows.size)
            for name in ("_lows", "_highs"):
                old = getattr(self, name)
                new = np.zeros(grown, dtype=np.float32)
                new[: self._bins] = old[: self._bins]
                setattr(self, name, new)
        self._lows[self._bins : self._bins + count] = blocks.min(axis=1)
        self._highs[self._bins : self._bins + count] = blocks.max(axis=1)
        self._bins += count

    def peaks(self, pixels: int, span_frames: int | None = None) -> Peaks:
        """Min/max for ``pixels`` columns covering the audio so far (or ``span_frames`` frames,
        when the view has a fixed time scale; columns past the audio are zero)."""
        count = self._bins
        if self._pending_len:
            if count + 1 > self._lows.size:
                self._push(np.zeros((0, self.bin_frames), dtype=np.float32))
            part = self._pending[: self._pending_len]
            self._lows[count] = part.min()
            self._highs[count] = part.max()
            count += 1
        span = self._frames if span_frames is None else span_frames
        if pixels <= 0 or span <= 0:
            return np.zeros((max(0, pixels), 2), dtype=np.float32)
        per_pixel = span / pixels / self.bin_frames
        return _reduce(self._lows, self._highs, count, pixels, per_pixel)


def clip_peaks(data: bytes, fmt: str | None, pixels: int) -> tuple[float, Peaks]:
    """Duration and waveform peaks of encoded audio (it decodes: keep it off the UI thread)."""
    from app.audio.codecs import decode

    decoded = decode(data, fmt)
    return decoded.duration, compute_peaks(decoded.samples, pixels)
