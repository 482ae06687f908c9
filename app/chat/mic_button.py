"""The microphone in the composer: a record/stop button, a live level meter and the time recorded,
and the push-to-talk key (hold Ctrl+Space anywhere in the window)."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QWindow
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from app.chat.time_text import format_duration

#: The meter shows -60..0 dBFS.
FLOOR_DB = -60.0


def meter_fraction(level: float) -> float:
    """How full the meter is (0..1) for a linear level."""
    if level <= 0:
        return 0.0
    db = 20 * math.log10(min(level, 1.0))
    return min(max((db - FLOOR_DB) / -FLOOR_DB, 0.0), 1.0)


class LevelMeter(QWidget):
    """A horizontal bar: the RMS level filled, the peak as a tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self.setAccessibleName(self.tr("Microphone level"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)
        self._rms = 0.0
        self._peak = 0.0

    def sizeHint(self) -> QSize:
        return QSize(140, 10)

    def set_level(self, rms: float, peak: float) -> None:
        self._rms, self._peak = meter_fraction(rms), meter_fraction(peak)
        self.setAccessibleDescription(f"{round(self._rms * 100)} %")
        self.update()

    def level(self) -> float:
        """The RMS fill, 0..1 (what the bar shows)."""
        return self._rms

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(0, 1, 0, -1)
        trough = pal.color(QPalette.ColorRole.Text)
        trough.setAlphaF(0.15)
        painter.fillRect(rect, trough)
        fill = QRectF(rect)
        fill.setWidth(rect.width() * self._rms)
        painter.fillRect(fill, pal.color(QPalette.ColorRole.Highlight))
        if self._peak > 0:
            x = rect.left() + rect.width() * self._peak
            painter.fillRect(QRectF(x - 1, rect.top(), 2, rect.height()), trough.darker(300))


class MicButton(QWidget):
    """Record / stop, with the level and the time while recording.

    Signals:
        clicked(): the user clicked the button (start, or stop and send).
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("micButton")
        self.button = QToolButton(self)
        self.button.setObjectName("recordButton")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.meter = LevelMeter(self)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("recordTime")
        self.time_label.setAccessibleName(self.tr("Time recorded"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.meter, 1)
        layout.addWidget(self.time_label)
        self.button.clicked.connect(self.clicked)
        self.set_state("idle")

    def set_state(self, state: str) -> None:
        """idle, opening, recording or closing."""
        recording = state == "recording"
        texts = {
            "idle": (
                self.tr("● Record"),
                self.tr("Record"),
                self.tr("Record a voice message (or hold Ctrl+Space)"),
            ),
            "opening": (
                self.tr("● Opening…"),
                self.tr("Opening the microphone"),
                self.tr("Opening the microphone"),
            ),
            "recording": (
                self.tr("■ Send"),
                self.tr("Stop and send"),
                self.tr("Stop recording and send it (Esc throws it away)"),
            ),
            "closing": (
                self.tr("■ Sending…"),
                self.tr("Finishing the recording"),
                self.tr("Finishing the recording"),
            ),
        }
        text, name, tip = texts.get(state, texts["idle"])
        self.button.setText(text)
        self.button.setAccessibleName(name)
        self.button.setToolTip(tip)
        self.button.setEnabled(state != "closing")
        self.meter.setVisible(recording or state == "opening")
        self.time_label.setVisible(recording or state == "opening")
        if state in ("idle", "opening"):
            self.meter.set_level(0.0, 0.0)
            self.time_label.setText("")

    def set_progress(self, seconds: float, limit: float, rms: float, peak: float) -> None:
        self.meter.set_level(rms, peak)
        self.time_label.setText(f"{format_duration(seconds)} / {format_duration(limit)}")


class PushToTalk(QObject):
    """Hold Ctrl+Space in a window to talk: ``pressed`` when held, ``released`` on letting go.

    Watches the window's key events before any widget sees them, so it works wherever the
    focus is; the space never reaches the prompt.

    Signals:
        pressed(): Ctrl+Space went down.
        released(): Space or Ctrl came up, or the window lost the focus, while talking.
    """

    pressed = Signal()
    released = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: QWindow | None = None
        self.talking = False
        self._swallow_space = False

    def watch(self, window: QWindow | None) -> None:
        """Listen to ``window``'s keys (again after the window was re-created)."""
        if window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.WindowDeactivate, QEvent.Type.FocusOut):
            self._let_go()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if kind == QEvent.Type.KeyPress:
            held = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key == Qt.Key.Key_Space and held:
                if not event.isAutoRepeat() and not self.talking:
                    self.talking = self._swallow_space = True
                    self.pressed.emit()
                return True
            return key == Qt.Key.Key_Space and self._swallow_space
        if key not in (Qt.Key.Key_Space, Qt.Key.Key_Control) or event.isAutoRepeat():
            return key == Qt.Key.Key_Space and self._swallow_space
        was_swallowing = self._swallow_space
        if key == Qt.Key.Key_Space:
            self._swallow_space = False
        if self.talking:
            self._let_go()
            return True
        return key == Qt.Key.Key_Space and was_swallowing

    def _let_go(self) -> None:
        if self.talking:
            self.talking = False
            self.released.emit()
