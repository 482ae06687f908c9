"""Export a conversation (or the replies the user ticks): to a folder, a .zip, or one joined audio
file, in the format chosen, with a progress bar and a Cancel that works. The export itself runs
in a worker thread through :class:`app.history.bridge.HistoryBridge`."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.export_dialog import ExportDialog
from app.core.catalog import EXTENSIONS
from app.core.conversation import Conversation
from app.core.export import EXPORT_FORMATS, ORIGINAL, ExportResult
from app.history.bridge import HistoryBridge
from app.runtime.i18n import QT_TRANSLATE_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
FORMAT_LABELS = {
    ORIGINAL: QT_TRANSLATE_NOOP("ConversationExportDialog", "As received (streamed pcm16 as WAV)"),
    "wav": "WAV",
    "mp3": "MP3",
    "flac": "FLAC",
    "opus": "Opus",
    "pcm16": QT_TRANSLATE_NOOP("ConversationExportDialog", "Raw pcm16 (24 kHz mono)"),
}
FOLDER, ZIP, JOINED = "folder", "zip", "joined"
CHECKING = QT_TRANSLATE_NOOP("ConversationExportDialog", "Checking the folder…")


def base_name(conversation: Conversation) -> str:
    """A file name for the export: parley-<title words>-<date>."""
    words = re.sub(r"[^A-Za-z0-9]+", "-", conversation.title).strip("-").lower()[:40].strip("-")
    stamp = time.strftime("%Y%m%d-%H%M", time.localtime(conversation.updated_at or time.time()))
    return "-".join(part for part in ("parley", words, stamp) if part)


@dataclass(frozen=True)
class _FolderCheck:
    """An export to a folder, waiting for the bridge to say whether the folder is empty."""

    number: int
    folder: Path
    audio_format: str
    turn_ids: list[int] | None


class ConversationExportDialog(QDialog):
    """Chooses what and how to export, then shows the export's progress and outcome.

    ``outcome`` is the last finished export's :class:`ExportResult` (None until one finishes).
    """

    def __init__(
        self,
        bridge: HistoryBridge,
        conversation: Conversation,
        *,
        selected_replies: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationExportDialog")
        self.setWindowTitle(
            self.tr("Export replies") if selected_replies else self.tr("Export conversation")
        )
        self.bridge, self.conversation = bridge, conversation
        self.outcome: ExportResult | None = None
        self._running = False
        self._checking: _FolderCheck | None = None

        count = len(conversation.turns)
        self.whole = QRadioButton(self.tr("The whole conversation (%n turn(s))", "", count), self)
        self.whole.setObjectName("exportWhole")
        self.selected = QRadioButton(self.tr("Only the replies ticked below"), self)
        self.selected.setObjectName("exportSelected")
        self.replies = QListWidget(self)
        self.replies.setObjectName("exportReplyList")
        self.replies.setAccessibleName(self.tr("Replies to export"))
        for number, turn in enumerate(conversation.turns, start=1):
            if turn.role != "assistant" or turn.id is None:
                continue
            text = " ".join(turn.text.split())
            short = text[:90] + ("…" if len(text) > 90 else "") or self.tr("(no transcript)")
            who = turn.voice or self.tr("reply")  # (outside the f-string, where lupdate sees it)
            item = QListWidgetItem(f"{number}. {who}: {short}")
            item.setData(ID_ROLE, turn.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.replies.addItem(item)
        what = QButtonGroup(self)
        what.addButton(self.whole)
        what.addButton(self.selected)
        (self.selected if selected_replies else self.whole).setChecked(True)

        self.as_folder = QRadioButton(self.tr("A folder of numbered audio files"), self)
        self.as_folder.setObjectName("exportAsFolder")
        self.as_zip = QRadioButton(self.tr("A .zip archive of the same"), self)
        self.as_zip.setObjectName("exportAsZip")
        self.as_joined = QRadioButton(
            self.tr("One audio file, turns joined by short silences"), self
        )
        self.as_joined.setObjectName("exportAsJoined")
        self.as_folder.setChecked(True)
        shape = QButtonGroup(self)
        for button in (self.as_folder, self.as_zip, self.as_joined):
            shape.addButton(button)
        self.audio_format = QComboBox(self)
        self.audio_format.setObjectName("exportFormat")
        self.audio_format.setAccessibleName(self.tr("Audio format"))
        for key in EXPORT_FORMATS:
            self.audio_format.addItem(self.tr(FORMAT_LABELS.get(key, key)), key)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("startExportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel export"), self)
        self.cancel_button.setObjectName("cancelExportButton")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeExportButton")

        form = QFormLayout()
        form.addRow(self.tr("Audio format:"), self.audio_format)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export"), self))
        layout.addWidget(self.whole)
        layout.addWidget(self.selected)
        layout.addWidget(self.replies, 1)
        layout.addWidget(QLabel(self.tr("As"), self))
        layout.addWidget(self.as_folder)
        layout.addWidget(self.as_zip)
        layout.addWidget(self.as_joined)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(520, 560)

        self.selected.toggled.connect(self.replies.setEnabled)
        self.replies.setEnabled(self.selected.isChecked())
        self.export_button.clicked.connect(self.on_export_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.close_button.clicked.connect(self.reject)
        bridge.folder_checked.connect(self.on_folder_checked)
        bridge.export_progress.connect(self.on_export_progress)
        bridge.export_finished.connect(self.on_export_finished)
        bridge.export_failed.connect(self.on_export_failed)
        bridge.export_cancelled.connect(self.on_export_cancelled)

    # Choices -------------------------------------------------------------------------------
    def ticked_ids(self) -> list[int]:
        items = (self.replies.item(i) for i in range(self.replies.count()))
        return [
            int(item.data(ID_ROLE))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, turn_ids: set[int]) -> None:
        for i in range(self.replies.count()):
            item = self.replies.item(i)
            if item is not None:
                ticked = int(item.data(ID_ROLE)) in turn_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def set_format(self, key: str) -> None:
        self.audio_format.setCurrentIndex(self.audio_format.findData(key))

    def shape(self) -> str:
        return JOINED if self.as_joined.isChecked() else ZIP if self.as_zip.isChecked() else FOLDER

    def _file_destination(self) -> Path | None:
        fmt = str(self.audio_format.currentData())
        name = base_name(self.conversation)
        if self.shape() == ZIP:
            path = ExportDialog.ask(self, Path.home() / f"{name}.zip", self.tr("Export as a .zip"))
            return None if path is None else path.with_suffix(".zip")
        ext = EXTENSIONS.get("wav" if fmt == ORIGINAL else fmt, "wav")
        return ExportDialog.ask(
            self, Path.home() / f"{name}.{ext}", self.tr("Export as one audio file")
        )

    # Export --------------------------------------------------------------------------------
    def on_export_clicked(self) -> None:
        turn_ids: list[int] | None = None
        if self.selected.isChecked():
            turn_ids = self.ticked_ids()
            if not turn_ids:
                self.status.setText(self.tr("Tick at least one reply to export."))
                return
        fmt = str(self.audio_format.currentData())
        if self.shape() == FOLDER:
            chosen = ExportDialog.ask_folder(self, Path.home(), self.tr("Export to a folder"))
            if chosen is not None:
                # Whether the folder is empty is asked in a worker thread (a listing can hang
                # on a network mount); the export starts when the answer comes back.
                number = self.bridge.check_folder(chosen)
                self._checking = _FolderCheck(number, chosen, fmt, turn_ids)
                self._set_controls(busy=True)
                self.status.setText(self.tr(CHECKING))
            return
        destination = self._file_destination()
        if destination is not None:
            self._start(destination, fmt, turn_ids)

    def on_folder_checked(self, number: int, empty: bool) -> None:
        """The bridge's answer: only the one this dialog still waits for is used (not one for
        a folder chosen before Cancel, nor one arriving after the dialog was closed)."""
        check = self._checking
        if check is None or number != check.number:
            return
        self._checking = None
        self._set_controls(busy=False)
        self.status.clear()
        # An empty (or new) folder is the export; into a folder with files, a new one.
        destination = check.folder if empty else check.folder / base_name(self.conversation)
        self._start(destination, check.audio_format, check.turn_ids)

    def on_cancel_clicked(self) -> None:
        if self._checking is not None:
            self._checking = None
            self._set_controls(busy=False)
            self.status.clear()
        else:
            self.bridge.cancel_export()

    def _start(self, destination: Path, fmt: str, turn_ids: list[int] | None) -> None:
        started = self.bridge.export(
            self.conversation,
            destination,
            audio_format=fmt,
            joined=self.shape() == JOINED,
            turn_ids=turn_ids,
        )
        if not started:
            self.status.setText(
                self.tr("Another export is still running; wait for it or cancel it.")
            )
            return
        self.outcome = None
        self._set_running(True)
        self.status.setText(self.tr("Exporting to {path}…").format(path=destination))

    def on_export_progress(self, done: int, total: int) -> None:
        if self._running:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(
                self.tr("turn {done} of {total}").format(done=done, total=total)
            )

    def on_export_finished(self, result: ExportResult) -> None:
        if not self._running:
            return
        self._set_running(False)
        self.outcome = result
        if self.shape() == JOINED:
            text = self.tr("Exported {seconds} s of audio to {path}.").format(
                seconds=f"{result.seconds:.1f}", path=result.path
            )
        else:
            audio = len(result.files) - 2
            text = self.tr(
                "Exported %n audio file(s), transcript.md and conversation.json to {path}.",
                "",
                audio,
            ).format(path=result.path)
        self.status.setText(" ".join([text, *result.warnings]))

    def on_export_failed(self, message: str) -> None:
        if self._running:
            self._set_running(False)
            self.status.setText(self.tr("Could not export: {reason}").format(reason=message))

    def on_export_cancelled(self) -> None:
        if self._running:
            self._set_running(False)
            self.status.setText(self.tr("The export was cancelled; nothing was written."))

    def is_running(self) -> bool:
        return self._running

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(True)
        if running:
            self.progress.setRange(0, 0)  # busy until the first progress report
        self._set_controls(busy=running)

    def _set_controls(self, *, busy: bool) -> None:
        """While a folder is checked or an export runs, only Cancel (and Close) can be used."""
        self.export_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.whole, self.selected, self.replies, self.audio_format):
            widget.setEnabled(not busy)
        for button in (self.as_folder, self.as_zip, self.as_joined):
            button.setEnabled(not busy)
        if not busy:
            self.replies.setEnabled(self.selected.isChecked())

    # Closing stops the export (and forgets a folder check) ------------------------------------
    def reject(self) -> None:
        self._checking = None
        if self._running:
            self.bridge.cancel_export()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._checking = None
        if self._running:
            self.bridge.cancel_export()
        super().closeEvent(event)
