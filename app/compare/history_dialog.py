"""The audition history: every clip kept in the clip cache, newest first."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.chat.time_text import format_duration
from app.core.clips import Clip
from app.runtime.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditionHistoryDialog", "When"),
    QT_TRANSLATE_NOOP("AuditionHistoryDialog", "Voice"),
    QT_TRANSLATE_NOOP("AuditionHistoryDialog", "Model"),
    QT_TRANSLATE_NOOP("AuditionHistoryDialog", "Format"),
    QT_TRANSLATE_NOOP("AuditionHistoryDialog", "Length"),
    QT_TRANSLATE_NOOP("AuditionHistoryDialog", "Text"),
    QT_TRANSLATE_NOOP("AuditionHistoryDialog", "Transcript"),
)


class AuditionHistory(QTreeWidget):
    """Lists cached clips.

    Signals:
        clip_activated(object): the user double-clicked (or pressed Enter on) a ``Clip``.
    """

    clip_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditionHistory")
        self.setAccessibleName(self.tr("Audition history"))
        self.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.clips: list[Clip] = []
        self.itemActivated.connect(self._on_item_activated)

    def set_clips(self, clips: Sequence[Clip]) -> None:
        self.clips = list(clips)
        self.clear()
        for n, clip in enumerate(self.clips):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(clip.created_at))
            item = QTreeWidgetItem(
                [
                    when,
                    clip.voice,
                    clip.model,
                    clip.requested_format,
                    format_duration(clip.audio.duration or 0.0),
                    clip.text,
                    clip.transcript,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            item.setToolTip(5, clip.text)
            item.setToolTip(6, clip.transcript)
            self.addTopLevelItem(item)
        for column in range(5):
            self.resizeColumnToContents(column)

    def current_clip(self) -> Clip | None:
        item = self.currentItem()
        return self._clip(item) if item is not None else None

    def _clip(self, item: QTreeWidgetItem) -> Clip | None:
        n = item.data(0, Qt.ItemDataRole.UserRole)
        return self.clips[n] if isinstance(n, int) and 0 <= n < len(self.clips) else None

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        clip = self._clip(item)
        if clip is not None:
            self.clip_activated.emit(clip)
