"""Time stretch (Rubber Band through pedalboard): faster or slower, the pitch unchanged."""

from __future__ import annotations

import numpy as np
import pytest

from app.audio.stretch import clamp_speed, time_stretch
from app.demo.speech import Synthesizer
from tests.unit.sound_helpers import dominant_frequency, tone

RATE = 24_000


@pytest.mark.parametrize("speed", [0.5, 0.75, 1.5, 2.0])
def test_a_tone_lasts_one_over_speed_at_the_same_pitch(speed: float) -> None:
    clip = tone(440, 3.0, RATE)
    out = time_stretch(clip, RATE, speed)
    assert len(out) / RATE == pytest.approx(3.0 / speed, rel=0.01)
    middle = out[RATE // 4 : -RATE // 4]
    assert dominant_frequency(middle, RATE) == pytest.approx(440, abs=2)
    assert np.sqrt(np.mean(middle**2)) == pytest.approx(np.sqrt(np.mean(clip**2)), rel=0.15)


def test_speech_at_one_and_a_half_takes_two_thirds_of_the_time() -> None:
    speech = np.asarray(Synthesizer().speak("alloy", "The harbour was quiet before the boats."))
    out = time_stretch(speech, RATE, 1.5)
    assert len(out) == pytest.approx(len(speech) * 2 / 3, rel=0.01)


def test_normal_speed_is_the_same_samples_and_speeds_stay_in_range() -> None:
    clip = tone(300, 0.5, RATE)
    assert time_stretch(clip, RATE, 1.0) is clip
    assert clamp_speed(5) == 2.0 and clamp_speed(0.1) == 0.5
