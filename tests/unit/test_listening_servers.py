"""Talk mode's microphone on the sound servers people have (PulseAudio as it ships, PipeWire):
a source that wakes from suspend or delivers in a burst is waited for; a microphone unplugged, or
a sound server that goes away, is reported within about two seconds; and listening works again
once the server is back (a PipeWire restart)."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.audio.listening import Listener, ListenEvent, ListenFailed, Utterance
from tests.unit.pulse_helpers import SOUND_SERVER, frozen_server
from tests.unit.talk_helpers import MIC_SINK, _pactl, say, speech, unplug_microphone

ROOT = Path(__file__).resolve().parents[2]


class Heard:
    """A running Listener and what it reported, with the time each event came."""

    def __init__(self) -> None:
        self.events: queue.SimpleQueue[tuple[float, ListenEvent]] = queue.SimpleQueue()
        self.listener = Listener(lambda e: self.events.put((time.monotonic(), e)))

    def next(self, kind: type, timeout: float) -> tuple[float, ListenEvent] | None:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                at, event = self.events.get(timeout=left)
            except queue.Empty:
                return None
            if isinstance(event, kind | ListenFailed):
                return at, event
        return None


@pytest.fixture
def heard(microphone: str) -> Iterator[Heard]:
    h = Heard()
    yield h
    h.listener.stop()


@pytest.fixture
def voices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


def test_a_microphone_waking_from_suspend_is_waited_for(heard: Heard, voices: Path) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    _pactl("suspend-sink", MIC_SINK, "1")  # its monitor delivers nothing until it wakes
    try:
        heard.listener.start()
        assert heard.next(ListenFailed, timeout=2.5) is None  # waking, not gone
    finally:
        _pactl("suspend-sink", MIC_SINK, "0")
    say(question)
    got = heard.next(Utterance, timeout=10)
    assert got is not None and isinstance(got[1], Utterance), got


def test_a_burst_after_the_server_froze_is_no_vanished_microphone(
    heard: Heard, voices: Path
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    heard.listener.start()
    time.sleep(0.5)
    with frozen_server():  # busy: nothing for two seconds, then all of it at once
        time.sleep(2.0)
    say(question)
    got = heard.next(Utterance, timeout=10)
    assert got is not None and isinstance(got[1], Utterance), got


def test_an_unplugged_microphone_is_reported_within_two_seconds(heard: Heard) -> None:
    heard.listener.start()
    time.sleep(0.5)
    unplugged = time.monotonic()
    unplug_microphone()
    got = heard.next(ListenFailed, timeout=5)
    assert got is not None and isinstance(got[1], ListenFailed)
    assert got[0] - unplugged < 2.0
    assert "went away" in got[1].message
    error = got[1].error  # what the window words in its own language
    assert error is not None and error.kind == "mic_gone" and str(error) == got[1].message
    assert error.data["name"] and error.data["now"] and error.data["now"] != error.data["name"]


def _server(*args: str) -> None:
    subprocess.run(
        [str(ROOT / "packaging" / "sound-server.sh"), *args], check=True, timeout=60, env=os.environ
    )


# In a process of its own: a stream whose server was killed may leave PortAudio's ALSA thread
# spinning (and writing to stderr) in the process that had it open.
_RESTART = """
import queue, sys, time
from app.audio.listening import Listener, ListenFailed, Utterance
events = queue.SimpleQueue()

def first(kind, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            at, e = events.get(timeout=0.1)
        except queue.Empty:
            continue
        if isinstance(e, kind | ListenFailed):
            return at, e
    return None, None

listener = Listener(lambda e: events.put((time.monotonic(), e)))
listener.start()
print("listening", flush=True)
sys.stdin.readline()  # the server was killed
gone = time.monotonic()
at, e = first(ListenFailed, 8)
print(f"failed {at - gone:.2f} {type(e).__name__} {e.error.kind}" if at else "not reported",
      flush=True)
listener.stop()
sys.stdin.readline()  # the server is back
again = Listener(lambda e: events.put((time.monotonic(), e)))
again.start()
print("listening again", flush=True)
sys.stdin.readline()  # the question was said
at, e = first(Utterance, 10)
print(f"heard {type(e).__name__}", flush=True)
again.stop()
"""


def test_a_sound_server_restarting_is_reported_and_listening_works_again(voices: Path) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    child = subprocess.Popen(
        [sys.executable, "-c", _RESTART],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None

    def tell() -> str:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        return child.stdout.readline().strip()

    try:
        assert child.stdout.readline().strip() == "listening"
        time.sleep(0.5)
        try:
            _server("kill")  # as a crash (or PipeWire restarting) does
            failed = tell().split()
        finally:
            _server("start", SOUND_SERVER)
        assert failed[0] == "failed" and failed[2] == "ListenFailed", failed
        # server_gone when pactl's subscription ends first, mic_stopped when the silence does
        assert failed[3] in ("server_gone", "mic_stopped"), failed
        assert float(failed[1]) < 2.0  # reported within two seconds
        assert tell() == "listening again"
        say(question)
        assert tell() == "heard Utterance"
    finally:
        child.kill()
        child.wait(10)
