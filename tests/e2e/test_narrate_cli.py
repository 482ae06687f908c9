"""``parley narrate`` as a user runs it against the demo server: numbered files that are the
paragraphs in order (their words heard back in the transcripts kept), a joined file with a chapter
per paragraph and captions inside them, a second run that asks the server for nothing, a failed
request asked again once, long paragraphs split at sentence ends, and clear messages for scripts
that cannot be read."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.audio.chapters import read_chapters
from app.audio.codecs import decode
from app.core.studio import captions as cc
from app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, cli_env, run_in_process

SCRIPT = """The lighthouse stood on the rock for two hundred years.

Every night its keeper climbed the stairs. He lit the lamp and wound the clock.

Ships passed safely, and nobody thought of him at all.
"""


@pytest.fixture
def parley(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    def run(*args: str, url: str | None = None) -> Run:
        monkeypatch.setattr(sys, "stdin", None)
        result = run_in_process(list(args), cli_env(home, url), monkeypatch, capfd)
        assert "Traceback" not in result.out + result.err
        return result

    return run


def posts(server: DemoServer) -> int:
    return sum(1 for m, p, _ in server.requests if m == "POST" and "/chat/completions" in p)


def test_a_script_becomes_numbered_files_and_a_chaptered_whole_and_resumes(
    parley: Callable[..., Run], demo_server: DemoServer, home: Path
) -> None:
    script = home / "script.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    first = parley("narrate", str(script), "--voice", "fable", "-o", "out", url=demo_server.url)
    assert first.code == 0, first.err
    assert "3 paragraphs; 3 pieces to ask for, estimated cost ≈ $" in first.out
    assert "[1/3] paragraph 1: 001.mp3 new" in first.out
    assert "[3/3] paragraph 3: 003.mp3 new" in first.out
    out = home / "out"
    paragraphs = [" ".join(p.split()) for p in SCRIPT.split("\n\n")]
    record = json.loads((out / "narration.json").read_text(encoding="utf-8"))["files"]
    assert [record[f"00{n}.mp3"]["text"] for n in (1, 2, 3)] == paragraphs
    lengths = [decode((out / f"00{n}.mp3").read_bytes()).duration for n in (1, 2, 3)]
    assert all(seconds > 1.0 for seconds in lengths)
    assert posts(demo_server) == 3

    chapters = read_chapters(out / "narration.mp3")
    assert len(chapters) == 3  # a chapter per paragraph, titled by its first words
    assert all(p.startswith(c.title.rstrip("…")) for c, p in zip(chapters, paragraphs, strict=True))
    cues = cc.parse((out / "narration.srt").read_text(encoding="utf-8"))
    assert [c.text for c in cues] == [
        paragraphs[0], "Every night its keeper climbed the stairs.",
        "He lit the lamp and wound the clock.", paragraphs[2],
    ]  # fmt: skip
    turn_of = [0, 1, 1, 2]
    for cue, n in zip(cues, turn_of, strict=True):
        assert chapters[n].start <= cue.start < cue.end <= chapters[n].end

    again = parley("narrate", str(script), "--voice", "fable", "-o", "out", url=demo_server.url)
    assert again.code == 0 and "0 pieces to ask for." in again.out
    assert "001.mp3 already done" in again.out
    assert posts(demo_server) == 3  # the second run asks for nothing

    script.write_text(SCRIPT.replace("two hundred", "three hundred"), encoding="utf-8")
    changed = parley("narrate", str(script), "--voice", "fable", "-o", "out", url=demo_server.url)
    assert "1 piece to ask for" in changed.out and "001.mp3 new" in changed.out
    assert posts(demo_server) == 4


def test_a_failed_paragraph_is_asked_again_once(
    parley: Callable[..., Run], demo_server: DemoServer, home: Path
) -> None:
    script = home / "one.txt"
    script.write_text("Only one paragraph here, read it well.", encoding="utf-8")
    demo_server.faults.status_code, demo_server.faults.status_times = 400, 1
    result = parley("narrate", str(script), "--voice", "ash", "-o", "o", url=demo_server.url)
    assert result.code == 0, result.out + result.err
    assert "001.mp3 new" in result.out and "asked again, now complete" in result.out
    demo_server.faults.status_code, demo_server.faults.status_times = 400, None
    script.write_text("Another paragraph that will not come.", encoding="utf-8")
    failed = parley("narrate", str(script), "--voice", "ash", "-o", "o", url=demo_server.url)
    demo_server.faults.status_times = 0
    assert failed.code == 1 and "FAILED (asked twice)" in failed.out
    assert "Run the same command again" in failed.err


def test_long_paragraphs_are_split_at_sentence_ends(
    parley: Callable[..., Run], demo_server: DemoServer, home: Path
) -> None:
    sentence = "The tide came in over the sand and went out again before dawn. "
    script = home / "long.txt"
    script.write_text(sentence * 40, encoding="utf-8")
    result = parley("narrate", str(script), "--voice", "ash", "--format", "wav", "-o", "l",
                    url=demo_server.url)  # fmt: skip
    assert result.code == 0, result.err
    assert "(1 long ones split at sentence ends)" in result.out
    parts = sorted(p.name for p in (home / "l").glob("001-part*.wav"))
    assert parts == ["001-part1of2.wav", "001-part2of2.wav"]
    record = json.loads((home / "l" / "narration.json").read_text(encoding="utf-8"))["files"]
    assert all(record[p]["text"].endswith("before dawn.") for p in parts)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "has nothing to read"),
        (b"\n\n   \n", "has nothing to read"),
        (b"Fine first line.\n\nCaf\xe9 in Latin-1.\n", "is not UTF-8 text (line 3)"),
    ],
)
def test_scripts_that_cannot_be_read_are_explained(
    parley: Callable[..., Run], demo_server: DemoServer, home: Path, content: bytes, message: str
) -> None:
    script = home / "bad.txt"
    script.write_bytes(content)
    result = parley("narrate", str(script), "--voice", "ash", "-o", "x", url=demo_server.url)
    assert result.code == 2 and message in result.err
    assert posts(demo_server) == 0 and not (home / "x").exists()


def test_an_output_that_is_a_file_is_refused(
    parley: Callable[..., Run], demo_server: DemoServer, home: Path
) -> None:
    script = home / "s.txt"
    script.write_text("One line.", encoding="utf-8")
    (home / "taken").write_text("x", encoding="utf-8")
    result = parley("narrate", str(script), "--voice", "ash", "-o", "taken", url=demo_server.url)
    assert result.code == 2 and "is a file, not a folder" in result.err
