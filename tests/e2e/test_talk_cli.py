"""``parley talk`` on a real PulseAudio: the test speaks into the microphone sink (espeak-ng
speech played with paplay), Parley hears the sink's monitor, sends what it heard to the demo server
over HTTP and plays the reply on the speaker sink, whose monitor the test listens to."""

from __future__ import annotations

import base64
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.demo.faults import Faults
from app.demo.server import DemoServer
from tests.e2e.cli_runner import cli_env
from tests.unit.sound_helpers import wait_until
from tests.unit.talk_helpers import (
    Monitor,
    ensure_microphone,
    noise,
    say,
    say_later,
    speaker_leaks_into_microphone,
    speech,
    unplug_microphone,
    wav_seconds,
)

pytestmark = pytest.mark.sound


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


_ALSA_NOISE = re.compile(r"ALSA lib \S+:\d+:\(\w+\) ")


class Talk:
    """A running ``parley talk``: its output lines, each stamped as it arrives."""

    def __init__(self, home: Path, url: str, *args: str) -> None:
        self.lines: list[tuple[float, str]] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", "talk", "--base-url", url, *args],
            env=cli_env(home),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            # libasound writes "ALSA lib pcm.c:N:(snd_pcm_recover) underrun occurred" to stderr
            # on a busy machine, in two writes that may land around one of Parley's lines
            line = _ALSA_NOISE.sub("", raw.rstrip("\n"))
            if line.strip() != "underrun occurred":
                self.lines.append((time.perf_counter(), line))

    def wait_for(self, pattern: str, after: int = 0, timeout: float = 20.0) -> int:
        """Index of the first line from ``after`` on matching ``pattern``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, (_, line) in enumerate(self.lines[after:], after):
                if re.search(pattern, line):
                    return i
            if self.proc.poll() is not None and self._reader.is_alive() is False:
                break
            time.sleep(0.02)
        raise AssertionError(f"no line matching {pattern!r}; output:\n{self.output()}")

    def output(self) -> str:
        return "\n".join(line for _, line in self.lines)

    def end(self, timeout: float = 15.0) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)


@pytest.fixture
def talks(home: Path) -> Iterator[list[Talk]]:
    started: list[Talk] = []
    yield started
    for talk in started:
        talk.close()


def chat_bodies(server: DemoServer) -> list[dict[str, Any]]:
    return [body for _m, path, body in server.requests if path.endswith("/chat/completions")]


def sent_audio_seconds(body: dict[str, Any]) -> float:
    """Seconds of the input_audio in the request's last user message."""
    message = [m for m in body["messages"] if m["role"] == "user"][-1]
    part = next(p for p in message["content"] if p["type"] == "input_audio")
    assert part["input_audio"]["format"] == "wav"
    return wav_seconds(base64.b64decode(part["input_audio"]["data"]))


def test_a_question_is_sent_as_input_audio_and_listening_resumes_after_the_reply(
    microphone: str, demo_server: DemoServer, home: Path, voices: Path, talks: list[Talk]
) -> None:
    first, first_seconds = speech(voices, "q1", "What time is it in Paris right now?")
    second, second_seconds = speech(voices, "q2", "And tell me a joke about dogs, please.")
    talk = Talk(home, demo_server.url, "--max-turns", "2", "--voice", "coral")
    talks.append(talk)
    listening = talk.wait_for(r"^\[listening\]")
    say(first)
    heard = talk.wait_for(r"^you: \(\d", listening)
    talk.wait_for(r"^\[speaking\]", heard)
    reply = talk.wait_for(r"^parley: I heard", heard)
    listening_again = talk.wait_for(r"^\[listening\]", reply)
    say(second)
    talk.wait_for(r"^parley: I heard", listening_again)
    assert talk.end() == 0  # --max-turns 2: two replies played
    bodies = chat_bodies(demo_server)
    assert len(bodies) == 2
    # The whole utterance, and about only it: pre-roll and a short tail, not the 0.7 s pause.
    assert sent_audio_seconds(bodies[0]) == pytest.approx(first_seconds, abs=0.6)
    assert sent_audio_seconds(bodies[1]) == pytest.approx(second_seconds, abs=0.6)
    assert bodies[0]["audio"]["voice"] == "coral" and bodies[0]["stream"] is True
    # The second request carries the conversation: the first exchange before the new utterance.
    roles = [m["role"] for m in bodies[1]["messages"]]
    assert roles == ["user", "assistant", "user"]
    assert "conversation" in talk.output()  # recorded in the history


