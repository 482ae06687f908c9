"""The vibe of the chat: how the voice should speak (app.core.studio.vibes), chosen from the
presets and the user's own, or shuffled. The chosen vibe is sent after the system prompt."""

from __future__ import annotations

import random

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.studio.vibes import PRESETS, Vibe, VibeBook, VibeError, default_path
from app.runtime.i18n import QT_TRANSLATE_NOOP

# The presets' names as the window shows them (the vibe sent to the server stays as written).
PRESET_NAMES = (
    QT_TRANSLATE_NOOP("VibePicker", "Calm"),
    QT_TRANSLATE_NOOP("VibePicker", "Cheerful"),
    QT_TRANSLATE_NOOP("VibePicker", "Newscaster"),
    QT_TRANSLATE_NOOP("VibePicker", "Storyteller"),
    QT_TRANSLATE_NOOP("VibePicker", "Bedtime"),
    QT_TRANSLATE_NOOP("VibePicker", "Sports commentator"),
    QT_TRANSLATE_NOOP("VibePicker", "Noir detective"),
    QT_TRANSLATE_NOOP("VibePicker", "Patient teacher"),
)


def vibe_label(name: str) -> str:
    """A vibe's name in the window's language (a preset's is translated; the user's own as is)."""
    return QCoreApplication.translate("VibePicker", name) if name in PRESET_NAMES else name


class VibePicker(QWidget):
    """A combo of vibes ("No vibe" first) and a Shuffle button.

    Signals:
        vibe_changed(str): the chosen vibe's name ("" for none).
    """

    vibe_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, vibes: list[Vibe] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vibePicker")
        self._vibes: dict[str, Vibe] = {}
        self.combo = QComboBox(self)
        self.combo.setObjectName("vibeCombo")
        self.combo.setAccessibleName(self.tr("Vibe"))
        self.combo.setToolTip(self.tr("How the voice speaks: affect, tone, pacing, emotion…"))
        self.shuffle = QPushButton(self.tr("Shuffle"), self)
        self.shuffle.setObjectName("vibeShuffle")
        self.shuffle.setAccessibleName(self.tr("Shuffle the vibe"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Vibe"), self)
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.shuffle)
        self.set_vibes(vibes if vibes is not None else _known())
        self.combo.currentIndexChanged.connect(self._on_index_changed)
        self.shuffle.clicked.connect(self.on_shuffle_clicked)

    def set_vibes(self, vibes: list[Vibe]) -> None:
        current = self.current_name()
        self._vibes = {v.name: v for v in vibes}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No vibe"), "")
        for vibe in vibes:
            self.combo.addItem(vibe_label(vibe.name), vibe.name)
        self.combo.blockSignals(False)
        self.set_current(current)

    def current_name(self) -> str:
        return str(self.combo.currentData() or "")

    def current(self) -> Vibe | None:
        return self._vibes.get(self.current_name())

    def set_current(self, name: str) -> None:
        index = self.combo.findData(name)
        self.combo.setCurrentIndex(max(0, index))

    @Slot()
    def on_shuffle_clicked(self) -> None:
        others = [n for n in self._vibes if n != self.current_name()]
        if others:
            self.set_current(random.choice(others))

    def _on_index_changed(self, _index: int) -> None:
        self.vibe_changed.emit(self.current_name())


def _known() -> list[Vibe]:
    try:
        return VibeBook(default_path()).all()
    except VibeError:
        return list(PRESETS)
