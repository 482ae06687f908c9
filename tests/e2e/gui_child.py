"""What the window tests' child processes (``parley``'s window in a process of its own) share:
a line of JSON per event, and waiting on Qt's loop for the window to get somewhere."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer


def report(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


def when(ready: Callable[[], bool], then: Callable[[], None]) -> None:
    """Call ``then`` once ``ready()`` is true, looking every 20 ms on Qt's loop."""
    if ready():
        then()
    else:
        QTimer.singleShot(20, lambda: when(ready, then))


def answered(window: Any) -> bool:
    """The last card has its reply in full, or its error."""
    card = list(window.chat.cards.values())[-1]
    return bool(card.error_text() or (card.transcript_text() and not window.session.is_busy()))


def report_answer_and_close(window: Any) -> None:
    card = list(window.chat.cards.values())[-1]
    report(event="answered", transcript=card.transcript_text(), error=card.error_text())
    window.close()
