"""File → Narrate a script: a text file read aloud in one voice (and vibe) into numbered files
in a folder, plus one file with a chapter per paragraph and its captions. The cost is estimated
when the script is chosen; a progress bar and a line per paragraph follow the run; Stop keeps
every finished file, and running again does only what is left (app.core.studio.narration)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audio.export import ExportError
from app.chat.export_dialog import ExportDialog
from app.core import catalog
from app.core.costs import PriceBook, money
from app.core.store import Store
from app.core.studio.script import Piece, ScriptError, plan, read_script
from app.runtime.error_text import error_text
from app.runtime.tasks import TaskSet, in_thread
from app.widgets.vibe_picker import VibePicker

if TYPE_CHECKING:
    from app.core.client import ChatClient
    from app.core.studio.narration import NarrationResult, NarrationSpec, PieceResult

FORMATS = ("mp3", "wav", "flac", "opus")


class NarrateDialog(QDialog):
    """Narrates a script with the endpoint ``client_of()`` gives, the clip cache of ``store``."""

    def __init__(
        self,
        client_of: Callable[[], ChatClient | None],
        store: Store | None,
        prices: PriceBook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("narrateDialog")
        self.setWindowTitle(self.tr("Narrate a script"))
        self.client_of = client_of
        self.store = store
        self.prices = prices or PriceBook()
        self.script: Path | None = None
        self.folder: Path | None = None
        self.pieces: list[Piece] = []
        self.outcome: NarrationResult | None = None
        self._tasks = TaskSet()
        self._running = False
        self._build_widgets()
        self._build_layout()
        self._connect()
        self._update()

    # Dialog hooks: tests replace these instead of patching QFileDialog.
    @classmethod
    def ask_script(cls, parent: QWidget | None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        title = QCoreApplication.translate("NarrateDialog", "Choose a script")
        kinds = QCoreApplication.translate("NarrateDialog", "Text (*.txt *.md);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)
        return Path(name) if name else None

    def _build_widgets(self) -> None:
        self.script_button = QPushButton(self.tr("Choose a script…"), self)
        self.script_button.setObjectName("narrateScript")
        self.folder_button = QPushButton(self.tr("Choose a folder…"), self)
        self.folder_button.setObjectName("narrateFolder")
        self.voice = QComboBox(self)
        self.voice.setObjectName("narrateVoice")
        self.voice.setAccessibleName(self.tr("Voice"))
        self.voice.addItems(list(catalog.VOICES))
        self.vibe = VibePicker(self)
        self.audio_format = QComboBox(self)
        self.audio_format.setObjectName("narrateFormat")
        self.audio_format.setAccessibleName(self.tr("Format"))
        self.audio_format.addItems(list(FORMATS))
        self.estimate = QLabel(self)
        self.estimate.setObjectName("narrateEstimate")
        self.estimate.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("narrateProgress")
        self.log = QListWidget(self)
        self.log.setObjectName("narrateLog")
        self.log.setAccessibleName(self.tr("Paragraphs done"))
        self.status = QLabel(self)
        self.status.setObjectName("narrateStatus")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("narrateStart")
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("narrateStop")
        self.close_button = QPushButton(self.tr("Close"), self)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Script"), self.script_button)
        form.addRow(self.tr("Save in"), self.folder_button)
        form.addRow(self.tr("Voice"), self.voice)
        form.addRow(self.vibe)
        form.addRow(self.tr("Format"), self.audio_format)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.stop_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.estimate)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 520)

    def _connect(self) -> None:
        self.script_button.clicked.connect(self.on_script_clicked)
        self.folder_button.clicked.connect(self.on_folder_clicked)
        self.start_button.clicked.connect(self.on_start_clicked)
        self.stop_button.clicked.connect(self.on_stop_clicked)
        self.close_button.clicked.connect(self.reject)
        self.voice.currentIndexChanged.connect(lambda _i: self._update())
        self.vibe.vibe_changed.connect(lambda _n: self._update())

    # Choosing ----------------------------------------------------------------------------------
    @Slot()
    def on_script_clicked(self) -> None:
        path = self.ask_script(self)
        if path is not None:
            self.choose_script(path)

    def choose_script(self, path: Path) -> None:
        """Read the script (a clear message when it cannot be) and estimate its cost."""
        try:
            self.pieces = plan(read_script(path))
        except ScriptError as exc:
            self.pieces, self.script = [], None
            self.status.setText(self._script_problem(exc))
        else:
            self.script = path
            self.script_button.setText(path.name)
            self.status.clear()
        self._update()

    def _script_problem(self, exc: ScriptError) -> str:
        text = {
            "missing": self.tr("There is no script at %1."),
            "unreadable": self.tr("%1 cannot be read."),
            "not_utf8": self.tr("%1 is not UTF-8 text (line %2); save it as UTF-8."),
            "empty": self.tr("%1 has nothing to read: it is empty or only blank lines."),
        }[exc.kind]
        return text.replace("%1", exc.path.name).replace("%2", str(exc.line))

    @Slot()
    def on_folder_clicked(self) -> None:
        folder = ExportDialog.ask_folder(self, Path.home(), self.tr("Save the narration in"))
        if folder is not None:
            self.folder = folder
            self.folder_button.setText(str(folder))
            self._update()

    def spec(self) -> NarrationSpec:
        from app.core.studio.narration import NarrationSpec

        return NarrationSpec(
            self.voice.currentText(), catalog.DEFAULT_MODEL, self.vibe.current(),
            self.audio_format.currentText(),
        )  # fmt: skip

    def _update(self) -> None:
        ready = bool(self.pieces) and self.folder is not None and not self._running
        self.start_button.setEnabled(ready)
        self.stop_button.setEnabled(self._running)
        for widget in (self.script_button, self.folder_button, self.voice, self.vibe,
                       self.audio_format):  # fmt: skip
            widget.setEnabled(not self._running)
        if not self.pieces:
            self.estimate.setText(self.tr("Choose a script: paragraphs separated by blank lines."))
            return
        from app.core.studio.narration import estimate_usage

        cost = self.prices.estimate(estimate_usage(self.pieces, self.spec()), catalog.DEFAULT_MODEL)
        paragraphs = len({p.number for p in self.pieces})
        text = self.tr("%n paragraph(s)", "", paragraphs)
        if cost.usd is not None:
            text += " · " + self.tr("about %1 if none is done yet").replace("%1", money(cost.usd))
        self.estimate.setText(text)

    # Running -----------------------------------------------------------------------------------
    @Slot()
    def on_start_clicked(self) -> None:
        client = self.client_of()
        if client is None or self.folder is None or not self.pieces:
            self.status.setText(self.tr("Parley is not connected to an endpoint yet."))
            return
        self._running = True
        self.log.clear()
        self.progress.setRange(0, len(self.pieces))
        self.progress.setValue(0)
        self.status.setText(self.tr("Narrating…"))
        self._update()
        self._tasks.spawn(self._run(client, self.folder, list(self.pieces)))

    async def _run(self, client: ChatClient, folder: Path, pieces: list[Piece]) -> None:
        from app.core.studio.narration import Narrator

        clips = self.store.clips if self.store is not None else None
        narrator = Narrator(client, clips, folder, self.spec(), self.on_piece)
        try:
            result = await narrator.run(pieces)
        except OSError as exc:
            self.status.setText(self.tr("Could not save: %1").replace("%1", exc.strerror or ""))
        except ExportError as exc:
            self.status.setText(self.tr("Could not save: %1").replace("%1", error_text(exc)))
        except BaseException:
            left = await in_thread(narrator.missing, pieces)
            self.status.setText(
                self.tr("Stopped: %n piece(s) left; start again to do them.", "", len(left))
            )
            raise
        else:
            self.outcome = result
            self.status.setText(self._finished_text(result))
        finally:
            self._running = False
            self._update()

    def _finished_text(self, result: NarrationResult) -> str:
        if result.failed:
            return self.tr("%n piece(s) failed; start again to retry them.", "", len(result.failed))
        if result.join_problem:
            return self.tr("The joined file could not be made: %1").replace(
                "%1", result.join_problem
            )
        if result.joined is not None:
            return self.tr("Done: %1, with a chapter per paragraph and captions.").replace(
                "%1", str(result.joined)
            )
        return self.tr("Done.")

    def on_piece(self, done: PieceResult, n: int, total: int) -> None:
        how = {
            "new": self.tr("new"),
            "kept": self.tr("already done"),
            "cached": self.tr("from the clip cache"),
            "failed": self.tr("failed: %1").replace("%1", done.problem),
        }[done.outcome]
        line = f"{n}/{total} · {done.file or done.piece.stem} · {how}"
        if done.retried and done.outcome != "failed":
            line += " · " + self.tr("asked again")
        self.log.addItem(line)
        self.log.scrollToBottom()
        self.progress.setValue(n)

    @Slot()
    def on_stop_clicked(self) -> None:
        """Stop between two requests' worth of work; every finished file stays."""
        for task in self._tasks:
            task.cancel()

    def reject(self) -> None:
        self.on_stop_clicked()
        super().reject()
