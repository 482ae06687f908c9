"""Playback speed heard through the sound server: 1.5x plays a reply in two thirds of its time at
the same pitch, the playhead still counts the reply's own seconds (so the waveform and seeking
follow), and the window remembers the chat's speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.audio import codecs
from app.audio.player import Player
from app.chat.playback import Playback
from app.core.conversation import Audio
from app.shell.wiring import AppParts
from tests.ui.conftest import until
from tests.unit.sound_helpers import MonitorRecording, dominant_frequency, sound_seconds, tone
from tests.unit.talk_helpers import SPEAKER_SINK, wake_sink

pytestmark = pytest.mark.asyncio(loop_scope="session")
RATE = 24_000


async def test_one_and_a_half_times_plays_in_two_thirds_at_the_same_pitch(
    qapp: object, sound_server: None
) -> None:
    playback = Playback(Player)
    clip = Audio("wav", data=codecs.encode(tone(440, 3.0, RATE, amp=0.3), RATE, "wav"))
    positions: list[float] = []
    playback.position_changed.connect(lambda _key, seconds: positions.append(seconds))
    playing: list[bool] = []
    playback.playing_changed.connect(lambda _key, on: playing.append(on))
    try:
        playback.set_speed(1.5)
        with MonitorRecording() as heard:
            playback.play(1, clip)
            await until(lambda: playing and playing[-1], what="playback to start")
            await until(lambda: not playing[-1], 10, "playback to end")
        samples = heard.samples()
        seconds = sound_seconds(samples, heard.rate)
        print(f"heard {seconds:.2f} s at {dominant_frequency(samples, heard.rate):.1f} Hz")
        assert seconds == pytest.approx(2.0, abs=0.15)  # 3 s of audio at 1.5x
        assert dominant_frequency(samples, heard.rate) == pytest.approx(440, abs=3)
        assert max(positions) == pytest.approx(3.0, abs=0.1)  # the reply's own seconds
    finally:
        playback.close()


async def test_the_chat_remembers_its_speed(parley: AppParts, tmp_path: Path) -> None:
    controls = parley.window.chat.controls
    controls.speed.setCurrentIndex(controls.speed.findData(1.25))
    assert parley.playback.speed == 1.25
    settings = tmp_path / "settings.json"
    await until(lambda: json.loads(settings.read_text())["playback_speed"] == 1.25, what="saved")


async def test_a_card_plays_at_its_own_speed(parley: AppParts) -> None:
    import time

    from tests.ui.conftest import reply_settled, type_and_send

    parley.window.chat.controls.autoplay.setChecked(False)
    type_and_send(parley, "Tell me a joke.")
    card = await reply_settled(parley)
    audio = parley.window.chat.slots[card.key].current.audio
    assert audio is not None
    length = codecs.decode(audio.read_bytes(), audio.format).duration
    changes: list[tuple[bool, float]] = []
    parley.playback.playing_changed.connect(
        lambda key, on: changes.append((on, time.monotonic())) if key == card.key else None
    )
    await until(card.play_button.isEnabled, what="the reply's waveform")

    async def play() -> float:
        """Seconds from Play to the end of playback (the device's own latency included)."""
        changes.clear()
        wake_sink(SPEAKER_SINK)  # a speaker suspended while idle (as PulseAudio ships) wakes
        card.play_button.click()
        await until(lambda: len(changes) >= 2 and not changes[-1][0], 20, "the reply to play")
        return changes[-1][1] - changes[0][1]

    # At 1x first: what a sound server adds to every play (a device's buffer drained at the
    # end, a suspended speaker waking) is the same at both speeds and cancels out. The first
    # play also opens the output stream (a second on PulseAudio as it ships): not counted.
    await play()
    whole = await play()
    card.speed_button.choose(2.0)
    assert card.speed_button.text() == "2×"
    took = await play()
    print(f"{length:.2f} s of audio played in {whole:.2f} s at 1x and {took:.2f} s at 2x")
    assert whole - took == pytest.approx(length / 2, abs=0.35)
    assert parley.playback.speed == 1.0  # the chat's own speed is unchanged
