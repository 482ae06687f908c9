"""Talk mode: how quickly Parley answers the end of speech, how quickly it falls silent when the
user speaks over a reply, and what listening costs.

Run against the test services' private sound server (a speaker sink and a microphone sink), on
each of them (PulseAudio as it ships, tuned PulseAudio, PipeWire):
    packaging/dev.sh with-services --sound SERVER .venv/bin/python bench/talk_latency.py
(SERVER: pulseaudio, tuned or pipewire).
It says which server it ran on (``PARLEY_SOUND_SERVER`` and ``pactl info``) first and at the end
of each BENCH line.

Speech is espeak-ng played into the microphone sink (paplay); ``parec`` stamps what arrives on the
microphone's and the speaker's monitors; the talk loop (``app.core.talk.loop``, as ``parley talk``
runs it) talks to the demo server in this process over real HTTP.

1. End of speech to the request: from the last sound of an utterance on the microphone's monitor to
   the moment the demo server has the request, minus the end-of-speech silence setting (0.7 s).
   Baseline: when a bare sounddevice input stream on the same microphone received that last sound.
2. Barge-in: from the onset of speech over a playing reply (on the microphone's monitor) to the
   speaker's monitor going silent. The first interruption comes over the session's first reply,
   in AEC3's first seconds (where, alone, it would hold the user's speech back). Baseline: a bare
   sounddevice output stream aborted at a known instant, to silence on the same monitor (the
   floor of any "stop").
3. CPU of listening (capture, Silero VAD, endpointing) while speech plays into the microphone, as %
   of one core, against a bare sounddevice input stream in the same run; and the same while a
   reply plays, when WebRTC AEC3 and a second Silero (on the microphone as it is) run too.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.audio.listening import Listener
from app.core.client import ChatClient
from app.core.talk.events import StateChanged, TalkEvent, TalkOptions, TalkState
from app.core.talk.loop import TalkLoop
from app.demo.faults import Faults
from app.demo.server import DemoServer

RUNS = 5
END_SILENCE = 0.7
BUDGET_END_MS, BUDGET_BARGE_MS, BUDGET_CPU_PCT = 100.0, 150.0, 10.0
CPU_SECONDS = 8.0
MIC, SPEAKER = "parley_mic", "parley_test_sink"
REPLY = "This is a long reply from the Parley demo server, made to measure how Parley copes."
LOUD = 0.01


class Tap:
    """parec on a sink's monitor, 16 kHz mono, each 10 ms piece stamped as it arrives."""

    def __init__(self, sink: str) -> None:
        self.pieces: list[tuple[float, float]] = []  # (arrival, rms)
        self.tid = 0  # the reading thread's id (its CPU is the bench's, not Parley's)
        self._proc = subprocess.Popen(
            [
                "parec",
                f"--device={sink}.monitor",
                "--format=s16le",
                "--rate=16000",
                "--channels=1",
                "--latency-msec=10",
            ],
            stdout=subprocess.PIPE,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        self.tid = threading.get_native_id()
        out = self._proc.stdout
        assert out is not None
        while chunk := out.read1(320):  # type: ignore[attr-defined]
            x = np.frombuffer(chunk[: len(chunk) - len(chunk) % 2], np.int16) / 32768.0
            if x.size:
                self.pieces.append((time.perf_counter(), float(np.sqrt(np.mean(x * x)))))

    def cpu_seconds(self) -> float:
        """Processor time the reading thread has used so far (Linux: /proc)."""
        try:
            fields = Path(f"/proc/self/task/{self.tid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)

    def last_loud(self, since: float, until: float) -> float:
        return max(t for t, r in list(self.pieces) if since <= t <= until and r > LOUD)

    def first_loud(self, since: float) -> float:
        return min(t for t, r in list(self.pieces) if t >= since and r > LOUD)

    def silent_from(self, since: float, hold: float = 0.4) -> float | None:
        start = None
        for t, r in [p for p in list(self.pieces) if p[0] >= since]:
            if r > LOUD:
                start = None
            elif start is None:
                start = t
            elif t - start >= hold:
                return start
        return None


def espeak(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text], check=True)
    return path


async def until(predicate: Any, what: str, timeout: float = 30.0) -> None:  # noqa: ASYNC109
    """Poll ``predicate()`` (letting the loop run) until it is true."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


async def wait_state(states: list[TalkState], want: TalkState) -> None:
    await until(lambda: states and states[-1] is want, want.value)


async def say(path: Path) -> None:
    await asyncio.get_running_loop().run_in_executor(
        None, lambda: subprocess.run(["paplay", f"--device={MIC}", str(path)], check=True)
    )


def watch_requests(server: DemoServer, arrivals: list[float], stop: threading.Event) -> None:
    seen = 0
    while not stop.is_set():
        n = sum(1 for _m, p, _b in list(server.requests) if p.endswith("/chat/completions"))
        if n > seen:
            arrivals.extend([time.perf_counter()] * (n - seen))
            seen = n
        time.sleep(0.0005)


def start_loop(server: DemoServer) -> tuple[TalkLoop, list[TalkState], asyncio.Task[None]]:
    states: list[TalkState] = []

    def on_event(event: TalkEvent) -> None:
        if isinstance(event, StateChanged):
            states.append(event.state)

    loop = TalkLoop(ChatClient(server.url, None), TalkOptions(end_silence=END_SILENCE), on_event)
    return loop, states, asyncio.ensure_future(loop.run())


async def end_of_speech(folder: Path) -> tuple[list[float], list[float]]:
    import sounddevice as sd

    question = espeak(folder, "q", "What time is it in Paris right now?")
    bare: list[tuple[float, float]] = []

    def callback(indata: Any, _f: int, _t: Any, _s: Any) -> None:
        x = indata[:, 0].astype(np.float32) / 32768.0
        bare.append((time.perf_counter(), float(np.sqrt(np.mean(x * x)))))

    mic, arrivals, stop = Tap(MIC), [], threading.Event()
    with DemoServer() as server:
        threading.Thread(target=watch_requests, args=(server, arrivals, stop), daemon=True).start()
        stream = sd.InputStream(
            samplerate=16000, blocksize=160, channels=1, dtype="int16", callback=callback
        )
        stream.start()
        loop, states, task = start_loop(server)
        figures, baseline = [], []
        for _ in range(RUNS):
            await wait_state(states, TalkState.LISTENING)
            before, began = len(arrivals), time.perf_counter()
            await say(question)
            await until(lambda: len(arrivals) > before, "the request")  # noqa: B023
            got = arrivals[before]
            spoken_end = mic.last_loud(began, got)
            bare_end = max(t for t, r in list(bare) if began <= t <= got and r > LOUD)
            figures.append((got - spoken_end - END_SILENCE) * 1000)
            baseline.append((bare_end - spoken_end) * 1000)
            await wait_state(states, TalkState.SPEAKING)
            await wait_state(states, TalkState.LISTENING)
        loop.stop()
        await task
        stream.stop()
        stream.close()
        stop.set()
    mic.close()
    return figures, baseline


async def barge_in(folder: Path) -> list[float]:
    question = espeak(folder, "q", "What time is it in Paris right now?")
    over = espeak(folder, "over", "Hey, wait a moment, what about Tokyo?")
    mic, speaker = Tap(MIC), Tap(SPEAKER)
    figures = []
    with DemoServer(faults=Faults(reply_seconds=10.0), realtime=True) as server:
        loop, states, task = start_loop(server)
        for _ in range(RUNS + 1):  # the first: the session's first reply, AEC3 just started
            server.faults.reply_seconds = 10.0
            await wait_state(states, TalkState.LISTENING)
            await say(question)
            await wait_state(states, TalkState.SPEAKING)
            await asyncio.sleep(1.2)
            began = time.perf_counter()
            server.faults.reply_seconds = None  # the answer to the interruption is short
            await say(over)
            await wait_state(states, TalkState.SPEAKING)  # the answer to the interruption
            onset = mic.first_loud(began)
            silent = speaker.silent_from(onset - 0.05)
            if silent is None:
                raise SystemExit("the reply went on playing over the user")
            figures.append((silent - onset) * 1000)
            await wait_state(states, TalkState.LISTENING)
        loop.stop()
        await task
    mic.close()
    speaker.close()
    return figures


def stop_baseline() -> list[float]:
    import sounddevice as sd

    speaker, figures = Tap(SPEAKER), []
    t = np.arange(16000) / 16000
    wave = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    for _ in range(RUNS):

        def callback(out: Any, frames: int, _t: Any, _s: Any, pos: list[int] = [0]) -> None:  # noqa: B006 - one position per stream
            out[:, 0] = np.resize(np.roll(wave, -pos[0]), frames)[:frames]
            pos[0] = (pos[0] + frames) % wave.size

        stream = sd.OutputStream(
            samplerate=16000,
            blocksize=160,
            channels=1,
            dtype="float32",
            latency=0.04,
            callback=callback,
        )
        stream.start()
        time.sleep(0.8)
        stopped = time.perf_counter()
        stream.abort()
        stream.close()
        time.sleep(0.8)
        silent = speaker.silent_from(stopped - 0.05)
        figures.append(((silent or stopped) - stopped) * 1000)
    speaker.close()
    return figures


def cpu(listen: bool, speech: Path, *, over_reply: bool = False) -> float:
    import sounddevice as sd

    stop, current = threading.Event(), []

    def talk() -> None:  # speech into the microphone, again and again
        while not stop.is_set():
            proc = subprocess.Popen(["paplay", f"--device={MIC}", str(speech)])
            current.append(proc)
            proc.wait()

    talker = threading.Thread(target=talk, daemon=True)
    talker.start()
    try:
        if listen:
            source: Any = Listener(lambda _e: None, echo_cancelling=True)
            if over_reply:  # a reply "plays" (the echo reference runs; no player needed here)
                import soundfile as sf

                voice, rate = sf.read(str(espeak(speech.parent, "reply", REPLY)), dtype="int16")
                reply = np.tile(voice, 60)
                t0 = time.perf_counter()
                source.far.begin(rate, lambda at: at - t0)
                source.far.append(reply.tobytes())
        else:
            source = sd.InputStream(
                samplerate=16000,
                blocksize=160,
                channels=1,
                dtype="int16",
                callback=lambda i, f, t, s: i.copy(),
            )
        source.start()
        time.sleep(1.0)
        c0, w0 = time.process_time(), time.perf_counter()
        time.sleep(CPU_SECONDS)
        used = (time.process_time() - c0) / (time.perf_counter() - w0) * 100
        source.stop()
        return used
    finally:
        stop.set()
        for proc in current:
            if proc.poll() is None:
                proc.terminate()
        talker.join(10)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def sound_server() -> tuple[str, str]:
    """The test services' flavour, and the server's own name for itself (pactl info)."""
    flavour = os.environ.get("PARLEY_SOUND_SERVER", "unknown")
    try:
        info = subprocess.run(
            ["pactl", "info"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        info = ""
    name = next(
        (line.split(":", 1)[1].strip() for line in info.splitlines() if "Server Name" in line),
        "no sound server",
    )
    version = next(
        (line.split(":", 1)[1].strip() for line in info.splitlines() if "Server Version" in line),
        "",
    )
    return flavour, f"{name} {version}".strip()


def main() -> None:
    flavour, server = sound_server()
    print(f"sound server: {flavour} ({server})", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="parley-talk-bench-"))
    ends, bare_ends = asyncio.run(end_of_speech(folder))
    barges = asyncio.run(barge_in(folder))
    stops = stop_baseline()
    speech = espeak(folder, "cpu", "Parley listens while you talk, and this is a long sentence.")
    bare_cpu = cpu(False, speech)
    parley_cpu = cpu(True, speech)
    over_cpu = cpu(True, speech, over_reply=True)
    end_ms, barge_ms = statistics.median(ends), statistics.median(barges)
    print(
        f"end of speech to request, minus the {END_SILENCE:g} s silence setting (ms): "
        + ", ".join(f"{x:.0f}" for x in ends)
        + f"; median {end_ms:.0f}"
    )
    print(
        "  baseline, a bare sounddevice input stream receiving that last sound (ms): "
        + ", ".join(f"{x:.0f}" for x in bare_ends)
        + f"; median {statistics.median(bare_ends):.0f}"
    )
    print(
        "speech onset over a reply to silence on the speaker (ms): "
        + ", ".join(f"{x:.0f}" for x in barges)
        + f"; median {barge_ms:.0f}, worst {max(barges):.0f}"
    )
    print(
        f"  the first of them over the session's first reply, while AEC3 is still learning:"
        f" {barges[0]:.0f} ms (the echo gate hears what the echo cannot explain)"
    )
    print(
        "  baseline, a bare sounddevice output stream aborted, to silence (ms): "
        + ", ".join(f"{x:.0f}" for x in stops)
        + f"; median {statistics.median(stops):.0f}"
    )
    print(
        f"CPU listening (Silero VAD, endpointing, the echo gate): {parley_cpu:.1f} % of one core; "
        f"bare sounddevice input stream {bare_cpu:.1f} %"
    )
    print(
        f"  while a reply plays and the user talks over it all along (AEC3 and a second Silero"
        f" too): {over_cpu:.1f} % (the player's own CPU not included)"
    )
    print(
        f"BENCH talk_end_of_speech_to_request {end_ms:.1f} ms budget {BUDGET_END_MS:g} "
        f"{verdict(end_ms <= BUDGET_END_MS)} on {flavour}"
    )
    print(
        f"BENCH talk_barge_in_to_silence {barge_ms:.1f} ms budget {BUDGET_BARGE_MS:g} "
        f"{verdict(barge_ms <= BUDGET_BARGE_MS)} on {flavour}"
    )
    print(
        f"BENCH talk_listening_cpu {parley_cpu:.1f} % budget {BUDGET_CPU_PCT:g} "
        f"{verdict(parley_cpu <= BUDGET_CPU_PCT)} on {flavour}"
    )


if __name__ == "__main__":
    main()
