"""``parley compare`` as a user runs it: the demo server over real HTTP, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.audio import codecs
from app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, cli_env, run_in_process

KEY = "sk-test-parley-0123456789"
TEXT = "Parley says this in every voice."
PREVIEW = "gpt-4o-audio-preview"


def _checked(run: Run) -> Run:
    for text in (run.out, run.err):
        assert "Traceback" not in text
        assert KEY not in text
    return run


@pytest.fixture
def compare(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    """``parley compare ARGS`` through the real entry point, in this process."""

    def run(*args: str, url: str | None = None, key: str | None = None) -> Run:
        return _checked(
            run_in_process(["compare", *args], cli_env(home, url, key), monkeypatch, capfd)
        )

    return run


def posts(server: DemoServer) -> list[dict]:
    return [b for m, p, b in server.requests if m == "POST" and p.endswith("/chat/completions")]


def clip(path: Path, fmt: str) -> codecs.Decoded:
    data = path.read_bytes()
    assert codecs.sniff(data) == fmt
    decoded = codecs.decode(data)
    assert decoded.duration > 1.0 and float(abs(decoded.samples).max()) > 0.05
    return decoded


def test_a_failing_voice_exits_1_and_the_others_are_saved_then_come_from_the_cache(
    home: Path, demo_server: DemoServer
) -> None:
    args = [
        "-m", "app", "compare", TEXT, "--voices", "alloy,verse,sage", "--models",
        f"gpt-audio-1.5,{PREVIEW}", "-o", "clips",
    ]  # fmt: skip
    env = cli_env(home, demo_server.url, KEY)
    done = subprocess.run(
        [sys.executable, *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    run = _checked(Run(done.returncode, done.stdout, done.stderr))
    assert run.code == 1, run.err
    out = home / "clips"
    saved = sorted(p.name for p in out.glob("*.wav"))
    assert saved == [
        "alloy-gpt-4o-audio-preview.wav",
        "alloy-gpt-audio-1.5.wav",
        "sage-gpt-4o-audio-preview.wav",
        "sage-gpt-audio-1.5.wav",
        "verse-gpt-audio-1.5.wav",
    ]
    for name in saved:
        clip(out / name, "wav")
    summary = json.loads((out / "summary.json").read_text())
    assert summary["failed"] == 1 and summary["text"] == TEXT and summary["exact"] is True
    rows = {(r["voice"], r["model"]): r for r in summary["rows"]}
    refused = rows[("verse", PREVIEW)]
    assert refused["status"] == "failed" and refused["file"] is None
    assert "Voice 'verse' is not supported by model" in refused["error"]
    good = rows[("sage", "gpt-audio-1.5")]
    assert good["status"] == "done" and good["transcript"] == TEXT and good["as_asked"] is True
    assert good["file"] == "sage-gpt-audio-1.5.wav" and good["duration"] > 1.0
    table = run.out.splitlines()
    assert table[0].split() == ["voice", "model", "status", "length", "file", "transcript"]
    assert any(line.split()[:3] == ["verse", PREVIEW, "failed"] for line in table)
    assert "1 of 6 clips failed" in run.err
    transcripts = (out / "transcripts.txt").read_text()
    assert f"Text asked: {TEXT}" in transcripts and "sage-gpt-audio-1.5.wav" in transcripts
    assert len(posts(demo_server)) == 6

    again = subprocess.run(
        [sys.executable, *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 1
    assert len(posts(demo_server)) == 7  # only the refused one is asked again
    summary = json.loads((out / "summary.json").read_text())
    statuses = sorted(r["status"] for r in summary["rows"])
    assert statuses == ["cached"] * 5 + ["failed"]


def test_all_saved_exits_0_in_the_asked_format_with_a_pattern(
    home: Path, compare: Callable[..., Run], demo_server: DemoServer
) -> None:
    run = compare(
        TEXT, "--voices", "coral, nova", "--format", "mp3", "--name-pattern", "{n}-{voice}",
        "--concurrency", "2", "-o", "mp3s", url=demo_server.url,
    )  # fmt: skip
    assert run.code == 0, run.err
    assert sorted(p.name for p in (home / "mp3s").iterdir()) == [
        "1-coral.mp3",
        "2-nova.mp3",
        "summary.json",
        "transcripts.txt",
    ]
    clip(home / "mp3s" / "1-coral.mp3", "mp3")
    assert {b["audio"]["format"] for b in posts(demo_server)} == {"mp3"}
    assert all("verbatim" in b["messages"][0]["content"] for b in posts(demo_server))
    assert "as asked" in run.out

    run = compare(TEXT, "--voices", "coral", "--format", "mp3", "--fresh", "-o", "mp3s",
                  url=demo_server.url)  # fmt: skip
    assert run.code == 0 and len(posts(demo_server)) == 3


def test_no_exact_sends_a_normal_prompt_and_shows_the_differences(
    home: Path, compare: Callable[..., Run], demo_server: DemoServer
) -> None:
    run = compare("Tell me a joke", "--voices", "echo", "--no-exact", "--format", "flac",
                  "-o", "out", url=demo_server.url)  # fmt: skip
    assert run.code == 0, run.err
    body = posts(demo_server)[0]
    assert [m["role"] for m in body["messages"]] == ["user"]
    summary = json.loads((home / "out" / "summary.json").read_text())
    row = summary["rows"][0]
    assert "ladder" in row["transcript"] and row["as_asked"] is False
    assert row["differences"].startswith("differs: ")
    clip(home / "out" / "echo-gpt-audio-1.5.flac", "flac")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["  ", "--voices", "alloy"], "text"),
        (["Hi", "--voices", " , "], "voice"),
        (["Hi", "--voices", "alloy", "--concurrency", "0"], "between 1 and"),
        (["Hi", "--voices", "alloy,ash", "--name-pattern", "same.{ext}"], "same name"),
        (["Hi", "--voices", "alloy", "--name-pattern", "{speed}"], "may use"),
        (["Hi", "--voices", "alloy", "--base-url", "ftp://example.com"], "base URL"),
    ],
)
def test_usage_errors_exit_2_and_ask_nothing(
    compare: Callable[..., Run], demo_server: DemoServer, args: list[str], message: str
) -> None:
    run = compare(*args, "-o", "out", url=demo_server.url)
    assert run.code == 2 and message in run.err and run.err.startswith("parley: ")
    assert posts(demo_server) == []


def test_argparse_usage_errors_exit_2(compare: Callable[..., Run]) -> None:
    assert compare("Hi", "-o", "out").code == 2  # no --voices
    assert compare("Hi", "--voices", "alloy").code == 2  # no -o
    assert compare("Hi", "--voices", "alloy", "--format", "aiff", "-o", "x").code == 2


def test_an_output_that_is_a_file_and_a_missing_key(
    home: Path, compare: Callable[..., Run], demo_server: DemoServer
) -> None:
    (home / "taken").write_text("not a folder")
    run = compare("Hi", "--voices", "alloy", "-o", "taken", url=demo_server.url)
    assert run.code == 2 and "is a file" in run.err
    run = compare("Hi", "--voices", "alloy", "-o", "out", url="https://api.example.com/v1")
    assert run.code == 2 and "no API key" in run.err


def test_an_unreachable_server_fails_every_row_with_exit_1(
    home: Path, compare: Callable[..., Run]
) -> None:
    with DemoServer() as gone:
        url = gone.url
    run = compare("Hi", "--voices", "alloy,ash", "-o", "out", url=url)
    assert run.code == 1
    summary = json.loads((home / "out" / "summary.json").read_text())
    assert [r["status"] for r in summary["rows"]] == ["failed", "failed"]
    assert "Cannot reach 127.0.0.1" in summary["rows"][0]["error"]
    assert "2 of 2 clips failed" in run.err
