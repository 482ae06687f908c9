"""The player through the real PulseAudio null sink, heard by recording the sink's monitor."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from sound_helpers import (
    MonitorRecording,
    band_energy,
    dominant_frequency,
    inexact_monitor,
    regions,
    rms,
    sound_seconds,
    tone,
    wait_until,
)

from app.audio.codecs import Decoded, float_to_pcm16
from app.audio.player import AudioDeviceError, PlayerEvent, PlayState
from app.audio.player import Player as _Player
from app.audio.renderer import Renderer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.sound


@pytest.fixture
def player(sound_server: None) -> _Player:
    events: list[PlayerEvent] = []
    p = _Player(listener=events.append)
    p.events = events  # type: ignore[attr-defined]
    yield p  # type: ignore[misc]
    p.close()


def finish(p: _Player) -> None:
    assert wait_until(lambda: p.state is PlayState.STOPPED, timeout=10)


@inexact_monitor
def test_a_clip_sounds_at_its_frequency_and_level(player: _Player) -> None:
    with MonitorRecording() as rec:
        player.play(Decoded(tone(440, 0.6), 24_000))
        assert player.duration == pytest.approx(0.6)
        finish(player)
    heard = rec.samples()
    assert dominant_frequency(heard, rec.rate) == pytest.approx(440, abs=3)
    assert sound_seconds(heard, rec.rate) == pytest.approx(0.6, abs=0.1)
    (region,) = regions(heard, rec.rate)
    assert rms(region[480:-480]) == pytest.approx(0.5 / np.sqrt(2), rel=0.1)
    assert player.position == pytest.approx(0.6)
    assert wait_until(lambda: PlayerEvent.FINISHED in player.events)  # type: ignore[attr-defined]
    assert player.first_sound() is not None


@inexact_monitor
def test_pause_is_silent_and_resume_plays_the_rest(player: _Player) -> None:
    with MonitorRecording() as rec:
        player.play(tone(440, 0.8), 24_000)
        # (a sink waking from suspend takes a moment to start: wait for the sound, not a time)
        assert wait_until(lambda: player.position >= 0.25)
        player.pause()
        assert player.state is PlayState.PAUSED
        time.sleep(0.05)
        paused_at = player.position
        time.sleep(0.35)
        assert player.position == paused_at
        assert 0 < paused_at < 0.8
        player.resume()
        finish(player)
    heard = rec.samples()
    parts = regions(heard, rec.rate, min_gap=0.2)
    assert len(parts) == 2
    assert all(dominant_frequency(p, rec.rate) == pytest.approx(440, abs=5) for p in parts)
    assert sound_seconds(heard, rec.rate) == pytest.approx(0.8, abs=0.1)


@inexact_monitor
def test_hush_silences_and_resume_goes_on_from_what_was_heard(player: _Player) -> None:
    """Speech over a reply: what the sound server still held is dropped, not skipped."""
    with MonitorRecording() as rec:
        player.play(tone(440, 0.8), 24_000)
        assert wait_until(lambda: player.position >= 0.3)
        handed_over = player.position
        player.hush()
        assert player.state is PlayState.PAUSED
        assert 0 < player.position <= handed_over  # where the speaker was, not the device queue
        time.sleep(0.3)
        player.resume()
        finish(player)
    heard = rec.samples()
    assert len(regions(heard, rec.rate, min_gap=0.15)) == 2
    # Nothing skipped; the few ms that sound while the server drops its queue may come twice.
    assert 0.78 <= sound_seconds(heard, rec.rate) <= 0.85


def test_a_second_hush_before_the_renewed_stream_sounds_keeps_what_was_heard() -> None:
    """Speech over a reply, a moment of not-speech (play goes on), speech again: the renewed
    stream's first block leaves the device late, and nothing older is queued before it, so
    what was heard is still where the first hush left it (the interrupted reply's words)."""
    renderer = Renderer(24_000)
    renderer.load(np.full(3 * 24_000, 0.1, np.float32))
    block, now = np.zeros(240, np.float32), 100.0
    for _ in range(200):  # 2 s handed over and played as they go
        renderer.render(block, now, now)
        now += 0.01
    heard = renderer.sounding_at(now)
    assert heard is not None and heard >= 47_000
    renderer.hold_at(heard)  # the first hush
    renderer.set_state(PlayState.PLAYING)  # not speech after all: play goes on
    renderer.render(block, now, now + 1.5)  # a renewed stream, its first block 1.5 s away
    again = renderer.sounding_at(now + 0.05)  # the second hush
    assert again is not None and heard <= again <= heard + block.size


def test_a_player_closed_right_after_a_hush_keeps_no_stream_open(player: _Player) -> None:
    """The fresh stream a hush opens in the background is not kept by a player closed meanwhile
    (it would hold the sound device until Parley quits)."""
    player.play(tone(440, 0.8), 24_000)
    assert wait_until(lambda: player.position >= 0.1)
    player.hush()
    player.close()
    assert wait_until(
        lambda: not any(t.name == "parley-renew" for t in threading.enumerate()), timeout=10
    )
    assert player._keeper.out is None


@inexact_monitor
def test_seek_plays_from_the_new_place(player: _Player) -> None:
    clip = np.concatenate([tone(440, 0.5), tone(880, 0.5)])
    with MonitorRecording() as rec:
        player.play(clip, 24_000)
        assert wait_until(lambda: player.position >= 0.1)
        player.seek(0.5)
        assert player.position == pytest.approx(0.5, abs=0.02)
        finish(player)
    (heard,) = regions(rec.samples(), rec.rate, min_gap=0.05)  # one sound, no gap at the seek
    rate = rec.rate
    assert 0.55 < len(heard) / rate < 0.85  # 0.1-0.3 s of the first half, then the second
    assert dominant_frequency(heard[: int(0.08 * rate)], rate) == pytest.approx(440, abs=15)
    assert dominant_frequency(heard[-int(0.4 * rate) :], rate) == pytest.approx(880, abs=5)
    last = heard[-int(0.45 * rate) :]
    assert band_energy(last, rate, 880) > 100 * band_energy(last, rate, 440)


def test_stop_silences_and_rewinds_and_play_starts_over(player: _Player) -> None:
    with MonitorRecording() as rec:
        player.play(tone(660, 0.5), 24_000)
        assert wait_until(lambda: player.position >= 0.2)
        player.stop()
        assert player.state is PlayState.STOPPED
        assert player.position == 0
        time.sleep(0.3)
        player.resume()
        finish(player)
    parts = regions(rec.samples(), rec.rate, min_gap=0.15)
    assert len(parts) == 2
    assert len(parts[1]) / rec.rate == pytest.approx(0.5, abs=0.1)  # the whole clip again
    assert dominant_frequency(parts[1], rec.rate) == pytest.approx(660, abs=5)


@inexact_monitor
def test_unload_silences_and_lets_go_of_the_clip(player: _Player) -> None:
    """Leaving a conversation: the clip playing stops and its samples are no longer held."""
    with MonitorRecording() as rec:
        player.play(Decoded(tone(440, 2.0), 24_000))
        assert wait_until(lambda: player.position > 0.3)
        player.unload()
        stopped_at = time.monotonic()
        assert player.state is PlayState.STOPPED and player.duration == 0
        assert wait_until(lambda: time.monotonic() - stopped_at > 0.5)
    heard = rec.samples()
    assert 0.2 < sound_seconds(heard, rec.rate) < 1.2  # not the whole 2 s
    player.play(Decoded(tone(660, 0.3), 24_000))  # and the player still plays afterwards
    finish(player)


@inexact_monitor
def test_streamed_chunks_play_and_a_late_chunk_waits_in_silence(player: _Player) -> None:
    with MonitorRecording() as rec:
        player.start_stream(24_000)
        player.append(float_to_pcm16(tone(440, 0.05)))
        time.sleep(0.15)
        assert player.state is PlayState.BUFFERING  # under the jitter buffer: not yet
        first = tone(440, 0.35)
        for i in range(1200, len(first), 2400):
            player.append(float_to_pcm16(first[i : i + 2400]))
        assert player.duration == pytest.approx(0.35)
        assert wait_until(lambda: player.underruns == 1)
        time.sleep(0.3)  # the server is late: silence
        assert player.state is PlayState.BUFFERING
        player.append(tone(660, 0.3))
        player.end_stream()
        finish(player)
    parts = regions(rec.samples(), rec.rate, min_gap=0.15)
    assert len(parts) == 2
    assert dominant_frequency(parts[0], rec.rate) == pytest.approx(440, abs=5)
    assert dominant_frequency(parts[1], rec.rate) == pytest.approx(660, abs=5)
    assert len(parts[0]) / rec.rate == pytest.approx(0.35, abs=0.08)
    assert len(parts[1]) / rec.rate == pytest.approx(0.3, abs=0.08)
    events = player.events  # type: ignore[attr-defined]
    assert wait_until(lambda: PlayerEvent.FINISHED in events)
    assert PlayerEvent.UNDERRUN in events
    sound = player.first_sound()
    assert sound is not None
    assert sound.total > sound.own >= 0


def test_audio_is_resampled_when_the_stream_runs_at_another_rate(sound_server: None) -> None:
    with _Player(device_rate=48_000) as p, MonitorRecording() as rec:
        p.play(tone(440, 0.3), 24_000)
        finish(p)
        time.sleep(0.25)
        p.start_stream(24_000)
        p.append(float_to_pcm16(tone(660, 0.3)))
        p.end_stream()
        finish(p)
        time.sleep(0.25)
        p.play(tone(550, 0.3, rate=44_100), 44_100)
        finish(p)
    parts = regions(rec.samples(), rec.rate, min_gap=0.1)
    assert [round(dominant_frequency(x, rec.rate) / 10) * 10 for x in parts] == [440, 660, 550]


def test_volume_and_loudness_matching(player: _Player) -> None:
    quiet, loud = tone(500, 0.3, amp=0.05), tone(500, 0.3, amp=0.5)
    levels = []
    for target, volume in ((-20.0, 1.0), (None, 0.5)):
        player.loudness_target = target
        player.volume = volume
        with MonitorRecording() as rec:
            for clip in (quiet, loud):
                player.play(clip, 24_000)
                finish(player)
                time.sleep(0.25)
        parts = regions(rec.samples(), rec.rate, min_gap=0.1)
        levels.append([rms(p[960:-960]) for p in parts])
    matched, halved = levels
    assert len(matched) == 2
    assert matched[0] == pytest.approx(matched[1], rel=0.12)  # same loudness for both
    # K-weighting is nearly flat at 500 Hz: -20 LUFS is about -19.3 dBFS RMS
    assert 20 * np.log10(matched[1]) == pytest.approx(-19.3, abs=1.0)
    assert len(halved) == 2
    assert halved[1] == pytest.approx(0.5 * 0.5 / np.sqrt(2), rel=0.12)
    assert halved[0] == pytest.approx(0.5 * 0.05 / np.sqrt(2), rel=0.2)


def test_unknown_device_is_a_clear_error_and_nothing_else_breaks(player: _Player) -> None:
    ghost = _Player(device="Parley Missing Speaker")
    with pytest.raises(AudioDeviceError, match=r"Parley Missing Speaker.*Settings"):
        ghost.play(tone(440, 0.1), 24_000)
    assert ghost.state is PlayState.STOPPED
    with MonitorRecording() as rec:
        player.play(tone(440, 0.2), 24_000)
        finish(player)
    assert dominant_frequency(rec.samples(), rec.rate) == pytest.approx(440, abs=5)


_NO_SERVER = """
import numpy as np
from app.audio.player import AudioDeviceError, Player
p = Player()
try:
    p.play(np.zeros(2400, np.float32), 24000)
except AudioDeviceError as exc:
    print("error:", exc)
print("state:", p.state)
"""


def test_no_sound_server_is_a_clear_error() -> None:
    env = dict(os.environ, PULSE_SERVER="unix:/nonexistent/parley-pulse-socket")
    out = subprocess.run(
        [sys.executable, "-c", _NO_SERVER],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "error: No audio output device was found" in out.stdout
    assert "state: stopped" in out.stdout
    assert "Traceback" not in out.stderr


_VANISH = """
import sys, time
import numpy as np
from app.audio.player import Player
events = []
p = Player(listener=events.append)
p.recover_seconds = 3.0
p.start_stream()
p.append(np.full(24000 * 60, 0.1, np.float32))

def wait(what):
    deadline = time.monotonic() + 10
    while not what() and time.monotonic() < deadline:
        time.sleep(0.02)
    return what()

print("playing" if wait(lambda: p.position >= 0.1) else f"silent: {p.state}", flush=True)
sys.stdin.readline()  # the server was killed and a new one started
at = p.position
print("went on" if wait(lambda: p.position > at + 0.5) else f"stuck at {at}: {p.error}", flush=True)
sys.stdin.readline()  # the server was killed for good
# the player sets ``error`` and then tells its listener: wait for the event, not the attribute
wait(lambda: any(e.value == "error" for e in events))
print("error:", p.error)
print("state:", p.state)
print("kept:", p.position > at + 0.5)
print("recoveries:", p.recoveries)
"""


def _start_pulse(env: dict[str, str]) -> int:
    # a private sound server (norewinds=1: without it the null sink never consumes ALSA's writes)
    subprocess.run(
        [
            *("pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--system=false"),
            "--load=module-native-protocol-unix",
            "--load=module-null-sink sink_name=gone norewinds=1",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    return int(Path(env["PULSE_RUNTIME_PATH"], "pid").read_text())


def test_a_vanished_sound_server_is_played_on_when_it_is_back_and_reported_when_not() -> None:
    run = Path(tempfile.mkdtemp(prefix="parley-vanish-"))
    (run / "run").mkdir(mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(run / "run"), PULSE_RUNTIME_PATH=str(run / "pulse"))
    env.pop("PULSE_SERVER", None)
    # off the session bus: the test run's own PulseAudio holds PulseAudio's name there
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    pids = [_start_pulse(env)]
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", _VANISH],
            env=env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "playing"
        os.kill(pids[0], signal.SIGKILL)
        time.sleep(0.3)
        (run / "pulse" / "pid").unlink()  # else the new server takes the old one's pid file
        pids.append(_start_pulse(env))  # the desktop restarts its sound server
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "went on"
        os.kill(pids[1], signal.SIGKILL)
        out, _ = child.communicate("go\n", timeout=30)
    finally:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(run, ignore_errors=True)
    assert child.returncode == 0
    assert "has not answered for 3 seconds; playback is paused where it was. Press Play" in out
    assert "state: paused" in out
    assert "kept: True" in out
    assert "recoveries: 1" in out
