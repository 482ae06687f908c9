"""First run without a key: try the offline demo, or enter a key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QFrame):
    """Shown when no API key is known.

    Signals:
        demo_requested(): start the offline demo.
        key_requested(): open the settings to enter a key.
    """

    demo_requested = Signal()
    key_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setProperty("card", "welcome")
        title = QLabel(self.tr("Welcome to Parley"), self)
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Parley needs an API key for an OpenAI-compatible endpoint with audio models. "
                "No key yet? Try the offline demo: a built-in local server with simple rule-based "
                "replies spoken by an offline voice, so you can try every feature."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Try the offline demo"), self)
        self.demo_button.setObjectName("tryDemoButton")
        self.demo_button.setAccessibleName(self.tr("Try the offline demo"))
        self.key_button = QPushButton(self.tr("Enter an API key…"), self)
        self.key_button.setObjectName("enterKeyButton")
        self.key_button.setAccessibleName(self.tr("Enter an API key"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.demo_button)
        row.addWidget(self.key_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        self.demo_button.clicked.connect(self.demo_requested)
        self.key_button.clicked.connect(self.key_requested)
