"""Helpers for the tests that play through the PulseAudio null sink and record its monitor."""

from __future__ import annotations

import os
import threading
import time
from types import TracebackType

import numpy as np
import numpy.typing as npt
import pytest

Samples = npt.NDArray[np.float32]
MONITOR_RATE = 48_000

#: A monitor of a sink that rewinds (PulseAudio as it ships) loses 60-200 ms at the start of a
#: stream and is no clean copy around a rewind: tests that measure exact lengths of sound or
#: silence on it measure the monitor, not Parley. They are expected to fail there (not skipped).
inexact_monitor = pytest.mark.xfail(
    os.environ.get("PARLEY_SOUND_SERVER") == "pulseaudio",
    reason="a rewinding sink's monitor is no exact copy of what was played",
    strict=False,
)


def tone(freq: float, seconds: float, rate: int = 24_000, amp: float = 0.5) -> Samples:
    t = np.arange(round(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def dominant_frequency(x: Samples, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[int(np.argmax(spectrum))])


def band_energy(x: Samples, rate: int, freq: float, width: float = 30.0) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / rate)
    return float(spectrum[(freqs > freq - width) & (freqs < freq + width)].sum())


def rms(x: Samples) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if len(x) else 0.0


def sounding(x: Samples, rate: int, window: float = 0.01, threshold: float = 0.01) -> list[bool]:
    """Per 10 ms window: is there sound in it?"""
    size = round(window * rate)
    return [rms(x[i : i + size]) > threshold for i in range(0, len(x) - size + 1, size)]


def regions(x: Samples, rate: int, window: float = 0.01, min_gap: float = 0.1) -> list[Samples]:
    """The stretches of sound, split where there are at least ``min_gap`` seconds of silence."""
    flags = sounding(x, rate, window)
    size = round(window * rate)
    out: list[tuple[int, int]] = []
    start: int | None = None
    quiet = 0
    for i, loud in enumerate([*flags, False]):
        if loud:
            if start is None:
                start = i
            quiet = 0
        elif start is not None:
            quiet += 1
            if quiet * window >= min_gap or i == len(flags):
                out.append((start, i - quiet + 1))
                start, quiet = None, 0
    return [x[a * size : b * size] for a, b in out]


def sound_seconds(x: Samples, rate: int) -> float:
    return sum(sounding(x, rate)) * 0.01


class MonitorRecording:
    """Records the default source (the test sink's monitor) while the block runs."""

    def __init__(self, rate: int = MONITOR_RATE) -> None:
        import sounddevice as sd

        self.rate = rate
        self._chunks: list[Samples] = []
        self._lock = threading.Lock()
        self._stream = sd.InputStream(
            samplerate=rate, channels=1, dtype="float32", callback=self._callback
        )

    def _callback(self, indata: Samples, frames: int, _time: object, _status: object) -> None:
        with self._lock:
            self._chunks.append(indata[:, 0].copy())

    def __enter__(self) -> MonitorRecording:
        self._stream.start()
        time.sleep(0.15)  # the monitor loses the first ~80 ms of a stream
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        time.sleep(0.1)
        self._stream.stop()
        self._stream.close()

    def samples(self) -> Samples:
        with self._lock:
            return np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)


def wait_until(predicate: object, timeout: float = 5.0) -> bool:
    """Poll ``predicate()`` until it is true or ``timeout`` seconds pass."""
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return bool(predicate())


def mutagen_tags(path: object) -> dict[str, str]:
    """Title, artist and comment of a file as mutagen reads them (ID3 in MP3 and WAV, Vorbis
    comments in FLAC and Ogg); empty values for what is missing."""
    import mutagen

    found = mutagen.File(path)
    assert found is not None, f"mutagen cannot read {path}"
    tags = found.tags
    if tags is None:
        return {"title": "", "artist": "", "comment": ""}
    if hasattr(tags, "getall"):  # ID3
        comments = tags.getall("COMM")
        return {
            "title": str(tags["TIT2"].text[0]) if "TIT2" in tags else "",
            "artist": str(tags["TPE1"].text[0]) if "TPE1" in tags else "",
            "comment": str(comments[0].text[0]) if comments else "",
        }
    return {k: str((tags.get(k) or [""])[0]) for k in ("title", "artist", "comment")}
