"""The pickers above the conversation: endpoint profile, model, voice, format, stream, autoplay."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from app.audio.stretch import SPEEDS
from app.core import catalog


@dataclass(frozen=True)
class ChatChoices:
    """What the pickers say a new request should use."""

    profile: str
    model: str
    voice: str
    format: str
    stream: bool
    autoplay: bool

    @property
    def wire_format(self) -> str:
        """The format the server is asked for: streamed replies always come as pcm16."""
        return catalog.STREAM_FORMAT if self.stream else self.format


def _combo(parent: QWidget, name: str, accessible: str, items: Sequence[str]) -> QComboBox:
    combo = QComboBox(parent)
    # Sized by a few characters, not by the longest entry, so the row fits narrow windows.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItems(list(items))
    return combo


class ChatControls(QWidget):
    """Pickers for the next request.

    Signals:
        profile_changed(str): the user chose another endpoint profile.
        choices_changed(): any picker changed (the window remembers them as defaults).
    """

    profile_changed = Signal(str)
    choices_changed = Signal()
    speed_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatControls")
        self.profile = _combo(self, "profilePicker", self.tr("Endpoint profile"), [])
        self.profile.setToolTip(self.tr("Which endpoint and key to use"))
        self.profile.setMinimumContentsLength(10)
        self.model = _combo(self, "modelPicker", self.tr("Model"), catalog.MODELS)
        self.model.setEditable(True)
        self.model.setMinimumContentsLength(12)
        self.model.setToolTip(self.tr("Model (type any id the endpoint offers)"))
        self.voice = _combo(self, "voicePicker", self.tr("Voice"), catalog.VOICES)
        self.voice.setEditable(True)
        self.voice.setToolTip(self.tr("Voice, or a custom voice id (voice_…)"))
        self.format = _combo(self, "formatPicker", self.tr("Audio format"), catalog.FORMATS)
        self.format.setToolTip(self.tr("Format of whole (non-streamed) replies"))
        self.stream = QCheckBox(self.tr("Stream"), self)
        self.stream.setObjectName("streamToggle")
        self.stream.setAccessibleName(self.tr("Stream replies"))
        self.stream.setToolTip(self.tr("Play replies as they arrive (they stream as pcm16)"))
        self.stream.setChecked(True)
        self.autoplay = QCheckBox(self.tr("Autoplay"), self)
        self.autoplay.setObjectName("autoplayToggle")
        self.autoplay.setAccessibleName(self.tr("Autoplay replies"))
        self.autoplay.setChecked(True)
        self.format_note = QLabel(self)
        self.format_note.setObjectName("formatNote")
        self.speed = QComboBox(self)
        self.speed.setObjectName("speedPicker")
        self.speed.setAccessibleName(self.tr("Playback speed"))
        self.speed.setToolTip(self.tr("How fast replies play back; the pitch stays the same"))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))

        # Two rows: what answers (endpoint, model, voice), then how (format, stream, autoplay).
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for row, col, label, widget in (
            (0, 0, self.tr("&Endpoint"), self.profile),
            (0, 2, self.tr("&Model"), self.model),
            (0, 4, self.tr("&Voice"), self.voice),
            (1, 0, self.tr("&Format"), self.format),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, col)
            grid.addWidget(widget, row, col + 1)
        how = QHBoxLayout()
        how.addWidget(self.format_note)
        how.addStretch(1)
        how.addWidget(self.stream)
        how.addWidget(self.autoplay)
        how.addWidget(self.speed)
        grid.addLayout(how, 1, 2, 1, 4)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)

        self.profile.currentTextChanged.connect(self.profile_changed)
        for combo in (self.model, self.voice, self.format):
            combo.currentTextChanged.connect(self._on_changed)
        for box in (self.stream, self.autoplay):
            box.toggled.connect(self._on_changed)
        self.speed.currentIndexChanged.connect(self._on_speed_changed)
        self._update_note()

    def choices(self) -> ChatChoices:
        return ChatChoices(
            profile=self.profile.currentText(),
            model=catalog.model_id(self.model.currentText()) or catalog.DEFAULT_MODEL,
            voice=self.voice.currentText().strip() or catalog.DEFAULT_VOICE,
            format=self.format.currentText(),
            stream=self.stream.isChecked(),
            autoplay=self.autoplay.isChecked(),
        )

    def apply(self, choices: ChatChoices) -> None:
        """Show these choices (used at start from the saved defaults)."""
        self.profile.setCurrentText(choices.profile)
        self.model.setCurrentText(choices.model)
        self.voice.setCurrentText(choices.voice)
        self.format.setCurrentText(choices.format)
        self.stream.setChecked(choices.stream)
        self.autoplay.setChecked(choices.autoplay)

    def set_profiles(self, names: Sequence[str], current: str) -> None:
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItems(list(names))
        self.profile.setCurrentText(current)
        self.profile.blockSignals(False)

    def model_ids(self) -> list[str]:
        return [catalog.model_id(self.model.itemText(i)) for i in range(self.model.count())]

    def model_labels(self) -> list[str]:
        """What the model picker shows: ids, with "(retired DATE)" or "(shuts down DATE)"."""
        return [self.model.itemText(i) for i in range(self.model.count())]

    def set_models(self, models: Sequence[str]) -> None:
        """Fill the model picker from the endpoint's /models (labels that may carry a date): the
        models that speak in a chat (``catalog.chat_audio_models``), keeping the current choice."""
        current = catalog.model_id(self.model.currentText())
        labels = {catalog.model_id(m): m for m in catalog.chat_audio_models(list(models))}
        self.model.blockSignals(True)
        self.model.clear()
        self.model.addItems(list(labels.values()))
        self.model.setCurrentText(labels.get(current, current))
        self.model.blockSignals(False)

    def set_voices(self, voices: Sequence[str]) -> None:
        """Offer the voices the server takes, keeping the current one if it is among them
        (a custom voice id is kept too)."""
        current = self.voice.currentText().strip()
        keep = current in voices or catalog.is_custom_voice(current)
        self.voice.blockSignals(True)
        self.voice.clear()
        self.voice.addItems(list(voices))
        self.voice.setCurrentText(current if keep or not voices else voices[0])
        self.voice.blockSignals(False)
        if not keep:
            self._on_changed()

    def playback_speed(self) -> float:
        return float(self.speed.currentData() or 1.0)

    def set_speed(self, speed: float) -> None:
        """Show ``speed`` (the nearest offered), without announcing it as a change."""
        nearest = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - speed))
        self.speed.blockSignals(True)
        self.speed.setCurrentIndex(nearest)
        self.speed.blockSignals(False)

    def _on_speed_changed(self, _index: int) -> None:
        self.speed_changed.emit(self.playback_speed())
        self.choices_changed.emit()

    def _on_changed(self) -> None:
        self._update_note()
        self.choices_changed.emit()

    def _update_note(self) -> None:
        streaming = self.stream.isChecked()
        self.format_note.setText(self.tr("streams as pcm16") if streaming else "")
        self.format_note.setToolTip(
            self.tr("The API streams only pcm16; whole replies come in the chosen format.")
            if streaming
            else ""
        )
