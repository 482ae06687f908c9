"""Talk mode: a hands-free voice conversation, the same loop for the window and ``parley talk``
(no Qt here).

Listen (``app.audio.listening``: echo cancellation, Silero VAD, endpointing), send the utterance
as ``input_audio`` with the conversation so far, stream and play the reply, listen again, until
``stop``. Speech over a reply pauses the player at once, in the listening thread; if it turns out
to be an utterance the reply is interrupted (the request cancelled if it is still streaming, what
arrived kept, the part that was heard going back to the model as text) and the new utterance is
sent whole; if it was only a short noise, the reply goes on. A microphone or speaker that fails, or
a request that fails, pauses the loop with a message until ``resume``; an utterance that could not
be sent stays in the conversation and ``retry`` sends it again.

Everything is reported through ``on_event`` (``events.TalkEvent``), called on the event
loop's thread. Commands (``stop``, ``set_muted``, ``set_headphones``, ``resume``, ``retry``) are
called from that thread too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from app.audio.codecs import encode, pcm16_to_float
from app.audio.devices import AudioDeviceError
from app.audio.listening import (
    HeardSpeech,
    Listener,
    ListenEvent,
    ListenFailed,
    NotSpeech,
    Utterance,
)
from app.audio.player import Player
from app.core.catalog import PCM16_RATE, STREAM_FORMAT
from app.core.client import ChatClient
from app.core.conversation import Audio, Turn
from app.core.errors import ParleyError
from app.core.events import AudioDelta, ChatRequest, TranscriptDelta
from app.core.reply import Reply
from app.core.talk.controls import ListenerControls
from app.core.talk.events import (
    ReplyAudio,
    ReplyEnded,
    ReplyText,
    SendFailed,
    TalkEvent,
    TalkNotice,
    TalkOptions,
    TalkRecord,
    TalkState,
    UserSaid,
)
from app.core.talk.playback import ReplyPlayback
from app.core.talk.record import TalkReplyRecord

log = logging.getLogger(__name__)
_STOP, _RESUME, _REPLY_DONE = object(), object(), object()


class _ReplyFailed:
    def __init__(self, message: str, error: Exception | None = None) -> None:
        self.message = message
        self.error = error


class TalkLoop(ListenerControls):
    """One talk session over ``client``; ``turns`` is the conversation (grown in place)."""

    def __init__(
        self,
        client: ChatClient,
        options: TalkOptions,
        on_event: Callable[[TalkEvent], None],
        *,
        turns: list[Turn] | None = None,
        record: TalkRecord | None = None,
        make_listener: Callable[..., Listener] = Listener,
        player: Player | None = None,
    ) -> None:
        self.client = client
        self.options = options
        self.on_event = on_event
        self.turns: list[Turn] = turns if turns is not None else []
        self.record = record
        self.state = TalkState.STARTING
        self.message = ""
        self.replies = 0  # replies that ended (played, interrupted or broken off)
        self.played = 0  # replies played to their end
        self.muted = False
        self.headphones = options.headphones
        self.end_silence = options.end_silence
        self._make_listener = make_listener
        self._player = player
        self._out: ReplyPlayback | None = None
        self._listener: Listener | None = None
        self._queue: asyncio.Queue[object] = asyncio.Queue()
        self._reply: asyncio.Task[None] | None = None
        self._stopping = False
        self._paused = False
        self._resumed = asyncio.Event()
        self._retry: Turn | None = None

    # Commands --------------------------------------------------------------------------------
    def stop(self) -> None:
        """End the session (``run`` returns once the microphone and speaker are closed)."""
        self._stopping = True
        self._resumed.set()
        self._queue.put_nowait(_STOP)

    def retry(self, turn: Turn) -> None:
        """Send again an utterance that could not be sent (resuming a pause)."""
        if any(t is turn for t in self.turns):
            self._retry = turn
            self._resumed.set()
            if not self._paused and self._reply is None:
                self._queue.put_nowait(_RESUME)

    # The session -----------------------------------------------------------------------------
    async def run(self) -> None:
        """Talk until ``stop`` (or ``max_turns`` replies have played)."""
        self._player = self._player or Player(self.options.output_device)
        self._out = ReplyPlayback(self._player)
        try:
            while not self._stopping:
                if await self._open():
                    await self._converse()
                if not self._stopping and self._paused:
                    await self._resumed.wait()
                    self._resumed.clear()
                    self._paused = False
        finally:
            await self._end_reply()
            await self._close_listener()
            player = self._player
            with contextlib.suppress(Exception):
                await asyncio.get_running_loop().run_in_executor(None, player.close)
            self.set_state(TalkState.ENDED)

    async def _open(self) -> bool:
        loop = asyncio.get_running_loop()

        def deliver(event: ListenEvent) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(self._queue.put_nowait, event)

        listener = self._new_listener(deliver)
        if not await self._open_mic(listener):
            return False
        self._listener = listener
        retry, self._retry = self._retry, None
        if retry is not None:
            self._start_reply(retry)
        else:
            self.set_state(TalkState.LISTENING)
        return True

    async def _converse(self) -> None:
        while True:
            item = await self._queue.get()
            if item is _STOP or self._stopping:
                return
            if item is _RESUME:
                retry, self._retry = self._retry, None
                if retry is not None and self._reply is None:
                    self._start_reply(retry)
            elif isinstance(item, HeardSpeech):
                self.set_state(TalkState.HEARING)
            elif isinstance(item, NotSpeech):  # a cough over the reply: it went on
                self.set_state(self._busy_state())
            elif isinstance(item, Utterance):
                await self._end_reply()
                self._send(item)
            elif item is _REPLY_DONE:
                self._reply = None
                if self.options.max_turns is not None and self.played >= self.options.max_turns:
                    self.stop()
                    return
                self.set_state(TalkState.LISTENING)
            elif isinstance(item, _ReplyFailed | ListenFailed):
                await self._end_reply()
                await self._close_listener()
                self._pause(item.message, item.error)
                return

    def _busy_state(self) -> TalkState:
        if self._reply is None:
            return TalkState.LISTENING
        playing = self._out is not None and self._out.playing
        return TalkState.SPEAKING if playing else TalkState.SENDING

    def _on_voice(self, voice: bool) -> None:
        """In the listening thread: speech may have begun (silence a playing reply now), or
        what began was not speech (let the reply go on)."""
        out = self._out
        if out is None:
            return
        if voice and not self.muted:
            out.pause_for_speech()
        elif not voice:
            out.resume_after_noise()

    def _send(self, utterance: Utterance) -> None:
        samples = pcm16_to_float(utterance.samples.tobytes())
        wav = encode(samples, 16_000, "wav")
        turn = Turn("user", "", audio=Audio("wav", data=wav, duration=utterance.seconds))
        self.turns.append(turn)
        self.on_event(UserSaid(turn, utterance.seconds))
        self._start_reply(turn)

    def _start_reply(self, user: Turn) -> None:
        self._reply = asyncio.ensure_future(self._respond(user))
        self.set_state(TalkState.SENDING)

    async def _end_reply(self) -> None:
        """Interrupt the reply under way (if any) and wait until it is wound down."""
        task, self._reply = self._reply, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            await asyncio.get_running_loop().run_in_executor(None, listener.stop)

    # One reply -------------------------------------------------------------------------------
    async def _respond(self, user: Turn) -> None:
        index = next((i for i, t in enumerate(self.turns) if t is user), len(self.turns))
        request = ChatRequest(
            turns=self.turns[: index + 1],
            model=self.options.model,
            voice=self.options.voice,
            format=STREAM_FORMAT,
            stream=True,
            system_prompt=self.options.system_prompt,
        )
        history = TalkReplyRecord(
            self.record,
            lambda problem: self.on_event(TalkNotice(problem)),
            voice=self.options.voice,
            model=self.options.model,
            fmt=STREAM_FORMAT,
        )
        history.begin(user)
        words: list[str] = []
        stream = self.client.chat(request)
        out = self._out
        assert out is not None
        out.far = self._listener.far if self._listener is not None else None
        started = False
        try:
            async with stream:
                async for event in stream:
                    if isinstance(event, TranscriptDelta):
                        self.on_event(ReplyText(event.text))
                        words.append(event.text)
                        history.words("".join(words))
                    elif isinstance(event, AudioDelta) and event.format == "pcm16":
                        history.audio(event.data)
                        if not started:
                            started = True
                            out.begin(PCM16_RATE)
                            self.set_state(TalkState.SPEAKING)
                        out.append(event.data)
                        self.on_event(ReplyAudio(event.data))
            reply = stream.reply if stream.reply is not None else stream.partial_reply()
            if started:
                out.end()
            elif reply.audio:  # a whole reply in another format (a gateway's quirk)
                started = True
                await out.play_whole(reply)
                self.set_state(TalkState.SPEAKING)
            if started:
                await out.played_out()
        except asyncio.CancelledError:
            cut = stream.partial_reply()
            turn = out.interrupted(cut, started)
            await self._finish(history, turn, _kept(cut, turn), complete=False)
            return
        except (ParleyError, AudioDeviceError) as err:
            out.stop()
            message = err.user_message if isinstance(err, ParleyError) else str(err)
            partial = err.partial if isinstance(err, ParleyError) else None
            partial = partial or stream.partial_reply()
            if partial.audio or partial.transcript:
                turn = partial.to_turn()
                turn.partial = True
                await self._finish(
                    history, turn, partial, complete=False, message=message, error=err
                )
            else:
                await history.end(None, partial, complete=False)
                self.on_event(SendFailed(user, message, err))
            self._queue.put_nowait(_ReplyFailed(message, err))
            return
        out.stop()
        self.played += 1
        await self._finish(history, reply.to_turn(), reply, complete=True)
        self._queue.put_nowait(_REPLY_DONE)

    async def _finish(
        self,
        history: TalkReplyRecord,
        turn: Turn | None,
        reply: Reply,
        *,
        complete: bool,
        message: str = "",
        error: Exception | None = None,
    ) -> None:
        """The reply is over (played, interrupted or broken off): into the conversation, and
        kept in the history as it arrived (``reply``; the part heard as its text)."""
        interrupted = turn is not None and turn.partial and not message
        if turn is not None:
            self.turns.append(turn)
            self.replies += 1
        self.on_event(ReplyEnded(turn, interrupted=interrupted, message=message, error=error))
        await asyncio.shield(history.end(turn, reply, complete=complete))


def _kept(partial: Reply, turn: Turn | None) -> Reply:
    """What of an interrupted reply goes into the history: its audio as received, the words
    heard as its text."""
    if turn is not None:
        partial.transcript = turn.text
    return partial


__all__ = ["TalkLoop", "TalkOptions", "TalkRecord", "TalkState"]
