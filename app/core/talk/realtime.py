"""Talk mode over the Realtime API: one WebSocket for the whole conversation (no Qt here).

The microphone streams through Parley's echo canceller (``realtime_mic``) into the server's
input buffer; the server's VAD (semantic by default) decides the turns and answers at once, its
audio played as it arrives; Parley's own VAD (the listener's) silences the reply the moment
speech begins over it, and the turn is cut where the speaker had got to
(``conversation.item.truncate``). With ``turn_detection="parley"`` Parley's own VAD decides the
turns instead (commit + ``response.create``), for servers without one.

The socket is opened again before the server's 60-minute limit and after it drops (the
conversation so far seeded as text items); a reply under way when it drops is kept as far as it
arrived, marked cut. Replies, words and states are reported as the Chat Completions loop reports
them (``events``), on the event loop's thread; the reply itself lives in ``realtime_reply``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from typing import Any

from app.audio.listening import HeardSpeech, Listener, ListenEvent, ListenFailed, NotSpeech
from app.audio.listening import Utterance as Heard
from app.audio.player import Player
from app.core.conversation import Turn
from app.core.talk.controls import ListenerControls
from app.core.talk.events import TalkEvent, TalkOptions, TalkRecord, TalkState
from app.core.talk.playback import ReplyPlayback
from app.core.talk.realtime_mic import MicFeed, SentAudio, resample_utterance
from app.core.talk.realtime_reply import RealtimeReplies
from app.core.talk.realtime_wire import (
    SESSION_SECONDS,
    RealtimeEndpoint,
    RealtimeFailure,
    append_audio,
    failure_for_close,
    failure_for_status,
    seed_items,
    session_update,
)

log = logging.getLogger(__name__)
_WAITING = (TalkState.STARTING, TalkState.PAUSED)
#: A dropped socket is opened again this many times in a row before the session pauses.
MAX_RECONNECTS = 3


class RealtimeEngine(ListenerControls):
    """One realtime talk session at ``where``; ``turns`` is the conversation (grown in place)."""

    def __init__(
        self,
        where: RealtimeEndpoint,
        options: TalkOptions,
        on_event: Callable[[TalkEvent], None],
        *,
        turns: list[Turn] | None = None,
        record: TalkRecord | None = None,
        make_listener: Callable[..., Listener] = Listener,
        player: Player | None = None,
        turn_detection: str = "semantic_vad",
    ) -> None:
        self.where = where
        self.options = options
        self.on_event = on_event
        self.turns: list[Turn] = turns if turns is not None else []
        self.record = record
        self.turn_detection = turn_detection
        self.state = TalkState.STARTING
        self.muted = False
        self.headphones = options.headphones
        self.end_silence = options.end_silence
        self._make_listener = make_listener
        self._player = player
        self._listener: Listener | None = None
        self._mic: MicFeed | None = None
        #: What goes out, in order: microphone pieces (bytes) and client events (JSON text).
        self._outbox: asyncio.Queue[bytes | str] = asyncio.Queue()
        self._ws: Any = None
        self._stopping = False
        self._renew = False
        self._paused = False
        self._resumed = asyncio.Event()
        self._tasks: set[asyncio.Future[Any]] = set()
        self._mic_live = self._session_ready = False  # see session_ready
        self.sent = SentAudio()
        self.replies_out: RealtimeReplies | None = None
        #: The latest ``error`` event's ``error`` (the close after it says what it meant).
        self.last_error: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"RealtimeEngine({self.where!r}, state={self.state.value})"

    # Commands (the TalkEngine contract) --------------------------------------------------------
    @property
    def listener(self) -> Listener | None:
        return self._listener

    @property
    def mic(self) -> MicFeed | None:
        return self._mic

    @property
    def stopping(self) -> bool:
        return self._stopping

    @property
    def replies(self) -> int:
        return self.replies_out.ended if self.replies_out is not None else 0

    @property
    def played(self) -> int:
        return self.replies_out.played if self.replies_out is not None else 0

    def stop(self) -> None:
        self._stopping = True
        self._resumed.set()
        self._close_socket()

    def retry(self, turn: Turn) -> None:
        """A realtime turn is never left unsent: carry on (after a pause)."""
        self.resume()

    # The session -------------------------------------------------------------------------------
    async def run(self) -> None:
        """Talk until ``stop`` (or ``max_turns`` replies have played)."""
        self._player = self._player or Player(self.options.output_device)
        out = ReplyPlayback(self._player)
        self.replies_out = RealtimeReplies(self, out)
        drops = 0
        try:
            while not self._stopping:
                if self._listener is None and not await self._open_listener():
                    await self._wait_resume()
                    continue
                try:
                    await self._session()
                    drops = 0
                except RealtimeFailure as err:
                    self.replies_out.cut(err.user_message, err)
                    if err.kind == "lost" and drops < MAX_RECONNECTS and not self._stopping:
                        drops += 1
                        log.info("realtime socket lost (%s); connecting again", err.code)
                        await asyncio.sleep(0.2 * drops)
                        continue
                    self._pause(err.user_message, err)
                    await self._wait_resume()
                if self._paused and not self._stopping:  # the microphone failed mid-session
                    self.replies_out.cut(self.message, self.error)
                    await self._close_listener()
                    await self._wait_resume()
        finally:
            self.replies_out.cut("")
            await self._close_listener()
            for task in list(self._tasks):
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await task
            player = self._player
            with contextlib.suppress(Exception):
                await asyncio.get_running_loop().run_in_executor(None, player.close)
            self.set_state(TalkState.ENDED)

    async def _wait_resume(self) -> None:
        if not self._stopping:
            await self._resumed.wait()
        self._resumed.clear()
        self._paused = False

    async def _open_listener(self) -> bool:
        loop = asyncio.get_running_loop()

        def deliver(event: ListenEvent) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(self._on_listen_event, event)

        listener = self._new_listener(deliver)
        self._mic_live = self._session_ready = False

        def live() -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(lambda: self.session_ready(mic=True))

        listener.on_live = live
        mic = MicFeed(loop, self._mic_piece)
        mic.streaming = self.turn_detection != "parley"
        listener.on_frame = mic.frame
        if not await self._open_mic(listener):
            return False
        self._listener, self._mic = listener, mic
        return True

    async def _session(self) -> None:
        """One socket: connect, set the session up, seed it, then read until it ends."""
        from websockets.asyncio.client import connect
        from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

        model = self.options.model
        self.sent.reset()
        self.last_error = None
        try:
            ws = await connect(
                self.where.url,
                additional_headers=list(self.where.headers),
                max_size=None,
                compression=None,
                open_timeout=15,
            )
        except InvalidStatus as exc:
            raise failure_for_status(exc.response.status_code, model) from None
        except InvalidHandshake as exc:  # an answer, but not a WebSocket's
            raise RealtimeFailure("not_realtime", type(exc).__name__, model=model) from None
        except (OSError, TimeoutError, ValueError) as exc:
            raise RealtimeFailure("network", type(exc).__name__, model=model) from None
        if self._stopping or self._paused:  # ended (or the microphone failed) meanwhile
            await ws.close()
            return
        self._ws = ws
        self._renew = False
        renew = asyncio.get_running_loop().call_later(SESSION_SECONDS, self._renew_due)
        sender = asyncio.ensure_future(self._send_loop(ws))
        try:
            await ws.send(json.dumps(self._session_update()))
            for item in seed_items(self.turns):
                await ws.send(json.dumps(item))
            self._drain_outbox()
            replies = self.replies_out
            assert replies is not None
            async for raw in ws:
                replies.server_event(json.loads(raw))
        except ConnectionClosed:
            pass
        finally:
            renew.cancel()
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender
            self._ws = None
            with contextlib.suppress(Exception):
                await ws.close()
        if self._stopping or self._renew or self._paused:
            return
        code = ws.close_code if ws.close_code is not None else 1006
        raise failure_for_close(code, self.last_error, model)

    def _session_update(self) -> dict[str, Any]:
        return session_update(
            model=self.options.model,
            voice=self.options.voice,
            instructions=self.options.system_prompt,
            turn_detection=self.turn_detection,
            end_silence=self.end_silence,
        )

    def _renew_due(self) -> None:
        """Near the server's 60-minute limit: open a new socket at the next quiet moment."""
        self._renew = True
        if self.replies_out is None or self.replies_out.current is None:
            self._close_socket()

    def _close_socket(self) -> None:
        ws = self._ws
        if ws is not None:
            self.spawn(ws.close())

    def spawn(self, work: Any) -> asyncio.Future[Any]:
        """Keep a task until it is done (nothing is fire-and-forget)."""
        task: asyncio.Future[Any] = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _mic_piece(self, piece: bytes) -> None:
        if self._ws is not None:  # nothing piles up while there is no socket
            self._outbox.put_nowait(piece)

    def _drain_outbox(self) -> None:
        while not self._outbox.empty():
            self._outbox.get_nowait()

    async def _send_loop(self, ws: Any) -> None:
        while True:
            piece = await self._outbox.get()
            if isinstance(piece, bytes):
                self.sent.add(piece)
                await ws.send(append_audio(piece))
            else:
                await ws.send(piece)

    def send(self, event: dict[str, Any]) -> None:
        """Send a client event, after what is already on its way (dropped without a socket)."""
        if self._ws is not None:
            self._outbox.put_nowait(json.dumps(event))

    async def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            await asyncio.get_running_loop().run_in_executor(None, listener.stop)

    def session_ready(self, *, mic: bool = False) -> None:
        """The server took the session (``mic``: the microphone delivers): listening, once both
        have happened."""
        self._session_ready |= not mic
        self._mic_live |= mic
        if self._session_ready and self._mic_live and self.state in _WAITING:
            self.set_state(TalkState.LISTENING)

    # What the microphone and the server say ----------------------------------------------------
    def _on_voice(self, voice: bool) -> None:
        """In the listening thread: silence a playing reply the moment speech may have begun."""
        mic, replies = self._mic, self.replies_out
        if mic is not None:
            mic.voice = voice and not self.muted
        if replies is None:
            return
        if voice and not self.muted:
            replies.out.pause_for_speech()
        elif not voice:
            replies.out.resume_after_noise()

    def _on_listen_event(self, event: ListenEvent) -> None:
        replies = self.replies_out
        if replies is None or self._stopping:
            return
        if isinstance(event, HeardSpeech):
            replies.barge_in()
            self.set_state(TalkState.HEARING)
        elif isinstance(event, NotSpeech):
            if self._mic is not None:
                self._mic.voice = False
            self.set_state(replies.busy_state())
        elif isinstance(event, Heard):
            if self._mic is not None:
                self._mic.voice = False
            if self.turn_detection == "parley":
                self._send_utterance(event)
        elif isinstance(event, ListenFailed):
            self._pause(event.message, event.error)
            self._close_socket()

    def _send_utterance(self, heard: Heard) -> None:
        """Parley's own VAD decided the turn: the utterance, commit, and ask for the answer."""
        replies = self.replies_out
        if self._ws is None or replies is None:
            return
        pcm = resample_utterance(heard.samples)
        replies.user_turn(pcm, None)
        self.send({"type": "input_audio_buffer.clear"})
        self._outbox.put_nowait(pcm)
        self.send({"type": "input_audio_buffer.commit"})
        self.send({"type": "response.create"})
        self.set_state(TalkState.SENDING)
