"""One Parley per user session, with real processes (offscreen Qt, their own XDG folders): a
second ``parley`` brings the first one's window to the front and ends; ``--toggle-talk`` and
``--stop`` act in the running window; a stale socket, or a start while the first is still
painting, never opens a second window or blocks one."""

from __future__ import annotations

import fcntl
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.shell.instance import socket_path
from tests.e2e.cli_runner import cli_env

ROOT = Path(__file__).resolve().parents[2]

# The running Parley: reports its first frame, then what the test looks for (the window coming
# back from minimized, talk mode on or off), as JSON lines.
FIRST = """
import json, sys
from PySide6.QtCore import QTimer
from app.shell.gui import main

def report(**fields):
    print(json.dumps(fields), flush=True)

def ready(window):
    report(event="ready")
    window.showMinimized()
    seen = {"minimized": True, "talk": False, "state": ""}

    def watch():
        if seen["minimized"] and not window.isMinimized() and window.isVisible():
            seen["minimized"] = False
            report(event="raised")
        talk = window.talk
        active = bool(talk is not None and talk.bridge.is_active())
        if active != seen["talk"]:
            seen["talk"] = active
            report(event="talk", active=active)
        state = talk.bar.state.text() if active else ""
        if state != seen["state"]:
            seen["state"] = state
            report(event="talk_state", state=state)
        QTimer.singleShot(20, watch)

    watch()

sys.exit(main(demo=True, ready=ready))
"""


