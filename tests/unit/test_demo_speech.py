"""The demo's offline synthesizer: real speech from espeak-ng, one audible voice per API voice."""

from __future__ import annotations

import numpy as np
import pytest

from app.audio.codecs import Samples
from app.core.catalog import PCM16_RATE, VOICES
from app.demo.speech import SpeechError, Synthesizer

SENTENCE = "The quick brown fox jumps over the lazy dog. Parley speaks in many voices."


def pitch(samples: Samples, rate: int = PCM16_RATE) -> float:
    """Median fundamental frequency (Hz) of the voiced frames, by autocorrelation."""
    size = 1024
    found = []
    for start in range(0, len(samples) - size, size // 2):
        frame = samples[start : start + size].astype(np.float64)
        if np.sqrt(np.mean(frame**2)) < 0.02:
            continue
        frame -= frame.mean()
        ac = np.correlate(frame, frame, "full")[size - 1 :]
        low, high = rate // 400, rate // 60
        found.append(rate / (low + int(np.argmax(ac[low:high]))))
    return float(np.median(found))


@pytest.fixture(scope="module")
def synth() -> Synthesizer:
    return Synthesizer()


def test_speaks_a_sentence_as_24khz_speech(synth: Synthesizer) -> None:
    samples = synth.speak("alloy", SENTENCE)
    seconds = len(samples) / PCM16_RATE
    assert 3.0 < seconds < 8.0  # fourteen words at a speaking pace
    assert samples.dtype == np.float32
    assert 0.05 < float(np.abs(samples).max()) <= 1.0
    assert float(np.sqrt(np.mean(samples**2))) > 0.01  # speech, not silence


def test_a_deep_voice_and_a_high_voice_differ_in_pitch(synth: Synthesizer) -> None:
    deep = pitch(synth.speak("onyx", SENTENCE))
    high = pitch(synth.speak("shimmer", SENTENCE))
    assert 60 < deep < 150
    assert high > 1.6 * deep


def test_every_catalog_voice_sounds_different(synth: Synthesizer) -> None:
    spoken = {voice: synth.speak(voice, "Hello from Parley.") for voice in VOICES}
    fingerprints = {
        voice: (len(s), round(float(np.sqrt(np.mean(s**2))), 5)) for voice, s in spoken.items()
    }
    assert len(set(fingerprints.values())) == len(VOICES)


def test_the_known_custom_voice_speaks_and_an_unknown_voice_is_refused(
    synth: Synthesizer,
) -> None:
    assert len(synth.speak("voice_parley_demo", "Custom voice.")) > PCM16_RATE // 2
    with pytest.raises(SpeechError, match="no demo voice"):
        synth.speak("voice_nobody", "Hello.")


def test_repeated_text_is_the_sentence_tiled_with_pauses(synth: Synthesizer) -> None:
    once = synth.speak("nova", "One more time.")
    thrice = synth.speak_repeated("nova", "One more time.", 3)
    gap = int(0.25 * PCM16_RATE)
    assert len(thrice) == 3 * len(once) + 2 * gap
    np.testing.assert_array_equal(thrice[len(once) + gap : 2 * len(once) + gap], once)


def test_cached_speech_is_the_same_and_cannot_be_altered(synth: Synthesizer) -> None:
    first = synth.speak("echo", "Cache me.")
    assert synth.speak("echo", "Cache me.") is first
    with pytest.raises(ValueError, match="read-only"):
        first[0] = 1.0
