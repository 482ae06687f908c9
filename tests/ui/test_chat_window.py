"""The main window against the demo server: what a user types, sees, hears and saves."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.audio import codecs
from app.chat.export_dialog import ExportDialog
from app.chat.reply_card import ReplyCard
from app.demo.server import DemoServer
from app.shell.wiring import AppParts
from tests.ui.conftest import reply_settled, type_and_send, until
from tests.unit.sound_helpers import MonitorRecording, mutagen_tags, rms

pytestmark = pytest.mark.asyncio(loop_scope="session")


def last_card(parts: AppParts) -> ReplyCard:
    return list(parts.window.chat.cards.values())[-1]


async def reply_done(parts: AppParts) -> ReplyCard:
    """The newest reply card, once its reply is in whole (no error)."""
    card = await reply_settled(parts)
    assert not card.error_text()
    return card


async def test_prompt_has_focus_and_a_reply_streams_onto_a_card(
    parley: AppParts, demo_server: DemoServer
) -> None:
    window = parley.window
    assert window.chat.composer.prompt.hasFocus()
    type_and_send(parley, "Say 'the quick brown fox'")
    card = await reply_done(parley)
    assert card.transcript_text() == "the quick brown fox"
    assert card.voice_badge.text() == "alloy"
    assert card.format_badge.text() == "pcm16"
    # The finished reply's waveform (and so its duration) is measured from its file just after.
    await until(lambda: card.duration() > 0.3, what="the reply's duration")
    assert "audio" in card.usage_label.text()
    assert window.chat.composer.draft() == ""
    body = demo_server.requests[-1][2]
    assert body["stream"] is True and body["audio"] == {"voice": "alloy", "format": "pcm16"}
    # the history has both turns, and the reply's audio is playable from its file
    store = parley.store
    assert store is not None
    conversation = store.load_conversation(store.latest_conversation_id() or 0)
    assert [t.role for t in conversation.turns] == ["user", "assistant"]
    stored = conversation.turns[1]
    assert stored.text == "the quick brown fox" and not stored.partial
    assert stored.audio is not None
    assert codecs.decode(stored.audio.read_bytes(), stored.audio.format).duration > 0.3


async def test_reply_is_heard_on_the_sound_server(parley: AppParts, sound_server: None) -> None:
    with MonitorRecording() as rec:
        type_and_send(parley, "Say 'listen to this sentence being spoken aloud'")
        card = await reply_done(parley)
        await until(lambda: not parley.playback.is_playing(card.key), what="playback to end")
    heard = rec.samples()
    assert rms(heard) > 0.01, "nothing was played on the sound server"
    loud = np.abs(heard) > 0.02
    assert loud.sum() / rec.rate > 0.5, "less than half a second of speech was heard"


async def test_second_send_while_busy_is_refused_clearly(
    parley: AppParts, demo_server: DemoServer
) -> None:
    demo_server.faults.realtime = True
    type_and_send(parley, "/long 4")
    await until(parley.session.is_busy, what="the request to start")
    type_and_send(parley, "another question")
    composer = parley.window.chat.composer
    assert "still on its way" in composer.status.text()
    assert composer.draft() == "another question"
    QTest.keyClick(composer.prompt, Qt.Key.Key_Escape)
    await until(lambda: not parley.session.is_busy(), what="the cancel")


async def test_escape_stops_mid_stream_and_keeps_what_arrived(
    parley: AppParts, demo_server: DemoServer
) -> None:
    demo_server.faults.realtime = True
    type_and_send(parley, "/long 6")
    await until(lambda: parley.window.chat.cards, what="a card")
    card = last_card(parley)
    await until(lambda: card.transcript_text() and card.duration() >= 0.8, what="some audio")
    QTest.keyClick(parley.window.chat.composer.prompt, Qt.Key.Key_Escape)
    await until(lambda: not parley.session.is_busy(), what="the request to stop")
    await until(card.error_text, what="the card to say it stopped")
    assert card.error_text() == "Stopped."
    assert card.transcript_text(), "the words that arrived are kept"
    assert 0.8 <= card.duration() < 6.0, "the audio that arrived is kept"
    assert card.play_button.isEnabled()
    assert parley.window.chat.composer.draft() == "/long 6"


async def test_say_it_again_in_another_voice_keeps_both_takes(parley: AppParts) -> None:
    type_and_send(parley, "Say 'one and the same sentence'")
    card = await reply_done(parley)
    card.revoice_requested.emit("coral")
    await until(lambda: card.variants.count() == 2, what="the second take")
    await until(lambda: not parley.session.is_busy(), what="the second take to finish")
    assert card.voice_badge.text() == "coral"
    assert [card.variants.itemText(i) for i in range(2)] == ["Take 1: alloy", "Take 2: coral"]
    assert card.transcript_text() == "one and the same sentence"
    card.variant_selected.emit(0)
    assert card.voice_badge.text() == "alloy"
    # the take in use is the one the next request sends back
    chat = parley.window.chat
    assert chat.conversation.turns[-1].voice == "alloy"


@pytest.mark.parametrize("choice", ["wav", "original", "pcm16", "mp3", "text"])
async def test_export_a_reply(
    parley: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    type_and_send(parley, "Say 'export me to a file please'")
    card = await reply_done(parley)
    target = (
        tmp_path
        / f"reply.{ {'original': 'wav', 'pcm16': 'pcm', 'text': 'txt'}.get(choice, choice) }"
    )
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    card.export_requested.emit(choice)
    await until(target.exists, what="the exported file")
    data = target.read_bytes()
    if choice == "text":
        assert data.decode() == "export me to a file please\n"
        return
    turn = parley.window.chat.slots[card.key].current
    assert turn is not None and turn.audio is not None
    received = turn.audio.read_bytes()
    original = codecs.decode(received, "pcm16")
    if choice == "pcm16":  # raw, only when asked for by name
        assert data == received
        return
    import soundfile

    exported, rate = soundfile.read(target, dtype="int16")  # plays anywhere
    if choice == "original":  # the very samples received, in a WAV file
        assert rate == 24_000 and np.array_equal(exported, np.frombuffer(received, "<i2"))
    assert abs(len(exported) / rate - original.duration) < 0.1
    assert codecs.sniff(data) == ("wav" if choice == "original" else choice)
    tags = mutagen_tags(target)
    assert tags["title"] == "export me to a file please" and tags["artist"] == "alloy"


async def test_export_to_an_unwritable_place_says_so_on_the_card(
    parley: AppParts, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_and_send(parley, "Say 'nowhere to go'")
    card = await reply_done(parley)
    target = Path("/proc/parley-cannot-write-here.wav")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    card.export_requested.emit("wav")
    await until(card.error_text, what="the export error")
    assert card.error_text().startswith("Could not export")
    assert "Traceback" not in card.error_text()
    assert card.transcript_text() == "nowhere to go"


async def test_system_prompt_presets_save_rename_apply_delete(
    parley: AppParts, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = parley.window.system_panel
    names = iter(["Pirate", "Captain"])
    monkeypatch.setattr(panel, "ask_name", lambda *a, **k: next(names))
    monkeypatch.setattr(panel, "confirm", lambda *a, **k: True)
    panel.set_prompt("Speak like a pirate.")
    panel.save_button.click()
    assert panel.preset_names() == ["Pirate"]
    panel.rename_button.click()
    assert panel.preset_names() == ["Captain"]
    assert parley.window.settings.system_presets == {"Captain": "Speak like a pirate."}
    panel.set_prompt("")
    panel.apply_button.click()
    assert panel.prompt() == "Speak like a pirate."
    type_and_send(parley, "Ahoy")
    await reply_done(parley)
    body = demo_server.requests[-1][2]
    assert body["messages"][0] == {"role": "system", "content": "Speak like a pirate."}
    panel.delete_button.click()
    assert panel.preset_names() == []


FAULTS = [
    ({"status_code": 500, "status_times": None}, "server"),
    ({"status_code": 429, "status_times": None, "retry_after": "0"}, "rate"),
    ({"drop_after": 2}, "connection closed"),
    ({"error_event_after": 1}, "server"),
    ({"bad_base64": True}, ""),
]


@pytest.mark.parametrize(("faults", "words"), FAULTS)
async def test_each_fault_shows_a_plain_message_on_the_card(
    parley: AppParts, demo_server: DemoServer, faults: dict[str, object], words: str
) -> None:
    for name, value in faults.items():
        setattr(demo_server.faults, name, value)
    type_and_send(parley, "Say 'this may fail'")
    await until(lambda: parley.window.chat.cards, what="a card")
    card = last_card(parley)
    await until(card.error_text, timeout=30, what="the error on the card")
    message = card.error_text()
    assert words.lower() in message.lower()
    assert "Traceback" not in message and "sk-test" not in message
    assert card.retry_button.isVisible()
    if not card.transcript_text():
        assert parley.window.chat.composer.draft() == "Say 'this may fail'"
    demo_server.faults.reset()
    # Retry is enabled once the failed request has wound down (its partial reply stored): a
    # click before that is a click on a disabled button.
    await until(card.retry_button.isEnabled, what="Retry to be enabled")
    card.retry_button.click()
    await until(lambda: not card.error_text() and not parley.session.is_busy(), what="retry")
    await until(lambda: card.transcript_text() == "this may fail", what="the retried reply")


async def test_one_unreadable_event_in_a_stream_does_not_lose_the_reply(
    parley: AppParts, demo_server: DemoServer
) -> None:
    demo_server.faults.malformed_json = True
    type_and_send(parley, "Say 'still here'")
    card = await reply_done(parley)
    assert card.transcript_text() == "still here"


async def test_wrong_key_is_explained_without_showing_it(
    qapp: object, keyed_demo_server: DemoServer, tmp_path: Path
) -> None:
    from app.core.secrets import SessionKeyStore
    from app.shell.wiring import create_app
    from tests.ui.conftest import settings_for

    keys = SessionKeyStore()
    keys.set("Local", "sk-wrong-key-abcdefghijklmnop")
    parts = create_app(
        qapp,  # type: ignore[arg-type]
        settings_path=settings_for(tmp_path / "s.json", keyed_demo_server.url),
        data_dir=tmp_path / "data",
        keys=keys,
        env_key=None,
    )
    parts.window.show()
    parts.window.start()
    try:
        await until(lambda: parts.session.endpoint, what="connect")
        type_and_send(parts, "hello")
        await until(lambda: parts.window.chat.cards, what="a card")
        card = last_card(parts)
        await until(card.error_text, what="the error")
        assert "key" in card.error_text().lower()
        assert "sk-wrong-key-abcdefghijklmnop" not in card.error_text()
    finally:
        parts.window.close()
        await parts.shutdown()
