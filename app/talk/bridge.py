"""The Qt edge of talk mode: runs one ``TalkLoop`` at a time as a task on the qasync loop and
reports it through signals; polls the microphone level for the meter. Widgets call ``start``,
``stop``, ``set_muted``, ``set_headphones``, ``set_end_silence``, ``resume`` and ``retry``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.talk.events import (
    ReplyAudio,
    ReplyEnded,
    ReplyText,
    SendFailed,
    StateChanged,
    TalkEvent,
    TalkNotice,
    TalkOptions,
    TalkRecord,
    TalkState,
    UserHeard,
    UserSaid,
)
from app.runtime.error_text import error_text
from app.runtime.tasks import TaskSet

if TYPE_CHECKING:
    from app.audio.player import Player
    from app.core.client import ChatClient
    from app.core.conversation import Turn
    from app.core.talk.engine import TalkEngine

log = logging.getLogger(__name__)
LEVEL_MS = 50


class TalkBridge(QObject):
    """Talk sessions for the window.

    Signals:
        active_changed(bool): a session started or ended.
        state_changed(str, str): the state's name (``TalkState`` value) and, when paused, why.
        level_changed(float): the microphone's RMS level (0..1), twenty times a second.
        user_said(object, float): an utterance as a user ``Turn`` (its WAV) and its seconds.
        user_heard(object, str): the words of that ``Turn``, as the server transcribed them.
        reply_text(str), reply_audio(bytes): more of the reply (words; pcm16 24 kHz).
        reply_ended(object, bool, str): the reply's ``Turn`` (or None), whether it was
            interrupted (its text is then the part heard), and why it broke off ("" if it did not).
        send_failed(object, str): the user ``Turn`` that could not be sent, and why.
        turn_saved(object): a ``Turn`` is in the history (its ``id`` set).
        notice(str): something to tell the user in passing.
    """

    active_changed = Signal(bool)
    state_changed = Signal(str, str)
    level_changed = Signal(float)
    user_said = Signal(object, float)
    user_heard = Signal(object, str)
    reply_text = Signal(str)
    reply_audio = Signal(bytes)
    reply_ended = Signal(object, bool, str)
    send_failed = Signal(object, str)
    turn_saved = Signal(object)
    notice = Signal(str)

    def __init__(
        self,
        make_player: Callable[[], Player],
        input_device: Callable[[], str | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_player = make_player
        self._input_device = input_device
        self._loop: TalkEngine | None = None
        self._tasks = TaskSet()
        self._level = QTimer(self)
        self._level.setInterval(LEVEL_MS)
        self._level.timeout.connect(self._on_level_tick)

    @property
    def loop(self) -> TalkEngine | None:
        """The session under way, or None."""
        return self._loop

    def is_active(self) -> bool:
        return self._loop is not None

    def start(
        self,
        client: ChatClient,
        options: TalkOptions,
        turns: list[Turn],
        record: TalkRecord,
        *,
        engine: str = "chat",
    ) -> None:
        """Begin a session on ``turns`` (the conversation, grown in place) with the engine
        called ``engine`` ("chat" or "realtime", see app.core.talk.engine)."""
        if self._loop is not None:
            return
        from dataclasses import replace

        from app.core.talk.engine import (
            make_engine,
        )  # the audio engine loads with the first session

        record.saved = self.turn_saved.emit
        options = replace(options, input_device=self._input_device())
        loop = make_engine(
            engine,
            client,
            options,
            self._on_event,
            turns=turns,
            record=record,
            player=self._make_player(),
        )
        self._loop = loop
        self.active_changed.emit(True)
        self._level.start()
        self._tasks.spawn(self._run(loop))

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.stop()

    def set_muted(self, muted: bool) -> None:
        if self._loop is not None:
            self._loop.set_muted(muted)

    def set_headphones(self, on: bool) -> None:
        if self._loop is not None:
            self._loop.set_headphones(on)

    def set_end_silence(self, seconds: float) -> None:
        if self._loop is not None:
            self._loop.set_end_silence(seconds)

    def resume(self) -> None:
        if self._loop is not None:
            self._loop.resume()

    def retry(self, turn: Turn) -> None:
        if self._loop is not None:
            self._loop.retry(turn)

    async def aclose(self) -> None:
        """End the session and wait for the microphone and speaker to close (at quit)."""
        self.stop()
        await self._tasks.aclose()

    async def _run(self, loop: TalkEngine) -> None:
        try:
            await loop.run()
        except Exception:  # never a traceback for the user: say it and end the session
            log.exception("talk mode failed")
            self.state_changed.emit(
                TalkState.ENDED.value, self.tr("Talk mode stopped after an error.")
            )
        finally:
            self._level.stop()
            self.level_changed.emit(0.0)
            if self._loop is loop:
                self._loop = None
            self.active_changed.emit(False)

    def _on_event(self, event: TalkEvent) -> None:
        if isinstance(event, StateChanged):
            self.state_changed.emit(event.state.value, _words(event.message, event.error))
        elif isinstance(event, UserSaid):
            self.user_said.emit(event.turn, event.seconds)
        elif isinstance(event, UserHeard):
            self.user_heard.emit(event.turn, event.text)
        elif isinstance(event, ReplyText):
            self.reply_text.emit(event.text)
        elif isinstance(event, ReplyAudio):
            self.reply_audio.emit(event.data)
        elif isinstance(event, ReplyEnded):
            self.reply_ended.emit(event.turn, event.interrupted, _words(event.message, event.error))
        elif isinstance(event, SendFailed):
            self.send_failed.emit(event.turn, _words(event.message, event.error))
        elif isinstance(event, TalkNotice):
            self.notice.emit(event.message)

    def _on_level_tick(self) -> None:
        loop = self._loop
        if loop is not None:
            self.level_changed.emit(loop.level)


def _words(message: str, error: Exception | None) -> str:
    """The window's sentence for what the talk loop reported: its typed error, translated."""
    return error_text(error) if error is not None else message
