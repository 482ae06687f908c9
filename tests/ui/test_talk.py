"""Talk mode in the window, on a real PulseAudio: the test speaks into the microphone sink
(espeak-ng speech played with paplay) and listens on the speaker's monitor; the demo server
answers over real HTTP and the history is a real SQLite store."""

from __future__ import annotations

import asyncio
import base64
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.chat.reply_card import ReplyCard
from app.chat.user_card import UserCard
from app.demo.server import DemoServer
from app.shell.wiring import AppParts
from app.talk.mode import INTERRUPTED, TalkMode
from tests.ui.conftest import until
from tests.unit.talk_helpers import (
    Monitor,
    ensure_microphone,
    noise,
    say,
    speech,
    unplug_microphone,
    wav_seconds,
)

pytestmark = [pytest.mark.asyncio(loop_scope="session"), pytest.mark.sound]


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


def talk_of(parley: AppParts) -> TalkMode:
    assert parley.talk is not None
    return parley.talk


def state(parley: AppParts) -> str:
    return talk_of(parley).bar.state.text()


def chat_bodies(server: DemoServer) -> list[dict[str, Any]]:
    return [body for _m, path, body in server.requests if path.endswith("/chat/completions")]


def sent_seconds(body: dict[str, Any]) -> float:
    message = [m for m in body["messages"] if m["role"] == "user"][-1]
    part = next(p for p in message["content"] if p["type"] == "input_audio")
    return wav_seconds(base64.b64decode(part["input_audio"]["data"]))


async def speak(path: Path) -> None:
    """Say ``path`` into the microphone while the window goes on running."""
    await asyncio.get_running_loop().run_in_executor(None, say, path)


def cards(parley: AppParts, kind: type) -> list[Any]:
    return [c for c in parley.window.chat.view.findChildren(kind) if c.isVisibleTo(parley.window)]


def press(parley: AppParts, key: str) -> None:
    window = parley.window
    window.activateWindow()
    if key == "Ctrl+T":
        QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    elif key == "Esc":
        QTest.keyClick(window, Qt.Key.Key_Escape)
    else:
        QTest.keyClick(window, Qt.Key.Key_M)


async def test_a_hands_free_conversation_in_the_window(
    microphone: str, parley: AppParts, demo_server: DemoServer, voices: Path
) -> None:
    question, spoken = speech(voices, "q1", "What time is it in Paris right now?")
    talk = talk_of(parley)
    assert talk.bar.talk_button.accessibleName() == "Talk hands-free"
    press(parley, "Ctrl+T")
    await until(lambda: state(parley) == "Listening", what="listening")
    assert not parley.window.chat.composer.isVisible()  # the talk bar stands in for it
    levels: list[int] = []
    talk.bar.level.valueChanged.connect(levels.append)
    await speak(question)
    await until(lambda: len(cards(parley, UserCard)) == 1, what="the utterance's card")
    await until(lambda: state(parley) == "Speaking", what="the reply playing")
    await until(lambda: state(parley) == "Listening", timeout=20, what="listening again")
    assert max(levels) > 40  # the meter moved while the user spoke
    (reply,) = cards(parley, ReplyCard)
    assert reply.transcript_text().startswith("I heard")
    bodies = chat_bodies(demo_server)
    assert len(bodies) == 1
    assert sent_seconds(bodies[0]) == pytest.approx(spoken, abs=0.6)
    # The exchange is in the conversation and the history, the recording kept with its turn.
    chat = parley.window.chat
    assert [t.role for t in chat.conversation.turns] == ["user", "assistant"]
    assert chat.conversation_id is not None and parley.store is not None
    store, cid = parley.store, chat.conversation_id
    await until(lambda: len(store.load_conversation(cid).turns) == 2, what="the history")
    stored = store.load_conversation(cid)
    assert stored.turns[0].audio is not None and stored.turns[0].audio.format == "wav"

    press(parley, "M")  # muted: it hears nothing, and stays in talk mode
    await until(lambda: state(parley) == "Muted", what="muted")
    await speak(question)
    await asyncio.sleep(1.0)
    assert len(chat_bodies(demo_server)) == 1
    press(parley, "Esc")
    await until(lambda: not talk.bridge.is_active(), what="talk mode to end")
    assert chat.composer.isVisible() and talk.bar.talk_button.text() == "Talk"


