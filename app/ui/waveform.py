"""A waveform with a playhead: min/max peaks drawn as bars, click or drag to seek."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class WaveformView(QWidget):
    """Shows a clip's peaks and where playback is.

    Signals:
        seek_requested(float): the user clicked or dragged at this fraction (0..1) of the clip.
    """

    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setAccessibleName("Waveform (click to seek)")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(40)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._mins: npt.NDArray[np.float32] = np.zeros(0, np.float32)
        self._maxs: npt.NDArray[np.float32] = np.zeros(0, np.float32)
        self._progress = 0.0
        self._complete = True

    def sizeHint(self) -> QSize:
        return QSize(320, 44)

    def set_peaks(
        self,
        mins: npt.NDArray[np.float32],
        maxs: npt.NDArray[np.float32],
        *,
        complete: bool = True,
    ) -> None:
        """Peaks of the clip so far, a pair per bar; ``complete`` is False while it streams."""
        self._mins, self._maxs, self._complete = mins, maxs, complete
        self.update()

    def set_progress(self, fraction: float) -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        if abs(fraction - self._progress) > 1e-4:
            self._progress = fraction
            self.update()

    def progress(self) -> float:
        return self._progress

    def bar_count(self) -> int:
        """How many bars fit: the peaks a caller should compute for this width."""
        return max(1, self.width() // 3)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and len(self._maxs):
            self._emit_seek(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and len(self._maxs):
            self._emit_seek(event.position().x())

    def _emit_seek(self, x: float) -> None:
        fraction = min(max(x / max(self.width(), 1), 0.0), 1.0)
        self.set_progress(fraction)
        self.seek_requested.emit(fraction)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        mid = rect.center().y()
        half = rect.height() / 2
        played = pal.color(QPalette.ColorRole.Highlight)
        rest = QColor(pal.color(QPalette.ColorRole.Text))
        rest.setAlphaF(0.35)
        n = len(self._maxs)
        if n == 0:
            painter.setPen(rest)
            painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.right(), mid))
            return
        step = rect.width() / n
        head = self._progress * rect.width()
        split = min(int(np.ceil(head / step)), n)
        painter.setPen(Qt.PenStyle.NoPen)
        width = max(step * 0.66, 1.0)
        for colour, start, stop in ((played, 0, split), (rest, split, n)):
            painter.setBrush(colour)
            xs = rect.left() + np.arange(start, stop) * step
            tops = mid - np.maximum(self._maxs[start:stop], 0.02) * half
            bottoms = mid - np.minimum(self._mins[start:stop], -0.02) * half
            for x, top, bottom in zip(xs, tops, bottoms, strict=True):
                painter.drawRect(QRectF(float(x), float(top), width, float(bottom - top)))
        if self._progress > 0:
            painter.setPen(played)
            painter.drawLine(QPointF(head, rect.top()), QPointF(head, rect.bottom()))
        if not self._complete:
            painter.setPen(rest)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "…")