class Running:
    """A Parley process whose JSON lines are read as they come."""

    def __init__(self, env: dict[str, str], code: str = FIRST) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))

    def expect(self, event: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                got = self.events.get(timeout=left)
            except queue.Empty:
                break
            if got["event"] == event:
                return got
        err = self.proc.stderr.read() if self.proc.poll() is not None and self.proc.stderr else ""
        pytest.fail(f"no {event!r} from the running Parley {err}")

    def quiet(self, seconds: float) -> list[dict[str, Any]]:
        """What it reported in the next ``seconds``."""
        time.sleep(seconds)
        out = []
        while not self.events.empty():
            out.append(self.events.get())
        return out

    def end(self) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        err = self.proc.stderr.read() if self.proc.stderr else ""
        return self.proc.returncode, err


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    return cli_env(
        home, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_RUNTIME_DIR=str(runtime)
    )


@pytest.fixture
def first(env: dict[str, str]) -> Iterator[Running]:
    running = Running(env)
    yield running
    code, err = running.end()
    assert code == 0, err
    assert "Traceback" not in err


def parley(
    env: dict[str, str], *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``parley ARGS`` as a user (or a desktop shortcut) runs it."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def the_socket(env: dict[str, str]) -> Path:
    old = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]
    try:
        return socket_path(Path(env["PARLEY_DATA_DIR"]))
    finally:
        if old is None:
            del os.environ["XDG_RUNTIME_DIR"]
        else:
            os.environ["XDG_RUNTIME_DIR"] = old


def wait_listening(env: dict[str, str], timeout: float = 30) -> Path:
    path = the_socket(env)
    deadline = time.monotonic() + timeout
    while not listening(path):
        if time.monotonic() > deadline:
            pytest.fail("the running Parley never listened")
        time.sleep(0.05)
    return path


def test_a_second_parley_brings_the_first_to_the_front_and_ends(
    env: dict[str, str], first: Running
) -> None:
    first.expect("ready")
    wait_listening(env)
    started = time.monotonic()
    second = parley(env)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    first.expect("raised", timeout=10)
    assert time.monotonic() - started < 10


def test_toggle_talk_and_stop_act_in_the_running_window(
    env: dict[str, str], first: Running
) -> None:
    first.expect("ready")
    wait_listening(env)
    assert parley(env, "--toggle-talk").returncode == 0
    assert first.expect("talk")["active"] is True
    assert parley(env, "--toggle-talk").returncode == 0
    assert first.expect("talk")["active"] is False
    assert parley(env, "--toggle-talk").returncode == 0
    assert first.expect("talk")["active"] is True
    assert parley(env, "--stop").returncode == 0  # ends talk mode, and the reply with it
    assert first.expect("talk")["active"] is False
    # None of them brought the window up or opened another.
    assert all(e["event"] != "raised" for e in first.quiet(0.5))


# The running Parley sends a long reply as soon as it is connected and reports while it plays.
PLAYING = FIRST.replace(
    "    watch()\n",
    """    watch()
    chat = window.chat

    def send_when_connected():
        if window.session.endpoint:
            chat.send("/long 30")
            QTimer.singleShot(20, playing)
        else:
            QTimer.singleShot(20, send_when_connected)

    def playing():
        key = window.playback.current_key
        if key is not None and window.playback.is_playing(key):
            report(event="playing")
            QTimer.singleShot(20, stopped)
        else:
            QTimer.singleShot(20, playing)

    def stopped():
        key = window.playback.current_key
        if key is None or not window.playback.is_playing(key):
            report(event="stopped")
            QTimer.singleShot(20, idle)
        else:
            QTimer.singleShot(20, stopped)

    def idle():
        if window.session.is_busy():
            QTimer.singleShot(20, idle)
        else:
            key = window.playback.current_key
            report(event="idle", playing=key is not None and window.playback.is_playing(key))

    send_when_connected()
""",
)


def test_stop_stops_the_reply_playing_in_the_running_window(
    env: dict[str, str], sound_server: None
) -> None:
    running = Running(env, PLAYING)
    try:
        running.expect("ready")
        wait_listening(env)
        running.expect("playing")
        assert parley(env, "--stop").returncode == 0
        running.expect("stopped", timeout=10)
        # The request is over too (cancelled if it was still streaming), and nothing plays on.
        assert running.expect("idle", timeout=10)["playing"] is False
    finally:
        code, err = running.end()
    assert code == 0, err


def test_toggle_talk_starts_parley_when_none_runs(env: dict[str, str]) -> None:
    child = FIRST.replace(
        "sys.exit(main(demo=True, ready=ready))",
        'sys.exit(main(demo=True, ready=ready, command="toggle-talk"))',
    )
    running = Running(env, child)
    try:
        running.expect("ready")
        assert running.expect("talk")["active"] is True
        # Ended once it listens (a SIGTERM while the voice detector still loads can crash the
        # process: a fault of its own, kept out of this test).
        while running.expect("talk_state")["state"] != "Listening":
            pass
    finally:
        code, err = running.end()
    assert code == 0, err
    assert "Traceback" not in err


def test_a_second_start_while_the_first_is_still_painting_waits_for_it(env: dict[str, str]) -> None:
    lock = the_socket(env).with_suffix(".lock")
    running = Running(env)
    try:
        # The first has claimed the session (its lock is held) but not painted its window yet.
        deadline = time.monotonic() + 30
        while not held(lock):
            assert time.monotonic() < deadline, "the first start never took its lock"
            time.sleep(0.01)
        assert not listening(the_socket(env))  # it does not answer yet
        second = parley(env)
        assert second.returncode == 0, second.stderr
        running.expect("ready")  # one window: the first one's, brought up for the second
        running.expect("raised", timeout=10)
    finally:
        running.end()


def listening(path: Path) -> bool:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def held(lock: Path) -> bool:
    if not lock.exists():
        return False
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def test_a_parley_killed_outright_leaves_nothing_that_blocks_the_next(env: dict[str, str]) -> None:
    crashed = Running(env)
    crashed.expect("ready")
    path = wait_listening(env)
    crashed.proc.kill()  # SIGKILL: no clean-up at all
    crashed.proc.wait(10)
    assert path.exists()  # the stale socket is still there
    again = Running(env)
    try:
        again.expect("ready")
        wait_listening(env)
        assert parley(env).returncode == 0  # and the new one answers on it
        again.expect("raised", timeout=10)
    finally:
        code, err = again.end()
    assert code == 0 and "Traceback" not in err


def test_the_window_options_take_no_command(env: dict[str, str]) -> None:
    run = parley(env, "--toggle-talk", "history")
    assert run.returncode == 2
    assert "--toggle-talk acts on the window; it takes no command" in run.stderr
    assert not the_socket(env).exists()  # and no window was started for it
