"""What the window says, once, about the state the history was found in: damaged and salvaged
(with the path of the kept copy), or in a folder that cannot be written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from app.core.store import Store


def history_notice(store: Store | None) -> str:
    """A translated sentence about ``store``'s state, or "" when all is well."""
    if store is None:
        return ""
    if store.recovery is not None:
        r = store.recovery
        return HistoryNotice().damaged(r.conversations).replace("%1", str(r.copy))
    if store.read_only:
        text = QCoreApplication.translate(
            "HistoryNotice",
            "The history folder %1 cannot be written: you can read and export the history, "
            "but new conversations are not kept.",
        )
        return text.replace("%1", str(store.root))
    return ""


class HistoryNotice(QObject):
    """The plural sentence (lupdate makes a plural only of a method's ``self.tr`` with a count)."""

    def damaged(self, n: int) -> str:
        return self.tr(
            "The history was damaged. The damaged file is kept as %1; %n conversation(s) "
            "were saved into a new history.",
            "",
            n,
        )
