"""Playback that survives the desktop's sound: a frozen server, an unplugged device, a new
default device, a vanished server. Heard on the real PulseAudio of the test run."""

from __future__ import annotations

import os
import time

import pytest
from pulse_helpers import SinkRecording, extra_sink, frozen_server, pactl, unplug
from sound_helpers import MonitorRecording, dominant_frequency, sound_seconds, tone, wait_until

from app.audio.codecs import float_to_pcm16
from app.audio.player import Player, PlayerEvent, PlayState

pytestmark = pytest.mark.sound


@pytest.fixture
def player(sound_server: None) -> Player:
    events: list[PlayerEvent] = []
    p = Player(listener=events.append)
    p.events = events  # type: ignore[attr-defined]
    yield p  # type: ignore[misc]
    p.close()


def feed(p: Player, samples: object, chunk: int = 2400) -> None:
    x = samples
    assert hasattr(x, "__len__")
    for i in range(0, len(x), chunk):  # type: ignore[arg-type]
        p.append(float_to_pcm16(x[i : i + chunk]))  # type: ignore[index]


def finish(p: Player, timeout: float = 15) -> None:
    assert wait_until(lambda: p.state is PlayState.STOPPED, timeout=timeout)


def test_a_frozen_server_mid_reply_and_the_rest_of_the_reply_is_heard(player: Player) -> None:
    reply = tone(440, 3.0)
    with MonitorRecording() as rec:
        player.start_stream(24_000)
        feed(player, reply[:24_000])  # the first second has arrived
        assert wait_until(lambda: player.position >= 0.6)
        with frozen_server():
            time.sleep(0.5)
            feed(player, reply[24_000:])  # the reply keeps streaming in meanwhile
            player.end_stream()
            assert player.duration == pytest.approx(3.0)
            time.sleep(1.5)  # frozen for 2 s
        finish(player)
    heard = rec.samples()
    assert dominant_frequency(heard, rec.rate) == pytest.approx(440, abs=5)
    assert sound_seconds(heard, rec.rate) == pytest.approx(3.0, abs=0.3)
    assert player.position == pytest.approx(3.0)
    assert player.error is None
    assert PlayerEvent.ERROR not in player.events  # type: ignore[attr-defined]
    assert PlayerEvent.FINISHED in player.events  # type: ignore[attr-defined]


def test_a_long_freeze_of_a_whole_clip_goes_on_where_it_was(player: Player) -> None:
    with MonitorRecording() as rec:
        player.play(tone(660, 2.0), 24_000)
        assert wait_until(lambda: player.position >= 0.5)
        with frozen_server():
            time.sleep(3.5)  # longer than a stall is waited for: the stream is reopened
        finish(player)
    heard = rec.samples()
    assert dominant_frequency(heard, rec.rate) == pytest.approx(660, abs=5)
    assert sound_seconds(heard, rec.rate) == pytest.approx(2.0, abs=0.3)
    assert player.recoveries >= 1
    assert player.error is None


def test_the_device_in_use_unplugged_mid_reply_and_playback_goes_on_on_the_other(
    player: Player,
) -> None:
    before = pactl("get-default-sink")
    with extra_sink("parley_headset") as headset:
        pactl("set-default-sink", "parley_headset")  # the headset is the system default
        with SinkRecording(before) as on_speaker:
            with SinkRecording("parley_headset") as on_headset:
                player.start_stream(24_000)
                feed(player, tone(440, 2.5))
                player.end_stream()
                assert wait_until(lambda: player.position >= 0.8)
            unplug(headset)  # (a recording of a vanished sink would follow the stream)
            finish(player)
    first, rest = on_headset.samples(), on_speaker.samples()
    assert 0.5 < sound_seconds(first, on_headset.rate) < 1.3
    assert sound_seconds(rest, on_speaker.rate) == pytest.approx(
        2.5 - sound_seconds(first, on_headset.rate), abs=0.3
    )
    assert dominant_frequency(rest, on_speaker.rate) == pytest.approx(440, abs=5)
    assert player.error is None


@pytest.mark.xfail(
    os.environ.get("PARLEY_SOUND_SERVER") == "pipewire",
    reason="WirePlumber moves this test's recording of the old speaker along with the default"
    " sink, so it hears the reply after the switch too (the reply itself moves: checked above)",
    strict=False,
)
def test_a_new_system_default_is_used_at_once(player: Player) -> None:
    before = pactl("get-default-sink")
    with extra_sink("parley_usb"):
        with SinkRecording("parley_usb") as on_usb, SinkRecording(before) as on_speaker:
            player.start_stream(24_000)
            feed(player, tone(550, 2.0))
            player.end_stream()
            assert wait_until(lambda: player.position >= 0.6)
            pactl("set-default-sink", "parley_usb")  # a headset plugged in, made the default
            finish(player)
        moved = on_usb.samples()
        assert sound_seconds(moved, on_usb.rate) > 0.8
        assert dominant_frequency(moved, on_usb.rate) == pytest.approx(550, abs=5)
        assert sound_seconds(on_speaker.samples(), on_speaker.rate) < 1.3
