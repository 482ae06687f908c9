"""``parley history`` and ``parley export`` as a user runs them: output, files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from app.audio.codecs import decode, encode
from app.core.conversation import Turn, Usage
from app.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
RATE = 24_000


def tone(freq: float, seconds: float) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (0.4 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def parley(data: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PARLEY_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=60,
        check=False,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A history with two conversations; 'Lighthouses' was used last."""
    root = tmp_path / "data"
    with Store(root) as store:
        dogs = store.create_conversation()
        store.add_user_turn(dogs, "Are golden retrievers good family dogs?")
        store.add_turn(
            dogs,
            Turn(role="assistant", text="Yes, they are patient with children.", voice="nova"),
        )
        light = store.create_conversation()
        store.add_user_turn(light, "Tell me about lighthouses", encode(tone(330, 0.5), RATE, "wav"))
        reply = store.begin_reply(light, "alloy", "gpt-audio-1.5", "pcm16")
        store.append_reply_audio(reply, encode(tone(440, 1.0), RATE, "pcm16"))
        store.finish_reply(
            reply,
            audio_id="audio_private_ref",
            expires_at=1_900_000_000,
            usage=Usage(
                prompt_tokens=1000,
                prompt_text_tokens=1000,
                completion_tokens=200,
                completion_audio_tokens=200,
                total_tokens=1200,
            ),
            real_format="pcm16",
            transcript="The keeper climbed the spiral staircase.",
        )
    return root


def test_history_lists_conversations_by_last_use(data: Path) -> None:
    result = parley(data, "history")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "LAST", "USE", "TURNS", "COST*", "TITLE"]
    assert lines[1].split()[0] == "2" and lines[1].endswith("  Tell me about lighthouses")
    # 1,000 text tokens in at $2.50 and 200 audio tokens out at $64 per 1M (gpt-audio-1.5)
    assert lines[1].split()[4] == "$0.015"
    assert lines[2].split()[0] == "1" and lines[2].split()[4] == "-"
    assert lines[2].endswith("  Are golden retrievers good family dogs?")
    assert lines[3].startswith("* estimated from the token counts")


def test_history_on_a_fresh_machine_says_there_is_nothing_yet(tmp_path: Path) -> None:
    result = parley(tmp_path / "fresh", "history")
    assert (result.returncode, result.stdout) == (0, "No conversations yet.\n")


def test_history_search_shows_where_the_words_are(data: Path) -> None:
    result = parley(data, "history", "--search", "spiral stair")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "conversation 2, turn 2: Tell me about lighthouses",
        "    The keeper climbed the [spiral] [staircase].",
    ]
    result = parley(data, "history", "--search", "the", "--limit", "1")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[-1].startswith("First 1 of ")
    assert lines[-1].endswith(" matching turns; --limit N shows more.")
    result = parley(data, "history", "--search", "zebras")
    assert (result.returncode, result.stdout) == (0, "No turns match “zebras”.\n")
    result = parley(data, "history", "--search", " ")
    assert result.returncode == 2 and "needs some words" in result.stderr


def test_export_latest_to_a_zip_in_another_format(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "talk.zip"
    result = parley(data, "export", "--latest", "-o", str(out), "--format", "mp3")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"Exported 2 audio files, transcript.md and conversation.json to {out}\n"
    )
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == [
            "01-user.mp3",
            "02-assistant-alloy.mp3",
            "conversation.json",
            "transcript.md",
        ]
        reply = decode(archive.read("02-assistant-alloy.mp3"))
        doc = archive.read("conversation.json").decode()
        md = archive.read("transcript.md").decode()
    assert reply.duration == pytest.approx(1.0, abs=0.08)
    assert "audio_private_ref" not in doc
    assert json.loads(doc)["title"] == "Tell me about lighthouses"
    assert "The keeper climbed the spiral staircase." in md


def test_export_selected_turns_and_joined_audio(data: Path, tmp_path: Path) -> None:
    result = parley(data, "export", "2", "-o", str(tmp_path / "pick"), "--turns", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "pick").iterdir()) == [
        "02-assistant-alloy.wav",  # a streamed reply as received: its samples in a WAV file
        "conversation.json",
        "transcript.md",
    ]
    import soundfile

    samples, rate = soundfile.read(tmp_path / "pick" / "02-assistant-alloy.wav")
    assert rate == 24_000 and len(samples) == 24_000
    joined = tmp_path / "all.wav"
    result = parley(data, "export", "2", "-o", str(joined), "--joined")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Exported 2.1 s of audio to {joined}\n"
    assert decode(joined.read_bytes()).duration == pytest.approx(0.5 + 0.6 + 1.0, abs=0.001)


def test_export_mistakes_get_one_clear_line_and_the_right_exit_code(
    data: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "x.zip")
    cases = [
        (["export", "-o", out], 2, "give either a CONVERSATION_ID or --latest"),
        (["export", "1", "--latest", "-o", out], 2, "give either a CONVERSATION_ID or --latest"),
        (["export", "1"], 2, "the following arguments are required: -o/--output"),
        (["export", "1", "-o", out, "--format", "aac"], 2, "invalid choice: 'aac'"),
        (["export", "1", "-o", out, "--turns", "two"], 2, "--turns takes turn numbers"),
        (["export", "42", "-o", out], 1, "There is no conversation 42 in the history."),
        (["export", "1", "-o", out, "--turns", "7"], 1, "conversation 1 has 2 turns"),
        (["export", "1", "-o", out, "--joined"], 1, "no audio to join"),
        (["export", "1", "-o", str(tmp_path / "nowhere" / "x.zip")], 1, "does not exist"),
    ]
    for args, code, message in cases:
        result = parley(data, *args)
        assert (result.returncode, message in result.stderr) == (code, True), (args, result)
        no_traceback(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]

    assert parley(data, "export", "1", "-o", out).returncode == 0
    again = parley(data, "export", "1", "-o", out)
    assert again.returncode == 1 and "already exists; use --force" in again.stderr
    assert parley(data, "export", "1", "-o", out, "--force").returncode == 0


def test_a_history_that_cannot_be_read_is_kept_aside_and_said_once(tmp_path: Path) -> None:
    root = tmp_path / "broken"
    root.mkdir()
    (root / "history.sqlite3").write_bytes(b"not a database" * 200)
    result = parley(root, "history")
    assert result.returncode == 0 and result.stdout == "No conversations yet.\n"
    assert result.stderr.startswith("parley: warning: the history database was damaged; it is ")
    assert str(next(root.glob("history.damaged-*.sqlite3"))) in result.stderr
    assert result.stderr.count("\n") == 1
    no_traceback(result)
    again = parley(root, "export", "--latest", "-o", str(tmp_path / "x"))
    assert again.returncode == 1
    assert again.stderr == "parley: there are no conversations in the history yet\n"
    empty = parley(tmp_path / "empty", "export", "--latest", "-o", str(tmp_path / "y"))
    assert empty.returncode == 1
    assert empty.stderr == "parley: there are no conversations in the history yet\n"
