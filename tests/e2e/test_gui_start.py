"""``parley`` opening its window (offscreen Qt, a fresh process): what the first frame shows,
that it is painted before the event loop's machinery has loaded, and that the window then
connects and closes cleanly."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from app.core.store import Store
from tests.e2e.cli_runner import cli_env

ROOT = Path(__file__).resolve().parents[2]

# Runs in the child: reports the window's state at its first frame, then once the demo is
# connected, then closes the window (the run then ends by itself).
CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from app.shell.gui import main
from tests.e2e.gui_child import answered, report, report_answer_and_close, when

def ready(window):
    chat = window.chat
    report(
        event="first_frame",
        asyncio_loaded="asyncio" in sys.modules,
        history_opened="sqlite3" in sys.modules,
        loaded=[m for m in ("concurrent.futures", "app.core.protocol", "app.core.store", "httpx",
                            "numpy") if m in sys.modules],
        # Not on the first screen: the cards (no turn yet), exports, compare, talk, settings.
        deferred=[m for m in ("app.chat.reply_card", "app.chat.user_card", "app.widgets.waveform",
                              "app.widgets.speed_button", "app.chat.reply_export",
                              "app.chat.turn_export", "app.chat.export_dialog", "app.talk.mode",
                              "app.compare.panel", "app.settings.dialog", "app.studio",
                              "pedalboard", "websockets") if m in sys.modules],
        visible=window.isVisible(),
        icon_sizes=[size.width() for size in QApplication.windowIcon().availableSizes()],
        svg_loaded="libQt6Svg" in open("/proc/self/maps").read(),  # the icon's bitmaps suffice
        focus=QApplication.focusWidget() is chat.composer.prompt,
        voice=chat.controls.choices().voice,
        endpoint=window.session.endpoint,
    )
    # A user this quick: a send, and Settings opened, before the event loop runs.
    chat.composer.prompt.setPlainText("Hello there")
    chat.composer.send_button.click()
    card = list(chat.cards.values())[-1]
    report(event="early_send", cards=len(chat.cards), error=card.error_text())
    window.open_settings()

    def listed():
        return [window.history.conversations.item(i).text()
                for i in range(window.history.conversations.count())]

    def connected():
        window._dialog.reject()
        report(event="connected", endpoint=window.session.endpoint,
               banner=window.demo_banner.isVisible(), settings_opened=True, listed=listed())
        # The held send ran once the loop did, and waited for the demo to be connected.
        when(lambda: answered(window), lambda: report_answer_and_close(window))

    when(lambda: window.session.endpoint and window._dialog is not None and listed(), connected)

sys.exit(main(demo=True, ready=ready))
"""


def _run_child(
    env: dict[str, str], code: str, timeout: float = 60
) -> tuple[int, list[dict[str, Any]], str]:
    proc = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return proc.returncode, events, proc.stderr


def _env(home: Path) -> dict[str, str]:
    return cli_env(home, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def test_first_frame_comes_before_the_event_loop_then_the_demo_connects(home: Path) -> None:
    with Store(home / "data") as store:  # a conversation from an earlier run
        store.create_conversation(title="Our earlier talk")
    code, events, err = _run_child(_env(home), CHILD)
    assert code == 0, err
    assert "Traceback" not in err
    first, early, connected, answered = events
    assert first["event"] == "first_frame"
    # The window is on screen, filled in and ready for typing ...
    assert first["visible"] and first["focus"]
    assert 48 in first["icon_sizes"] and 256 in first["icon_sizes"]  # the window has its icon
    assert first["svg_loaded"] is False
    assert first["voice"]  # the saved choices are shown from the first frame
    # ... before asyncio, the history and the connection have loaded: the start-up budget's point.
    assert first["asyncio_loaded"] is False
    assert first["history_opened"] is False
    assert first["loaded"] == []  # nor the protocol, the store, httpx or numpy
    assert first["deferred"] == []  # nor what the first screen does not show
    assert first["endpoint"] == ""
    # A send that quick shows its card at once; its request waits for the event loop.
    assert early == {"event": "early_send", "cards": 1, "error": ""}
    # Then the demo server starts and the session uses it.
    assert connected["event"] == "connected"
    assert connected["endpoint"].startswith("http://127.0.0.1:")
    assert connected["banner"] is True
    assert connected["settings_opened"] is True
    # The history, opened behind the first frame, lists the earlier conversation.
    assert any("Our earlier talk" in text for text in connected["listed"])
    # The early send went out once the connection was made, and was answered.
    assert answered == {"event": "answered", "transcript": answered["transcript"], "error": ""}
    assert "Parley demo server" in answered["transcript"]


def test_sigterm_while_the_window_starts_ends_the_run_cleanly(home: Path) -> None:
    """A SIGTERM as soon as the window is up (before the event loop has loaded) still closes
    the window and ends with exit code 0."""
    child = (
        "import os, signal, sys\n"
        "from app.shell.gui import main\n"
        "sys.exit(main(ready=lambda w: os.kill(os.getpid(), signal.SIGTERM)))\n"
    )
    started = time.monotonic()
    code, _events, err = _run_child(_env(home), child)
    assert code == 0, err
    assert "Traceback" not in err
    assert time.monotonic() - started < 30
    assert (home / "data" / "history.sqlite3").exists()  # opened before the signal came


UNOPENED = """
import sys
from PySide6.QtWidgets import QLabel
from app.shell.gui import main
from tests.e2e.gui_child import answered, report, report_answer_and_close, when

def ready(window):
    def connected():
        report(dock=window.history_dock.isVisible(),
               problem=window.findChild(QLabel, "historyProblem").text())
        window.chat.composer.prompt.setPlainText("Hello")
        window.chat.composer.send_button.click()
        when(lambda: answered(window), lambda: report_answer_and_close(window))

    when(lambda: window.session.endpoint and window.store is None, connected)

sys.exit(main(demo=True, ready=ready))
"""


def test_a_history_that_cannot_be_opened_is_said_and_chatting_still_works(home: Path) -> None:
    blocker = home / "not-a-folder"
    blocker.write_text("a file where the history folder should be")
    env = _env(home)
    env["PARLEY_DATA_DIR"] = str(blocker)
    code, events, err = _run_child(env, UNOPENED)
    assert code == 0, err
    assert "Traceback" not in err
    shown, answered = events
    assert shown["dock"] is False  # no history sidebar
    assert shown["problem"].startswith("The history cannot be opened (")
    assert shown["problem"].endswith("Not a directory.); this session is not saved.")
    assert answered["error"] == "" and "Parley demo server" in answered["transcript"]
    assert blocker.read_text() == "a file where the history folder should be"
