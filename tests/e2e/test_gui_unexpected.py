"""An error nothing in Parley expected, in the running window (a fresh process, offscreen Qt): a
slot that raises, a worker thread that dies, a loop callback that fails. The window says so in
its status bar and carries on (a message sent afterwards is answered); the traceback goes to
the error log, not to the terminal."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_gui_start import _env, _run_child

CHILD = """
import asyncio, sys, threading
from PySide6.QtCore import QTimer
from app.shell.gui import main
from tests.e2e.gui_child import answered, report, report_answer_and_close, when

def ready(window):
    shown = []
    window.statusBar().messageChanged.connect(lambda text: text and shown.append(text))

    def slot_that_raises():
        raise LookupError("a slot that raised")

    QTimer.singleShot(0, slot_that_raises)
    threading.Thread(target=lambda: 1 / 0, name="parley-worker").start()

    def callback_that_raises():
        raise KeyError("a callback that raised")

    def connected():
        asyncio.get_event_loop().call_soon(callback_that_raises)
        when(all_reported, send_again)

    def all_reported():
        kinds = ("LookupError", "ZeroDivisionError", "KeyError")
        return all(any(k in text for text in shown) for k in kinds)

    def send_again():
        report(event="reported", shown=shown)
        window.chat.composer.prompt.setPlainText("Still there?")
        window.chat.composer.send_button.click()
        when(lambda: answered(window), lambda: report_answer_and_close(window))

    when(lambda: window.session.endpoint, connected)

sys.exit(main(demo=True, ready=ready))
"""


def test_an_unexpected_error_is_said_in_the_window_which_carries_on(home: Path) -> None:
    env = _env(home)
    env["XDG_STATE_HOME"] = str(home / "state")
    code, events, err = _run_child(env, CHILD)
    assert code == 0, err
    log = home / "state" / "parley" / "log" / "errors.log"
    reported, answered = events
    assert reported["event"] == "reported"
    for kind in ("LookupError", "ZeroDivisionError", "KeyError"):
        assert (
            f"Something unexpected went wrong inside Parley ({kind}). The details are in {log}."
            in reported["shown"]
        )
    # The window carried on: a message sent afterwards was answered.
    assert answered["error"] == "" and "You said: Still there" in answered["transcript"]
    # The terminal gets one line per error, the log the tracebacks.
    assert "Traceback" not in err
    assert f"Unexpected LookupError in the window; the details are in {log}" in err
    assert "Unexpected ZeroDivisionError in the thread parley-worker" in err
    text = log.read_text()
    assert text.count("Traceback (most recent call last)") == 3
    assert "LookupError: a slot that raised" in text
    assert "ZeroDivisionError: division by zero" in text
    assert "KeyError: 'a callback that raised'" in text
