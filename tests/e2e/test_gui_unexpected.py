"""An error nothing in Parley expected, in the running window (a fresh process, offscreen Qt): a
slot that raises, a worker thread that dies, a loop callback that fails. The window says so in
its status bar and carries on (a message sent afterwards is answered); the traceback goes to
the error log, not to the terminal."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_gui_start import _env, _run_child

CHILD = """
import asyncio, os, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from app.shell.gui import main
from tests.e2e.gui_child import answered, report, report_answer_and_close, when

LOG = os.path.join(os.environ["XDG_STATE_HOME"], "parley", "log", "errors.log")

def ready(window):
    def slot_that_raises():
        raise LookupError("a slot that raised")

    QTimer.singleShot(0, slot_that_raises)
    threading.Thread(target=lambda: 1 / 0, name="parley-worker").start()

    def callback_that_raises():
        raise KeyError("a callback that raised")

    def connected():
        when(lambda: logged(2), lambda: asyncio.get_event_loop().call_soon(callback_that_raises))
        when(lambda: logged(3) and said("KeyError"), send_again)

    def logged(count):
        return os.path.exists(LOG) and open(LOG).read().count("Traceback") >= count

    def said(kind):
        label = window.findChild(QLabel, "unexpectedProblem")
        return label is not None and f"({kind})" in label.text()

    def send_again():
        label = window.findChild(QLabel, "unexpectedProblem")
        report(event="reported", shown=label.text(), visible=label.isVisible())
        window.chat.composer.prompt.setPlainText("Still there?")
        window.chat.composer.send_button.click()
        when(lambda: answered(window), lambda: report_answer_and_close(window))

    when(lambda: window.session.endpoint and logged(2), connected)

sys.exit(main(demo=True, ready=ready))
"""


def test_an_unexpected_error_is_said_in_the_window_which_carries_on(home: Path) -> None:
    env = _env(home)
    state = home / "state"
    env["XDG_STATE_HOME"] = str(state)
    code, events, err = _run_child(env, CHILD)
    assert code == 0, err
    log = state / "parley" / "log" / "errors.log"
    reported, answered = events
    assert reported["event"] == "reported" and reported["visible"]
    # The latest error is said in the status bar, beside the demo's passing messages.
    assert reported["shown"] == (
        f"Something unexpected went wrong inside Parley (KeyError). The details are in {log}."
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
