"""Speaking to Parley: the microphone records the test sink's monitor while a known tone plays into
the sink, and the demo server receives (and acknowledges) that recording."""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtTest import QTest

from app.audio import codecs
from app.audio.codecs import Decoded
from app.audio.player import Player
from app.chat.export_dialog import ExportDialog
from app.chat.user_card import UserCard
from app.core.settings import Settings
from app.demo.server import DemoServer
from app.settings.dialog import ProfileDraft, SettingsDialog, SettingsDraft
from app.shell.wiring import AppParts
from tests.ui.conftest import type_and_send, until
from tests.ui.test_chat_window import reply_done
from tests.unit.sound_helpers import MonitorRecording, dominant_frequency, rms, tone

pytestmark = pytest.mark.asyncio(loop_scope="session")
TONE = 660.0


@contextmanager
def tone_into_the_sink(freq: float = TONE, seconds: float = 5.0) -> Iterator[None]:
    """A steady tone on the default output (the test sink), heard by the default source."""
    with Player() as player:
        player.play(tone(freq, seconds), 24_000)
        time.sleep(0.2)  # the monitor loses the start of a stream
        yield


def sent_parts(server: DemoServer) -> list[dict]:
    return server.requests[-1][2]["messages"][-1]["content"]  # type: ignore[no-any-return]


def sent_recording(server: DemoServer) -> Decoded:
    audio = [p for p in sent_parts(server) if p["type"] == "input_audio"]
    assert len(audio) == 1 and audio[0]["input_audio"]["format"] == "wav"
    data = base64.b64decode(audio[0]["input_audio"]["data"])
    assert int.from_bytes(data[22:24], "little") == 1, "mono"
    clip = codecs.decode(data, "wav")
    assert clip.rate == 24_000
    return clip


def click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[call-overload]


def window_key(
    window: QWindow,
    kind: QEvent.Type,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
    *,
    repeat: bool = False,
) -> None:
    """A key event as the window system delivers it to the window (QTest's key functions run
    Qt's events inside the test's task, which asyncio refuses for the tasks they start)."""
    text = " " if key == Qt.Key.Key_Space else ""
    QCoreApplication.sendEvent(window, QKeyEvent(kind, key, modifiers, text, repeat))


def user_card(parts: AppParts) -> UserCard:
    return parts.window.chat.user_cards.cards()[-1]


def chat_requests(server: DemoServer) -> int:
    """Chat requests that reached the server (the model list is fetched on its own schedule)."""
    return sum(1 for _method, path, _body in server.requests if path.endswith("/chat/completions"))


