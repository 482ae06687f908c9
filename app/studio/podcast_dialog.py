"""File → Export as podcast: the conversation on show as one chaptered audio file (MP3, Opus,
FLAC or WAV), levelled, tagged, with the app's icon as cover and captions beside it. The export
runs in a worker thread; the dialog shows its progress and has a Cancel that works."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.export_dialog import ExportDialog
from app.core.conversation import Conversation
from app.runtime.resources import resource_path
from app.runtime.tasks import TaskSet, in_thread

if TYPE_CHECKING:
    from app.core.studio.podcast import PodcastResult

FORMATS = ("mp3", "opus", "flac", "wav")


class PodcastDialog(QDialog):
    """Exports ``conversation`` as a podcast.

    Signals:
        exported(object): the ``PodcastResult`` of a finished export.
    """

    exported = Signal(object)
    _progress_from_worker = Signal(int, int)

    def __init__(self, conversation: Conversation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation = conversation
        self.outcome: PodcastResult | None = None
        self._tasks = TaskSet()
        self._cancel: threading.Event | None = None
        self.setObjectName("podcast_dialog")
        self.setWindowTitle(self.tr("Export as podcast"))
        self._build_widgets()
        self._build_layout()
        self._connect()

    def _build_widgets(self) -> None:
        self.audio_format = QComboBox(self)
        self.audio_format.setObjectName("podcast_format")
        for key, label in zip(FORMATS, ("MP3", "Opus", "FLAC", "WAV"), strict=True):
            self.audio_format.addItem(label, key)
        self.captions = QComboBox(self)
        self.captions.setObjectName("podcast_captions")
        self.captions.addItem(self.tr("SubRip (.srt)"), "srt")
        self.captions.addItem(self.tr("WebVTT (.vtt)"), "vtt")
        self.captions.addItem(self.tr("No captions"), "")
        self.loudness = QDoubleSpinBox(self)
        self.loudness.setObjectName("podcast_loudness")
        self.loudness.setRange(-30.0, -10.0)
        self.loudness.setSingleStep(1.0)
        self.loudness.setValue(-16.0)
        self.loudness.setSuffix(" LUFS")
        self.loudness.setAccessibleName(self.tr("Loudness"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("podcast_progress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("podcast_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("podcast_export")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.audio_format)
        form.addRow(self.tr("Captions"), self.captions)
        form.addRow(self.tr("Loudness"), self.loudness)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        self.cancel_button.hide()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "One file with a chapter per turn, a short gap between turns, every turn at the "
                "same loudness, and captions beside it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.export_button.clicked.connect(self.on_export_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.close_button.clicked.connect(self.reject)
        self._progress_from_worker.connect(
            self.on_export_progress, Qt.ConnectionType.QueuedConnection
        )

    def suggested_path(self) -> Path:
        words = "-".join(self.conversation.title.lower().split()[:5]) or "conversation"
        safe = "".join(c for c in words if c.isalnum() or c == "-").strip("-") or "conversation"
        fmt = str(self.audio_format.currentData())
        return Path.home() / f"parley-{safe}.{fmt}"

    @Slot()
    def on_export_clicked(self) -> None:
        path = ExportDialog.ask(self, self.suggested_path(), self.tr("Export as podcast"))
        if path is not None:
            self.start(path)

    def start(self, destination: Path) -> None:
        """Export to ``destination`` (replacing it: the save dialog has asked)."""
        if self._cancel is not None:
            return
        fmt = str(self.audio_format.currentData())
        if destination.suffix.lower() != f".{fmt}":
            destination = destination.with_name(destination.name + f".{fmt}")
        self._cancel = threading.Event()
        self._set_running(True)
        self.status.setText(self.tr("Exporting to %1…").replace("%1", str(destination)))
        self._tasks.spawn(self._run(destination, fmt, self._cancel))

    async def _run(self, destination: Path, fmt: str, cancel: threading.Event) -> None:
        from app.audio.chapters import ShowTags
        from app.core.studio.podcast import ExportCancelled, ExportError, export_podcast

        conversation = self.conversation
        voices = ", ".join(dict.fromkeys(t.voice for t in conversation.turns if t.voice))
        captions = str(self.captions.currentData()) or None
        target = self.loudness.value()
        untitled = self.tr("Turn {n}")

        def work() -> PodcastResult:
            try:
                cover = resource_path("icons", "hicolor", "256x256", "apps", "parley.png")
                png = cover.read_bytes()
            except OSError:
                png = b""
            tags = ShowTags(
                title=conversation.title or "Parley",
                artist=voices or "Parley",
                album="Parley",
                date=time.strftime("%Y-%m-%d", time.localtime(conversation.created_at)),
                cover_png=png,
            )
            return export_podcast(
                conversation,
                destination,
                fmt=fmt,
                tags=tags,
                captions=captions,
                target_lufs=target,
                untitled=untitled,
                overwrite=True,
                progress=self._progress_from_worker.emit,
                cancel=cancel,
            )

        try:
            result = await in_thread(work)
        except ExportCancelled:
            self.status.setText(self.tr("The export was cancelled; nothing was written."))
        except ExportError as exc:
            self.status.setText(self.tr("Could not export: %1").replace("%1", str(exc)))
        except OSError as exc:
            message = exc.strerror or str(exc)
            self.status.setText(self.tr("Could not export: %1").replace("%1", message))
        else:
            self.outcome = result
            self.status.setText(self._finished_text(result))
            self.exported.emit(result)
        finally:
            self._cancel = None
            self._set_running(False)

    def _finished_text(self, result: PodcastResult) -> str:
        text = self.tr("Exported %n chapter(s), %1 min, to %2.", "", len(result.chapters))
        text = text.replace("%1", f"{result.seconds / 60:.1f}").replace("%2", str(result.path))
        if result.captions_path is not None:
            text += " " + self.tr("Captions: %1.").replace("%1", str(result.captions_path))
        if result.skipped:
            turns = ", ".join(map(str, result.skipped))
            text += " " + self.tr("Left out (audio missing): turn %1.").replace("%1", turns)
        return text

    @Slot(int, int)
    def on_export_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    @Slot()
    def on_cancel_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def is_running(self) -> bool:
        return self._cancel is not None

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.export_button.setEnabled(not running)
        for box in (self.audio_format, self.captions, self.loudness):
            box.setEnabled(not running)

    def reject(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        super().reject()
