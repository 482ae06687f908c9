"""``parley export --podcast`` as a user runs it: one MP3 with chapters and cover, captions
beside it, clear messages for bad options, nothing left behind on failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import mutagen
import numpy as np
import pytest

from app.audio.chapters import read_chapters
from app.audio.codecs import encode
from app.core.store import Store
from app.core.studio import captions as cc
from app.demo.speech import Synthesizer

ROOT = Path(__file__).resolve().parents[2]
RATE = 24_000


def parley(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PARLEY_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("history")
    synth = Synthesizer()
    with Store(root) as store:
        cid = store.create_conversation(title="Lighthouses")
        ask = "Tell me about lighthouses."
        store.add_user_turn(cid, ask, encode(np.asarray(synth.speak("echo", ask)), RATE, "wav"))
        text = "They guide ships at night. Each one flashes its own pattern."
        reply = store.begin_reply(cid, "alloy", "gpt-audio-1.5", "pcm16")
        store.append_reply_audio(
            reply, encode(np.asarray(synth.speak("alloy", text)), RATE, "pcm16")
        )
        store.finish_reply(reply, audio_id=None, expires_at=None, usage=None,
                           transcript=text, real_format="pcm16")  # fmt: skip
    return root


def test_export_podcast_writes_a_chaptered_mp3_with_captions(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "lighthouses"
    result = parley(data, "export", "--latest", "--podcast", "--captions", "vtt", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    mp3 = tmp_path / "lighthouses.mp3"
    assert f"with 2 chapters to {mp3}" in result.stdout
    assert "Captions (3 cues)" in result.stdout
    chapters = read_chapters(mp3)
    assert [c.title for c in chapters] == [
        "Tell me about lighthouses.",
        "They guide ships at night. Each one flashes its own pattern.",
    ]
    tags = mutagen.File(str(mp3)).tags
    assert str(tags["TIT2"]) == "Lighthouses" and str(tags["TPE1"]) == "alloy"
    assert tags.getall("APIC")[0].data.startswith(b"\x89PNG")
    cues = cc.parse((tmp_path / "lighthouses.vtt").read_text(encoding="utf-8"))
    assert [c.text for c in cues] == [
        "Tell me about lighthouses.",
        "They guide ships at night.",
        "Each one flashes its own pattern.",
    ]
    assert chapters[1].start <= cues[1].start and cues[2].end <= chapters[1].end

    again = parley(data, "export", "--latest", "--podcast", "-o", str(mp3))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_bad_podcast_options_are_explained(data: Path, tmp_path: Path) -> None:
    result = parley(data, "export", "--latest", "--captions", "srt", "-o", str(tmp_path / "x"))
    assert result.returncode == 2 and "--captions goes with --podcast" in result.stderr
    result = parley(data, "export", "--latest", "--podcast", "--format", "pcm16",
                    "-o", str(tmp_path / "x"))  # fmt: skip
    assert result.returncode == 2 and "a podcast can be mp3" in result.stderr
    missing = tmp_path / "no" / "such" / "x.mp3"
    result = parley(data, "export", "--latest", "--podcast", "-o", str(missing))
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