async def test_mic_button_sends_the_tone_with_the_draft_and_it_plays_back_from_history(
    parley: AppParts,
    demo_server: DemoServer,
    sound_server: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chat = parley.window.chat
    chat.controls.autoplay.setChecked(False)
    composer, mic = chat.composer, chat.composer.mic
    composer.set_draft("What is this tone?")
    with tone_into_the_sink():
        click(mic.button)
        await until(lambda: mic.time_label.text() == "0:02 / 2:00", what="1.5 s recorded")
        assert mic.meter.isVisible() and mic.meter.level() > 0.6  # about -9 dBFS of a 0.5 sine
        click(mic.button)
        reply = await reply_done(parley)
    clip = sent_recording(demo_server)
    print(f"sent {clip.duration:.3f} s, {dominant_frequency(clip.samples, clip.rate):.1f} Hz")
    assert 1.5 <= clip.duration < 4.0
    assert dominant_frequency(clip.samples, clip.rate) == pytest.approx(TONE, abs=3)
    assert rms(clip.samples[2400:-2400]) == pytest.approx(0.5 / 2**0.5, rel=0.15)
    assert sent_parts(demo_server)[0] == {"type": "text", "text": "What is this tone?"}
    assert reply.transcript_text().startswith(f"I heard {clip.duration:.1f} seconds of audio.")
    assert composer.draft() == "" and not mic.meter.isVisible()
    card = user_card(parley)
    assert card.text.text() == "What is this tone?"
    await until(card.play_button.isEnabled, what="the recording's waveform")
    assert card.duration() == pytest.approx(clip.duration, abs=1e-3)
    # stored as recorded; reopened from the history it plays and exports
    store = parley.store
    assert store is not None
    conversation = store.load_conversation(store.latest_conversation_id() or 0)
    stored = conversation.turns[0].audio
    assert stored is not None and stored.format == "wav"
    assert codecs.decode(stored.read_bytes()).duration == pytest.approx(clip.duration, abs=1e-3)
    chat.show_conversation(conversation)
    card = user_card(parley)
    await until(card.play_button.isEnabled, what="the stored recording's waveform")
    with MonitorRecording() as heard:
        click(card.play_button)
        await until(lambda: parley.playback.is_playing(card.key), what="playback to start")
        assert card.play_button.property("playing") is True
        await until(lambda: not parley.playback.is_playing(card.key), what="playback to end")
    played = heard.samples()
    print(f"played back: {dominant_frequency(played, heard.rate):.1f} Hz, rms {rms(played):.3f}")
    assert dominant_frequency(played, heard.rate) == pytest.approx(TONE, abs=3)
    target = tmp_path / "me.mp3"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    card.export_requested.emit("mp3")
    await until(target.exists, what="the exported recording")
    exported = codecs.decode(target.read_bytes())
    assert codecs.sniff(target.read_bytes()) == "mp3"
    assert dominant_frequency(exported.samples, exported.rate) == pytest.approx(TONE, abs=3)


async def test_hold_ctrl_space_to_talk_sends_the_recording_alone(
    parley: AppParts, demo_server: DemoServer, sound_server: None
) -> None:
    chat = parley.window.chat
    chat.controls.autoplay.setChecked(False)
    composer, window = chat.composer, parley.window.windowHandle()
    composer.prompt.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    with tone_into_the_sink(880):
        window_key(window, QEvent.Type.KeyPress, Qt.Key.Key_Control, ctrl)
        window_key(window, QEvent.Type.KeyPress, Qt.Key.Key_Space, ctrl)
        await until(lambda: composer.mic.time_label.text().startswith("0:01"), what="recording")
        for _ in range(3):  # the key repeats while held
            window_key(window, QEvent.Type.KeyPress, Qt.Key.Key_Space, ctrl, repeat=True)
        window_key(window, QEvent.Type.KeyRelease, Qt.Key.Key_Space, ctrl)
        window_key(window, QEvent.Type.KeyRelease, Qt.Key.Key_Control, ctrl)
        reply = await reply_done(parley)
    clip = sent_recording(demo_server)
    assert len(sent_parts(demo_server)) == 1, "the recording alone, no text part"
    assert clip.duration >= 0.5
    assert dominant_frequency(clip.samples, clip.rate) == pytest.approx(880, abs=3)
    assert reply.transcript_text().startswith(f"I heard {clip.duration:.1f} seconds")
    assert "cannot tell what was said" in reply.transcript_text()
    assert composer.draft() == "", "no space reached the prompt"
    assert user_card(parley).text.isHidden()


async def test_recording_stops_at_the_limit_with_a_notice_and_is_sent(
    parley: AppParts, demo_server: DemoServer, sound_server: None
) -> None:
    parley.window.settings.max_recording_seconds = 1.0
    chat = parley.window.chat
    chat.controls.autoplay.setChecked(False)
    with tone_into_the_sink():
        click(chat.composer.mic.button)
        reply = await reply_done(parley)
    clip = sent_recording(demo_server)
    assert clip.duration == pytest.approx(1.0, abs=1 / 24_000)
    assert reply.transcript_text().startswith("I heard 1.0 seconds of audio.")
    status = chat.composer.status.text()
    assert status == "The recording reached the 0:01 limit and stopped; it was sent."


async def test_a_missing_microphone_is_explained_and_typing_still_works(
    parley: AppParts, demo_server: DemoServer, sound_server: None
) -> None:
    parley.window.settings.input_device = "Parley Missing Mic"
    composer = parley.window.chat.composer
    sent = chat_requests(demo_server)
    click(composer.mic.button)
    await until(composer.status.text, what="the message")
    assert composer.status.text() == (
        "The microphone (audio input) device “Parley Missing Mic” is not available; choose"
        " another one in Settings."
    )
    await until(lambda: composer.mic.button.text() == "● Record", what="the button to reset")
    assert chat_requests(demo_server) == sent
    type_and_send(parley, "Say 'typing still works'")
    reply = await reply_done(parley)
    assert reply.transcript_text() == "typing still works"


async def test_silence_is_not_sent_and_esc_throws_a_recording_away(
    parley: AppParts, demo_server: DemoServer, sound_server: None
) -> None:
    composer = parley.window.chat.composer
    sent = chat_requests(demo_server)
    click(composer.mic.button)  # nothing plays: the monitor is digital silence
    await until(lambda: composer.mic.time_label.text().startswith("0:01"), what="recording")
    click(composer.mic.button)
    await until(lambda: "only silence" in composer.status.text(), what="the silence notice")
    with tone_into_the_sink():
        click(composer.mic.button)
        await until(composer.recording.is_recording, what="recording")  # type: ignore[union-attr]
        QTest.keyClick(composer.prompt, Qt.Key.Key_Escape)
        await until(lambda: composer.mic.button.text() == "● Record", what="the button to reset")
    assert composer.status.text() == "Recording thrown away."
    await asyncio.sleep(0.2)
    assert chat_requests(demo_server) == sent
    assert parley.window.chat.view.card_count() == 0


async def test_the_length_limit_is_a_setting(tmp_path: Path) -> None:
    draft = SettingsDraft(profiles=[ProfileDraft("a", "http://127.0.0.1:9/v1")], active="a")
    dialog = SettingsDialog(draft)
    assert dialog.max_recording.value() == 120
    dialog.max_recording.setValue(45)
    assert dialog.result_draft().max_recording_seconds == 45.0
    dialog.deleteLater()
    Settings(max_recording_seconds=45.0).save(tmp_path / "s.json")
    assert Settings.load(tmp_path / "s.json").max_recording_seconds == 45.0
