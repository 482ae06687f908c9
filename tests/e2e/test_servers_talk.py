"""``parley talk --provider KIND`` on a real PulseAudio against the demo server answering as
each server: the test speaks into the microphone sink, Parley sends what it heard in that
server's shape, and plays the reply it streamed in that server's shape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo.server import DemoServer
from tests.e2e.test_talk_cli import Talk, sent_audio_seconds
from tests.unit.talk_helpers import say, speech

pytestmark = pytest.mark.sound

#: persona, --provider, model, voice
KINDS = [
    ("azure", "azure", "gpt-audio", "coral"),
    ("openrouter", "openrouter", "openai/gpt-audio", "alloy"),
    ("vllm-omni", "vllm-omni", "Qwen/Qwen3-Omni-30B-A3B-Instruct", "chelsie"),
    ("qwen-omni", "qwen-omni", "qwen3-omni-flash", "Cherry"),
    ("new-api", "gateway", "gpt-audio", "alloy"),
]


@pytest.fixture
def talks() -> Iterator[list[Talk]]:
    started: list[Talk] = []
    yield started
    for talk in started:
        talk.close()


@pytest.mark.parametrize("case", KINDS, ids=[k[0] for k in KINDS])
def test_talk_hears_sends_and_plays_with_each_kind(
    case: tuple[str, str, str, str],
    microphone: str,
    home: Path,
    tmp_path: Path,
    talks: list[Talk],
) -> None:
    persona, provider, model, voice = case
    question, seconds = speech(tmp_path, "q1", "What time is it in Paris right now?")
    with DemoServer(persona=persona) as server:
        talk = Talk(
            home,
            server.url,
            "--provider",
            provider,
            "--model",
            model,
            "--voice",
            voice,
            "--max-turns",
            "1",
            "--no-history",
        )
        talks.append(talk)
        listening = talk.wait_for(r"^\[listening\]")
        say(question)
        heard = talk.wait_for(r"^you: \(\d", listening)
        talk.wait_for(r"^parley: I heard", heard, timeout=30)
        assert talk.end() == 0  # --max-turns 1: the reply was played through
        bodies = [b for m, p, b in server.requests if m == "POST" and "/chat/" in p]
    assert "Traceback" not in talk.output()
    assert len(bodies) == 1
    assert sent_audio_seconds(bodies[0]) == pytest.approx(seconds, abs=0.6)
    voice_sent = bodies[0].get("speaker") or bodies[0]["audio"].get("voice")
    assert voice_sent == voice
