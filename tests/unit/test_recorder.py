"""The recorder captures the default source (the test sink's monitor) while a tone plays."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sound_helpers import dominant_frequency, rms, tone, wait_until

from app.audio.codecs import decode, sniff
from app.audio.player import Player, PlayState
from app.audio.recorder import AudioDeviceError, Recorder

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.sound


def test_a_played_tone_is_recorded_as_24k_mono_wav(sound_server: None) -> None:
    recorder = Recorder()
    with Player() as player:
        # (a sink or monitor waking from suspend takes a moment: wait for sound, not a time)
        player.play(tone(880, 3.0), 24_000)
        assert wait_until(lambda: player.position >= 0.15)
        recorder.start()
        assert wait_until(lambda: recorder.elapsed >= 0.6)
        assert recorder.recording
        level_rms, level_peak = recorder.level
        data = recorder.stop()
        assert player.state is PlayState.PLAYING  # the tone outlasted the recording
    assert not recorder.recording
    assert recorder.level == (0.0, 0.0)
    assert level_rms == pytest.approx(0.5 / 2**0.5, rel=0.15)
    assert level_peak == pytest.approx(0.5, rel=0.15)
    assert data[:4] == b"RIFF" and sniff(data) == "wav"
    clip = decode(data)
    assert clip.rate == 24_000
    assert int.from_bytes(data[22:24], "little") == 1  # mono
    assert int.from_bytes(data[34:36], "little") == 16  # 16-bit
    assert clip.duration >= 0.6
    assert dominant_frequency(clip.samples, clip.rate) == pytest.approx(880, abs=3)
    assert rms(clip.samples[2400:-2400]) == pytest.approx(0.5 / 2**0.5, rel=0.15)


def test_a_device_rate_capture_is_resampled_to_24k(sound_server: None) -> None:
    recorder = Recorder(capture_rate=48_000)
    with Player() as player:
        player.play(tone(1_000, 3.0), 24_000)
        assert wait_until(lambda: player.position >= 0.15)
        recorder.start()
        assert wait_until(lambda: recorder.elapsed >= 0.4)
        clip = recorder.stop_samples()
    assert clip.rate == 24_000
    assert dominant_frequency(clip.samples, clip.rate) == pytest.approx(1_000, abs=3)


def test_recording_stops_itself_at_the_length_limit(sound_server: None) -> None:
    recorder = Recorder(max_seconds=0.3)
    recorder.start()
    assert wait_until(lambda: not recorder.recording)
    assert recorder.limit_reached
    assert recorder.error is None
    assert recorder.elapsed == pytest.approx(0.3)
    clip = decode(recorder.stop())
    assert clip.duration == pytest.approx(0.3, abs=1 / 24_000)
    recorder.start()  # a second recording after the first
    assert not recorder.limit_reached
    recorder.cancel()


def test_a_missing_microphone_is_a_clear_error(sound_server: None) -> None:
    with pytest.raises(AudioDeviceError, match=r"“Parley Missing Mic” is not available"):
        Recorder("Parley Missing Mic").start()


def test_no_sound_server_means_no_microphone() -> None:
    script = (
        "from app.audio.recorder import AudioDeviceError, Recorder\n"
        "try:\n    Recorder().start()\nexcept AudioDeviceError as exc:\n    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=dict(os.environ, PULSE_SERVER="unix:/nonexistent/parley-pulse-socket"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("No microphone (audio input) device was found")
