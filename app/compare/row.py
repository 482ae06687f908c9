"""One row of the compare panel: a voice x model's clip as it arrives, with its waveform, its
transcript (differences from the text asked highlighted) and the row's own buttons."""

from __future__ import annotations

import html

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.chat.time_text import format_duration
from app.core.audition import DiffPiece, Row, Status, differs
from app.runtime.error_text import error_text
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.widgets.media_icons import show_play_state
from app.widgets.vibe_picker import vibe_label
from app.widgets.waveform import WaveformView

#: How a status reads on a row.
STATUS_TEXT = {
    Status.QUEUED: QT_TRANSLATE_NOOP("AuditionRow", "waiting"),
    Status.REQUESTING: QT_TRANSLATE_NOOP("AuditionRow", "requesting…"),
    Status.DONE: QT_TRANSLATE_NOOP("AuditionRow", "new"),
    Status.CACHED: QT_TRANSLATE_NOOP("AuditionRow", "cached"),
    Status.FAILED: QT_TRANSLATE_NOOP("AuditionRow", "failed"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("AuditionRow", "stopped"),
}
ADDED_STYLE = "color:#c46a00; text-decoration:underline;"
MISSING_STYLE = "color:#c0392b; text-decoration:line-through;"


def diff_html(pieces: list[DiffPiece]) -> str:
    """The transcript as rich text: added words underlined in orange, missing ones struck out."""
    out = []
    added = QCoreApplication.translate("AuditionRow", "not in the text")
    missing = QCoreApplication.translate("AuditionRow", "not said")
    for piece in pieces:
        text = html.escape(piece.text)
        if piece.kind == "added":
            out.append(f'<span style="{ADDED_STYLE}" title="{added}">{text}</span>')
        elif piece.kind == "missing":
            out.append(f'<span style="{MISSING_STYLE}" title="{missing}">{text}</span>')
        else:
            out.append(text)
    return " ".join(out)


class AuditionRow(QFrame):
    """A row. Holds text and peaks, never the audio itself.

    Signals:
        play_clicked(): play or pause this row's clip.
        seek_requested(float): play from this fraction of the clip.
        use_voice_clicked(): make this row's voice the chat's voice.
        retry_clicked(): ask for the clip again (a failed or stopped row).
        fresh_clicked(): ask for a new take instead of the cached clip.
    """

    play_clicked = Signal()
    seek_requested = Signal(float)
    use_voice_clicked = Signal()
    retry_clicked = Signal()
    fresh_clicked = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setObjectName("auditionRow")
        self.setProperty("card", "reply")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._duration = 0.0
        self._has_peaks = False
        self._playing = False
        self.status_value = Status.QUEUED
        self.transcript_plain = ""

        self.number_label = QLabel(str(number) if number <= 9 else "", self)
        self.number_label.setObjectName("rowNumber")
        self.number_label.setToolTip(
            self.tr("Press {key} to play").format(key=number) if number <= 9 else ""
        )
        self.selected = QCheckBox(self)
        self.selected.setObjectName("rowSelected")
        self.selected.setAccessibleName(
            self.tr("Select row {number} for export").format(number=number)
        )
        self.name_label = QLabel(self)
        self.name_label.setObjectName("rowName")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("rowStatus")
        self.waveform = WaveformView(self)
        self.waveform.setMinimumHeight(32)
        self.duration_label = QLabel("", self)
        self.duration_label.setObjectName("rowDuration")
        self.transcript = QLabel(self)
        self.transcript.setObjectName("rowTranscript")
        self.transcript.setWordWrap(True)
        self.transcript.setTextFormat(Qt.TextFormat.RichText)
        self.transcript.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("rowError")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.play_button = self._button(
            "", "playButton", self.tr("Play row {number}").format(number=number)
        )
        show_play_state(self.play_button, False)
        self.use_button = self._button(
            self.tr("☆ Use this voice"), "useVoiceButton", self.tr("Use this voice")
        )
        self.use_button.setToolTip(self.tr("Make this voice the chat's voice"))
        self.retry_button = self._button(
            self.tr("Retry"), "retryButton", self.tr("Retry row {number}").format(number=number)
        )
        self.fresh_button = self._button(
            self.tr("Fresh take"), "freshButton", self.tr("Ask for a fresh take")
        )
        self.fresh_button.setToolTip(
            self.tr("Ask the server again instead of using the saved clip")
        )

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.number_label, 0, 0)
        grid.addWidget(self.selected, 1, 0)
        grid.addWidget(self.play_button, 0, 1, 2, 1)
        grid.addWidget(self.name_label, 0, 2)
        grid.addWidget(self.status_label, 0, 3)
        grid.addWidget(self.duration_label, 0, 5)
        grid.addWidget(self.use_button, 0, 6)
        grid.addWidget(self.fresh_button, 0, 7)
        grid.addWidget(self.retry_button, 0, 8)
        grid.addWidget(self.waveform, 1, 2, 1, 7)
        grid.addWidget(self.transcript, 2, 2, 1, 7)
        grid.addWidget(self.error_label, 3, 2, 1, 7)
        grid.setColumnStretch(2, 1)

        self.play_button.clicked.connect(self.play_clicked)
        self.use_button.clicked.connect(self.use_voice_clicked)
        self.retry_button.clicked.connect(self.retry_clicked)
        self.fresh_button.clicked.connect(self.fresh_clicked)
        self.waveform.seek_requested.connect(self.seek_requested)

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # What the row shows --------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to an empty row (the panel reuses rows from one audition to the next)."""
        self.selected.setChecked(False)
        self.set_favourite(False)
        self.set_playing(False)
        self.waveform.set_progress(0.0)

    def show_row(self, row: Row) -> None:
        """Show ``row`` as it is now (only what changed is redrawn)."""
        self.status_value = row.status
        self.setAccessibleName(
            self.tr("Row {number}: {name}").format(number=self.number, name=row.name)
        )
        vibe = f" · <i>{html.escape(vibe_label(row.vibe))}</i>" if row.vibe else ""
        name = f"<b>{html.escape(row.voice)}</b> · {html.escape(row.model)}{vibe}"
        _set_text(self.name_label, name)
        self.show_status(row)
        self._duration = row.duration if row.ok else 0.0
        _set_text(self.duration_label, format_duration(row.duration) if row.ok else "")
        self.transcript_plain = row.transcript
        shown = diff_html(row.diff) if row.ok and row.diff else html.escape(row.transcript)
        _set_text(self.transcript, shown)
        failed = row.status == Status.FAILED
        error = error_text(row.failure) if row.failure is not None else row.error
        _set_text(self.error_label, error if failed else "")
        _show(self.error_label, failed)
        self.play_button.setEnabled(row.ok)
        self.use_button.setEnabled(not failed)
        _show(self.retry_button, row.status in (Status.FAILED, Status.CANCELLED))
        _show(self.fresh_button, row.ok)
        self.fresh_button.setText(
            self.tr("Fresh take") if row.status == Status.CACHED else self.tr("New take")
        )
        self.selected.setEnabled(row.ok)
        if not row.ok and self._has_peaks:
            self._has_peaks = False
            self.waveform.set_peaks(np.zeros(0, np.float32), np.zeros(0, np.float32))

    def show_status(self, row: Row) -> None:
        """The status word, with the seconds waited (or received) while a request runs."""
        status = self.tr(STATUS_TEXT[row.status])
        if row.status == Status.REQUESTING:
            if row.received > 0:
                status = self.tr("receiving… {seconds} s").format(seconds=f"{row.received:.1f}")
            else:
                status = self.tr("requesting… {seconds} s").format(seconds=f"{row.elapsed:.1f}")
        elif row.ok and differs(row.diff):
            status += " · " + self.tr("words differ")
        _set_text(self.status_label, status)

    def set_favourite(self, chosen: bool) -> None:
        """Star the row whose voice the chat now uses."""
        self.use_button.setText(self.tr("★ Chat voice") if chosen else self.tr("☆ Use this voice"))
        self.use_button.setProperty("favourite", chosen)

    def set_peaks(self, peaks: npt.NDArray[np.float32]) -> None:
        self._has_peaks = True
        self.waveform.set_peaks(peaks[:, 0].copy(), peaks[:, 1].copy(), complete=True)

    def set_position(self, seconds: float) -> None:
        if self._duration > 0:
            self.waveform.set_progress(seconds / self._duration)

    def set_playing(self, playing: bool) -> None:
        if playing == self._playing:
            return
        self._playing = playing
        show_play_state(self.play_button, playing)
        name = self.tr("Pause row {number}") if playing else self.tr("Play row {number}")
        self.play_button.setAccessibleName(name.format(number=self.number))
        self.setProperty("playing", playing)
        self.style().unpolish(self)
        self.style().polish(self)


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _show(widget: QWidget, visible: bool) -> None:
    if widget.isHidden() == visible:
        widget.setVisible(visible)
