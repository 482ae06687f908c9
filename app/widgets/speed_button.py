"""A card's own playback speed: a small button whose menu offers 0.5x-2x or the chat's speed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.audio.stretch import SPEEDS


class SpeedButton(QToolButton):
    """Shows this card's speed ("1×" follows the chat's).

    Signals:
        speed_chosen(float): a speed for this card, or 0.0 to follow the chat's speed.
    """

    speed_chosen = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speedButton")
        self.setAccessibleName(self.tr("Playback speed of this reply"))
        self.setToolTip(self.tr("Play this reply faster or slower (the pitch stays)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        group = QActionGroup(self)
        self._actions: dict[float, QAction] = {}
        for value in (0.0, *SPEEDS):
            text = self.tr("The chat's speed") if value == 0.0 else f"{value:g}×"
            action = QAction(text, menu, checkable=True)
            action.triggered.connect(lambda _on=False, v=value: self.choose(v))
            group.addAction(action)
            menu.addAction(action)
            self._actions[value] = action
        self.setMenu(menu)
        self.choose(0.0, announce=False)

    def choose(self, speed: float, *, announce: bool = True) -> None:
        self._actions[speed].setChecked(True)
        self.setText(self.tr("Speed") if speed == 0.0 else f"{speed:g}×")
        if announce:
            self.speed_chosen.emit(speed)
