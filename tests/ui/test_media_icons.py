"""The play and pause icons are drawn, not taken from a font: what they look like."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from app.widgets.media_icons import media_icon
from app.widgets.theme import palette_for


def _image(kind: str, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return media_icon(kind).pixmap(QSize(40, 40), mode).toImage()


def _opaque(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).alpha() > 200


def test_pause_is_two_bars_and_play_a_triangle(qapp: QApplication) -> None:
    pause, play = _image("pause"), _image("play")
    middle = 20
    # Pause: two bars with a gap between them, on the middle row.
    row = [_opaque(pause, x, middle) for x in range(40)]
    runs = sum(1 for x in range(1, 40) if row[x] and not row[x - 1])
    assert runs == 2 and not row[20]
    # Play: solid at its centre, narrowing to a point on the right.
    assert _opaque(play, 20, middle)
    assert not _opaque(play, 30, 12) and _opaque(play, 30, middle)


def test_the_icons_follow_the_theme_and_show_disabled(qapp: QApplication) -> None:
    old = QApplication.palette()
    try:
        for dark in (False, True):
            QApplication.setPalette(palette_for(dark))
            colour = _image("play").pixelColor(20, 20)
            expected = QColor(QApplication.palette().buttonText().color())
            assert (colour.red(), colour.green(), colour.blue()) == (
                expected.red(),
                expected.green(),
                expected.blue(),
            )
        normal = _image("play").pixelColor(20, 20)
        disabled = _image("play", QIcon.Mode.Disabled).pixelColor(20, 20)
        assert disabled.alpha() < normal.alpha()  # the palette's disabled text is faded
    finally:
        QApplication.setPalette(old)
