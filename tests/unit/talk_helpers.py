"""Helpers for talk mode's tests on the private PulseAudio: a microphone sink to speak into, the
speaker's monitor to listen on (with arrival times), speech made with espeak-ng, noise, the
microphone unplugged and plugged back, and the speaker leaking into the microphone."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
import soundfile as sf

from tests.unit.pulse_helpers import null_sink_args

SPEAKER_SINK = "parley_test_sink"
MIC_SINK = "parley_mic"
MONITOR_RATE = 16_000

Samples = npt.NDArray[np.float32]


def _pactl(*args: str) -> str:
    if shutil.which("pactl") is None:
        pytest.fail("pactl is missing: talk mode's tests need pulseaudio-utils")
    done = subprocess.run(["pactl", *args], check=False, capture_output=True, text=True, timeout=10)
    if done.returncode != 0:
        raise RuntimeError(f"pactl {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def _names(kind: str) -> list[str]:
    return [line.split("\t")[1] for line in _pactl("list", "short", kind).splitlines() if line]


def set_default_source(source: str) -> None:
    """Make ``source`` the default source (only on the test server, which has it)."""
    if shutil.which("pactl") is None:
        return
    with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
        if source in _names("sources"):
            _pactl("set-default-source", source)


def wake_sink(sink: str) -> None:
    """Resume ``sink`` if module-suspend-on-idle suspended it (PulseAudio as it ships)."""
    with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
        _pactl("suspend-sink", sink, "0")


def ensure_microphone() -> None:
    """The microphone sink exists and its monitor is the default source."""
    if MIC_SINK not in _names("sinks"):
        _pactl("load-module", "module-null-sink", *null_sink_args(MIC_SINK))
        for _ in range(50):  # PipeWire's session manager makes the monitor a moment later
            if f"{MIC_SINK}.monitor" in _names("sources"):
                break
            time.sleep(0.1)
    if MIC_SINK not in _names("sinks"):
        pytest.fail(f"no {MIC_SINK} sink: run the tests under packaging/dev.sh test")
    _pactl("set-default-source", f"{MIC_SINK}.monitor")


def unplug_microphone() -> None:
    """Unload the microphone sink, as if the microphone were pulled out."""
    for line in _pactl("list", "short", "modules").splitlines():
        fields = line.split("\t")
        if len(fields) > 2 and f"sink_name={MIC_SINK}" in fields[2]:
            _pactl("unload-module", fields[0])


@contextlib.contextmanager
def speaker_leaks_into_microphone(latency_ms: int = 30) -> Iterator[None]:
    """Laptop speakers: what Parley plays reaches its microphone (module-loopback)."""
    module = _pactl(
        "load-module",
        "module-loopback",
        f"source={SPEAKER_SINK}.monitor",
        f"sink={MIC_SINK}",
        f"latency_msec={latency_ms}",
    ).strip()
    try:
        yield
    finally:
        with contextlib.suppress(RuntimeError):
            _pactl("unload-module", module)


def speech(folder: Path, name: str, text: str, voice: str = "en-us") -> tuple[Path, float]:
    """A WAV of ``text`` said by espeak-ng, and the seconds from its first to its last sound."""
    path = folder / f"{name}.wav"
    if not path.exists():
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", "150", "-w", str(path), text],
            check=True,
            timeout=30,
        )
    data, rate = sf.read(str(path), dtype="float32")
    return path, spoken_seconds(data, rate)


def spoken_seconds(x: Samples, rate: int, threshold: float = 0.01) -> float:
    size = rate // 100
    loud = [
        i
        for i in range(0, len(x) - size, size)
        if float(np.sqrt(np.mean(np.square(x[i : i + size])))) > threshold
    ]
    return (loud[-1] - loud[0] + size) / rate if loud else 0.0


def noise(folder: Path) -> Path:
    """Three seconds of loud pink noise, then a click and a cough-like burst: not speech."""
    path = folder / "noise.wav"
    if path.exists():
        return path
    rate = 16_000
    rng = np.random.default_rng(7)
    white = rng.standard_normal(3 * rate)
    spectrum = np.fft.rfft(white)
    spectrum[1:] /= np.sqrt(np.arange(1, spectrum.size))
    pink = np.fft.irfft(spectrum, white.size)
    pink *= 0.2 / np.max(np.abs(pink))
    gap = np.zeros(rate // 2)
    click = np.zeros(rate // 4)
    click[:40] = 0.8
    burst = rng.standard_normal(rate // 6) * np.hanning(rate // 6) * 0.5
    cough = np.convolve(burst, np.ones(8) / 8, mode="same")
    x = np.concatenate([pink, gap, click, gap, cough, gap]).astype(np.float32)
    sf.write(str(path), x, rate)
    return path


def say(path: Path) -> None:
    """Speak ``path`` into the microphone (returns when it has been played)."""
    subprocess.run(["paplay", f"--device={MIC_SINK}", str(path)], check=True, timeout=60)


def say_later(path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(["paplay", f"--device={MIC_SINK}", str(path)])


class Monitor:
    """Records a sink's monitor with parec, 16 kHz mono, each piece stamped as it arrives."""

    def __init__(self, sink: str = SPEAKER_SINK) -> None:
        self._pieces: list[tuple[float, Samples]] = []
        self._lock = threading.Lock()
        self._proc = subprocess.Popen(
            [
                "parec",
                f"--device={sink}.monitor",
                "--format=s16le",
                f"--rate={MONITOR_RATE}",
                "--channels=1",
                "--latency-msec=10",
            ],
            stdout=subprocess.PIPE,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        out = self._proc.stdout
        assert out is not None
        while True:
            chunk = out.read1(640)  # type: ignore[attr-defined]
            if not chunk:
                return
            x = np.frombuffer(chunk[: len(chunk) - len(chunk) % 2], np.int16) / 32768.0
            with self._lock:
                self._pieces.append((time.perf_counter(), x.astype(np.float32)))

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)
        self._thread.join(5)

    def __enter__(self) -> Monitor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def samples(self) -> Samples:
        with self._lock:
            pieces = [x for _, x in self._pieces]
        return np.concatenate(pieces) if pieces else np.zeros(0, np.float32)

    def loud_at(self, since: float, threshold: float = 0.01) -> list[tuple[float, bool]]:
        """(arrival time, sounding) per piece that arrived after ``since``."""
        with self._lock:
            pieces = [(t, x) for t, x in self._pieces if t >= since]
        return [(t, float(np.sqrt(np.mean(np.square(x)))) > threshold) for t, x in pieces if x.size]

    def sounding(self, since: float, seconds: float = 0.1) -> bool:
        """Was there sound in the last ``seconds`` (of what arrived after ``since``)?"""
        now = time.perf_counter()
        return any(loud for t, loud in self.loud_at(since) if t >= now - seconds)

    def sounded(self, since: float) -> float:
        """Seconds of sound (10 ms blocks over the threshold) among what arrived after ``since``:
        how much of a reply a listener has heard so far."""
        with self._lock:
            pieces = [x for t, x in self._pieces if t >= since]
        x = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        size = MONITOR_RATE // 100
        blocks = x[: x.size - x.size % size].reshape(-1, size)
        return int(np.count_nonzero(np.sqrt(np.mean(np.square(blocks), axis=1)) > 0.01)) / 100

    def played(self, since: float, hold: float = 0.5) -> float | None:
        """Seconds of sound from the first 10 ms that sounded after ``since`` to the start of
        the first ``hold`` seconds of silence after it, counted in the monitor's own samples
        (what the speaker played, however its pieces arrived)."""
        with self._lock:
            pieces = [x for t, x in self._pieces if t >= since]
        x = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        size = MONITOR_RATE // 100
        blocks = x[: x.size - x.size % size].reshape(-1, size)
        loud = np.sqrt(np.mean(np.square(blocks), axis=1)) > 0.01
        first = int(np.argmax(loud)) if loud.any() else None
        if first is None:
            return None
        quiet, need = 0, round(hold * 100)
        for i in range(first, loud.size):
            quiet = 0 if loud[i] else quiet + 1
            if quiet >= need:
                return (i + 1 - quiet - first) / 100
        return None

    def silent_from(self, since: float, hold: float = 0.3) -> float | None:
        """The arrival time after ``since`` from which it stayed silent for ``hold`` seconds."""
        start: float | None = None
        for t, loud in self.loud_at(since):
            if loud:
                start = None
            elif start is None:
                start = t
            elif t - start >= hold:
                return start
        return None


def wav_seconds(data: bytes) -> float:
    import io

    info = sf.info(io.BytesIO(data))
    return float(info.frames) / float(info.samplerate)