def test_noise_alone_sends_nothing(
    microphone: str, demo_server: DemoServer, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    talk = Talk(home, demo_server.url, "--max-turns", "1", "--no-history")
    talks.append(talk)
    listening = talk.wait_for(r"^\[listening\]")
    say(noise(voices))  # pink noise, a click, a cough
    time.sleep(1.0)  # longer than the end-of-speech silence: anything heard would be sent now
    assert chat_bodies(demo_server) == []
    assert not any("you:" in line for _, line in talk.lines[listening:])
    say(question)  # still listening: speech is sent
    talk.wait_for(r"^parley: I heard", listening)
    assert talk.end() == 0
    assert len(chat_bodies(demo_server)) == 1


def test_speaking_over_a_reply_silences_it_and_sends_the_new_utterance_whole(
    microphone: str, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    over, over_seconds = speech(voices, "q3", "Stop, stop. Tell me about the weather instead.")
    with DemoServer(faults=Faults(reply_seconds=12.0), realtime=True) as server:
        talk = Talk(home, server.url, "--max-turns", "1", "--no-history")
        talks.append(talk)
        listening = talk.wait_for(r"^\[listening\]")
        say(question)
        speaking = talk.wait_for(r"^\[speaking\]", listening)
        with Monitor() as speaker:
            # A second of the reply is heard before the user speaks over it (a speaker waking
            # from suspend starts it a moment later), so there is a part heard to send back.
            assert wait_until(lambda: speaker.sounded(0.0) >= 1.0, timeout=6.0)
            talking = say_later(over)
            began = time.perf_counter()
            interrupted = talk.wait_for(r"^parley \(interrupted", speaking)
            talking.wait(30)
            silent = speaker.silent_from(began, hold=0.5)
            assert silent is not None, "the reply kept playing over the user"
            talk.wait_for(r"^you: \(\d", interrupted)
            server.faults.reply_seconds = None  # the next reply is short
            talk.wait_for(r"^parley: ", interrupted + 1)
        assert talk.end() == 0
        bodies = chat_bodies(server)
    assert len(bodies) == 2
    # The whole new utterance went out, from its first syllable (pre-roll) on.
    assert sent_audio_seconds(bodies[1]) == pytest.approx(over_seconds, abs=0.6)
    # The interrupted reply went back as the part heard, in words, not by its audio id.
    assistant = next(m for m in bodies[1]["messages"] if m["role"] == "assistant")
    assert "audio" not in assistant and assistant["content"].endswith("…")
    assert 0 < len(assistant["content"]) < 200  # seconds of a 12-second reply


def test_its_own_voice_through_the_speakers_does_not_interrupt_it(
    microphone: str, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    with DemoServer(faults=Faults(reply_seconds=8.0)) as server:
        talk = Talk(home, server.url, "--max-turns", "1", "--no-history")
        talks.append(talk)
        listening = talk.wait_for(r"^\[listening\]")
        with speaker_leaks_into_microphone():
            say(question)
            speaking = talk.wait_for(r"^\[speaking\]", listening)
            played = talk.wait_for(r"^parley", speaking, timeout=30)
            assert talk.end() == 0
        lines = [line for _, line in talk.lines[speaking : played + 1]]
    assert not any("interrupted" in line or "hearing" in line for line in lines), lines
    assert len(chat_bodies(server)) == 1


def test_unplugging_the_microphone_pauses_talk_mode_with_a_message(
    microphone: str, demo_server: DemoServer, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    talk = Talk(home, demo_server.url, "--max-turns", "1", "--no-history")
    talks.append(talk)
    listening = talk.wait_for(r"^\[listening\]")
    unplug_microphone()
    paused = talk.wait_for(r"^\[paused\] .*microphone", listening)
    assert "Traceback" not in talk.output()
    ensure_microphone()  # plugged back in: Enter resumes
    assert talk.proc.stdin is not None
    talk.proc.stdin.write("\n")
    talk.proc.stdin.flush()
    resumed = talk.wait_for(r"^\[listening\]", paused)
    say(question)
    talk.wait_for(r"^parley: I heard", resumed)
    assert talk.end() == 0
