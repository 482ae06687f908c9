"""The composer: a multi-line prompt, Send (Enter, or Ctrl+Enter), Cancel (Esc), and the
microphone (click to record and again to send, or hold Ctrl+Space to talk)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.chat.mic_button import MicButton, PushToTalk
from app.chat.recording import Recording
from app.chat.time_text import format_duration
from app.widgets.busy_bar import BusyBar


class PromptEdit(QPlainTextEdit):
    """A plain-text prompt: Enter sends and Shift+Enter makes a new line (with
    ``send_with_ctrl_enter``, Enter makes a new line); Ctrl+Enter always sends; Esc cancels.

    An input method's Enter (one that commits a composition, as pinyin's does) never sends:
    while a composition is open, Enter and Esc are left to the input method.
    """

    submit = Signal()
    escape = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.send_with_ctrl_enter = False
        self._composing = False

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._composing = False  # the input method ends its composition with the focus
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape) and self._composing:
            return  # the input method's own key (it commits or cancels its composition)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ctrl = mods == Qt.KeyboardModifier.ControlModifier
            plain = mods == Qt.KeyboardModifier.NoModifier
            if ctrl or (plain and not self.send_with_ctrl_enter):
                self.submit.emit()
                return
            if plain or mods == Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")  # a new paragraph, whatever the modifier
                self.ensureCursorVisible()
                return
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    """Where the user writes.

    Signals:
        send_requested(str): the user asked to send this prompt (the draft stays until
            ``clear_draft`` is called, so a failed request never loses it).
        cancel_requested(): Esc or Cancel: stop the request and the audio.
        recording_finished(str, bytes): the user finished a recording (WAV bytes) to send with
            the draft (which may be empty).
        recording_started(): the microphone is opening (playback should stop, or the
            microphone hears it).
    """

    send_requested = Signal(str)
    cancel_requested = Signal()
    recording_finished = Signal(str, bytes)
    recording_started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.prompt = PromptEdit(self)
        self.prompt.setObjectName("promptEdit")
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMaximumHeight(120)
        self.prompt.setMinimumHeight(56)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop the reply and its audio (Esc)"))
        self.cancel_button.setEnabled(False)
        self.busy = BusyBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setAccessibleName(self.tr("Busy"))
        self.busy.setMaximumHeight(4)
        # Its place is kept while hidden: showing it must not resize the conversation above,
        # which would lay out every card again on each request.
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(policy)
        self.busy.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("composerStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.mic = MicButton(self)
        self.mic.setVisible(False)
        self.recording: Recording | None = None
        self.push_to_talk = PushToTalk(self)
        self._pending: bytes | None = None

        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.prompt, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        under = QHBoxLayout()
        under.addWidget(self.mic)
        under.addWidget(self.status, 1)
        layout.addLayout(under)
        self._footer = QHBoxLayout()
        layout.addLayout(self._footer)

        self.prompt.submit.connect(self.on_send_clicked)
        self.prompt.escape.connect(self.on_escape)
        self.send_button.clicked.connect(self.on_send_clicked)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.set_send_with_ctrl_enter(False)

    def set_send_with_ctrl_enter(self, on: bool) -> None:
        """Which key sends (the setting "Send with Ctrl+Enter"); the placeholder says which."""
        self.prompt.send_with_ctrl_enter = on
        self.prompt.setPlaceholderText(
            self.tr("Ask something… (Ctrl+Enter sends, Enter makes a new line, Esc stops)")
            if on
            else self.tr("Ask something… (Enter sends, Shift+Enter makes a new line, Esc stops)")
        )
        self.send_button.setToolTip(
            self.tr("Send the prompt (Ctrl+Enter)") if on else self.tr("Send the prompt (Enter)")
        )

    def send_keys_hint(self) -> str:
        """How the prompt sends and makes new lines, as the placeholder says it."""
        if self.prompt.send_with_ctrl_enter:
            return self.tr("In the prompt: Ctrl+Enter sends, Enter makes a new line.")
        return self.tr(
            "In the prompt: Enter sends, Shift+Enter makes a new line, Ctrl+Enter also sends."
        )

    def draft(self) -> str:
        return self.prompt.toPlainText()

    def set_draft(self, text: str) -> None:
        self.prompt.setPlainText(text)

    def clear_draft(self) -> None:
        self.prompt.clear()

    def on_send_clicked(self) -> None:
        text = self.draft().strip()
        if self._pending is not None:
            wav, self._pending = self._pending, None
            self.recording_finished.emit(text, wav)
            return
        if not text:
            self.show_status(self.tr("Write something to send first."))
            return
        self.send_requested.emit(text)

    def add_footer(self, widget: QWidget, stretch: int = 0) -> None:
        """Show ``widget`` on the last line, under the prompt (the cost estimate, say)."""
        self._footer.addWidget(widget, stretch)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def on_escape(self) -> None:
        """Esc throws a recording under way away; otherwise it stops the reply."""
        if self.recording is not None and self.recording.is_active():
            self.recording.cancel()
            self.show_status(self.tr("Recording thrown away."))
            return
        self.cancel_requested.emit()

    # Microphone ---------------------------------------------------------------------------
    def attach_recording(self, recording: Recording) -> None:
        """Show the microphone button and let Ctrl+Space record through ``recording``."""
        self.recording = recording
        self.mic.setVisible(True)
        self.mic.clicked.connect(self.on_mic_clicked)
        self.push_to_talk.pressed.connect(self.on_talk_pressed)
        self.push_to_talk.released.connect(self.on_talk_released)
        recording.active_changed.connect(self.on_recording_state)
        recording.level_changed.connect(self.on_recording_level)
        recording.finished.connect(self.on_recording_finished)
        recording.failed.connect(self.show_status)
        self.push_to_talk.watch(self.window().windowHandle())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.recording is not None:
            self.push_to_talk.watch(self.window().windowHandle())

    def on_mic_clicked(self) -> None:
        recording = self.recording
        if recording is None:
            return
        if recording.is_active():
            recording.stop()
        else:
            self.show_status("")
            recording.start()

    def on_recording_state(self, state: str) -> None:
        self.mic.set_state(state)
        if state == "opening":
            self.recording_started.emit()

    def on_talk_pressed(self) -> None:
        if self.recording is not None and not self.recording.is_active() and self.isVisible():
            self.show_status("")
            self.recording.start()

    def on_talk_released(self) -> None:
        if self.recording is not None:
            self.recording.stop()

    def on_recording_level(self, seconds: float, rms: float, peak: float) -> None:
        limit = self.recording.max_seconds if self.recording is not None else 0.0
        self.mic.set_progress(seconds, limit, rms, peak)

    def on_recording_finished(self, wav: bytes, seconds: float, limited: bool) -> None:
        self._pending = None
        self.recording_finished.emit(self.draft().strip(), wav)
        if limited:
            limit = format_duration(self.recording.max_seconds if self.recording else seconds)
            if self._pending:
                text = self.tr(
                    "The recording reached the {limit} limit and stopped; it is kept until you "
                    "press Send."
                )
            else:
                text = self.tr("The recording reached the {limit} limit and stopped; it was sent.")
            self.show_status(text.format(limit=limit))

    def keep_recording(self, wav: bytes) -> None:
        """A recording that could not be sent yet: Send sends it (with the draft) later."""
        self._pending = wav
        self.show_status(
            self.tr(
                "A reply is still on its way: your recording is kept; press Send when it is done."
            )
        )

    def has_pending_recording(self) -> bool:
        return self._pending is not None
