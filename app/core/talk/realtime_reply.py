"""The replies of a realtime session (no Qt): each response's audio played as it arrives (and
handed to the echo canceller), its words, its end (played out, cut short by the user, or broken
off), and the user turns the server committed, all into the conversation and the history.

A barge-in stops the speaker first, then cancels the response if it still runs and truncates
the reply's item at what the speaker had played: an integer ``audio_end_ms`` never past the
audio received (the server refuses more), so the model remembers what the user heard.
"""

from __future__ import annotations

import base64
import logging
import time
from typing import TYPE_CHECKING, Any

from app.audio.codecs import encode, pcm16_to_float
from app.audio.devices import AudioDeviceError
from app.core.conversation import Audio, Turn
from app.core.reply import Reply
from app.core.talk.events import (
    ReplyAudio,
    ReplyEnded,
    ReplyText,
    TalkNotice,
    TalkState,
    UserHeard,
    UserSaid,
    heard_part,
)
from app.core.talk.playback import ReplyPlayback
from app.core.talk.realtime_turns import RealtimeReply, RealtimeSession
from app.core.talk.realtime_wire import REALTIME_RATE, RealtimeFailure, truncate, usage_of
from app.core.talk.record import TalkReplyRecord

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)
_BYTES_PER_MS = 2 * REALTIME_RATE // 1000


