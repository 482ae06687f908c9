"""The leaderboard: every blind vote kept in the history, ranked per voice, per voice+model or
per vibe, with each rating's 95 % interval and its vote counts; saved as CSV on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.chat.export_dialog import ExportDialog
from app.core.store import Store
from app.core.studio.ratings import BY, By, Standing, Vote, standings, to_csv
from app.runtime.tasks import TaskSet, in_thread
from app.widgets.vibe_picker import vibe_label


class LeaderboardDialog(QDialog):
    """The standings from every kept vote. ``load()`` reads the votes in a worker thread."""

    def __init__(self, store: Store | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaderboardDialog")
        self.setWindowTitle(self.tr("Leaderboard"))
        self.store = store
        self.votes: list[Vote] = []
        self.table_rows: list[Standing] = []
        self._tasks = TaskSet()
        self.by = QComboBox(self)
        self.by.setObjectName("leaderboardBy")
        self.by.setAccessibleName(self.tr("Rank by"))
        labels = {"voice": self.tr("Voice"), "model": self.tr("Voice and model"),
                  "vibe": self.tr("Vibe")}  # fmt: skip
        for key in BY:
            self.by.addItem(labels[key], key)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("leaderboardTable")
        self.table.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Name"),
                self.tr("Rating"),
                self.tr("95 % interval"),
                self.tr("Votes"),
                self.tr("Won"),
                self.tr("Lost"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("leaderboardSummary")
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.csv_button.setObjectName("leaderboardCsv")
        close = QPushButton(self.tr("Close"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rank by"), self))
        top.addWidget(self.by)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.by.currentIndexChanged.connect(self.show_table)
        self.csv_button.clicked.connect(self.on_csv_clicked)
        close.clicked.connect(self.accept)
        self.resize(620, 380)

    def load(self) -> None:
        async def run() -> None:
            store = self.store
            self.votes = await in_thread(store.votes.all) if store is not None else []
            self.show_table()

        self._tasks.spawn(run())

    def ranked_by(self) -> By:
        key = str(self.by.currentData())
        return next((b for b in BY if b == key), "voice")

    @Slot()
    def show_table(self) -> None:
        self.table_rows = standings(self.votes, self.ranked_by())
        self.table.setRowCount(len(self.table_rows))
        for n, s in enumerate(self.table_rows):
            name = vibe_label(s.name)
            cells = (str(n + 1), name, f"{s.rating:.0f}", f"{s.low:.0f} – {s.high:.0f}",
                     str(s.votes), str(s.wins), str(s.losses))  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("%n vote(s) kept.", "", len(self.votes)))
        self.csv_button.setEnabled(bool(self.table_rows))

    @Slot()
    def on_csv_clicked(self) -> None:
        path = ExportDialog.ask(
            self, Path.home() / "parley-leaderboard.csv", self.tr("Save as CSV")
        )
        if path is None:
            return
        text = to_csv(self.table_rows)

        async def save() -> None:
            from app.audio.export import ExportError, write_atomic

            try:
                await in_thread(lambda: write_atomic(path, text.encode("utf-8"), overwrite=True))
            except ExportError as exc:
                from app.runtime.error_text import error_text

                self.summary.setText(error_text(exc))
            else:
                self.summary.setText(self.tr("Saved %1.").replace("%1", str(path)))

        self._tasks.spawn(save())
