"""What both talk engines (``loop.TalkLoop``, ``realtime.RealtimeEngine``) do alike with their
microphone and their state: the commands of the TalkEngine contract that touch the listener
(mute, headphones, the pause that ends an utterance, the level, resume), opening the listener,
and reporting a state or a pause with the typed error behind it (the window words it in its own
language). No Qt here; everything runs on the event loop's thread."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from app.audio.devices import AudioDeviceError
from app.audio.listening import Listener, ListenEvent
from app.audio.vad import EndpointSettings
from app.core.talk.events import StateChanged, TalkEvent, TalkOptions, TalkState

log = logging.getLogger(__name__)


class ListenerControls:
    """The part both engines share; each sets these attributes in its ``__init__``."""

    options: TalkOptions
    on_event: Callable[[TalkEvent], None]
    state: TalkState
    muted: bool
    headphones: bool
    end_silence: float
    _make_listener: Callable[..., Listener]
    _listener: Listener | None
    _paused: bool
    _resumed: asyncio.Event

    #: Why the session paused, in words for the command line, and the typed error behind it.
    message: str = ""
    error: Exception | None = None

    # Commands --------------------------------------------------------------------------------
    @property
    def level(self) -> float:
        """The microphone's level (RMS, 0..1) now."""
        listener = self._listener
        return listener.level if listener is not None else 0.0

    def set_muted(self, muted: bool) -> None:
        """Stop (or start again) listening, without leaving talk mode."""
        self.muted = muted
        if self._listener is not None:
            self._listener.muted = muted
        if self.state in (TalkState.LISTENING, TalkState.MUTED, TalkState.HEARING):
            self.set_state(TalkState.LISTENING)

    def set_headphones(self, on: bool) -> None:
        """With headphones the reply cannot reach the microphone: no echo cancellation."""
        self.headphones = on
        if self._listener is not None:
            self._listener.echo_cancelling = not on

    def set_end_silence(self, seconds: float) -> None:
        self.end_silence = seconds
        if self._listener is not None:
            self._listener.set_end_silence(seconds)

    def resume(self) -> None:
        """Carry on after a pause (the microphone is opened again)."""
        if self._paused:
            self._resumed.set()

    # State -----------------------------------------------------------------------------------
    def set_state(
        self, state: TalkState, message: str = "", error: Exception | None = None
    ) -> None:
        if state is TalkState.LISTENING and self.muted:
            state = TalkState.MUTED
        if state is not self.state or message:
            self.state = state
            self.on_event(StateChanged(state, message, error))

    def _pause(self, message: str, error: Exception | None = None) -> None:
        self._paused = True
        self._resumed.clear()
        self.message, self.error = message, error
        self.set_state(TalkState.PAUSED, message, error)

    # The microphone --------------------------------------------------------------------------
    def _on_voice(self, voice: bool) -> None:
        """Speech began (True) or what began was not speech after all, in the listening
        thread (the engines act on it: the reply is silenced at once)."""

    def _new_listener(self, deliver: Callable[[ListenEvent], None]) -> Listener:
        """A listener for this session (not yet open), with the session's settings."""
        listener = self._make_listener(
            deliver,
            device=self.options.input_device,
            settings=EndpointSettings(end_silence=self.end_silence),
            echo_cancelling=not self.headphones,
            on_voice=self._on_voice,
        )
        listener.muted = self.muted
        return listener

    async def _open_mic(self, listener: Listener) -> bool:
        """Open ``listener``'s microphone; False when it cannot be opened (the session is then
        paused, saying why)."""
        try:
            await asyncio.get_running_loop().run_in_executor(None, listener.start)
        except AudioDeviceError as err:
            self._pause(str(err), err)
            return False
        except Exception as exc:
            log.exception("the microphone could not be opened")
            error = AudioDeviceError(
                f"Parley could not open the microphone: {exc}",
                "device_failed",
                action="listen to the microphone",
                name=self.options.input_device or "",
            )
            self._pause(str(error), error)
            return False
        return True
