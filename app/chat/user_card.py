"""One user turn: the prompt as sent, and the user's recording when there is one (play, waveform,
export)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from app.chat.time_text import format_duration
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.widgets.media_icons import show_play_state
from app.widgets.waveform import WaveformView

#: Export menu entries for a recording: (label, format key); "original" keeps the bytes recorded.
EXPORT_CHOICES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("UserCard", "Recording as recorded (original bytes)"), "original"),
    (QT_TRANSLATE_NOOP("UserCard", "Recording as WAV"), "wav"),
    (QT_TRANSLATE_NOOP("UserCard", "Recording as MP3"), "mp3"),
    (QT_TRANSLATE_NOOP("UserCard", "Recording as FLAC"), "flac"),
    (QT_TRANSLATE_NOOP("UserCard", "Recording as Opus"), "opus"),
)


if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


class UserCard(QFrame):
    """What the user said: text, and their recording (peaks only, never the audio itself).

    Signals:
        play_clicked(): play or pause the recording.
        seek_requested(float): seek to this fraction of the recording.
        export_requested(str): export as one of EXPORT_CHOICES' keys.
    """

    play_clicked = Signal()
    seek_requested = Signal(float)
    export_requested = Signal(str)

    def __init__(
        self, key: int, text: str, parent: QWidget | None = None, *, recording: bool = False
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("userCard")
        self.setAccessibleName(self.tr("Your message"))
        self.setProperty("card", "user")
        self._duration = 0.0
        self.text = QLabel(text, self)
        self.text.setObjectName("userText")
        self.text.setAccessibleName(self.tr("Your message"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setVisible(bool(text) or not recording)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.text)
        self.has_recording = recording
        if recording:
            self._add_recording_row()

    def _add_recording_row(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playRecordingButton")
        self.play_button.setAccessibleName(self.tr("Play your recording"))
        show_play_state(self.play_button, False)
        self.play_button.setIconSize(QSize(20, 20))
        self.play_button.setToolTip(self.tr("Play / pause your recording (Space)"))
        self.play_button.setEnabled(False)
        self.waveform = WaveformView(self)
        self.waveform.setAccessibleName(self.tr("Your recording (click to seek)"))
        self.time_label = QLabel("0:00", self)
        self.time_label.setObjectName("recordingDuration")
        self.time_label.setAccessibleName(self.tr("Duration of your recording"))
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportRecordingButton")
        self.export_button.setAccessibleName(self.tr("Export your recording"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        for label, choice in EXPORT_CHOICES:
            self.export_menu.addAction(self.tr(label)).setData(choice)
        self.export_menu.triggered.connect(lambda a: self.export_requested.emit(str(a.data())))
        self.export_button.setMenu(self.export_menu)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.waveform, 1)
        row.addWidget(self.time_label)
        row.addWidget(self.export_button)
        self.layout_.addLayout(row)
        self.play_button.clicked.connect(self.play_clicked)
        self.waveform.seek_requested.connect(self.seek_requested)

    def set_audio(
        self, duration: float, mins: npt.NDArray[np.float32], maxs: npt.NDArray[np.float32]
    ) -> None:
        if not self.has_recording:
            return
        self._duration = duration
        self.time_label.setText(format_duration(duration))
        self.waveform.set_peaks(mins, maxs)
        self.play_button.setEnabled(duration > 0)

    def duration(self) -> float:
        return self._duration

    def set_playing(self, playing: bool) -> None:
        if self.has_recording:
            show_play_state(self.play_button, playing)
            self.play_button.setAccessibleName(
                self.tr("Pause your recording") if playing else self.tr("Play your recording")
            )

    def set_position(self, seconds: float) -> None:
        if self.has_recording and self._duration > 0:
            self.waveform.set_progress(seconds / self._duration)
            self.time_label.setText(
                f"{format_duration(seconds)} / {format_duration(self._duration)}"
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Space
            and self.has_recording
            and self.play_button.isEnabled()
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.play_clicked.emit()
            return
        super().keyPressEvent(event)
