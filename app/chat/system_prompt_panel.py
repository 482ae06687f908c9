"""The system prompt in effect for this conversation, named presets to save and apply, and the
vibe: how the voice speaks, sent after the prompt."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.studio.vibes import speaking_instructions
from app.widgets.vibe_picker import VibePicker


class SystemPromptPanel(QWidget):
    """Edits the system prompt and its presets.

    Signals:
        presets_changed(dict): the presets (name -> text) after a save, rename or delete.
        prompt_changed(str): the prompt text in effect changed.
    """

    presets_changed = Signal(dict)
    prompt_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("systemPromptPanel")
        self._presets: dict[str, str] = {}
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("systemPromptEdit")
        self.edit.setAccessibleName(self.tr("System prompt"))
        self.edit.setPlaceholderText(self.tr("How the model should behave (optional)"))
        self.edit.setTabChangesFocus(True)
        self.presets = QComboBox(self)
        self.presets.setObjectName("presetPicker")
        self.presets.setAccessibleName(self.tr("System prompt presets"))
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("applyPresetButton")
        self.apply_button.setToolTip(self.tr("Use the chosen preset as the system prompt"))
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setObjectName("savePresetButton")
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setObjectName("renamePresetButton")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deletePresetButton")
        self.apply_button.setAccessibleName(self.tr("Apply preset"))
        self.save_button.setAccessibleName(self.tr("Save preset"))
        self.rename_button.setAccessibleName(self.tr("Rename preset"))
        self.delete_button.setAccessibleName(self.tr("Delete preset"))

        title = QLabel(self.tr("The prompt in effect for this conversation:"), self)
        title.setObjectName("panelTitle")
        title.setWordWrap(True)
        title.setBuddy(self.edit)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.presets, 1)
        preset_row.addWidget(self.apply_button)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.rename_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.edit, 1)
        self.vibe = VibePicker(self)
        layout.addWidget(self.vibe)
        layout.addWidget(QLabel(self.tr("Presets"), self))
        layout.addLayout(preset_row)
        layout.addLayout(actions)

        self.apply_button.clicked.connect(self.on_apply_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.rename_button.clicked.connect(self.on_rename_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.edit.textChanged.connect(lambda: self.prompt_changed.emit(self.prompt()))
        self._refresh()

    # Dialog hooks: tests replace these instead of patching QInputDialog / QMessageBox.
    def ask_name(self, title: str, current: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog  # dialogs load when first used

        name, ok = QInputDialog.getText(self, title, self.tr("Preset name:"), text=current)
        return name.strip() if ok and name.strip() else None

    def confirm(self, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Parley"), question)
        return answer == QMessageBox.StandardButton.Yes

    def prompt(self) -> str:
        return self.edit.toPlainText()

    def speaking_prompt(self) -> str:
        """The system prompt sent: the prompt, then the vibe's style (how to speak)."""
        return speaking_instructions(self.prompt(), self.vibe.current())

    def set_prompt(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_presets(self, presets: dict[str, str]) -> None:
        self._presets = dict(presets)
        self._refresh()

    def preset_names(self) -> list[str]:
        return list(self._presets)

    def on_apply_clicked(self) -> None:
        name = self.presets.currentText()
        if name in self._presets:
            self.set_prompt(self._presets[name])

    def on_save_clicked(self) -> None:
        name = self.ask_name(self.tr("Save system prompt as"), self.presets.currentText())
        if name is None:
            return
        replace = self.tr("Replace the preset “{name}”?")
        if name in self._presets and not self.confirm(replace.format(name=name)):
            return
        self._presets[name] = self.prompt()
        self._changed(select=name)

    def on_rename_clicked(self) -> None:
        old = self.presets.currentText()
        if old not in self._presets:
            return
        new = self.ask_name(self.tr("Rename preset"), old)
        if new is None or new == old:
            return
        replace = self.tr("Replace the preset “{name}”?")
        if new in self._presets and not self.confirm(replace.format(name=new)):
            return
        self._presets = {(new if k == old else k): v for k, v in self._presets.items() if k != new}
        self._changed(select=new)

    def on_delete_clicked(self) -> None:
        name = self.presets.currentText()
        question = self.tr("Delete the preset “{name}”?").format(name=name)
        if name in self._presets and self.confirm(question):
            del self._presets[name]
            self._changed(select=None)

    def _changed(self, select: str | None) -> None:
        self._refresh(select)
        self.presets_changed.emit(dict(self._presets))

    def _refresh(self, select: str | None = None) -> None:
        self.presets.clear()
        self.presets.addItems(sorted(self._presets, key=str.casefold))
        if select is not None:
            self.presets.setCurrentText(select)
        has = bool(self._presets)
        for button in (self.apply_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
