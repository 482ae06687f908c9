"""Parley's loudness meter (app/audio/loudness.py) against pyloudnorm, the reference
implementation of ITU-R BS.1770-4 (an IIR K-weighting filter and gated 400 ms blocks): speech
of several voices, at several levels and rates, within 0.5 LU."""

from __future__ import annotations

import numpy as np
import pyloudnorm
import pytest

from app.audio.codecs import resample
from app.audio.loudness import integrated_loudness, loudness_gain
from app.core.catalog import PCM16_RATE
from app.demo.speech import Synthesizer

TEXT = (
    "Golden retrievers are gentle and patient. They love water, long walks and, above all, "
    "the people they live with."
)


@pytest.fixture(scope="module")
def speech() -> dict[str, np.ndarray]:
    synth = Synthesizer()
    return {voice: synth.speak(voice, TEXT) for voice in ("alloy", "coral", "onyx", "sage")}


@pytest.mark.parametrize("rate", [PCM16_RATE, 16_000, 44_100, 48_000])
@pytest.mark.parametrize("level", [1.0, 0.25, 0.05])
def test_speech_loudness_matches_the_reference(
    speech: dict[str, np.ndarray], rate: int, level: float
) -> None:
    for voice, clip in speech.items():
        x = resample(clip * np.float32(level), PCM16_RATE, rate)
        ours = integrated_loudness(x, rate)
        reference = pyloudnorm.Meter(rate).integrated_loudness(x.astype(np.float64))
        assert ours == pytest.approx(reference, abs=0.5), f"{voice} at {rate} Hz, x{level}"


def test_matched_clips_measure_at_the_target_by_the_reference(
    speech: dict[str, np.ndarray],
) -> None:
    meter = pyloudnorm.Meter(PCM16_RATE)
    for clip in speech.values():
        quiet = clip * np.float32(0.1)
        matched = quiet * np.float32(loudness_gain(quiet, PCM16_RATE, -30.0))
        assert meter.integrated_loudness(matched.astype(np.float64)) == pytest.approx(-30, abs=0.5)
