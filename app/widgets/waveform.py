"""A waveform with a playhead: min/max peaks drawn as bars, click or drag to seek."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


class WaveformView(QWidget):
    """Shows a clip's peaks and where playback is.

    Signals:
        seek_requested(float): the user clicked or dragged at this fraction (0..1) of the clip.
    """

    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setAccessibleName(self.tr("Waveform (click to seek)"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(40)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._mins: npt.NDArray[np.float32] | None = None
        self._maxs: npt.NDArray[np.float32] | None = None
        self._progress = 0.0
        self._complete = True
        self._cache: tuple[QPixmap, QPixmap] | None = None

    def sizeHint(self) -> QSize:
        return QSize(320, 44)

    def set_peaks(
        self,
        mins: npt.NDArray[np.float32] | None,
        maxs: npt.NDArray[np.float32] | None,
        *,
        complete: bool = True,
    ) -> None:
        """Peaks of the clip so far, a pair per bar; ``complete`` is False while it streams."""
        self._mins, self._maxs, self._complete = mins, maxs, complete
        self._cache = None
        self.update()

    def set_progress(self, fraction: float) -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        if abs(fraction - self._progress) > 1e-4:
            self._progress = fraction
            self.update()

    def progress(self) -> float:
        return self._progress

    def bars(self) -> int:
        """How many bars the current peaks have (0 before any audio)."""
        return 0 if self._maxs is None else len(self._maxs)

    def bar_count(self) -> int:
        """How many bars fit: the peaks a caller should compute for this width."""
        return max(1, self.width() // 3)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.bars():
            self._emit_seek(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.bars():
            self._emit_seek(event.position().x())

    def _emit_seek(self, x: float) -> None:
        fraction = min(max(x / max(self.width(), 1), 0.0), 1.0)
        self.set_progress(fraction)
        self.seek_requested.emit(fraction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._cache = None
        super().changeEvent(event)

    def _render(self, colour: QColor) -> QPixmap:
        """All bars in one colour; painting then only picks how much of each to show."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        import numpy as np  # present once there are peaks to draw

        n = self.bars()
        if self._mins is None or self._maxs is None:
            return pixmap
        if n == 0:
            return pixmap
        rect = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        mid, half = rect.center().y(), rect.height() / 2
        step = rect.width() / n
        width = max(step * 0.66, 1.0)
        tops = mid - np.maximum(self._maxs, 0.02) * half
        heights = np.maximum(-np.minimum(self._mins, -0.02), 0) + np.maximum(self._maxs, 0.02)
        heights = heights * half
        xs = rect.left() + np.arange(n) * step
        rects = [
            QRectF(float(x), float(t), width, float(h))
            for x, t, h in zip(xs, tops, heights, strict=True)
        ]
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRects(rects)
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        pal = self.palette()
        played = pal.color(QPalette.ColorRole.Highlight)
        rest = QColor(pal.color(QPalette.ColorRole.Text))
        rest.setAlphaF(0.35)
        rect = QRectF(self.rect())
        mid = rect.center().y()
        if self.bars() == 0:
            painter.setPen(rest)
            painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.right(), mid))
            return
        if self._cache is None:
            self._cache = (self._render(played), self._render(rest))
        head = self._progress * rect.width()
        played_map, rest_map = self._cache
        ratio = played_map.devicePixelRatioF()
        if head > 0:
            painter.drawPixmap(
                QRectF(0, 0, head, rect.height()),
                played_map,
                QRectF(0, 0, head * ratio, rect.height() * ratio),
            )
        painter.drawPixmap(
            QRectF(head, 0, rect.width() - head, rect.height()),
            rest_map,
            QRectF(head * ratio, 0, (rect.width() - head) * ratio, rect.height() * ratio),
        )
        if self._progress > 0:
            painter.setPen(played)
            painter.drawLine(QPointF(head, rect.top() + 2), QPointF(head, rect.bottom() - 2))
        if not self._complete:
            painter.setPen(rest)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "…")
