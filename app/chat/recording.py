"""The microphone for the window: the Qt-free ``Recorder`` opened and closed in worker threads,
its level polled for the meter, and the length limit, a failing device or an unusable recording
reported as signals. Widgets call ``start``, ``stop`` and ``cancel`` and listen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QTimer, Signal

from app.audio.devices import AudioDeviceError
from app.runtime.error_text import error_text
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.runtime.tasks import TaskSet, in_thread

if TYPE_CHECKING:
    from app.audio.recorder import Recorder

log = logging.getLogger(__name__)

State = Literal["idle", "opening", "recording", "closing"]

#: Shorter recordings are not sent (a tap of the button or of Ctrl+Space).
MIN_SECONDS = 0.3
POLL_MS = 50
TOO_SHORT = QT_TRANSLATE_NOOP(
    "Recording",
    "That recording was too short to send: keep recording (or hold Ctrl+Space) while you speak.",
)
SILENT = QT_TRANSLATE_NOOP(
    "Recording",
    "The microphone gave only silence: check that it is not muted and that Parley is allowed to"
    " use it.",
)
STOPPED = QT_TRANSLATE_NOOP(
    "Recording", "The microphone stopped delivering sound; the recording was not sent."
)


class Recording(QObject):
    """One microphone recording at a time.

    Signals:
        active_changed(str): "opening", "recording", "closing" or "idle".
        level_changed(float, float, float): seconds recorded, RMS and peak (linear 0..1),
            about twenty times a second while recording.
        finished(bytes, float, bool): the recording as 24 kHz mono 16-bit WAV, its seconds, and
            whether the length limit stopped it.
        failed(str): no microphone, a device that failed, or a recording not worth sending; the
            message is for the user.
    """

    active_changed = Signal(str)
    level_changed = Signal(float, float, float)
    finished = Signal(bytes, float, bool)
    failed = Signal(str)

    def __init__(self, make_recorder: Callable[[], Recorder], parent: QObject | None = None):
        super().__init__(parent)
        self._make = make_recorder
        self._recorder: Recorder | None = None
        self._state: State = "idle"
        self._after_open: Literal["stop", "cancel"] | None = None
        #: The length limit of the current (or last) recording, in seconds.
        self.max_seconds = 0.0
        self._tasks = TaskSet()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_tick)

    @property
    def state(self) -> State:
        return self._state

    def is_active(self) -> bool:
        """Opening, recording or closing: a new recording cannot start yet."""
        return self._state != "idle"

    def is_recording(self) -> bool:
        return self._state == "recording"

    # Commands ----------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the microphone (from the settings) and start recording."""
        if self._state != "idle":
            return
        try:
            recorder = self._make()
        except AudioDeviceError as err:
            self.failed.emit(error_text(err))
            return
        self._recorder, self._after_open = recorder, None
        self.max_seconds = recorder.max_seconds
        self._set_state("opening")
        self._tasks.spawn(self._open(recorder))

    def stop(self) -> None:
        """Stop and deliver the recording (``finished``, or ``failed`` when unusable)."""
        if self._state == "opening":
            self._after_open = "stop"
        elif self._state == "recording":
            self._close(limited=False)

    def cancel(self) -> None:
        """Stop and throw the recording away."""
        if self._state == "opening":
            self._after_open = "cancel"
        elif self._state == "recording" and self._recorder is not None:
            self._timer.stop()
            self._set_state("closing")
            self._tasks.spawn(self._discard(self._recorder))

    async def aclose(self) -> None:
        """Throw away a recording under way and wait for the microphone to close (at quit)."""
        import asyncio  # loaded after the first paint (app.shell.gui)

        self.cancel()
        for _step in range(3):  # opening, then throwing away what was opened
            if not self._tasks:
                break
            await asyncio.wait(list(self._tasks), timeout=5.0)

    # Internals ---------------------------------------------------------------------------------
    async def _open(self, recorder: Recorder) -> None:
        problem = ""
        try:
            await in_thread(recorder.start)
        except AudioDeviceError as err:
            problem = error_text(err)
        except Exception:
            log.exception("the microphone could not be opened")
            problem = self.tr("Parley could not open the microphone.")
        finally:
            if problem:
                self._recorder = None
                self._set_state("idle")
        if problem:
            self.failed.emit(problem)
            return
        self._set_state("recording")
        self._timer.start()
        after, self._after_open = self._after_open, None
        if after == "stop":
            self.stop()
        elif after == "cancel":
            self.cancel()

    def _close(self, *, limited: bool) -> None:
        recorder = self._recorder
        if recorder is None:
            return
        self._timer.stop()
        self._set_state("closing")
        self._tasks.spawn(self._deliver(recorder, limited))

    async def _deliver(self, recorder: Recorder, limited: bool) -> None:
        import numpy as np  # the audio engine is loaded with the first recording

        from app.audio.codecs import Decoded, encode

        problem, wav, seconds = "", b"", 0.0
        try:
            clip: Decoded = await in_thread(recorder.stop_samples)
            seconds = clip.duration
            if seconds < MIN_SECONDS:
                problem = self.tr(TOO_SHORT)
            elif not np.any(clip.samples):
                problem = self.tr(SILENT)
            else:
                wav = await in_thread(lambda: encode(clip.samples, clip.rate, "wav"))
        except Exception:
            log.exception("the recording could not be finished")
            problem = self.tr("Parley could not finish the recording.")
        finally:
            self._recorder = None
            self._set_state("idle")
        if problem:
            self.failed.emit(problem)
        else:
            self.finished.emit(wav, seconds, limited)

    async def _discard(self, recorder: Recorder) -> None:
        try:
            await in_thread(recorder.cancel)
        finally:
            self._recorder = None
            self._set_state("idle")

    def _on_tick(self) -> None:
        recorder = self._recorder
        if recorder is None or self._state != "recording":
            self._timer.stop()
            return
        if recorder.recording:
            loud, peak = recorder.level
            self.level_changed.emit(recorder.elapsed, loud, peak)
        elif recorder.limit_reached:
            self.level_changed.emit(recorder.elapsed, 0.0, 0.0)
            self._close(limited=True)
        else:
            error = recorder.error
            self.cancel()
            self.failed.emit(error_text(error) if error is not None else self.tr(STOPPED))

    def _set_state(self, state: State) -> None:
        if state != self._state:
            self._state = state
            self.active_changed.emit(state)
