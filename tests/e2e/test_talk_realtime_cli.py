"""``parley talk --realtime`` on a real PulseAudio against the demo's Realtime API: the test
speaks into the microphone sink (espeak-ng with paplay), Parley streams what it hears through its
echo canceller over a WebSocket, the demo's VAD takes the turn, and the reply is heard on the
speaker sink's monitor. What the demo was told (truncations) is checked at the demo."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.audio.vad import EndpointSettings
from app.demo.server import DemoServer
from tests.e2e.test_talk_cli import Talk
from tests.unit.talk_helpers import Monitor, say, say_later, speaker_leaks_into_microphone, speech

pytestmark = pytest.mark.sound
KEY = "sk-test-parley-0123456789"


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


@pytest.fixture
def talks() -> Iterator[list[Talk]]:
    started: list[Talk] = []
    yield started
    for talk in started:
        talk.close()


def realtime(home: Path, url: str, talks: list[Talk], *args: str) -> Talk:
    talk = Talk(home, url, "--realtime", "--turn-detection", "server_vad", *args)
    talks.append(talk)
    return talk


def test_a_question_is_answered_and_listening_resumes(
    microphone: str, demo_server: DemoServer, home: Path, voices: Path, talks: list[Talk]
) -> None:
    first, _ = speech(voices, "q1", "What time is it in Paris right now?")
    second, _ = speech(voices, "q2", "And tell me a joke about dogs, please.")
    demo_server.realtime.heard += ["What time is it in Paris right now?", "Tell me a joke."]
    talk = realtime(home, demo_server.url, talks, "--max-turns", "2", "--voice", "coral")
    listening = talk.wait_for(r"^\[listening\]")
    with Monitor() as speaker:
        say(first)
        talk.wait_for(r"^you said: What time is it in Paris", listening)
        speaking = talk.wait_for(r"^\[speaking\]", listening)
        reply = talk.wait_for(r"^parley: I heard", speaking)
        assert speaker.sounding(0.0, seconds=60)  # the reply was heard at the speaker
    again = talk.wait_for(r"^\[listening\]", reply)
    say(second)
    talk.wait_for(r"^parley: I heard .*ladder", again)
    assert talk.end() == 0
    updates = demo_server.realtime.of_type("session.update")
    assert updates and updates[0]["session"]["audio"]["output"]["voice"] == "coral"
    assert updates[0]["session"]["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24000}
    # Both turns are in the history, with the user's words and audio, and the reply's.
    match = talk.wait_for(r"conversation \d+ saved", reply)
    assert match
    db = next((home / "data").rglob("history.sqlite3"))
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT role, text, audio_file, partial FROM turns ORDER BY id"
        ).fetchall()
    assert [r[0] for r in rows] == ["user", "assistant", "user", "assistant"]
    assert rows[0][1].startswith("What time is it") and rows[1][1].startswith("I heard")
    assert all(r[2] for r in rows) and not any(r[3] for r in rows)  # every turn's audio, whole
    # Later: --continue goes on with it, the earlier turns sent back as text items.
    demo_server.realtime.heard.append("Thanks.")
    more = realtime(home, demo_server.url, talks, "--max-turns", "1", "--continue")
    resumed = more.wait_for(r"^\[listening\]")
    say(first)
    more.wait_for(r"^parley: I heard", resumed)
    assert more.end() == 0
    seeded = [e["item"] for e in demo_server.realtime.of_type("conversation.item.create")]
    assert [i["role"] for i in seeded] == ["user", "assistant", "user", "assistant"]
    assert seeded[0]["content"][0] == {"type": "input_text", "text": rows[0][1]}
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 6


def test_speaking_over_a_reply_truncates_it_at_what_was_heard(
    microphone: str, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    over, _ = speech(voices, "q3", "Stop, stop. Tell me about the weather instead.")
    with DemoServer() as server, Monitor() as speaker:
        server.realtime.heard += ["/long 12", "Tell me about the weather."]
        talk = realtime(home, server.url, talks, "--max-turns", "1", "--no-history")
        listening = talk.wait_for(r"^\[listening\]")
        start = time.perf_counter()
        say(question)
        speaking = talk.wait_for(r"^\[speaking\]", listening)
        time.sleep(2.0)
        assert speaker.sounding(0.0)
        began = time.perf_counter()
        talking = say_later(over)
        interrupted = talk.wait_for(r"^parley \(interrupted", speaking)
        talking.wait(30)
        silent = speaker.silent_from(began, hold=0.5)
        assert silent is not None, "the reply kept playing over the user"
        # What the speaker played of the reply, in its own samples (a speaker that wakes from
        # suspend starts later than the reply's first audio).
        played = speaker.played(start)
        talk.wait_for(r"^parley: .*forecast", interrupted, timeout=30)
        assert talk.end() == 0
        truncates = server.realtime.truncates
    assert len(truncates) == 1
    _item, end_ms, sent_ms, accepted = truncates[0]
    assert accepted
    assert played is not None and played > 1.0
    # What was heard, never what was received (the demo sends four times faster than it plays).
    assert abs(end_ms - played * 1000) <= 250, (end_ms, played)
    assert end_ms < sent_ms


def test_parleys_own_vad_takes_the_turns_for_a_server_without_one(
    microphone: str, demo_server: DemoServer, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, spoken = speech(voices, "q1", "What time is it in Paris right now?")
    talk = Talk(
        home, demo_server.url, "--realtime", "--turn-detection", "parley", "--max-turns", "1"
    )
    talks.append(talk)
    listening = talk.wait_for(r"^\[listening\]")
    say(question)
    heard = talk.wait_for(r"^you: \((\d+\.\d) s", listening)
    talk.wait_for(r"^parley: I heard", heard)
    assert talk.end() == 0
    kinds = [k for k, _e in demo_server.realtime.events]
    assert kinds.index("input_audio_buffer.commit") < kinds.index("response.create")
    update = demo_server.realtime.of_type("session.update")[0]
    assert update["session"]["audio"]["input"]["turn_detection"] is None
    assert demo_server.realtime.stopped_at == []  # the server's VAD had nothing to do
    seconds = float(talk.lines[heard][1].split("(")[1].split(" ")[0])
    # The utterance, whole, sent once: from its pre-roll to its tail.
    whole = spoken + EndpointSettings().pre_roll + EndpointSettings().tail
    assert seconds == pytest.approx(whole, abs=0.4), (seconds, spoken)


def test_its_own_voice_through_the_speakers_does_not_interrupt_it(
    microphone: str, demo_server: DemoServer, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    demo_server.realtime.heard.append("/long 6")
    talk = realtime(home, demo_server.url, talks, "--max-turns", "1", "--no-history")
    listening = talk.wait_for(r"^\[listening\]")
    with speaker_leaks_into_microphone():
        say(question)
        speaking = talk.wait_for(r"^\[speaking\]", listening)
        played = talk.wait_for(r"^parley", speaking, timeout=40)
        assert talk.end() == 0
    lines = [line for _, line in talk.lines[speaking : played + 1]]
    assert not any("interrupted" in line for line in lines), lines
    assert demo_server.realtime.truncates == []


def test_a_bad_key_pauses_with_plain_words(
    microphone: str, keyed_demo_server: DemoServer, home: Path, talks: list[Talk]
) -> None:
    talk = realtime(home, keyed_demo_server.url, talks, "--no-history")
    paused = talk.wait_for(r"^\[paused\] The server refused the API key")
    assert talk.proc.stdin is not None
    talk.proc.stdin.close()  # no way to resume: it ends
    assert talk.end() == 1
    assert "Traceback" not in talk.output() and "sk-" not in talk.output()
    assert paused >= 0


def test_a_server_without_the_realtime_api_points_to_the_chat_engine(
    microphone: str, home: Path, talks: list[Talk]
) -> None:
    class NoRealtime(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_error(404)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), NoRealtime)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        talk = realtime(home, url, talks, "--no-history")
        talk.wait_for(r"^\[paused\] This server does not speak the Realtime API")
        assert talk.proc.stdin is not None
        talk.proc.stdin.close()
        assert talk.end() == 1
    finally:
        server.shutdown()
    assert "Traceback" not in talk.output()


def test_a_dropped_socket_keeps_what_arrived_and_talks_on(
    microphone: str, demo_server: DemoServer, home: Path, voices: Path, talks: list[Talk]
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    again, _ = speech(voices, "q2", "And tell me a joke about dogs, please.")
    demo_server.realtime.heard += ["What time is it?", "Tell me a joke."]
    demo_server.realtime.drop_after_deltas = 5
    talk = realtime(home, demo_server.url, talks, "--max-turns", "1", "--no-history")
    listening = talk.wait_for(r"^\[listening\]")
    say(question)
    cut = talk.wait_for(r"^parley \(broke off\): I heard", listening)
    demo_server.realtime.drop_after_deltas = None
    talk.wait_for(r"lost", cut)
    resumed = talk.wait_for(r"^\[listening\]", cut)
    deadline = time.monotonic() + 10

    def seeded() -> list[str]:
        return [e["item"]["role"] for e in demo_server.realtime.of_type("conversation.item.create")]

    while "assistant" not in seeded() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert demo_server.realtime.sessions == 2  # connected again by itself
    assert seeded() == ["user", "assistant"]  # the conversation so far, what arrived, as text
    say(again)
    talk.wait_for(r"^parley: I heard .*ladder", resumed)
    assert talk.end() == 0
