"""The talk bar under the conversation: Talk, the state at a glance with the microphone's level,
Mute, Headphones, the pause before sending, and a paused session's message with Resume."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.runtime.i18n import QT_TRANSLATE_NOOP

#: What each state is called on screen.
STATE_TEXT = {
    "starting": QT_TRANSLATE_NOOP("TalkBar", "Opening the microphone…"),
    "listening": QT_TRANSLATE_NOOP("TalkBar", "Listening"),
    "hearing you": QT_TRANSLATE_NOOP("TalkBar", "Hearing you"),
    "sending": QT_TRANSLATE_NOOP("TalkBar", "Sending"),
    "speaking": QT_TRANSLATE_NOOP("TalkBar", "Speaking"),
    "muted": QT_TRANSLATE_NOOP("TalkBar", "Muted"),
    "paused": QT_TRANSLATE_NOOP("TalkBar", "Paused"),
    "ended": "",
}


class TalkBar(QWidget):
    """Signals:
    talk_toggled(): Talk was pressed (start or end a session).
    mute_toggled(bool), headphones_toggled(bool): the switches changed.
    end_silence_changed(float): the pause (seconds) that ends an utterance changed.
    resume_clicked(): Resume was pressed on a paused session.
    realtime_toggled(bool): the user switched the Realtime engine on or off.
    """

    talk_toggled = Signal()
    mute_toggled = Signal(bool)
    headphones_toggled = Signal(bool)
    end_silence_changed = Signal(float)
    resume_clicked = Signal()
    realtime_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkBar")
        self.talk_button = QPushButton(self.tr("Talk"), self)
        self.talk_button.setObjectName("talkButton")
        self.talk_button.setAccessibleName(self.tr("Talk hands-free"))
        self.talk_button.setToolTip(
            self.tr("A hands-free voice conversation (Ctrl+T; Esc ends it)")
        )
        self.talk_button.setCheckable(True)
        self.state = QLabel(self)
        self.state.setObjectName("talkState")
        self.state.setAccessibleName(self.tr("Talk state"))
        self.state.setMinimumWidth(150)
        self.level = QProgressBar(self)
        self.level.setObjectName("talkLevel")
        self.level.setAccessibleName(self.tr("Microphone level"))
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMaximumHeight(10)
        self.level.setMaximumWidth(160)
        self.mute = QPushButton(self.tr("Mute"), self)
        self.mute.setObjectName("talkMute")
        self.mute.setAccessibleName(self.tr("Mute the microphone"))
        self.mute.setToolTip(self.tr("Stop listening without leaving talk mode (M)"))
        self.mute.setCheckable(True)
        self.headphones = QCheckBox(self.tr("Headphones"), self)
        self.headphones.setObjectName("talkHeadphones")
        self.headphones.setAccessibleName(self.tr("Headphones: no echo cancellation"))
        self.headphones.setToolTip(
            self.tr(
                "With headphones the reply cannot reach the microphone: echo cancellation is off"
            )
        )
        self.silence = QDoubleSpinBox(self)
        self.silence.setObjectName("talkEndSilence")
        self.silence.setAccessibleName(self.tr("Pause that sends what you said, in seconds"))
        self.silence.setToolTip(self.tr("How long a pause ends what you say and sends it"))
        self.silence.setRange(0.3, 3.0)
        self.silence.setSingleStep(0.1)
        self.silence.setDecimals(1)
        self.silence.setSuffix(self.tr(" s pause sends"))
        self.silence.setValue(0.7)
        self.realtime = QCheckBox(self.tr("Realtime"), self)
        self.realtime.setObjectName("talkRealtime")
        self.realtime.setAccessibleName(self.tr("Talk over the Realtime API"))
        self.realtime.setToolTip(
            self.tr(
                "One live connection: the server hears you as you speak and answers at once"
                " (Realtime API). Off: each thing you say is sent after the pause."
            )
        )
        self.message = QLabel(self)
        self.message.setObjectName("talkMessage")
        self.message.setAccessibleName(self.tr("Talk mode message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resume = QPushButton(self.tr("Resume"), self)
        self.resume.setObjectName("talkResume")
        self.resume.setAccessibleName(self.tr("Resume talking"))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.talk_button)
        row.addWidget(self.state)
        row.addWidget(self.level)
        row.addStretch(1)
        row.addWidget(self.realtime)
        row.addWidget(self.silence)
        row.addWidget(self.headphones)
        row.addWidget(self.mute)
        paused = QHBoxLayout()
        paused.setContentsMargins(0, 0, 0, 0)
        paused.addWidget(self.message, 1)
        paused.addWidget(self.resume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(paused)

        self.talk_button.clicked.connect(self._on_talk_clicked)
        self.mute.toggled.connect(self.mute_toggled)
        self.headphones.toggled.connect(self.headphones_toggled)
        self.silence.valueChanged.connect(self.end_silence_changed)
        self.resume.clicked.connect(self.resume_clicked)
        self.realtime.clicked.connect(self.realtime_toggled)  # by the user, not set_realtime
        self.set_active(False)

    def _on_talk_clicked(self) -> None:
        # The button shows the session's state, not its own: set_active decides.
        self.talk_button.setChecked(not self.talk_button.isChecked())
        self.talk_toggled.emit()

    def set_active(self, active: bool) -> None:
        self.talk_button.setChecked(active)
        self.talk_button.setText(self.tr("End talk") if active else self.tr("Talk"))
        self.talk_button.setAccessibleName(
            self.tr("End talk") if active else self.tr("Talk hands-free")
        )
        for widget in (self.state, self.level, self.mute):
            widget.setVisible(active)
        self.realtime.setEnabled(not active)  # the engine is chosen when a session starts
        if not active:
            self.mute.setChecked(False)
            self.set_level(0.0)
            self.show_pause("")
            self.state.setText("")

    def set_realtime(self, on: bool) -> None:
        """Show the Realtime switch as ``on`` (no ``realtime_toggled``: not the user's doing)."""
        self.realtime.setChecked(on)

    def set_state(self, state: str, message: str = "") -> None:
        self.state.setText(self.tr(text) if (text := STATE_TEXT.get(state, state)) else "")
        self.state.setAccessibleDescription(self.state.text())
        self.show_pause(message if state == "paused" else "")

    def show_pause(self, message: str) -> None:
        """A paused session's message and Resume (hidden when ``message`` is empty)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.resume.setVisible(bool(message) and self.talk_button.isChecked())

    def show_problem(self, message: str) -> None:
        """A message without Resume (talk mode could not start)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.resume.setVisible(False)

    def set_level(self, rms: float) -> None:
        """The meter, on a decibel scale: -60 dBFS (empty) to 0 dBFS (full)."""
        db = 20 * math.log10(rms) if rms > 1e-6 else -120.0
        self.level.setValue(max(0, min(100, round((db + 60) / 60 * 100))))
