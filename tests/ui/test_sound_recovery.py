"""Playback in the window that survives the desktop's sound server freezing: a reply and a
compare row go on where they were and are heard to the end; a server that stays away for longer
than Parley waits is said on the card, and Play then goes on from the same place."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.audio import codecs
from app.audio.player import Player
from app.chat.playback import Playback
from app.compare.panel import ComparePanel
from app.compare.session import AuditionSession
from app.core.store import Store
from app.demo.server import DemoServer
from app.shell.wiring import AppParts
from tests.ui.conftest import type_and_send, until
from tests.unit.pulse_helpers import SinkRecording, extra_sink, frozen_server, pactl, unplug
from tests.unit.sound_helpers import MonitorRecording, sound_seconds

pytestmark = pytest.mark.asyncio(loop_scope="session")


def speech_seconds(audio_bytes: bytes, fmt: str) -> float:
    clip = codecs.decode(audio_bytes, fmt)
    return sound_seconds(clip.samples, clip.rate)


async def test_a_reply_goes_on_after_the_sound_server_froze(
    parley: AppParts, sound_server: None
) -> None:
    chat = parley.window.chat
    player = parley.playback.player()
    with MonitorRecording() as rec:
        type_and_send(parley, "/long 5")
        await until(lambda: chat.cards, what="a reply card")
        key = list(chat.cards)[-1]
        await until(lambda: player.position > 1.0, what="the reply to be heard")
        with frozen_server():
            await asyncio.sleep(2.0)
        await until(lambda: chat.slots[key].takes, what="the reply to arrive")
        await until(lambda: not parley.playback.is_playing(key), timeout=20, what="the end")
    turn = chat.slots[key].takes[0]
    assert turn.audio is not None
    expected = speech_seconds(turn.audio.read_bytes(), turn.audio.format)
    assert sound_seconds(rec.samples(), rec.rate) == pytest.approx(expected, abs=0.4)
    assert player.position == pytest.approx(player.duration, abs=0.05)
    assert not chat.cards[key].error_text()


async def test_a_server_away_too_long_is_said_on_the_card_and_play_goes_on(
    parley: AppParts, sound_server: None
) -> None:
    chat = parley.window.chat
    player = parley.playback.player()
    type_and_send(parley, "/long 4")
    await until(lambda: chat.cards, what="a reply card")
    key = list(chat.cards)[-1]
    card = chat.cards[key]
    await until(lambda: player.position > 0.5, what="the reply to be heard")
    player.recover_seconds = 1.0  # (quick to give up, once the sink is awake and playing)
    with frozen_server():
        await until(card.error_text, timeout=5, what="the card to say it")
        at = player.position
        assert "has not answered for 1 seconds; playback is paused where it was" in (
            card.error_text()
        )
        assert not parley.playback.is_playing(key)
        assert card.play_button.accessibleName().startswith("Play")
        assert not card.retry_button.isVisible()
    await until(lambda: chat.slots[key].takes, what="the rest of the reply to arrive")
    assert player.position == pytest.approx(at, abs=0.05)  # kept where it was
    # As patient as Parley is by default again: a sink that was suspended meanwhile (PulseAudio
    # as it ships) takes about a second to wake, longer than the 1 s that made this test quick.
    player.recover_seconds = 10.0
    QTest.mouseClick(card.play_button, Qt.MouseButton.LeftButton)
    await until(lambda: player.position > at + 0.5, what="playback to go on from there")
    assert not card.error_text()
    await until(lambda: not parley.playback.is_playing(key), timeout=15, what="the end")
    assert player.position == pytest.approx(player.duration, abs=0.05)


@pytest.mark.parametrize("fault", ["freeze", "unplug"])
async def test_a_compare_row_goes_on_after_the_sound_server_froze_or_its_device_went(
    qapp: QApplication, demo_server: DemoServer, tmp_path: Path, sound_server: None, fault: str
) -> None:
    http = httpx.AsyncClient()
    store = Store(tmp_path / "data")
    session = AuditionSession(http, store)
    assert session.configure(demo_server.url, None) is None
    playback = Playback(Player)
    panel = ComparePanel(session, playback)
    messages: list[str] = []
    panel.player.message.connect(messages.append)
    panel.show()
    try:
        panel.form.text.setPlainText("One, two, three, four, five, six, seven, eight, nine, ten.")
        panel.form.tick_voices(["alloy"])
        panel.form.tick_models(["gpt-audio-1.5"])
        QTest.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        await until(lambda: session.rows and session.rows[0].ok and not session.is_busy())
        row = session.rows[0]
        assert row.audio is not None
        player = playback.player()
        expected = speech_seconds(row.audio.read_bytes(), row.audio.format)
        if fault == "freeze":
            with MonitorRecording() as rec:
                panel.player.play_row(0)
                await until(lambda: player.position > 0.6, what="the row to be heard")
                with frozen_server():
                    await asyncio.sleep(2.0)
                await until(lambda: not panel.player.is_playing(0), timeout=20, what="the end")
            assert sound_seconds(rec.samples(), rec.rate) == pytest.approx(expected, abs=0.4)
        else:
            speaker = pactl("get-default-sink")
            player.close()  # the next row opens its stream on the new default device
            with extra_sink("parley_headset") as headset:
                pactl("set-default-sink", "parley_headset")
                with SinkRecording(speaker) as on_speaker:
                    with SinkRecording("parley_headset") as on_headset:
                        panel.player.play_row(0)
                        await until(lambda: player.position > 0.6, what="the row on the headset")
                    unplug(headset)  # the headset is pulled out mid-row
                    await until(lambda: not panel.player.is_playing(0), timeout=20, what="the end")
            first = sound_seconds(on_headset.samples(), on_headset.rate)
            rest = sound_seconds(on_speaker.samples(), on_speaker.rate)
            assert first > 0.3 and rest > 0.3
            assert first + rest == pytest.approx(expected, abs=0.5)
        assert player.position == pytest.approx(player.duration, abs=0.05)
        assert messages == []
    finally:
        panel.close()
        await session.aclose()
        playback.close()
        await asyncio.ensure_future(http.aclose())
        store.close()
        panel.deleteLater()
