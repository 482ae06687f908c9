"""A reply's transcript: read-only, selectable, as tall as its text. Built on QPlainTextEdit,
whose layout grows with appended text; a word-wrapped QLabel lays its whole text out again on
every change, which takes hundreds of milliseconds once a long reply has streamed in."""

from __future__ import annotations

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class TranscriptView(QPlainTextEdit):
    """Plain text that wraps, can be selected and copied, and never scrolls on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit(QSizeF())

    # QLabel-like API ------------------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def append_text(self, text: str) -> None:
        """Add to the end (without a new paragraph), keeping any selection the user made."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)

    # Size ------------------------------------------------------------------------------------
    def _fit(self, _size: QSizeF) -> None:
        lines = max(1, round(self.document().documentLayout().documentSize().height()))
        height = lines * self.fontMetrics().lineSpacing() + 6
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(QSizeF())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())
