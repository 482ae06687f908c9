"""Levels and loudness: RMS and peak for meters, K-weighted gated loudness for fair comparison.

The loudness follows ITU-R BS.1770 closely enough to match voices against each other: K-weighting
(the standard high-shelf and high-pass biquads, applied as a zero-phase filter in the frequency
domain), 400 ms blocks with 75 % overlap, an absolute gate at -70 LUFS and a relative gate 10 LU
below the ungated mean. All vectorised with numpy; a minute of audio takes a few milliseconds.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

Samples = npt.NDArray[np.float32]

#: A common target for speech played side by side (EBU R128 is -23; speech apps use about -18).
DEFAULT_TARGET_LUFS = -18.0
SILENCE_DB = -120.0


def rms(samples: Samples) -> float:
    """Root mean square of the samples (0.0 for none)."""
    n = len(samples)
    if n == 0:
        return 0.0
    flat = np.asarray(samples, dtype=np.float32).ravel()
    return math.sqrt(float(np.dot(flat, flat)) / flat.size)


def peak(samples: Samples) -> float:
    """Largest absolute sample (0.0 for none)."""
    if len(samples) == 0:
        return 0.0
    return max(float(np.max(samples)), -float(np.min(samples)))


def to_db(value: float) -> float:
    """A linear amplitude in dBFS, floored at SILENCE_DB."""
    return 20.0 * math.log10(value) if value > 10.0 ** (SILENCE_DB / 20.0) else SILENCE_DB


def _biquad_power(
    b: tuple[float, float, float], a: tuple[float, float, float], cos_w: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """|B/A|² on the unit circle, in cosines only (no complex arithmetic)."""
    cos_2w = 2.0 * cos_w * cos_w - 1.0

    def power(c: tuple[float, float, float]) -> npt.NDArray[np.float64]:
        return (
            (c[0] ** 2 + c[1] ** 2 + c[2] ** 2)
            + 2.0 * (c[0] * c[1] + c[1] * c[2]) * cos_w
            + 2.0 * c[0] * c[2] * cos_2w
        )

    return power(b) / power(a)


def k_weighting_power(freqs: npt.NDArray[np.float64], rate: int) -> npt.NDArray[np.float64]:
    """|H(f)|² of BS.1770's K-weighting at ``freqs`` (Hz) for any rate (libebur128's design)."""
    w = np.cos(2.0 * np.pi * np.asarray(freqs, dtype=np.float64) / rate)
    # Stage 1: high shelf, about +4 dB above 1.5 kHz (the head's effect).
    q = 0.7071752369554196
    k = math.tan(math.pi * 1681.974450955533 / rate)
    vh = 10.0 ** (3.999843853973347 / 20.0)
    vb = vh**0.4996667741545416
    a0 = 1.0 + k / q + k * k
    shelf_b = (
        (vh + vb * k / q + k * k) / a0,
        2.0 * (k * k - vh) / a0,
        (vh - vb * k / q + k * k) / a0,
    )
    shelf_a = (1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0)
    # Stage 2: high pass at about 38 Hz (RLB weighting).
    q = 0.5003270373238773
    k = math.tan(math.pi * 38.13547087602444 / rate)
    a0 = 1.0 + k / q + k * k
    hp_b = (1.0, -2.0, 1.0)
    hp_a = (1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0)
    return _biquad_power(shelf_b, shelf_a, w) * _biquad_power(hp_b, hp_a, w)


def _fast_size(n: int) -> int:
    """The smallest 2^a·3^b·5^c not below ``n``: a length numpy's FFT handles quickly."""
    best = 1 << max(0, n - 1).bit_length()
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            size = p35
            while size < n:
                size *= 2
            best = min(best, size)
            p35 *= 3
        p5 *= 5
    return best


def integrated_loudness(samples: Samples, rate: int) -> float:
    """Gated loudness in LUFS of mono samples; ``-inf`` for silence or no samples."""
    x = np.asarray(samples, dtype=np.float64).ravel()
    if x.size == 0 or rate <= 0:
        return -math.inf
    pad = int(0.05 * rate)  # room for the filter's ring so the circular FFT does not wrap
    size = _fast_size(x.size + 2 * pad)
    spectrum = np.fft.rfft(x, size)
    freqs = np.fft.rfftfreq(size, 1.0 / rate).astype(np.float64)
    spectrum *= np.sqrt(k_weighting_power(freqs, rate))
    weighted = np.fft.irfft(spectrum, size)[: x.size]
    energy = np.concatenate(([0.0], np.cumsum(weighted * weighted)))
    block = round(0.4 * rate)
    if x.size <= block:
        blocks = np.array([energy[-1] / x.size])
    else:
        starts = np.arange(0, x.size - block + 1, max(1, block // 4))
        blocks = (energy[starts + block] - energy[starts]) / block
    blocks = blocks[blocks > 10.0 ** ((-70.0 + 0.691) / 10.0)]  # absolute gate
    if blocks.size == 0:
        return -math.inf
    relative = float(np.mean(blocks)) * 10.0 ** (-10.0 / 10.0)
    gated = blocks[blocks > relative]
    return -0.691 + 10.0 * math.log10(float(np.mean(gated)))


def gain_for_target(
    loudness: float,
    target: float = DEFAULT_TARGET_LUFS,
    *,
    sample_peak: float | None = None,
    max_boost_db: float = 20.0,
) -> float:
    """The linear gain that brings ``loudness`` (LUFS) to ``target``.

    Boosts are capped at ``max_boost_db`` and, given the clip's peak, at what keeps it unclipped.
    Silence gets 1.0.
    """
    if not math.isfinite(loudness):
        return 1.0
    gain_db = max(-40.0, min(max_boost_db, target - loudness))
    gain = math.pow(10.0, gain_db / 20.0)
    if sample_peak and sample_peak > 0 and gain > 1.0:
        gain = max(1.0, min(gain, 0.99 / sample_peak))
    return gain


def loudness_gain(samples: Samples, rate: int, target: float = DEFAULT_TARGET_LUFS) -> float:
    """The gain that plays ``samples`` at ``target`` LUFS without clipping."""
    return gain_for_target(integrated_loudness(samples, rate), target, sample_peak=peak(samples))
