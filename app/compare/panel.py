"""The compare panel: one text in many voices (and models), a row per clip as it arrives,
playback made for comparing, export, and the audition history.

Driven by an ``AuditionSession`` (requests, clip cache, export) and a ``Playback`` of its own
(through ``AuditionPlayer``), so loudness matching here leaves the chat's playback alone.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.audio.export import export_formats
from app.audio.stretch import SPEEDS
from app.chat.export_dialog import ExportDialog
from app.chat.playback import Playback
from app.compare.blind import BlindRound
from app.compare.form import AuditionForm, make_button
from app.compare.history_dialog import AuditionHistory
from app.compare.player import AuditionPlayer
from app.compare.row import AuditionRow
from app.compare.session import AuditionSession
from app.core.audition import Row, SpecProblem, Status
from app.core.audition_costs import run_costs
from app.core.audition_export import DEFAULT_PATTERN, pattern_problem
from app.core.clips import Clip
from app.runtime.cost_text import run_costs_text
from app.runtime.i18n import QT_TRANSLATE_NOOP

#: How often (ms) changed rows are redrawn while an audition runs.
REFRESH_MS = 100
_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


# What the form can lack when Run is pressed (app.core.audition.SpecProblem), in the window's words.
SPEC_PROBLEMS = (
    QT_TRANSLATE_NOOP("ComparePanel", "Write the text the voices should say."),
    QT_TRANSLATE_NOOP("ComparePanel", "Choose at least one voice."),
    QT_TRANSLATE_NOOP("ComparePanel", "Choose at least one model."),
    # and the export's name pattern (app.core.audition_export.pattern_problem)
    QT_TRANSLATE_NOOP("ComparePanel", "The file name pattern is empty."),
    QT_TRANSLATE_NOOP(
        "ComparePanel", "The file name pattern names a file, not a folder: leave out / and \\."
    ),
)


class ComparePanel(QWidget):
    """Voice auditioning.

    Signals:
        voice_chosen(str): "Use this voice" on a row (the window sets the chat's voice).
        status(str): a message for the status bar.
    """

    voice_chosen = Signal(str)
    status = Signal(str)

    def __init__(
        self, session: AuditionSession, playback: Playback, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self.setAccessibleName(self.tr("Compare voices"))
        self.session = session
        self.player = AuditionPlayer(playback, lambda: session.rows, self)
        self.rows: list[AuditionRow] = []  # the current audition's rows
        self._pool: list[AuditionRow] = []  # row widgets, reused from one audition to the next
        self._dirty: set[int] = set()
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self.on_refresh_tick)

        self.form = AuditionForm(self)
        self.run_button = make_button(
            self, self.tr("Run"), "runButton", self.tr("Ask for every voice x model")
        )
        self.cancel_button = make_button(self, self.tr("Cancel all"), "cancelAllButton")
        self.cancel_button.setEnabled(False)
        self.blind_switch = QCheckBox(self.tr("Blind"), self)
        self.blind_switch.setObjectName("blindSwitch")
        self.blind_switch.setToolTip(
            self.tr("Hear two voices as A and B, names hidden until you vote")
        )
        self.blind = BlindRound(session.store, parent=self)
        self.blind.hide()
        self.form.options.addWidget(self.blind_switch)
        self.form.options.addWidget(self.run_button)
        self.form.options.addWidget(self.cancel_button)

        self.play_all_button = make_button(self, self.tr("Play all in turn"), "playAllButton")
        self.ab_button = make_button(
            self,
            self.tr("A/B"),
            "abButton",
            self.tr("Switch between the last two rows played, at the same moment"),
        )
        self.stop_button = make_button(self, self.tr("Stop"), "stopButton")
        self.loop = QCheckBox(self.tr("Loop"), self)
        self.loop.setObjectName("loopToggle")
        self.loudness = QCheckBox(self.tr("Match loudness"), self)
        self.loudness.setObjectName("loudnessToggle")
        self.loudness.setToolTip(
            self.tr("Play every clip at the same loudness, to compare voices fairly")
        )
        self.loudness.setChecked(True)

        self.rows_box = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("auditionRows")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_box)
        self.history = AuditionHistory(self)
        self.history.setVisible(False)
        self.pattern = QLineEdit(DEFAULT_PATTERN, self)
        self.pattern.setObjectName("namePattern")
        self.pattern.setAccessibleName(self.tr("File name pattern"))
        self.pattern.setToolTip(self.tr("File names from {voice} {model} {ext} {n} {format}"))
        self.export_format = QComboBox(self)
        self.export_format.setObjectName("exportFormat")
        self.export_format.setAccessibleName(self.tr("Export format"))
        for key in export_formats():
            self.export_format.addItem(self.tr("original") if key == "original" else key, key)
        self.export_all_button = make_button(self, self.tr("Export all…"), "exportAllButton")
        self.export_selected_button = make_button(
            self,
            self.tr("Export selected…"),
            "exportSelectedButton",
            self.tr("Export the ticked rows"),
        )
        self.history_button = make_button(
            self, self.tr("History"), "historyButton", self.tr("Earlier clips")
        )
        self.history_button.setCheckable(True)
        self.message = QLabel(self)
        self.message.setObjectName("compareStatus")
        self.message.setWordWrap(True)

        player_bar = QHBoxLayout()
        player_bar.addWidget(self.play_all_button)
        player_bar.addWidget(self.ab_button)
        player_bar.addWidget(self.stop_button)
        player_bar.addWidget(self.loop)
        player_bar.addWidget(self.loudness)
        self.speed = QComboBox(self)
        self.speed.setObjectName("compareSpeed")
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(
            lambda _i: playback.set_speed(float(self.speed.currentData()))
        )
        player_bar.addWidget(self.speed)
        player_bar.addStretch(1)
        player_bar.addWidget(QLabel(self.tr("Keys 1-9 play a row"), self))
        export_bar = QHBoxLayout()
        export_bar.addWidget(QLabel(self.tr("Names"), self))
        export_bar.addWidget(self.pattern, 1)
        export_bar.addWidget(self.export_format)
        export_bar.addWidget(self.export_all_button)
        export_bar.addWidget(self.export_selected_button)
        export_bar.addWidget(self.history_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.blind)
        splitter.addWidget(self.history)
        self._scroll = scroll
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(player_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(export_bar)
        layout.addWidget(self.message)

        self.run_button.clicked.connect(lambda: self.run(fresh=False))
        self.cancel_button.clicked.connect(session.cancel_all)
        self.play_all_button.clicked.connect(self.player.play_all)
        self.ab_button.clicked.connect(self.player.switch_ab)
        self.stop_button.clicked.connect(self.player.stop)
        self.loop.toggled.connect(self.on_loop_toggled)
        self.loudness.toggled.connect(self.player.set_loudness_matching)
        self.export_all_button.clicked.connect(lambda: self.export(selected=False))
        self.export_selected_button.clicked.connect(lambda: self.export(selected=True))
        self.history_button.toggled.connect(self.on_history_toggled)
        self.history.clip_activated.connect(self.play_clip)
        session.run_started.connect(self.on_run_started)
        session.row_changed.connect(self.on_row_changed)
        session.row_peaks.connect(self.on_row_peaks)
        session.busy_changed.connect(self.on_busy_changed)
        session.history_loaded.connect(self.history.set_clips)
        session.exported.connect(self.say)
        session.problem.connect(self.say)
        self.player.row_position.connect(self.on_row_position)
        self.player.row_playing.connect(self.on_row_playing)
        self.player.message.connect(self.say)
        self.player.set_loudness_matching(True)
        self.blind_switch.toggled.connect(self.on_blind_toggled)
        self.blind.play_requested.connect(self.player.start_row)
        self.blind.leaderboard_requested.connect(self.show_leaderboard)
        self.blind.round_started.connect(self.player.stop)

    # Running -------------------------------------------------------------------------------------
    def run(self, *, fresh: bool = False) -> None:
        """Audition what the form says (a new take of every clip with ``fresh``)."""
        try:
            spec = self.form.spec()
        except SpecProblem as exc:
            self.say(self.tr(str(exc)))  # the form's own problems are in SPEC_PROBLEMS
            return
        self.session.run(spec, fresh=fresh)

    def on_run_started(self, rows: list[Row]) -> None:
        self.player.reset(len(rows))
        while len(self._pool) < len(rows):
            self._pool.append(self._new_row(len(self._pool)))
        self.rows = self._pool[: len(rows)]
        for n, widget in enumerate(self._pool):
            if n < len(rows):
                widget.reset()
                widget.show_row(rows[n])
            if widget.isHidden() == (n < len(rows)):
                widget.setVisible(n < len(rows))
        self._dirty.clear()
        self._refresh.start()
        self.say(self.tr("Asking for %n clip(s)…", "", len(rows)))

    def _new_row(self, i: int) -> AuditionRow:
        widget = AuditionRow(i + 1, self.rows_box)
        widget.play_clicked.connect(lambda: self.player.play_row(i))
        widget.seek_requested.connect(lambda f: self.player.seek_row(i, f))
        widget.use_voice_clicked.connect(lambda: self.use_voice(i))
        widget.retry_clicked.connect(lambda: self.session.retry(i))
        widget.fresh_clicked.connect(lambda: self.session.retry(i, fresh=True))
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, widget)
        return widget

    def on_row_changed(self, index: int) -> None:
        """Rows are redrawn together a few times a second, however many changes arrive."""
        self._dirty.add(index)
        if not self._refresh.isActive():
            self._refresh.start()

    def on_refresh_tick(self) -> None:
        rows = self.session.rows
        for index in sorted(self._dirty):
            if index < len(self.rows) and index < len(rows):
                self.rows[index].show_row(rows[index])
        self._dirty.clear()
        waiting = False
        for widget, row in zip(self.rows, rows, strict=False):
            if row.status == Status.REQUESTING:
                widget.show_status(row)  # the seconds waited so far
                waiting = True
        if not waiting and not self.session.is_busy():
            self._refresh.stop()

    def on_row_peaks(self, index: int, peaks: npt.NDArray[np.float32]) -> None:
        if index < len(self.rows) and len(peaks):
            self.rows[index].set_peaks(peaks)

    def on_busy_changed(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        if busy:
            return
        if self.blind_switch.isChecked():
            self.blind.start(self.session.rows, self._spec_text())
        self.on_refresh_tick()
        rows = self.session.rows
        ready = sum(r.ok for r in rows)
        cached = sum(r.status == Status.CACHED for r in rows)
        text = self.tr("{ready} of %n clip(s) ready ({cached} from the cache)", "", len(rows))
        text = text.format(ready=ready, cached=cached)
        missing = len(rows) - ready
        text += "; " + self.tr("%n failed or stopped", "", missing) if missing else ""
        spec = self.session.spec
        if spec is not None and (
            costs := run_costs_text(*run_costs(rows, spec, self.session.prices))
        ):
            text += f"; {costs}"
        self.say(text + ".")

    def use_voice(self, index: int) -> None:
        rows = self.session.rows
        if 0 <= index < len(rows):
            voice = rows[index].voice
            self.voice_chosen.emit(voice)
            for n, widget in enumerate(self.rows):
                widget.set_favourite(n < len(rows) and rows[n].voice == voice)
            self.say(self.tr("The chat now speaks with {voice}.").format(voice=voice))

    # Playback ------------------------------------------------------------------------------------
    def play_clip(self, clip: Clip) -> None:
        """Play a clip from the history."""
        self.player.play_clip(clip)
        self.say(
            self.tr("Playing {voice} · {model}: “{transcript}”").format(
                voice=clip.voice, model=clip.model, transcript=clip.transcript
            )
        )

    def on_loop_toggled(self, on: bool) -> None:
        self.player.loop = on

    def on_row_position(self, index: int, seconds: float) -> None:
        if index < len(self.rows):
            self.rows[index].set_position(seconds)

    def on_row_playing(self, index: int, playing: bool) -> None:
        if index < len(self.rows):
            self.rows[index].set_playing(playing)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1-9 play row n (when the focus is not in a text field, which takes digits)."""
        n = _NUMBER_KEYS.get(Qt.Key(event.key()))
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if n is not None and plain:
            self.player.play_row(n - 1)
            return
        super().keyPressEvent(event)

    # Export and history --------------------------------------------------------------------------
    def export(self, *, selected: bool) -> None:
        """Ask for a folder, then save all (or the ticked) rows' clips there."""
        pattern = self.pattern.text().strip()
        problem = pattern_problem(pattern)
        if problem:
            self.say(self.tr(problem))  # translated when one of SPEC_PROBLEMS
            return
        indexes = [
            r.index
            for r, w in zip(self.session.rows, self.rows, strict=False)
            if r.ok and (not selected or w.selected.isChecked())
        ]
        if not indexes:
            self.say(
                self.tr("Tick the rows to export first.")
                if selected
                else self.tr("There is no clip yet.")
            )
            return
        folder = ExportDialog.ask_folder(self, Path.home(), self.tr("Export the clips to a folder"))
        if folder is None:
            return
        fmt = str(self.export_format.currentData())
        self.session.export(indexes, folder, fmt=fmt, pattern=pattern)

    def on_history_toggled(self, shown: bool) -> None:
        self.history.setVisible(shown)
        if shown:
            self.session.load_history()

    # Blind rounds --------------------------------------------------------------------------------
    def on_blind_toggled(self, on: bool) -> None:
        """Blind: the rows (which name their voices) make way for the A/B round."""
        self._scroll.setVisible(not on)
        self.blind.setVisible(on)
        if on:
            self.history_button.setChecked(False)
        for widget in (self.play_all_button, self.ab_button, self.history_button,
                       self.export_all_button, self.export_selected_button):  # fmt: skip
            widget.setEnabled(not on)
        if on and self.session.rows and not self.session.is_busy():
            self.blind.start(self.session.rows, self._spec_text())

    def _spec_text(self) -> str:
        spec = self.session.spec
        return spec.text if spec is not None else ""

    def show_leaderboard(self) -> None:
        from app.compare.leaderboard import LeaderboardDialog

        dialog = LeaderboardDialog(self.session.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load()
        dialog.open()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.status.emit(text)
