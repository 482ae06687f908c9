"""Bad luck while ``parley`` runs, made to happen for real: Ctrl+C in the middle of a reply, the
reader of its output going away (``| head``), a damaged history database, a data folder that
cannot be written (a read-only mount) and a full disk (a tiny tmpfs), each in its own process.
Mounts are made in a private user and mount namespace (``unshare -rm``), so nothing outside the
test changes."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.conversation import Turn
from app.core.store import Store
from app.demo.server import DemoServer
from tests.e2e.bad_input_cases import conversations, turns
from tests.e2e.cli_runner import Run, cli_env

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def _env(home: Path, url: str, **extra: str) -> dict[str, str]:
    return cli_env(home, url, PYTHONPATH=str(ROOT), **extra)


def parley(home: Path, url: str, *args: str, **extra: str) -> Run:
    done = subprocess.run(
        [PY, "-m", "app", *args],
        cwd=home,
        env=_env(home, url, **extra),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    run = Run(done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in run.out + run.err, run.err
    return run


def in_namespace(home: Path, url: str, script: str) -> Run:
    """Run ``script`` (sh) as root of a private user and mount namespace; $PARLEY is the
    command, $DATA the history folder."""
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        cwd=home,
        env=_env(home, url, PARLEY=f"{PY} -m app", DATA=str(home / "data")),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    run = Run(done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in run.out + run.err, run.err
    return run


@pytest.fixture
def slow_demo(demo_server: DemoServer) -> DemoServer:
    """The demo server streaming audio at the speed it plays."""
    demo_server.faults.realtime = True
    return demo_server


def _start(home: Path, url: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [PY, "-m", "app", *args],
        cwd=home,
        env=_env(home, url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_ctrl_c_ends_within_a_second_and_keeps_what_arrived(
    home: Path, slow_demo: DemoServer
) -> None:
    proc = _start(
        home,
        slow_demo.url,
        "ask",
        "/long 20",
        "--stream",
        "-o",
        "r.wav",
        "--transcript-out",
        "t.txt",
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(8)  # the transcript has begun
    time.sleep(0.5)  # some audio too
    proc.send_signal(signal.SIGINT)
    asked = time.monotonic()
    code = proc.wait(timeout=5)
    took = time.monotonic() - asked
    err = proc.stderr.read().decode()
    assert took < 1.0, f"Ctrl+C took {took:.2f} s"
    print(f"CTRL+C ended in {took:.3f} s")
    assert code == 130 and "Traceback" not in err, err
    assert "interrupted" in err and "r.partial.wav" in err
    assert (home / "r.partial.wav").stat().st_size > 44
    assert (home / "t.partial.txt").read_text().startswith("This is a long reply")
    assert not (home / "r.wav").exists()
    kept = turns(home)
    assert [t[0] for t in kept] == ["user", "assistant"]
    assert kept[1][2] == 1 and kept[1][3], "the partial reply and its audio are in the history"


def test_output_piped_into_head_still_writes_the_file(home: Path, slow_demo: DemoServer) -> None:
    proc = _start(home, slow_demo.url, "ask", "/long 3", "--stream", "-o", "r.wav")
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(4)
    proc.stdout.close()  # what `| head -c 4` does
    code = proc.wait(timeout=30)
    err = proc.stderr.read().decode()
    assert code == 0 and "Traceback" not in err and "Broken pipe" not in err, err
    assert (home / "r.wav").stat().st_size > 24_000 * 2 * 2


def _history_with_pages(home: Path, n: int = 300) -> Path:
    """A history of ``n`` conversations, spread over many database pages; its path."""
    with Store(home / "data") as store:
        for i in range(n):
            cid = store.create_conversation()
            store.add_turn(cid, Turn("user", f"question {i} " + "words " * 80))
            store.add_turn(cid, Turn("assistant", f"answer {i} " + "more " * 80))
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return home / "data" / "history.sqlite3"


def _damage(db: Path, first_page: int, pages: int) -> None:
    with open(db, "r+b") as f:
        f.seek(4096 * first_page)
        f.write(b"\xde\xad\xbe\xef" * 1024 * pages)


@pytest.mark.parametrize("tool", ["sqlite3", "row-by-row"])
def test_a_damaged_history_is_kept_aside_and_salvaged(
    home: Path, demo_server: DemoServer, tool: str
) -> None:
    db = _history_with_pages(home)
    _damage(db, 40, 3)
    extra = {} if tool == "sqlite3" else {"PATH": "/nonexistent"}
    assert tool != "sqlite3" or shutil.which("sqlite3"), "the sqlite3 program is missing"
    first = parley(home, demo_server.url, "history", **extra)
    assert first.code == 0, first.err
    assert "damaged" in first.err and first.err.count("\n") == 1
    copies = list((home / "data").glob("history.damaged-*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in first.err
    listed = [line for line in first.out.splitlines() if "question" in line]
    assert len(listed) >= 250, "most conversations are salvaged"
    print(f"SALVAGED {len(listed)} of 300 ({tool})")
    again = parley(home, demo_server.url, "history", **extra)
    assert again.code == 0 and again.err == "", "the user is told once"
    asked = parley(home, demo_server.url, "ask", "hi", **extra)
    assert asked.code == 0 and "demo server" in asked.out
    assert len(conversations(home)) == len(listed) + 1


def test_a_file_that_is_no_database_does_not_stop_ask(home: Path, demo_server: DemoServer) -> None:
    (home / "data").mkdir()
    (home / "data" / "history.sqlite3").write_bytes(b"not a database at all " * 500)
    asked = parley(home, demo_server.url, "ask", "hi")
    assert asked.code == 0 and "demo server" in asked.out
    assert "damaged" in asked.err and "kept as" in asked.err
    assert len(conversations(home)) == 1
    kept = next((home / "data").glob("history.damaged-*.sqlite3"))
    assert kept.read_bytes().startswith(b"not a database")


def test_a_read_only_data_folder_still_lists_and_exports(
    home: Path, demo_server: DemoServer
) -> None:
    assert parley(home, demo_server.url, "ask", "hello").code == 0
    ro = 'mount --bind "$DATA" "$DATA" && mount -o remount,bind,ro "$DATA" && '
    listed = in_namespace(home, demo_server.url, ro + "$PARLEY history")
    assert listed.code == 0 and "hello" in listed.out, listed.err
    assert "cannot be written" in listed.err
    exported = in_namespace(home, demo_server.url, ro + "$PARLEY export --latest -o out.zip")
    assert exported.code == 0, exported.err
    assert (home / "out.zip").stat().st_size > 0
    asked = in_namespace(home, demo_server.url, ro + "$PARLEY ask again")
    assert asked.code == 0 and "You said: again" in asked.out
    assert "cannot be written" in asked.err and "not saved" in asked.err
    assert len(conversations(home)) == 1


def test_a_full_disk_leaves_no_half_written_turn(home: Path, demo_server: DemoServer) -> None:
    copy = home / "copy"
    copy.mkdir()
    (home / "data").mkdir()
    script = (
        'mount -t tmpfs -o size=400k tmpfs "$DATA" && '
        "$PARLEY ask '/long 30' --stream -o r.wav; rc=$?; "
        f'cp -a "$DATA/." "{copy}/"; exit $rc'
    )
    run = in_namespace(home, demo_server.url, script)
    assert run.code == 0, run.err
    assert "disk is full" in run.err and "not kept" in run.err
    assert (home / "r.wav").stat().st_size > 30 * 24_000 * 2 * 0.9, "the user still got it all"
    with sqlite3.connect(copy / "history.sqlite3") as conn:
        rows = conn.execute("SELECT role, text, partial, audio_file FROM turns").fetchall()
    assert rows == [], "the exchange is kept whole or not at all"
    files = [p for p in (copy / "audio").rglob("*") if p.is_file()]
    assert files == [], f"orphan audio files: {files}"
