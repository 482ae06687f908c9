"""Waveform peaks: right shape and values, and the streamed builder agrees with the whole clip."""

from __future__ import annotations

import numpy as np
import pytest

from app.audio.codecs import float_to_pcm16
from app.audio.peaks import PeakBuilder, compute_peaks

RATE = 24_000


def envelope_tone(seconds: float = 2.0) -> np.ndarray:
    """A 440 Hz tone whose loudness climbs linearly from 0 to 0.8."""
    n = round(seconds * RATE)
    t = np.arange(n) / RATE
    return (np.linspace(0, 0.8, n) * np.sin(2 * np.pi * 440 * t)).astype(np.float32)


def test_peaks_follow_the_loudness_of_the_clip() -> None:
    clip = envelope_tone()
    peaks = compute_peaks(clip, 100)
    assert peaks.shape == (100, 2)
    assert peaks.dtype == np.float32
    expected = np.linspace(0, 0.8, 100) + 0.004  # the envelope at each column's end
    assert np.allclose(peaks[:, 1], expected, atol=0.02)
    assert np.allclose(peaks[:, 0], -expected, atol=0.02)
    assert np.all(np.diff(peaks[:, 1]) > 0)


def test_a_streamed_reply_gives_the_same_peaks_as_the_whole_clip() -> None:
    clip = envelope_tone()
    builder = PeakBuilder(RATE, bin_frames=64, capacity_seconds=0.5)  # forces growth
    rng = np.random.default_rng(7)
    pos = 0
    while pos < len(clip):
        size = int(rng.integers(1, 9000))
        chunk = clip[pos : pos + size]
        builder.append(chunk if pos % 2 else float_to_pcm16(chunk))  # both kinds of chunk
        pos += size
        if pos < len(clip):  # mid-stream: the columns cover what has arrived so far
            assert builder.peaks(50).shape == (50, 2)
    assert builder.frames == len(clip)
    assert builder.duration == pytest.approx(2.0)
    # 48 000 frames over 150 columns = 320 frames = 5 bins per column: exactly comparable
    # (pcm16 chunks are quantised to 16 bits, hence the tolerance)
    assert np.allclose(builder.peaks(150), compute_peaks(clip, 150), atol=1e-4)


def test_peaks_mid_stream_cover_the_audio_so_far_or_a_fixed_span() -> None:
    builder = PeakBuilder(RATE)
    builder.append(np.full(12_800, 0.5, np.float32))  # loud (200 bins of 64 frames)
    builder.append(np.zeros(12_800, np.float32))  # then as long a silence
    now = builder.peaks(10)
    assert np.allclose(now[:5, 1], 0.5)
    assert np.allclose(now[5:], 0.0)
    fixed = builder.peaks(40, span_frames=4 * 25_600)  # a view 4 times as long: a quarter used
    assert np.allclose(fixed[:5, 1], 0.5)
    assert np.allclose(fixed[5:], 0.0)
    builder.append(np.full(100, -0.25, np.float32))  # a partial bin at the end counts too
    assert builder.peaks(1)[0].tolist() == [-0.25, 0.5]


def test_more_columns_than_bins_and_empty_input() -> None:
    builder = PeakBuilder(RATE, bin_frames=64)
    assert builder.peaks(30).tolist() == [[0.0, 0.0]] * 30
    builder.append(np.array([0.1] * 64 + [-0.3] * 64, np.float32))
    zoomed = builder.peaks(8)  # 16 frames per column: each column shows its bin
    assert zoomed[:4].tolist() == [[pytest.approx(0.1), pytest.approx(0.1)]] * 4
    assert zoomed[4:].tolist() == [[pytest.approx(-0.3), pytest.approx(-0.3)]] * 4
    assert compute_peaks(np.zeros(0, np.float32), 5).tolist() == [[0.0, 0.0]] * 5
    assert compute_peaks(np.ones(10, np.float32), 0).shape == (0, 2)
    builder.clear()
    assert builder.frames == 0
    assert builder.peaks(3).tolist() == [[0.0, 0.0]] * 3


def test_ten_minutes_of_audio_reduce_to_a_small_array() -> None:
    builder = PeakBuilder(RATE)
    chunk = np.sin(np.arange(9_600) / 5).astype(np.float32)  # 0.4 s, as the API streams
    for _ in range(1_500):
        builder.append(chunk)
    peaks = builder.peaks(800)
    assert peaks.shape == (800, 2)
    assert np.allclose(peaks[:, 1], 1.0, atol=1e-3)
    assert np.allclose(peaks[:, 0], -1.0, atol=1e-3)