async def test_noise_alone_sends_nothing_from_the_window(
    microphone: str, parley: AppParts, demo_server: DemoServer, voices: Path
) -> None:
    talk = talk_of(parley)
    QTest.mouseClick(talk.bar.talk_button, Qt.MouseButton.LeftButton)
    await until(lambda: state(parley) == "Listening", what="listening")
    await speak(noise(voices))
    await asyncio.sleep(1.0)
    assert chat_bodies(demo_server) == [] and cards(parley, UserCard) == []
    QTest.mouseClick(talk.bar.talk_button, Qt.MouseButton.LeftButton)
    await until(lambda: not talk.bridge.is_active(), what="talk mode to end")


async def test_speaking_over_a_reply_in_the_window_interrupts_it(
    microphone: str, parley: AppParts, demo_server: DemoServer, voices: Path
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    over, over_seconds = speech(voices, "q3", "Stop, stop. Tell me about the weather instead.")
    demo_server.faults.reply_seconds = 12.0
    demo_server.faults.realtime = True
    talk = talk_of(parley)
    talk.start()
    await until(lambda: state(parley) == "Listening", what="listening")
    await speak(question)
    await until(lambda: state(parley) == "Speaking", what="the reply playing")
    with Monitor() as speaker:
        # A second of the reply is heard before the user speaks over it (a speaker waking from
        # suspend starts it a moment later), so there is a part heard to keep.
        await until(lambda: speaker.sounded(0.0) >= 1.0, timeout=6.0, what="the reply heard")
        began = time.perf_counter()
        demo_server.faults.reply_seconds = None
        await speak(over)
        await until(lambda: len(cards(parley, UserCard)) == 2, what="the new utterance's card")
        assert speaker.silent_from(began, hold=0.5) is not None
    first = cards(parley, ReplyCard)[0]
    assert first.state_label.text() == INTERRUPTED
    assert first.transcript_text().endswith("…")  # the part heard
    await until(lambda: len(chat_bodies(demo_server)) == 2, what="the new utterance sent")
    assert sent_seconds(chat_bodies(demo_server)[1]) == pytest.approx(over_seconds, abs=0.6)
    interrupted = parley.window.chat.conversation.turns[1]
    assert interrupted.partial and interrupted.text.endswith("…")
    talk.bridge.stop()
    await until(lambda: not talk.bridge.is_active(), what="talk mode to end")


async def test_an_unplugged_microphone_pauses_with_a_message_and_resume(
    microphone: str, parley: AppParts, voices: Path
) -> None:
    talk = talk_of(parley)
    talk.start()
    await until(lambda: state(parley) == "Listening", what="listening")
    unplug_microphone()
    await until(lambda: state(parley) == "Paused", what="paused")
    assert "microphone" in talk.bar.message.text() and talk.bar.resume.isVisible()
    ensure_microphone()
    QTest.mouseClick(talk.bar.resume, Qt.MouseButton.LeftButton)
    await until(lambda: state(parley) == "Listening", what="listening again")
    assert not talk.bar.resume.isVisible()
    talk.bridge.stop()
    await until(lambda: not talk.bridge.is_active(), what="talk mode to end")


async def test_a_failed_send_keeps_the_utterance_with_retry(
    microphone: str, parley: AppParts, demo_server: DemoServer, voices: Path
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    demo_server.faults.status_code = 400
    talk = talk_of(parley)
    talk.start()
    await until(lambda: state(parley) == "Listening", what="listening")
    await speak(question)
    await until(lambda: state(parley) == "Paused", what="paused by the failure")
    (card,) = cards(parley, ReplyCard)
    assert "Retry sends it" in card.error_text()
    assert len(cards(parley, UserCard)) == 1  # the utterance stays on its card
    demo_server.faults.status_code = None
    assert card.retry_button.isVisible()
    QTest.mouseClick(card.retry_button, Qt.MouseButton.LeftButton)
    await until(lambda: card.transcript_text().startswith("I heard"), what="the reply")
    talk.bridge.stop()
    await until(lambda: not talk.bridge.is_active(), what="talk mode to end")
