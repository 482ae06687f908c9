"""Exporting one reply from its card: ask where (ExportDialog), write it in a worker thread,
and say how it went (the status bar, or the card's error line)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.chat.export_dialog import ExportDialog
from app.chat.reply_card import ReplyCard
from app.chat.turn_export import export_turn, suggested_path
from app.core.conversation import Turn


def export_reply(
    parent: QWidget,
    turn: Turn,
    card: ReplyCard,
    choice: str,
    *,
    spawn: Callable[[Coroutine[Any, Any, None]], object],
    status: Callable[[str], None],
) -> None:
    """Ask for a path for ``turn`` exported as ``choice``; write it there if one is given."""
    suggested = suggested_path(turn, choice, turn.voice or "reply")
    path = ExportDialog.ask(
        parent, suggested, QCoreApplication.translate("ReplyExport", "Export reply")
    )
    if path is not None:
        spawn(_export(card, turn, choice, path, status))


async def _export(
    card: ReplyCard, turn: Turn, choice: str, path: Path, status: Callable[[str], None]
) -> None:
    saved, text = await export_turn(turn, choice, path)
    if saved:
        status(text)
    else:
        card.set_error(
            QCoreApplication.translate("ReplyExport", "Could not export: {reason}").format(
                reason=text
            ),
            retryable=False,
        )
