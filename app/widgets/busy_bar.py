"""A thin "working on it" bar whose sliding block costs a few rectangle fills per frame.

Qt's own indeterminate progress bar (Fusion) redraws its striped block sixty times a second
with many line fills, which Qt spreads over a thread pool and waits for: while a long reply
streamed, that bar was over half of all the window's painting, and its waits for the pool were
behind the longest stalls of the event loop on a two-core machine. This one keeps
``QProgressBar``'s accessible role and name (a screen reader still hears a busy progress bar)
and draws itself: a track and a block sliding across it, 30 frames a second, only while shown.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRect, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QProgressBar, QWidget

#: Milliseconds for the block to cross the bar once.
SWEEP_MS = 1400
#: Milliseconds between frames.
FRAME_MS = 33


class BusyBar(QProgressBar):
    """An indeterminate progress bar (range 0-0, no text) drawn cheaply; see the module."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self._clock = QElapsedTimer()
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self._next_frame)

    def block(self) -> QRect:
        """Where the sliding block is now (it enters at the left and leaves at the right)."""
        area = self.rect()
        width = max(24, area.width() // 5)
        elapsed = self._clock.elapsed() if self._clock.isValid() else 0
        phase = (elapsed % SWEEP_MS) / SWEEP_MS
        left = area.left() - width + round(phase * (area.width() + width))
        return QRect(left, area.top(), width, area.height()).intersected(area)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._clock.start()
        self._frames.start()

    def _next_frame(self) -> None:
        if self.isVisible():
            self.update()
        else:  # hidden since the last frame: draw nothing until shown again
            self._frames.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Midlight))
        block = self.block()
        if not block.isEmpty():
            painter.fillRect(block, palette.color(QPalette.ColorRole.Highlight))
        painter.end()
