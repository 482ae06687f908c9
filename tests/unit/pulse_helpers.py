"""The test run's own sound server, for faults a desktop's sound server causes: freezing it (what a
busy or restarting server does to its clients), adding a second sink, unplugging one, and
recording any sink's monitor.

The server is one of packaging/sound-server.sh's flavours, named by ``PARLEY_SOUND_SERVER``:
``pulseaudio`` (as it ships), ``tuned`` (null sinks with norewinds=1) or ``pipewire``; the same
``pactl`` drives all three, and its pids are listed under ``$XDG_RUNTIME_DIR/parley-sound``."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt

Samples = npt.NDArray[np.float32]
MONITOR_RATE = 48_000


#: Which sound server the tests run on (packaging/dev.sh sets it).
SOUND_SERVER = os.environ.get("PARLEY_SOUND_SERVER", "tuned")


def null_sink_args(name: str) -> list[str]:
    """module-null-sink's arguments for a sink like the test run's own (rewinding unless tuned)."""
    args = [f"sink_name={name}", "rate=48000"]
    if SOUND_SERVER == "pipewire":  # mono, as packaging/sound-server.sh makes them there
        return [*args, "channels=1", "channel_map=mono"]
    return [*args, "norewinds=1"] if SOUND_SERVER == "tuned" else args


def server_pids() -> list[int]:
    """The processes that make up the test run's sound server (PulseAudio is one; PipeWire is
    pipewire, wireplumber and pipewire-pulse)."""
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    listed = runtime / "parley-sound" / "pids"
    if listed.exists():
        return [int(p) for p in listed.read_text().split()]
    pulse = os.environ.get("PULSE_RUNTIME_PATH") or str(runtime / "pulse")
    return [int(Path(pulse, "pid").read_text().split()[0])]


@contextlib.contextmanager
def frozen_server() -> Iterator[None]:
    """The sound server stops answering (SIGSTOP) until the block ends (SIGCONT)."""
    pids = server_pids()
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)


def pactl(*args: str) -> str:
    return subprocess.run(
        ["pactl", *args], check=True, capture_output=True, text=True, timeout=10
    ).stdout.strip()


def default_sink() -> str:
    return pactl("get-default-sink")


@contextlib.contextmanager
def extra_sink(name: str) -> Iterator[str]:
    """A second null sink for the block: yields the module id (to unplug it with ``unplug``);
    the default sink is set back afterwards."""
    before = default_sink()
    module = pactl("load-module", "module-null-sink", *null_sink_args(name))
    for _ in range(50):  # PipeWire's session manager makes the node a moment later
        if name in pactl("list", "short", "sinks"):
            break
        time.sleep(0.1)
    try:
        yield module
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            pactl("unload-module", module)
        pactl("set-default-sink", before)


def unplug(module: str) -> None:
    pactl("unload-module", module)


class SinkRecording:
    """Records one sink's monitor with parec, timestamping nothing: float32 mono at 48 kHz."""

    def __init__(self, sink: str) -> None:
        self.rate = MONITOR_RATE
        self._proc = subprocess.Popen(
            [
                *("parec", f"--device={sink}.monitor", "--format=float32le"),
                *(f"--rate={MONITOR_RATE}", "--channels=1", "--latency-msec=20"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._data = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        while chunk := self._proc.stdout.read1(65536):
            self._data += chunk

    def __enter__(self) -> SinkRecording:
        time.sleep(0.2)  # a monitor's stream starts late
        return self

    def __exit__(self, *exc: object) -> None:
        time.sleep(0.15)
        self._proc.terminate()
        self._proc.wait(timeout=5)
        self._reader.join(timeout=5)

    def samples(self) -> Samples:
        usable = len(self._data) - len(self._data) % 4
        return np.frombuffer(bytes(self._data[:usable]), dtype=np.float32).copy()
