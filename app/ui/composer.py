"""The composer: a multi-line prompt, Send (Ctrl+Enter) and Cancel (Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PromptEdit(QPlainTextEdit):
    """A plain-text prompt where Ctrl+Enter sends and Esc cancels."""

    submit = Signal()
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """Where the user writes.

    Signals:
        send_requested(str): the user asked to send this prompt (the draft stays until
            ``clear_draft`` is called, so a failed request never loses it).
        cancel_requested(): Esc or Cancel: stop the request and the audio.
    """

    send_requested = Signal(str)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.prompt = PromptEdit(self)
        self.prompt.setObjectName("promptEdit")
        self.prompt.setAccessibleName("Prompt")
        self.prompt.setPlaceholderText("Ask something… (Ctrl+Enter to send, Esc to stop)")
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMaximumHeight(120)
        self.prompt.setMinimumHeight(56)
        self.send_button = QPushButton("Send", self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName("Send")
        self.send_button.setToolTip("Send the prompt (Ctrl+Enter)")
        self.send_button.setDefault(True)
        self.cancel_button = QPushButton("Stop", self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName("Stop")
        self.cancel_button.setToolTip("Stop the reply and its audio (Esc)")
        self.cancel_button.setEnabled(False)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setAccessibleName("Busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(4)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("composerStatus")
        self.status.setAccessibleName("Status")

        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.prompt, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self.prompt.submit.connect(self.on_send_clicked)
        self.prompt.escape.connect(self.cancel_requested)
        self.send_button.clicked.connect(self.on_send_clicked)
        self.cancel_button.clicked.connect(self.cancel_requested)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WindowShortcut)
        esc.activated.connect(self.cancel_requested)

    def draft(self) -> str:
        return self.prompt.toPlainText()

    def set_draft(self, text: str) -> None:
        self.prompt.setPlainText(text)

    def clear_draft(self) -> None:
        self.prompt.clear()

    def on_send_clicked(self) -> None:
        text = self.draft().strip()
        if not text:
            self.show_status("Write something to send first.")
            return
        self.send_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
