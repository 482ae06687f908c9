"""What to audition: the text, the voices (all or none in one click), the models, exact-words
mode, the format and how many requests run at a time."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import catalog
from app.core.audition import DEFAULT_CONCURRENCY, DEFAULT_FORMAT, MAX_CONCURRENCY, AuditionSpec
from app.core.studio.vibes import PRESETS, Vibe, VibeBook, VibeError, default_path
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.widgets.vibe_picker import vibe_label

DEFAULT_TEXT = QT_TRANSLATE_NOOP(
    "AuditionForm", "Hello! This is how I sound when I read your words aloud."
)
DEFAULT_VOICES = ("alloy", "ash", "coral", "nova")
_COLUMNS = 5
_DATED = re.compile(r"-\d{4}-\d{2}-\d{2}$")


def make_button(parent: QWidget, text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.rstrip("…"))
    button.setToolTip(tip)
    return button


class AuditionForm(QWidget):
    """The audition's inputs; ``spec()`` reads them (raising SpecProblem when incomplete)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditionForm")
        self.text = QPlainTextEdit(self.tr(DEFAULT_TEXT), self)
        self.text.setObjectName("auditionText")
        self.text.setAccessibleName(self.tr("Text to say"))
        self.text.setPlaceholderText(self.tr("The words every voice should say"))
        self.text.setMaximumHeight(70)
        voices = QGroupBox(self.tr("Voices"), self)
        grid = QGridLayout(voices)
        self._voice_grid, self._voice_group = grid, voices
        self.voice_boxes: dict[str, QCheckBox] = {}
        self.set_voices(catalog.VOICES)
        self.all_button = make_button(
            voices, self.tr("All"), "allVoicesButton", self.tr("Tick every voice")
        )
        self.none_button = make_button(
            voices, self.tr("None"), "noVoicesButton", self.tr("Untick every voice")
        )
        grid.addWidget(self.all_button, 0, _COLUMNS)
        grid.addWidget(self.none_button, 1, _COLUMNS)
        self.models = QListWidget(self)
        self.models.setObjectName("modelList")
        self.models.setAccessibleName(self.tr("Models"))
        self.models.setMaximumHeight(110)
        self.set_models(catalog.MODELS)
        # Wide enough for the longest model id, so none is cut off behind a scroll bar.
        longest = max(self.models.fontMetrics().horizontalAdvance(m) for m in catalog.MODELS)
        self.models.setMinimumWidth(longest + 48)
        self.exact = QCheckBox(self.tr("Exact words"), self)
        self.exact.setObjectName("exactWords")
        self.exact.setChecked(True)
        self.exact.setToolTip(
            self.tr("Ask the model to say the text verbatim: every voice says the same")
        )
        self.format = QComboBox(self)
        self.format.setObjectName("auditionFormat")
        self.format.setAccessibleName(self.tr("Audio format"))
        self.format.addItems(list(catalog.FORMATS))
        self.format.setCurrentText(DEFAULT_FORMAT)
        self.concurrency = QSpinBox(self)
        self.concurrency.setObjectName("concurrency")
        self.concurrency.setAccessibleName(self.tr("Requests at a time"))
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(DEFAULT_CONCURRENCY)

        self.vibes = QListWidget(self)
        self.vibes.setObjectName("vibeList")
        self.vibes.setAccessibleName(self.tr("Vibes"))
        self.vibes.setToolTip(self.tr("How to speak: tick several to hear a voice in each"))
        self.vibes.setMaximumHeight(110)
        self.set_vibes(_known_vibes())

        choices = QHBoxLayout()
        models = QVBoxLayout()
        models.addWidget(QLabel(self.tr("Models"), self))
        models.addWidget(self.models)
        vibes = QVBoxLayout()
        vibes.addWidget(QLabel(self.tr("Vibes"), self))
        vibes.addWidget(self.vibes)
        choices.addWidget(voices, 1)
        choices.addLayout(models, 0)
        choices.addLayout(vibes, 0)
        self.options = QHBoxLayout()
        self.options.addWidget(self.exact)
        self.options.addWidget(QLabel(self.tr("Format"), self))
        self.options.addWidget(self.format)
        self.options.addWidget(QLabel(self.tr("At a time"), self))
        self.options.addWidget(self.concurrency)
        self.options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(choices)
        layout.addLayout(self.options)

        self.all_button.clicked.connect(lambda: self.tick_voices(tuple(self.voice_boxes)))
        self.none_button.clicked.connect(lambda: self.tick_voices(()))

    def set_voices(self, voices: Sequence[str]) -> None:
        """The voices to pick from: the server's (Qwen-Omni's for Qwen-Omni, say). Ticked
        ones stay ticked; with none of them left, the first few are ticked."""
        if list(voices) == list(self.voice_boxes):
            return
        ticked = set(self.chosen_voices()) if self.voice_boxes else set(DEFAULT_VOICES)
        for box in self.voice_boxes.values():
            self._voice_grid.removeWidget(box)
            box.deleteLater()
        self.voice_boxes = {}
        keep = ticked & set(voices) or set(list(voices)[: len(DEFAULT_VOICES)])
        for n, voice in enumerate(voices):
            box = QCheckBox(voice, self._voice_group)
            box.setObjectName(f"voice_{voice}")
            box.setChecked(voice in keep)
            self._voice_grid.addWidget(box, n // _COLUMNS, n % _COLUMNS)
            self.voice_boxes[voice] = box

    def tick_voices(self, voices: Sequence[str]) -> None:
        for name, box in self.voice_boxes.items():
            box.setChecked(name in voices)

    def chosen_voices(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.voice_boxes.items() if box.isChecked())

    def set_models(self, models: Sequence[str]) -> None:
        """Offer these models (the endpoint's audio models, dated snapshots left out), keeping
        what is ticked."""
        ticked = set(self.chosen_models()) if self.models.count() else {catalog.DEFAULT_MODEL}
        labels = {catalog.model_id(m): m for m in catalog.chat_audio_models(list(models))}
        audio = [m for m in labels if not _DATED.search(m)] or list(labels)
        self.models.clear()
        for model in dict.fromkeys([*audio, *sorted(ticked - set(audio))]):
            # The text may carry a note ("retired 2026-05-07"); the id is kept as the item's data.
            item = QListWidgetItem(labels.get(model, model), self.models)
            item.setData(Qt.ItemDataRole.UserRole, model)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if model in ticked else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            item.setToolTip(item.text())  # the whole of a label the list's width cuts short

    def tick_models(self, models: Sequence[str]) -> None:
        for n in range(self.models.count()):
            item = self.models.item(n)
            on = catalog.model_id(item.text()) in models
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_models(self) -> tuple[str, ...]:
        items = (self.models.item(n) for n in range(self.models.count()))
        return tuple(
            catalog.model_id(i.text()) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def set_vibes(self, vibes: Sequence[Vibe]) -> None:
        """Offer "no vibe" (ticked) and these vibes."""
        self._vibes = {v.name: v for v in vibes}
        self.vibes.clear()
        for name in ["", *self._vibes]:
            item = QListWidgetItem(vibe_label(name) or self.tr("No vibe"), self.vibes)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not name else Qt.CheckState.Unchecked)

    def tick_vibes(self, names: Sequence[str]) -> None:
        """Tick these vibes ("" for no vibe), untick the others."""
        for n in range(self.vibes.count()):
            item = self.vibes.item(n)
            on = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_vibes(self) -> tuple[Vibe | None, ...]:
        items = (self.vibes.item(n) for n in range(self.vibes.count()))
        names = [i.data(Qt.ItemDataRole.UserRole) for i in items]
        ticked = [
            name
            for name, n in zip(names, range(self.vibes.count()), strict=True)
            if self.vibes.item(n).checkState() == Qt.CheckState.Checked
        ]
        chosen = tuple(self._vibes.get(str(name)) for name in ticked)
        return chosen or (None,)

    def spec(self) -> AuditionSpec:
        """The audition the form describes (raises SpecProblem)."""
        return AuditionSpec(
            text=self.text.toPlainText().strip(),
            voices=self.chosen_voices(),
            models=self.chosen_models(),
            exact=self.exact.isChecked(),
            format=self.format.currentText(),
            concurrency=self.concurrency.value(),
            vibes=self.chosen_vibes(),
        )


def _known_vibes() -> list[Vibe]:
    """The presets and the user's own vibes (the presets alone when the file cannot be read)."""
    book = VibeBook(default_path())
    try:
        return book.all()
    except VibeError:
        return list(PRESETS)