class RealtimeReplies:
    """The reply under way (``current``) and what a session's replies add up to."""

    def __init__(self, engine: RealtimeSession, out: ReplyPlayback) -> None:
        self.engine = engine
        self.out = out
        self.current: RealtimeReply | None = None
        self.ended = 0  # replies that ended (played, interrupted or broken off)
        self.played = 0  # replies played to their end
        self.truncates: list[tuple[str, int]] = []  # (item_id, audio_end_ms) sent
        #: perf_counter of the latest reply's first audio delta and of the latest
        #: ``speech_stopped`` (for the latency bench).
        self.first_delta_at = 0.0
        self.speech_stopped_at = 0.0
        self.speech_start_ms = 0  # the input buffer's clock, as the server's VAD gave it
        self.speech_end_ms = 0
        self._ignored: set[str] = set()  # responses cut short: their late deltas are dropped
        self._users: dict[str, Turn] = {}
        self._pending_user: Turn | None = None
        self._last_user: Turn | None = None

    # Users ------------------------------------------------------------------------------------
    def user_turn(self, pcm: bytes, item_id: str | None) -> None:
        """An utterance went into the conversation (``item_id`` None: Parley's VAD sent it and
        the server's ``committed`` will name it)."""
        engine = self.engine
        if item_id and self._pending_user is not None:
            self._users[item_id], self._pending_user = self._pending_user, None
            return
        seconds = len(pcm) / (2 * REALTIME_RATE)
        wav = encode(pcm16_to_float(pcm), REALTIME_RATE, "wav") if pcm else b""
        turn = Turn("user", "", audio=Audio("wav", data=wav, duration=seconds) if pcm else None)
        engine.turns.append(turn)
        self._last_user = turn
        if item_id:
            self._users[item_id] = turn
        else:
            self._pending_user = turn
        engine.on_event(UserSaid(turn, seconds))

    def user_words(self, item_id: str, transcript: str) -> None:
        turn = self._users.get(item_id)
        if turn is not None and transcript.strip():
            turn.text = text = transcript.strip()
            self.engine.on_event(UserHeard(turn, text))
            if turn.id is not None:
                turn_id = turn.id
                self._store(lambda store, _cid: store.update_reply_transcript(turn_id, text))

    # What the server says ----------------------------------------------------------------------
    def server_event(self, event: dict[str, Any]) -> None:
        kind = str(event.get("type", ""))
        engine = self.engine
        if kind == "session.updated":
            engine.session_ready()
        elif kind == "input_audio_buffer.speech_started":
            self.speech_start_ms = int(event.get("audio_start_ms") or 0)
            self.barge_in()
            engine.set_state(TalkState.HEARING)
        elif kind == "input_audio_buffer.speech_stopped":
            self.speech_stopped_at = time.perf_counter()
            self.speech_end_ms = int(event.get("audio_end_ms") or engine.sent.end_ms)
            # The server took the turn: what Parley's VAD still counts as the user's utterance
            # (its own end silence not yet over) is over too, or the reply's echo, arriving
            # before the canceller has learnt it, would carry it on through an open microphone.
            if engine.listener is not None:
                engine.listener.discard()
            if engine.mic is not None:
                engine.mic.voice = False
            engine.set_state(TalkState.SENDING)
        elif kind == "input_audio_buffer.committed":
            start = max(0, self.speech_start_ms - 300)
            pcm = engine.sent.cut(start, max(self.speech_end_ms, start))
            self.user_turn(pcm, str(event.get("item_id") or ""))
        elif kind == "conversation.item.input_audio_transcription.completed":
            self.user_words(str(event.get("item_id") or ""), str(event.get("transcript", "")))
        elif kind == "error":
            error = event.get("error")
            self._error(error if isinstance(error, dict) else {})
        else:
            self.on_event(kind, event)

    def _error(self, error: dict[str, Any]) -> None:
        """Not fatal unless the socket closes after it (the close then says what it was)."""
        self.engine.last_error = error
        code = str(error.get("code") or "")
        log.warning("realtime error %s: %s", code, error.get("message"))
        if code == "rate_limit_exceeded":
            self.engine.on_event(TalkNotice(RealtimeFailure("rate_limited").user_message))

    def on_event(self, kind: str, event: dict[str, Any]) -> None:
        engine = self.engine
        rid = str(event.get("response_id") or (event.get("response") or {}).get("id") or "")
        if rid in self._ignored:
            if kind == "response.done":
                self._ignored.discard(rid)
            return
        if kind == "response.created":
            self.current = RealtimeReply(rid, user=self._last_user)
            self._last_user = None  # a second response to it is not its reply again
            engine = self.engine
            history = TalkReplyRecord(
                engine.record,
                lambda problem: engine.on_event(TalkNotice(problem)),
                voice=engine.options.voice,
                model=engine.options.model,
                fmt="pcm16",
            )
            history.begin(self.current.user)
            self.current.history = history
            engine.set_state(TalkState.SENDING)
            return
        reply = self.current
        if reply is None or (rid and rid != reply.response_id):
            return
        if kind == "response.output_item.added":
            reply.item_id = reply.item_id or str((event.get("item") or {}).get("id") or "")
        elif kind == "response.output_audio.delta":
            reply.item_id = reply.item_id or str(event.get("item_id") or "")
            self._audio(reply, base64.b64decode(str(event.get("delta", ""))))
        elif kind == "response.output_audio_transcript.delta":
            text = str(event.get("delta", ""))
            reply.words.append(text)
            engine.on_event(ReplyText(text))
            if reply.history is not None:
                reply.history.words("".join(reply.words))
        elif kind == "response.done":
            self._done(reply, event.get("response") or {})

    def _audio(self, reply: RealtimeReply, pcm: bytes) -> None:
        engine, out = self.engine, self.out
        first = not reply.started
        if first:
            reply.started = True
            self.first_delta_at = time.perf_counter()
            listener = engine.listener
            out.far = listener.far if listener is not None and not engine.headphones else None
            out.begin(REALTIME_RATE)
            if engine.mic is not None:
                engine.mic.gated = not engine.headphones
        out.append(pcm)  # the sound first, then the words about it
        if first:
            engine.set_state(TalkState.SPEAKING)
        reply.audio += pcm
        engine.on_event(ReplyAudio(pcm))
        if reply.history is not None:
            reply.history.audio(pcm)

    def _done(self, reply: RealtimeReply, response: dict[str, Any]) -> None:
        reply.done = True
        reply.usage = usage_of(response)
        status = str(response.get("status") or "completed")
        if status == "cancelled":  # the server's VAD cut it (speech_started came first)
            self.barge_in()
            return
        message = ""
        if status == "failed":
            details = response.get("status_details") or {}
            error = details.get("error") if isinstance(details, dict) else None
            message = str((error or {}).get("message") or "The server could not answer.")
        if reply.started and not message:
            self.out.end()
            reply.playout = self.engine.spawn(self._play_out(reply))
            return
        self.current = None
        self.out.stop()
        turn = reply.turn(self.engine)
        turn.partial = bool(message)
        self._finish(reply, turn if (turn.text or turn.audio) else None, message=message)

    async def _play_out(self, reply: RealtimeReply) -> None:
        try:
            await self.out.played_out()
        except AudioDeviceError as err:
            self.cut(str(err), err)
            return
        if self.current is not reply:
            return
        self.current = None
        self.out.stop()
        self.played += 1
        self._finish(reply, reply.turn(self.engine))
        limit = self.engine.options.max_turns
        if limit is not None and self.played >= limit:
            self.engine.stop()

    # Ends --------------------------------------------------------------------------------------
    def barge_in(self) -> None:
        """Speech over the reply: silence it, cancel it, and truncate it where it was heard."""
        reply = self.current
        if reply is None:
            return
        self.current = None
        self._ignored.add(reply.response_id)
        if reply.done:
            self._ignored.discard(reply.response_id)
        if reply.playout is not None:
            reply.playout.cancel()
        played = self.out.stop() if reply.started else 0.0
        received_ms = len(reply.audio) // _BYTES_PER_MS
        end_ms = max(0, min(int(played * 1000), received_ms))
        engine = self.engine
        if not reply.done:
            engine.send({"type": "response.cancel", "response_id": reply.response_id})
        if reply.item_id and reply.audio:
            engine.send(truncate(reply.item_id, end_ms))
            self.truncates.append((reply.item_id, end_ms))
        turn = reply.turn(engine)
        turn.text = heard_part(turn.text, end_ms / 1000, received_ms / 1000)
        turn.partial = True
        self._finish(reply, turn if (reply.words or reply.audio) else None, interrupted=True)

    def cut(self, message: str, error: Exception | None = None) -> None:
        """The socket (or the speaker) went mid-reply: keep what arrived, marked cut
        (``error``: the typed error behind ``message``, for the window's words)."""
        reply = self.current
        if reply is None:
            return
        if not message:  # the session ended: what was heard of it, as for a barge-in
            self.barge_in()
            return
        self.current = None
        if reply.playout is not None:
            reply.playout.cancel()
        self.out.stop()
        turn = reply.turn(self.engine)
        turn.partial = True
        words = reply.words or reply.audio
        self._finish(reply, turn if words else None, message=message, error=error)

    def busy_state(self) -> TalkState:
        if self.current is None:
            return TalkState.LISTENING
        return TalkState.SPEAKING if self.out.playing else TalkState.SENDING

    def _finish(
        self,
        reply: RealtimeReply,
        turn: Turn | None,
        *,
        interrupted: bool = False,
        message: str = "",
        error: Exception | None = None,
    ) -> None:
        engine = self.engine
        if engine.mic is not None:
            engine.mic.gated = False
        if turn is not None:
            engine.turns.append(turn)
            self.ended += 1
        engine.on_event(ReplyEnded(turn, interrupted=interrupted, message=message, error=error))
        if reply.history is not None:
            whole = Reply(
                turn.text if turn is not None else "",
                bytes(reply.audio),
                "pcm16",
                usage=reply.usage,
                model=engine.options.model,
                voice=engine.options.voice,
            )
            engine.spawn(reply.history.end(turn, whole, complete=not (interrupted or message)))
        if not engine.stopping and engine.state is not TalkState.PAUSED:
            engine.set_state(TalkState.LISTENING)

    # The history (the user's words; the replies go through TalkReplyRecord) ------------------
    def _store(self, work: Any) -> None:
        record = self.engine.record
        if record is not None:
            self.engine.spawn(record.call(work))
