"""Settings: endpoint profiles (base URL, key in the OS keyring, test connection), audio devices,
theme and defaults. The dialog edits drafts; the window stores them (keyring, settings file)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import catalog
from app.core.servers import ServerSpec
from app.runtime.i18n import QT_TRANSLATE_NOOP, SHIPPED
from app.settings.prices_tab import PricesTab
from app.settings.server_fields import ServerFields
from app.widgets.theme import THEMES


@dataclass
class ProfileDraft:
    """A profile as the dialog edits it. ``new_key`` is set only when the user typed a key."""

    name: str
    base_url: str
    has_key: bool = False
    new_key: str | None = None
    remove_key: bool = False
    #: What kind of server is there, with Azure's details (see app.core.servers).
    server: ServerSpec | None = None


@dataclass
class SettingsDraft:
    profiles: list[ProfileDraft]
    active: str
    output_device: str = ""
    input_device: str = ""
    max_recording_seconds: float = 120.0
    theme: str = "system"
    model: str = catalog.DEFAULT_MODEL
    voice: str = catalog.DEFAULT_VOICE
    format: str = "wav"
    stream: bool = True
    autoplay: bool = True
    send_with_ctrl_enter: bool = False
    output_devices: list[str] = field(default_factory=list)
    input_devices: list[str] = field(default_factory=list)
    key_location: str = "the OS keyring"
    #: The window's language ("" follows the system; see app.runtime.i18n).
    language: str = ""
    #: The user's prices: profile -> model -> field -> USD per 1M tokens (Settings.prices).
    prices: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)


#: Where keys may be kept (core.secrets), named in the user's language.
KEY_LOCATIONS = (
    QT_TRANSLATE_NOOP("SettingsDialog", "the OS keyring"),
    QT_TRANSLATE_NOOP("SettingsDialog", "the Secret Service keyring (GNOME Keyring or KWallet)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "KWallet"),
    QT_TRANSLATE_NOOP("SettingsDialog", "the macOS Keychain"),
    QT_TRANSLATE_NOOP("SettingsDialog", "Windows Credential Manager"),
    QT_TRANSLATE_NOOP("SettingsDialog", "nowhere (no system keyring)"),
    QT_TRANSLATE_NOOP("SettingsDialog", "this session only (not saved)"),
)


class SettingsDialog(QDialog):
    """Edits a SettingsDraft.

    Signals:
        test_connection_requested(str, str, str): base URL, typed key ("" = the stored one),
            profile name. The window answers with ``show_test_result``.
    """

    test_connection_requested = Signal(str, str, str)

    def __init__(self, draft: SettingsDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Parley settings"))
        self.setMinimumWidth(620)
        self._draft = replace(draft, profiles=[replace(p) for p in draft.profiles])
        self._current = -1
        tabs = QTabWidget(self)
        tabs.addTab(self._profiles_tab(), self.tr("&Profiles"))
        tabs.addTab(self._audio_tab(), self.tr("&Audio"))
        tabs.addTab(self._general_tab(), self.tr("&General"))
        self.prices_tab = PricesTab(draft.prices, [p.name for p in draft.profiles], self)
        tabs.addTab(self.prices_tab, self.tr("P&rices"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.profile_list.addItems([p.name for p in self._draft.profiles])
        names = [p.name for p in self._draft.profiles]
        self.profile_list.setCurrentRow(names.index(draft.active) if draft.active in names else 0)

    # Tabs ---------------------------------------------------------------------------------
    def _profiles_tab(self) -> QWidget:
        page = QWidget(self)
        self.profile_list = QListWidget(page)
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        add = QPushButton(self.tr("Add"), page)
        add.setObjectName("addProfileButton")
        self.remove_profile_button = QPushButton(self.tr("Remove"), page)
        self.remove_profile_button.setObjectName("removeProfileButton")
        self.name_edit = QLineEdit(page)
        self.name_edit.setObjectName("profileNameEdit")
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.url_edit = QLineEdit(page)
        self.url_edit.setObjectName("baseUrlEdit")
        self.url_edit.setAccessibleName(self.tr("Base URL"))
        self.url_edit.setPlaceholderText(catalog.DEFAULT_BASE_URL)
        self.key_edit = QLineEdit(page)
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_key = QCheckBox(self.tr("Show"), page)
        self.show_key.setObjectName("showKeyToggle")
        self.show_key.setAccessibleName(self.tr("Show the key"))
        self.forget_key = QPushButton(self.tr("Forget key"), page)
        self.forget_key.setObjectName("forgetKeyButton")
        self.key_note = QLabel(page)
        self.key_note.setObjectName("keyNote")
        self.key_note.setWordWrap(True)
        self.server_fields = ServerFields(page)
        self.test_button = QPushButton(self.tr("Test connection"), page)
        self.test_button.setObjectName("testConnectionButton")
        self.test_result = QLabel(page)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        key_row.addWidget(self.forget_key)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Base &URL"), self.url_edit)
        key_label = QLabel(self.tr("API &key"), page)
        key_label.setBuddy(self.key_edit)  # a row of widgets: the label needs its buddy named
        form.addRow(key_label, key_row)
        form.addRow("", self.key_note)
        form.addRow(self.server_fields)
        form.addRow(self.test_button, self.test_result)
        left = QVBoxLayout()
        left.addWidget(self.profile_list, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_profile_button)
        left.addLayout(row)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addLayout(form, 2)

        self.profile_list.currentRowChanged.connect(self.on_profile_row_changed)
        add.clicked.connect(self.on_add_profile_clicked)
        self.remove_profile_button.clicked.connect(self.on_remove_profile_clicked)
        self.show_key.toggled.connect(
            lambda on: self.key_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.forget_key.clicked.connect(self.on_forget_key_clicked)
        self.test_button.clicked.connect(self.on_test_clicked)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.url_edit.textChanged.connect(self.server_fields.on_url_changed)
        return page

    def _audio_tab(self) -> QWidget:
        page = QWidget(self)
        self.output_device = QComboBox(page)
        self.output_device.setObjectName("outputDevicePicker")
        self.output_device.setAccessibleName(self.tr("Output device"))
        self.output_device.addItems([self.tr("System default"), *self._draft.output_devices])
        if self._draft.output_device:
            self.output_device.setCurrentText(self._draft.output_device)
        self.input_device = QComboBox(page)
        self.input_device.setObjectName("inputDevicePicker")
        self.input_device.setAccessibleName(self.tr("Input device"))
        self.input_device.addItems([self.tr("System default"), *self._draft.input_devices])
        if self._draft.input_device:
            self.input_device.setCurrentText(self._draft.input_device)
        self.max_recording = QSpinBox(page)
        self.max_recording.setObjectName("maxRecordingSpin")
        self.max_recording.setAccessibleName(self.tr("Longest recording in seconds"))
        self.max_recording.setRange(5, 600)
        self.max_recording.setSingleStep(15)
        self.max_recording.setSuffix(self.tr(" s"))
        self.max_recording.setToolTip(self.tr("A recording stops here and is sent"))
        self.max_recording.setValue(round(self._draft.max_recording_seconds))
        form = QFormLayout(page)
        form.addRow(self.tr("&Output device"), self.output_device)
        form.addRow(self.tr("&Input device (microphone)"), self.input_device)
        form.addRow(self.tr("&Longest recording"), self.max_recording)
        return page

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        self.theme = QComboBox(page)
        self.theme.setObjectName("themePicker")
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItems([self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")])
        self.theme.setCurrentIndex(
            THEMES.index(self._draft.theme) if self._draft.theme in THEMES else 0
        )
        self.default_model = QComboBox(page)
        self.default_model.setEditable(True)
        self.default_model.addItems(list(catalog.MODELS))
        self.default_model.setCurrentText(self._draft.model)
        self.default_voice = QComboBox(page)
        self.default_voice.setEditable(True)
        self.default_voice.addItems(list(catalog.VOICES))
        self.default_voice.setCurrentText(self._draft.voice)
        self.default_format = QComboBox(page)
        self.default_format.addItems(list(catalog.FORMATS))
        self.default_format.setCurrentText(self._draft.format)
        self.default_stream = QCheckBox(self.tr("Stream replies (as pcm16)"), page)
        self.default_stream.setChecked(self._draft.stream)
        self.default_autoplay = QCheckBox(self.tr("Play replies as they arrive"), page)
        self.default_autoplay.setChecked(self._draft.autoplay)
        self.send_with_ctrl_enter = QCheckBox(
            self.tr("Send with Ctrl+Enter (Enter makes a new line)"), page
        )
        self.send_with_ctrl_enter.setObjectName("sendWithCtrlEnter")
        self.send_with_ctrl_enter.setAccessibleName(self.tr("Send with Ctrl+Enter"))
        self.send_with_ctrl_enter.setChecked(self._draft.send_with_ctrl_enter)
        self.language = QComboBox(page)
        self.language.setObjectName("languagePicker")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("English", "en")
        for code, name in SHIPPED.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._draft.language)))
        language_note = QLabel(self.tr("The language changes when Parley starts again."), page)
        language_note.setObjectName("languageNote")
        language_note.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Default &model"), self.default_model)
        form.addRow(self.tr("Default &voice"), self.default_voice)
        form.addRow(self.tr("Default &format"), self.default_format)
        form.addRow("", self.default_stream)
        form.addRow("", self.default_autoplay)
        form.addRow("", self.send_with_ctrl_enter)
        return page

    # Profiles --------------------------------------------------------------------------------
    def on_profile_row_changed(self, row: int) -> None:
        self._store_current()
        self._current = row
        profiles = self._draft.profiles
        if not 0 <= row < len(profiles):
            return
        p = profiles[row]
        self.name_edit.setText(p.name)
        self.url_edit.setText(p.base_url)
        self.server_fields.load(p.server or ServerSpec(p.base_url))
        self.key_edit.setText(p.new_key or "")
        self.key_edit.setPlaceholderText(
            self.tr("stored in {place}").format(place=self.tr(self._draft.key_location))
            if p.has_key and not p.remove_key
            else "sk-…"
        )
        self.forget_key.setEnabled(p.has_key and not p.remove_key)
        self.key_note.setText(
            self.tr(
                "Keys are kept in {place}, never in a file. Leave empty to keep the stored key."
            ).format(place=self.tr(self._draft.key_location))
        )
        self.test_result.setText("")
        self.remove_profile_button.setEnabled(len(profiles) > 1)

    def on_add_profile_clicked(self) -> None:
        self._store_current()
        taken = {p.name for p in self._draft.profiles}
        n = 1
        while self.tr("Profile {number}").format(number=n) in taken:
            n += 1
        name = self.tr("Profile {number}").format(number=n)
        self._draft.profiles.append(ProfileDraft(name, catalog.DEFAULT_BASE_URL))
        self.profile_list.addItem(name)
        self.profile_list.setCurrentRow(len(self._draft.profiles) - 1)
        self.name_edit.setFocus()

    def on_remove_profile_clicked(self) -> None:
        row = self.profile_list.currentRow()
        if len(self._draft.profiles) <= 1 or row < 0:
            return
        self._current = -1
        del self._draft.profiles[row]
        self.profile_list.takeItem(row)

    def on_forget_key_clicked(self) -> None:
        if 0 <= self._current < len(self._draft.profiles):
            p = self._draft.profiles[self._current]
            p.remove_key, p.new_key = True, None
            self.key_edit.clear()
            self.key_edit.setPlaceholderText("sk-…")
            self.forget_key.setEnabled(False)

    def on_test_clicked(self) -> None:
        self.test_result.setText(self.tr("Testing…"))
        name = self.name_edit.text().strip()
        self.test_connection_requested.emit(
            self.url_edit.text().strip(), self.key_edit.text(), name
        )

    def current_server(self) -> ServerSpec:
        """The server set-up of the profile on show, as edited (for Test connection)."""
        url = self.url_edit.text().strip() or catalog.DEFAULT_BASE_URL
        return self.server_fields.spec(url)

    def show_test_result(self, text: str, ok: bool) -> None:
        self.test_result.setText(("✓ " if ok else "✗ ") + text)

    def _on_name_edited(self, text: str) -> None:
        item = self.profile_list.currentItem()
        if item is not None:
            item.setText(text)

    def _store_current(self) -> None:
        if not 0 <= self._current < len(self._draft.profiles):
            return
        p = self._draft.profiles[self._current]
        p.name = self.name_edit.text().strip() or p.name
        p.base_url = self.url_edit.text().strip() or catalog.DEFAULT_BASE_URL
        p.server = self.server_fields.spec(p.base_url)
        typed = self.key_edit.text().strip()
        if typed:
            p.new_key, p.remove_key = typed, False

    # Result ---------------------------------------------------------------------------------
    def result_draft(self) -> SettingsDraft:
        self._store_current()
        current = self.profile_list.currentRow()
        names = [p.name for p in self._draft.profiles]
        active = names[current] if 0 <= current < len(names) else names[0]
        out_dev = self.output_device.currentText()
        in_dev = self.input_device.currentText()
        return replace(
            self._draft,
            active=active,
            output_device="" if self.output_device.currentIndex() == 0 else out_dev,
            input_device="" if self.input_device.currentIndex() == 0 else in_dev,
            language=str(self.language.currentData() or ""),
            max_recording_seconds=float(self.max_recording.value()),
            theme=THEMES[self.theme.currentIndex()],
            model=self.default_model.currentText().strip() or catalog.DEFAULT_MODEL,
            voice=self.default_voice.currentText().strip() or catalog.DEFAULT_VOICE,
            format=self.default_format.currentText(),
            stream=self.default_stream.isChecked(),
            autoplay=self.default_autoplay.isChecked(),
            send_with_ctrl_enter=self.send_with_ctrl_enter.isChecked(),
            prices=self.prices_tab.prices(),
        )

    @staticmethod
    def profile_names(profiles: Sequence[ProfileDraft]) -> list[str]:
        return [p.name for p in profiles]
