"""Play and pause icons drawn by Parley: the ⏸ character is missing from many fonts (a box on
a plain Linux desktop), and the style's media icons ignore the theme. These are painted in the
application palette's button-text colour at the moment they are drawn, so they follow the theme
and show disabled as disabled."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractButton, QApplication


class _MediaEngine(QIconEngine):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def clone(self) -> QIconEngine:
        return _MediaEngine(self.kind)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Normal
        )
        colour = QColor(palette.color(group, QPalette.ColorRole.ButtonText))
        side = min(rect.width(), rect.height()) * 0.62
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(rect).center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if self.kind == "pause":
            bar = box.width() * 0.32
            painter.drawRect(QRectF(box.left() + box.width() * 0.1, box.top(), bar, box.height()))
            painter.drawRect(
                QRectF(box.right() - box.width() * 0.1 - bar, box.top(), bar, box.height())
            )
        else:  # a triangle pointing right, its weight centred
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(box.left() + box.width() * 0.12, box.top()),
                        QPointF(box.right(), box.center().y()),
                        QPointF(box.left() + box.width() * 0.12, box.bottom()),
                    ]
                )
            )
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        if size.isEmpty():  # asked before the button has a size: nothing to draw on
            return pixmap
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap


_icons: dict[str, QIcon] = {}


def media_icon(kind: str) -> QIcon:
    """``"play"`` or ``"pause"``."""
    if kind not in _icons:
        _icons[kind] = QIcon(_MediaEngine(kind))
    return _icons[kind]


def show_play_state(button: QAbstractButton, playing: bool) -> None:
    """Show ▶ or ⏸ on a play button (as an icon; the button keeps no text)."""
    button.setIcon(media_icon("pause" if playing else "play"))
    button.setProperty("playing", playing)
