"""One assistant reply: transcript, waveform, playback, badges, usage, export, re-voice, errors."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.time_text import format_duration
from app.chat.transcript_view import TranscriptView
from app.core import catalog
from app.core.conversation import Usage
from app.core.costs import Estimate
from app.runtime.cost_text import estimate_lines, estimate_text, price_source
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.widgets.media_icons import show_play_state
from app.widgets.speed_button import SpeedButton
from app.widgets.waveform import WaveformView

#: Export menu entries: (label, format key). "original" keeps the server's bytes (a streamed
#: reply's raw pcm16 as a WAV file of the same samples); "text" is the transcript.
EXPORT_CHOICES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ReplyCard", "Audio as received"), "original"),
    (QT_TRANSLATE_NOOP("ReplyCard", "Audio as WAV"), "wav"),
    (QT_TRANSLATE_NOOP("ReplyCard", "Audio as MP3"), "mp3"),
    (QT_TRANSLATE_NOOP("ReplyCard", "Audio as FLAC"), "flac"),
    (QT_TRANSLATE_NOOP("ReplyCard", "Audio as Opus"), "opus"),
    (QT_TRANSLATE_NOOP("ReplyCard", "Raw pcm16 (24 kHz mono, no header)"), "pcm16"),
    (QT_TRANSLATE_NOOP("ReplyCard", "Transcript as text"), "text"),
)


if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


def _badge(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("badge", True)
    return label


class ReplyCard(QFrame):
    """A reply as the user sees it. Holds text, metadata and peaks, never the audio itself.

    Signals:
        play_clicked(): play or pause this reply.
        seek_requested(float): seek to this fraction of the reply.
        export_requested(str): export as one of EXPORT_CHOICES' keys.
        revoice_requested(str): say the same turn again in this voice.
        retry_requested(): try the failed request again.
        variant_selected(int): show and use take n (0 = the first).
    """

    play_clicked = Signal()
    seek_requested = Signal(float)
    export_requested = Signal(str)
    revoice_requested = Signal(str)
    retry_requested = Signal()
    variant_selected = Signal(int)
    speed_requested = Signal(float)

    def __init__(self, key: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("replyCard")
        self.setAccessibleName(self.tr("Reply"))
        self.setProperty("card", "reply")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._duration = 0.0

        self.voice_badge = _badge(self, "voiceBadge")
        self.model_badge = _badge(self, "modelBadge")
        self.format_badge = _badge(self, "formatBadge")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("stateLabel")
        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("usageLabel")
        self.usage_label.setAccessibleName(self.tr("Token usage"))
        self.cost_label = QLabel(self)
        self.cost_label.setObjectName("costLabel")
        self.cost_label.setAccessibleName(self.tr("Estimated cost"))
        self.note_label = QLabel(self)
        self.note_label.setObjectName("noteLabel")
        self.note_label.setAccessibleName(self.tr("Note"))
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)
        self.transcript = TranscriptView(self)
        self.transcript.setObjectName("transcriptLabel")
        self.transcript.setAccessibleName(self.tr("Transcript"))
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setAccessibleName(self.tr("Play reply"))
        show_play_state(self.play_button, False)
        self.play_button.setIconSize(QSize(20, 20))
        self.play_button.setToolTip(self.tr("Play / pause (Space)"))
        self.play_button.setEnabled(False)
        self.waveform = WaveformView(self)
        self.time_label = QLabel("0:00", self)
        self.time_label.setObjectName("durationLabel")
        self.time_label.setAccessibleName(self.tr("Duration"))
        # A fixed width: a label that grows with "1:05 / 4:59" would resize the waveform
        # beside it many times a second while playing.
        self.time_label.setFixedWidth(
            self.time_label.fontMetrics().horizontalAdvance("00:00 / 00:00") + 6
        )
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.variants = QComboBox(self)
        self.variants.setObjectName("variantPicker")
        self.variants.setAccessibleName(self.tr("Takes of this reply"))
        self.variants.setVisible(False)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Export reply"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        for label, choice in EXPORT_CHOICES:
            action = self.export_menu.addAction(self.tr(label))
            action.setData(choice)
        self.export_menu.triggered.connect(lambda a: self.export_requested.emit(str(a.data())))
        self.export_button.setMenu(self.export_menu)
        self.copy_button = QPushButton(self.tr("Copy text"), self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAccessibleName(self.tr("Copy transcript"))
        self.revoice_button = QToolButton(self)
        self.revoice_button.setObjectName("revoiceButton")
        self.revoice_button.setAccessibleName(self.tr("Say it again in another voice"))
        self.revoice_button.setText(self.tr("Say it again in…"))
        self.revoice_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.revoice_menu = QMenu(self.revoice_button)
        for voice in catalog.VOICES:
            self.revoice_menu.addAction(voice).setData(voice)
        self.revoice_menu.triggered.connect(lambda a: self.revoice_requested.emit(str(a.data())))
        self.revoice_button.setMenu(self.revoice_menu)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Retry"))
        self.retry_button.setVisible(False)

        header = QHBoxLayout()
        for widget in (self.voice_badge, self.model_badge, self.format_badge, self.state_label):
            header.addWidget(widget)
        header.addStretch(1)
        # Tokens and cost on a line of their own that wraps: a card never grows wider for them.
        figures = QHBoxLayout()
        figures.addStretch(1)
        for figure in (self.usage_label, self.cost_label):
            figure.setWordWrap(True)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figures.addWidget(figure)
        player = QHBoxLayout()
        player.addWidget(self.play_button)
        player.addWidget(self.waveform, 1)
        player.addWidget(self.time_label)
        self.speed_button = SpeedButton(self)
        player.addWidget(self.speed_button)
        actions = QHBoxLayout()
        actions.addWidget(self.variants)
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.revoice_button)
        actions.addWidget(self.export_button)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(figures)
        layout.addWidget(self.note_label)
        layout.addWidget(self.transcript)
        layout.addLayout(player)
        layout.addLayout(error_row)
        layout.addLayout(actions)

        self.play_button.clicked.connect(self.play_clicked)
        self.waveform.seek_requested.connect(self.seek_requested)
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.retry_button.clicked.connect(self.retry_requested)
        self.variants.activated.connect(self.variant_selected)
        self.speed_button.speed_chosen.connect(self.speed_requested)
        self._set_has_audio(False)

    # What the card shows -------------------------------------------------------------------
    def set_meta(self, voice: str, model: str, fmt: str) -> None:
        self.voice_badge.setText(voice)
        self.voice_badge.setToolTip(self.tr("Voice"))
        self.model_badge.setText(model)
        self.model_badge.setToolTip(self.tr("Model"))
        self.format_badge.setText(fmt)
        self.format_badge.setToolTip(self.tr("Audio format of the reply"))
        self.setAccessibleName(self.tr("Reply in {voice}").format(voice=voice))

    def set_state(self, text: str) -> None:
        self.state_label.setText(text)

    def set_transcript(self, text: str) -> None:
        self.transcript.setText(text)

    def append_transcript(self, text: str) -> None:
        self.transcript.append_text(text)

    def transcript_text(self) -> str:
        return self.transcript.text()

    def set_note(self, text: str) -> None:
        """A note on how the reply was had ("this model sends whole replies …"); "" hides it."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def set_usage(self, usage: Usage | None, cost: Estimate | None = None) -> None:
        """The reply's tokens, and what they cost (always an estimate; the tooltip shows how)."""
        figure = estimate_text(cost) if cost is not None else ""
        self.cost_label.setText(figure)
        lines = estimate_lines(cost) if cost is not None else []
        if lines:
            lines.append(
                self.tr("An estimate. Prices: {source}, or your own (Settings → Prices).").format(
                    source=price_source()
                )
            )
        self.cost_label.setToolTip("\n".join(lines))
        if usage is None:
            self.usage_label.setText("")
            return
        self.usage_label.setText(
            self.tr("out: {audio} audio + {text} text tokens · in: {prompt}").format(
                audio=usage.completion_audio_tokens,
                text=usage.completion_text_tokens,
                prompt=usage.prompt_tokens,
            )
        )
        self.usage_label.setToolTip(
            self.tr(
                "Prompt: {prompt} tokens ({prompt_audio} audio, {prompt_text} text)\n"
                "Reply: {reply} tokens ({reply_audio} audio, {reply_text} text)"
            ).format(
                prompt=usage.prompt_tokens,
                prompt_audio=usage.prompt_audio_tokens,
                prompt_text=usage.prompt_text_tokens,
                reply=usage.completion_tokens,
                reply_audio=usage.completion_audio_tokens,
                reply_text=usage.completion_text_tokens,
            )
        )

    def set_audio(
        self,
        duration: float,
        mins: npt.NDArray[np.float32],
        maxs: npt.NDArray[np.float32],
        *,
        complete: bool,
    ) -> None:
        self._duration = duration
        self.time_label.setText(format_duration(duration))
        self.waveform.set_peaks(mins, maxs, complete=complete)
        self._set_has_audio(duration > 0)

    def clear_audio(self) -> None:
        """No audio (a reply with words only)."""
        self._duration = 0.0
        self.time_label.setText(format_duration(0.0))
        self.waveform.set_peaks(None, None)
        self._set_has_audio(False)

    def duration(self) -> float:
        return self._duration

    def set_playing(self, playing: bool) -> None:
        show_play_state(self.play_button, playing)
        self.play_button.setAccessibleName(
            self.tr("Pause reply") if playing else self.tr("Play reply")
        )

    def set_position(self, seconds: float) -> None:
        if self._duration > 0:
            self.waveform.set_progress(seconds / self._duration)
            self.time_label.setText(
                f"{format_duration(seconds)} / {format_duration(self._duration)}"
            )

    def set_error(self, message: str | None, *, retryable: bool = True) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        self.retry_button.setVisible(bool(message) and retryable)

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    def set_variants(self, labels: Sequence[str], current: int) -> None:
        self.variants.clear()
        self.variants.addItems(list(labels))
        self.variants.setCurrentIndex(current)
        self.variants.setVisible(len(labels) > 1)

    def set_busy(self, busy: bool) -> None:
        """While a request for this card runs, re-voicing and retrying wait."""
        self.revoice_button.setEnabled(not busy)
        self.retry_button.setEnabled(not busy)

    # Events ---------------------------------------------------------------------------------
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.transcript_text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.play_button.isEnabled():
            self.play_clicked.emit()
            return
        super().keyPressEvent(event)

    def _set_has_audio(self, has: bool) -> None:
        self.play_button.setEnabled(has)
        self.export_button.setEnabled(has or bool(self.transcript_text()))
