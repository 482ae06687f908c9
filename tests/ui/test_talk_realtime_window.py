"""Talk mode's Realtime engine in the window, on a real PulseAudio and the demo's Realtime API:
the switch in the talk bar (remembered for the profile), the user's words from the server's
transcription on their card, the reply's words and estimated cost on its card, the history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.chat.reply_card import ReplyCard
from app.chat.user_card import UserCard
from app.demo.server import DemoServer
from app.runtime.i18n import Translations
from app.shell.wiring import AppParts
from tests.ui.conftest import until, window_on
from tests.ui.test_talk import cards, press, speak, state, talk_of
from tests.unit.talk_helpers import speech

pytestmark = [pytest.mark.asyncio(loop_scope="session"), pytest.mark.sound]


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


async def test_a_realtime_conversation_in_the_window(
    microphone: str, parley: AppParts, demo_server: DemoServer, voices: Path
) -> None:
    question, _ = speech(voices, "q1", "What time is it in Paris right now?")
    demo_server.realtime.heard.append("What time is it in Paris right now?")
    talk = talk_of(parley)
    talk.on_models_listed(["gpt-audio-1.5", "gpt-realtime-2.1 (shuts down 2027-06-01)"])
    assert talk.bar.realtime.isChecked()  # on by default where the endpoint offers realtime
    assert talk.realtime_models == ["gpt-realtime-2.1"]
    talk.on_models_listed(["gpt-audio-1.5"])
    assert not talk.bar.realtime.isChecked()  # and off where it does not
    talk.bar.realtime.click()  # by the user: remembered for this profile
    assert talk.bar.realtime.isChecked()
    settings = parley.window.settings
    assert settings.talk_realtime[settings.active_profile] is True
    talk.on_models_listed(["gpt-audio-1.5"])  # a new list keeps the user's choice
    assert talk.bar.realtime.isChecked()
    press(parley, "Ctrl+T")  # the Chat menu's action: talk mode starts once connected
    await until(lambda: not talk.bar.realtime.isEnabled(), what="the engine chosen")
    await until(lambda: state(parley) == "Listening", what="listening")
    await speak(question)
    await until(lambda: len(cards(parley, UserCard)) == 1, what="the utterance's card")
    (user,) = cards(parley, UserCard)
    await until(lambda: user.text.text().startswith("What time is it"), what="the user's words")
    await until(lambda: state(parley) == "Speaking", what="the reply playing")
    await until(lambda: state(parley) == "Listening", timeout=30, what="listening again")
    (reply,) = cards(parley, ReplyCard)
    assert reply.transcript_text().startswith("I heard")
    await until(lambda: "$" in reply.cost_label.text(), what="the reply's estimated cost")
    chat = parley.window.chat
    assert [t.role for t in chat.conversation.turns] == ["user", "assistant"]
    assert chat.conversation.turns[1].model == "gpt-realtime-2.1"
    store = parley.store
    assert store is not None
    await until(lambda: chat.conversation_id is not None, what="the conversation in the history")
    cid = chat.conversation_id
    assert cid is not None
    await until(lambda: len(store.load_conversation(cid).turns) == 2, what="both turns stored")
    stored = store.load_conversation(cid).turns
    assert stored[0].text.startswith("What time is it") and stored[0].audio is not None
    assert stored[1].text.startswith("I heard") and stored[1].audio is not None
    assert not stored[1].partial
    press(parley, "Esc")
    await until(lambda: not talk.bridge.is_active(), what="talk mode to end")
    assert talk.bar.realtime.isEnabled()


async def test_a_realtime_pause_is_said_in_the_windows_language(
    qapp: QApplication,
    translations: Translations,
    microphone: str,
    keyed_demo_server: DemoServer,
    tmp_path: Path,
) -> None:
    """A Realtime session the server refuses (a wrong key) pauses with the reason in the
    window's language, as the Chat Completions engine's pauses are: Chinese in a Chinese
    window, with Resume."""
    assert translations.install(qapp, "zh_CN") == "zh_CN"
    try:
        url, key = keyed_demo_server.url, "sk-wrong-key-0000000000000"
        async with window_on(qapp, url, tmp_path, key) as parley:
            talk = talk_of(parley)
            talk.on_models_listed(["gpt-audio-1.5", "gpt-realtime-2.1"])
            assert talk.bar.realtime.isChecked()
            press(parley, "Ctrl+T")
            bar = talk.bar
            await until(bar.message.isVisible, what="the pause's message")
            assert bar.message.text() == "服务器拒绝了此 API 密钥。"
            assert bar.resume.isVisible()
            assert bar.state.text() != "Paused"  # the state is in Chinese too
            press(parley, "Esc")
            await until(lambda: not talk.bridge.is_active(), what="talk mode to end")
    finally:
        translations.install(qapp, "en")
