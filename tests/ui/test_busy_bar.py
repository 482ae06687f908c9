"""The composer's busy bar: a block slides along it while a reply is on its way, it stops
drawing when hidden, and a screen reader still meets a busy progress bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.widgets.busy_bar import BusyBar


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def highlighted_columns(image: QImage, colour: QColor) -> list[int]:
    row = image.height() // 2
    return [x for x in range(image.width()) if image.pixelColor(x, row).rgb() == colour.rgb()]


def test_a_block_slides_along_the_bar(qapp: QApplication, qtbot: QtBot) -> None:
    holder = QWidget()
    holder.resize(400, 20)
    bar = BusyBar(holder)
    bar.setGeometry(0, 8, 400, 4)
    painted = PaintCounter()
    bar.installEventFilter(painted)
    holder.show()
    # The bar is drawn again and again by itself while shown (what the window shows moves).
    qtbot.waitUntil(lambda: painted.count >= 5, timeout=3000)
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    seen: list[list[int]] = []

    def moved() -> bool:
        columns = highlighted_columns(bar.grab().toImage(), highlight)
        if columns:
            seen.append(columns)
        return len({c[0] for c in seen}) >= 3

    qtbot.waitUntil(moved, timeout=3000)
    for columns in seen:  # one solid block, at most a fifth of the bar (plus its minimum)
        assert columns == list(range(columns[0], columns[-1] + 1))
        assert len(columns) <= 80
    track = bar.grab().toImage().pixelColor(399 if seen[-1][0] < 300 else 0, 2)
    assert track.rgb() == bar.palette().color(QPalette.ColorRole.Midlight).rgb()
    holder.hide()
    qtbot.waitUntil(lambda: not bar._frames.isActive(), timeout=1000)  # no frames while hidden
    before = painted.count
    qtbot.wait(200)
    assert painted.count == before
    holder.deleteLater()


def test_a_screen_reader_meets_a_busy_progress_bar(qapp: QApplication) -> None:
    bar = BusyBar()
    bar.setAccessibleName("Busy")
    iface = QAccessible.queryAccessibleInterface(bar)
    assert iface is not None
    assert iface.role() == QAccessible.Role.ProgressBar
    assert iface.text(QAccessible.Text.Name) == "Busy"
    assert (bar.minimum(), bar.maximum()) == (0, 0)  # indeterminate
    bar.deleteLater()
