"""One user turn: the prompt as sent, and the user's recording when there is one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class UserCard(QFrame):
    """Shows what the user said. Holds text only."""

    def __init__(self, key: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("userCard")
        self.setAccessibleName("Your message")
        self.setProperty("card", "user")
        self.text = QLabel(text, self)
        self.text.setObjectName("userText")
        self.text.setAccessibleName("Your message")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.text)
