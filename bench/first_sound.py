"""First sound: how long from a streamed reply's first audio chunk to the sound device.

Run against a real sound server (the test suite's private PulseAudio null sink):
    packaging/dev.sh with-services .venv/bin/python bench/first_sound.py

Parley: ``start_stream()`` and ``append(first chunk)`` at the same instant (the worst case: the
stream is opened on the spot), 0.4 s of pcm16 as gpt-audio-1.5 sends it. "Own" is Parley's part,
from the chunk to the audio callback writing its first audible sample, jitter buffer wait excluded
(with a 0.4 s chunk there is none); "total" adds the jitter wait and the stream's reported output
latency. A warm run (stream already open) is shown too. Baseline: a bare sounddevice OutputStream
opened at the same moment and writing the same chunk from its very first callback.
CPU: process CPU time per second of a ~5 s stream fed in real time, against the bare stream.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.audio.codecs import float_to_pcm16, pcm16_to_float
from app.audio.player import Player, PlayState
from app.core.catalog import PCM16_RATE

RUNS = 10
BUDGET_TOTAL_MS = 150.0
BUDGET_OWN_MS = 30.0
BUDGET_CPU_MS_PER_S = 50.0  # 5 % of one core
CHUNK_SECONDS = 0.4


def tone(seconds: float, freq: float = 440.0) -> bytes:
    t = np.arange(round(seconds * PCM16_RATE)) / PCM16_RATE
    return float_to_pcm16((0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32))


CHUNK = tone(CHUNK_SECONDS)
XRUNS = [0, 0]  # late blocks reported by the device: first-sound runs, CPU run


def wait_for(predicate: object, timeout: float = 5.0) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit("no sound reached the device: is the sound server running?")
        time.sleep(0.002)


def parley_cold() -> tuple[float, float]:
    """(own, total) seconds, opening the stream together with the first chunk."""
    player = Player()
    try:
        t0 = time.perf_counter()
        player.start_stream(PCM16_RATE)
        player.append(CHUNK)
        wait_for(lambda: player.first_sound() is not None)
        fs = player.first_sound()
        assert fs is not None
        own = fs.written_at - t0 - fs.jitter_wait
        total = fs.written_at + fs.offset + fs.output_latency - t0
        player.stop()
    finally:
        player.close()
        XRUNS[0] += player.xruns
    return own, total


def parley_warm(player: Player) -> tuple[float, float]:
    """(own, total) seconds with the stream already running (a reply just played)."""
    player.start_stream(PCM16_RATE)
    time.sleep(0.05)
    player.append(CHUNK)
    wait_for(lambda: player.first_sound() is not None)
    fs = player.first_sound()
    assert fs is not None
    player.stop()
    return fs.own, fs.total


def baseline() -> float:
    """Seconds from opening a bare OutputStream to its first callback, plus its latency."""
    import sounddevice as sd

    samples = pcm16_to_float(CHUNK)
    first: list[float] = []
    pos = [0]

    def callback(out: np.ndarray, frames: int, _t: object, _s: object) -> None:
        if not first:
            first.append(time.perf_counter())
        part = samples[pos[0] : pos[0] + frames]
        out[: len(part), 0] = part
        out[len(part) :] = 0
        pos[0] += frames

    t0 = time.perf_counter()
    stream = sd.OutputStream(
        samplerate=PCM16_RATE, channels=1, dtype="float32", callback=callback, latency=0.04
    )
    stream.start()
    wait_for(lambda: bool(first))
    latency = float(stream.latency)
    stream.abort()
    stream.close()
    return first[0] - t0 + latency


def cpu_parley(seconds: float = 5.0) -> float:
    """CPU seconds per second of audio for a stream fed chunk by chunk in real time."""
    chunks = int(seconds / CHUNK_SECONDS)
    with Player() as player:
        player.start_stream(PCM16_RATE)
        c0, w0 = time.process_time(), time.perf_counter()
        for i in range(chunks):
            player.append(CHUNK)
            time.sleep(max(0.0, w0 + (i + 1) * CHUNK_SECONDS - time.perf_counter()))
        player.end_stream()
        wait_for(lambda: player.state is PlayState.STOPPED, timeout=seconds + 5)
        cpu = time.process_time() - c0
        XRUNS[1] += player.xruns
    return cpu / (chunks * CHUNK_SECONDS)


def cpu_baseline(seconds: float = 5.0) -> float:
    """The same for a bare OutputStream copying the samples out (same block size and latency)."""
    import sounddevice as sd

    samples = np.tile(pcm16_to_float(CHUNK), int(seconds / CHUNK_SECONDS))
    pos = [0]

    def callback(out: np.ndarray, frames: int, _t: object, _s: object) -> None:
        part = samples[pos[0] : pos[0] + frames]
        out[: len(part), 0] = part
        out[len(part) :] = 0
        pos[0] += frames

    c0, w0 = time.process_time(), time.perf_counter()
    with sd.OutputStream(
        samplerate=PCM16_RATE,
        blocksize=PCM16_RATE // 100,
        channels=1,
        dtype="float32",
        callback=callback,
        latency=0.04,
    ):
        time.sleep(max(0.0, w0 + len(samples) / PCM16_RATE - time.perf_counter()))
    return (time.process_time() - c0) / (len(samples) / PCM16_RATE)


def ms(values: list[float]) -> float:
    return 1000.0 * statistics.median(values)


def main() -> int:
    cold_own, cold_total, warm_own, warm_total, base = [], [], [], [], []
    baseline()  # PortAudio's first open is slower for everyone: warm it up once
    with Player() as warm_player:
        for _ in range(RUNS):
            own, total = parley_cold()
            cold_own.append(own)
            cold_total.append(total)
            base.append(baseline())
            own, total = parley_warm(warm_player)
            warm_own.append(own)
            warm_total.append(total)
    cpu, cpu_base = cpu_parley(), cpu_baseline()

    print(f"first sound, median of {RUNS} runs, 0.4 s pcm16 first chunk:")
    print(
        f"  Parley, stream opened with the chunk: own {ms(cold_own):6.1f} ms, total "
        f"{ms(cold_total):6.1f} ms (min {1000 * min(cold_total):.1f}, max "
        f"{1000 * max(cold_total):.1f})"
    )
    print(
        f"  Parley, stream already open:          own {ms(warm_own):6.1f} ms, total "
        f"{ms(warm_total):6.1f} ms"
    )
    print(f"  baseline, bare sounddevice stream:    total {ms(base):6.1f} ms")
    print(
        f"  ratio Parley / baseline: {ms(cold_total) / ms(base):.2f} (cold), "
        f"{ms(warm_total) / ms(base):.2f} (warm)"
    )
    print(
        f"device underflows (late blocks): {XRUNS[0]} in the cold runs, {XRUNS[1]} in the "
        "5 s stream"
    )
    print(
        f"CPU per second of playback: Parley {1000 * cpu:.1f} ms/s, bare stream "
        f"{1000 * cpu_base:.1f} ms/s, ratio {cpu / cpu_base if cpu_base else float('nan'):.2f}"
    )

    def line(name: str, value: float, unit: str, budget: float) -> None:
        verdict = "PASS" if value <= budget else "FAIL"
        print(f"BENCH {name} {value:.1f} {unit} budget {budget:g} {verdict}")

    line("first_sound_total", ms(cold_total), "ms", BUDGET_TOTAL_MS)
    line("first_sound_own", ms(cold_own), "ms", BUDGET_OWN_MS)
    line("playback_cpu", 1000 * cpu, "ms/s", BUDGET_CPU_MS_PER_S)
    return 0


if __name__ == "__main__":
    sys.exit(main())
