"""The command line's bad inputs, as a table: what a user types (or what a server does), the exit
code and the words they must get, and what must still be there afterwards.

Each case runs ``parley`` as its own process against the demo server (with faults set) or a
small misbehaving server from :mod:`tests.e2e.fake_servers`. ``check`` gets the home folder and
the run; it asserts that nothing was lost (a recording intact, a partial reply kept, no empty
conversation left behind).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.e2e import fake_servers
from tests.e2e.cli_runner import Run

#: Every wait in these cases is set with --timeout this small, so the suite stays quick.
T = "1"
#: Seconds a process may need to start, parse and exit on a loaded machine, on top of any
#: stated wait (a hang would take minutes).
START = 10.0


@dataclass
class Case:
    id: str
    args: list[str]
    code: int
    says: str  # words (case-insensitive) that must be in stderr
    server: str = "demo"  # "demo", "none", or the name of a fake_servers behaviour
    faults: dict[str, Any] = field(default_factory=dict)
    prepare: Callable[[Path], None] | None = None
    check: Callable[[Path, Run], None] | None = None
    bound: float = START  # longest the run may take, in seconds
    not_says: tuple[str, ...] = ()
    stdout: str = "pipe"  # "pipe", "full" (/dev/full: a full disk) or "closed"


def conversations(home: Path) -> list[tuple[Any, ...]]:
    """(id, title) of every conversation kept, read straight from the database."""
    db = home / "data" / "history.sqlite3"
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, title FROM conversations").fetchall()


def turns(home: Path) -> list[tuple[Any, ...]]:
    """(role, text, partial, audio_file) of every turn kept."""
    db = home / "data" / "history.sqlite3"
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT role, text, partial, audio_file FROM turns").fetchall()


def nothing_kept(home: Path, run: Run) -> None:
    assert conversations(home) == [], "a request never answered left a conversation behind"


def make_recording(home: Path) -> None:
    with wave.open(str(home / "q.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(24000)
        w.writeframes(b"\x01\x00" * 24000)


def recording_intact(home: Path, run: Run) -> None:
    with wave.open(str(home / "q.wav"), "rb") as w:
        assert w.getnframes() == 24000


def write(name: str, data: bytes) -> Callable[[Path], None]:
    def prepare(home: Path) -> None:
        (home / name).write_bytes(data)

    return prepare


def partial_kept(words: str, *, audio: bool) -> Callable[[Path, Run], None]:
    """The partial reply is in the history (flagged) and beside the output file."""

    def check(home: Path, run: Run) -> None:
        kept = turns(home)
        assert [t[0] for t in kept] == ["user", "assistant"]
        assert kept[1][1].startswith(words) and kept[1][2] == 1
        assert (home / "r.partial.txt").read_text().startswith(words)
        if audio:
            assert kept[1][3] and (home / "r.partial.wav").stat().st_size > 44

    return check


def no_repeat(home: Path, run: Run) -> None:
    assert run.err.lower().count("try again later") == 1, run.err


def escaped(home: Path, run: Run) -> None:
    assert "\x1b" not in run.out + run.err
    assert "\\x1b]0;owned" in run.out


def both_saved(home: Path, run: Run) -> None:
    assert (home / "r.wav").stat().st_size > 44


ASK = ["ask", "--timeout", T]
CASES: list[Case] = [
    # numbers and ids
    Case("timeout-nan", [*ASK[:1], "hi", "--timeout", "nan"], 2, "not a number of seconds"),
    Case("timeout-inf", ["ask", "hi", "--timeout", "inf"], 2, "not a number of seconds"),
    Case("timeout-negative", ["ask", "hi", "--timeout=-3"], 2, "not a number of seconds"),
    Case("timeout-zero", ["ask", "hi", "--timeout", "0"], 2, "not a number of seconds"),
    Case("timeout-words", ["ask", "hi", "--timeout", "soon"], 2, "not a number of seconds"),
    Case("continue-huge-id", ["ask", "--continue", "9" * 30, "hi"], 2, "no conversation"),
    Case("export-huge-id", ["export", "9" * 25, "-o", "out"], 2, "not a conversation id"),
    Case("export-turns-huge", ["export", "1", "-o", "o", "--turns", "9" * 25], 2, "--turns"),
    Case("history-limit-zero", ["history", "--limit", "0"], 2, "--limit"),
    Case("history-limit-huge", ["history", "--limit", "9" * 25], 2, "--limit"),
    # endpoints
    Case("port-too-big", [*ASK, "hi", "--base-url", "http://127.0.0.1:99999/v1"], 2, "port"),
    Case("port-zero", [*ASK, "hi", "--base-url", "http://127.0.0.1:0/v1"], 2, "port 0"),
    Case("port-words", [*ASK, "hi", "--base-url", "http://127.0.0.1:ab/v1"], 2, "base url"),
    Case("not-a-url", [*ASK, "hi", "--base-url", "localhost"], 2, "base url"),
    Case(
        "credentials-in-url",
        [*ASK, "hi", "--base-url", "http://me:hunter2pass@127.0.0.1:9/v1"],
        2,
        "user name or password",
        not_says=("hunter2pass",),
    ),
    Case("refused", [*ASK, "hi"], 1, "cannot reach", server="none", check=nothing_kept),
    # text that is not UTF-8
    Case("prompt-not-utf8", [*ASK, "bad \udcff byte"], 2, "byte 5 is 0xff", check=nothing_kept),
    Case(
        "system-file-not-utf8",
        [*ASK, "hi", "--system-file", "s.txt"],
        2,
        "byte 3 is 0xfe",
        prepare=write("s.txt", b"ok\xfe"),
    ),
    Case("search-not-utf8", ["history", "-s", "x\udcfe"], 2, "not valid utf-8"),
    Case(
        "compare-text-not-utf8",
        ["compare", "a\udcffb", "--voices", "alloy", "-o", "c"],
        2,
        "byte 2 is 0xff",
    ),
    Case(
        "talk-credentials",
        ["talk", "--base-url", "http://a:pw12345@127.0.0.1:9/v1"],
        2,
        "user name or password",
        not_says=("pw12345",),
    ),
    # outputs checked before the request
    Case(
        "output-is-input",
        [*ASK, "--audio", "q.wav", "-o", "q.wav"],
        2,
        "recording being sent",
        prepare=make_recording,
        check=recording_intact,
    ),
    Case("output-unwritable", [*ASK, "hi", "-o", "/proc/r.wav"], 2, "cannot write"),
    Case("output-is-folder", [*ASK, "hi", "-o", "."], 2, "is a folder"),
    Case("transcript-folder", [*ASK, "hi", "--transcript-out", "."], 2, "is a folder"),
    Case("audio-missing", [*ASK, "--audio", "nope.wav"], 2, "cannot read the recording"),
    Case(
        "audio-garbage",
        [*ASK, "--audio", "g.wav"],
        2,
        "not a wav",
        prepare=write("g.wav", b"x" * 999),
    ),
    Case("export-unwritable", ["export", "1", "-o", "/proc/x.zip"], 1, "cannot write"),
    # servers that are silent, slow or broken
    Case(
        "silent-streamed",
        [*ASK, "hi"],
        1,
        "did not answer within 1 s",
        server="silent",
        check=nothing_kept,
        bound=2 * 1 + START,
    ),
    Case(
        "silent-whole",
        [*ASK, "hi", "-o", "r.mp3"],
        1,
        "did not answer within 1 s",
        server="silent",
        check=nothing_kept,
        bound=2 * 1 + START,
    ),
    Case(
        "stall-mid-stream",
        [*ASK, "hi", "--stream", "-o", "r.wav", "--transcript-out", "r.txt"],
        1,
        "cut off",
        server="stall_mid_stream",
        check=partial_kept("Half a sentence", audio=True),
        bound=1 + START,
    ),
    Case(
        "keepalive-only",
        [*ASK, "hi", "--stream", "--transcript-out", "r.txt", "-o", "r.wav"],
        1,
        "sent nothing for 1 s",
        server="keepalive_only",
        check=partial_kept("Some words", audio=False),
        bound=1 + START,
    ),
    Case(
        "headers-no-body",
        [*ASK, "hi", "-o", "r.mp3"],
        1,
        "did not send the whole reply",
        server="headers_no_body",
        check=nothing_kept,
        bound=2 * 1 + START,
    ),
    Case(
        "overloaded-503",
        [*ASK, "hi"],
        1,
        "overloaded",
        faults={"status_code": 503, "status_times": None, "retry_after": "0"},
        check=no_repeat,
    ),
    # text that must not reach the terminal raw
    Case(
        "escapes-in-reply",
        [*ASK, "look \x1b]0;owned\x07 \x1b[31mred"],
        0,
        "",
        check=escaped,
    ),
    Case(
        "transcript-out-unwritable-later",
        [*ASK, "hi", "-o", "r.wav", "--transcript-out", "/proc/self/r.txt"],
        2,
        "cannot write the transcript file",
    ),
]


def a_pipe(home: Path) -> None:
    """r.wav is a named pipe, read by a thread (as ``-o >(aplay)`` is)."""
    os.mkfifo(home / "r.wav")

    def drain() -> None:
        with open(home / "r.wav", "rb") as f:
            (home / "drained").write_bytes(f.read())

    threading.Thread(target=drain, daemon=True).start()


def still_a_pipe(home: Path, run: Run) -> None:
    assert stat.S_ISFIFO((home / "r.wav").lstat().st_mode), "the pipe was replaced by a file"
    for _ in range(100):
        if (home / "drained").exists():
            break
        time.sleep(0.05)
    assert (home / "drained").read_bytes()[:4] == b"RIFF"


CASES += [
    Case("output-a-pipe", [*ASK, "hi", "-o", "r.wav"], 0, "", prepare=a_pipe, check=still_a_pipe),
    Case("audio-endless", [*ASK, "--audio", "/dev/zero"], 2, "larger than 100 mb"),
    Case("stdout-full-ask", [*ASK, "hi", "-o", "r.wav"], 0, "cannot print the reply",
         stdout="full", check=both_saved),
    Case("stdout-closed-ask", [*ASK, "hi", "-o", "r.wav"], 0, "", stdout="closed",
         check=both_saved),
    Case("stdout-full-history", ["history"], 1, "cannot print the output", stdout="full"),
]  # fmt: skip

BEHAVIOURS: dict[str, fake_servers.Behaviour] = {
    "silent": fake_servers.silent,
    "stall_mid_stream": fake_servers.stall_mid_stream,
    "keepalive_only": fake_servers.keepalive_only,
    "headers_no_body": fake_servers.headers_no_body,
}
