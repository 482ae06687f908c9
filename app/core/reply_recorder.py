"""How a streaming reply is kept in the history, once for every caller (the chat window, talk
mode's engines, ``parley ask``): its row opened before the first chunk (marked partial), the
audio appended chunk by chunk as it arrives, the transcript so far written at most once a
``TRANSCRIPT_SAVE_INTERVAL``, and at the end either finished (audio id, usage, real format, whole
transcript; the partial mark cleared) or kept as far as it came (marked partial), or taken back
when nothing came. No Qt, no event loop: each method is a few store calls, made on whatever
thread the caller runs them (the window and talk mode in a worker thread, one call at a time;
``parley ask`` inline). Store failures are raised (StoreError, OSError, sqlite3.Error) for the
caller to report in its own way.

    recorder = ReplyRecorder(store, conversation_id, voice=v, model=m, fmt="pcm16")
    recorder.begin()
    recorder.audio(chunk)                       # per chunk
    if recorder.add_words(text): recorder.save_words()
    recorder.finish(reply)  /  recorder.fail(partial)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.conversation import Turn
    from app.core.reply import Reply
    from app.core.store import Store

#: How often (seconds) a streaming reply's transcript so far is written to the history.
TRANSCRIPT_SAVE_INTERVAL = 1.0


class ReplyRecorder:
    """One reply's row in conversation ``conversation_id`` (``turn_id`` once begun)."""

    def __init__(
        self,
        store: Store,
        conversation_id: int,
        *,
        voice: str,
        model: str,
        fmt: str,
        variant_of: int | None = None,
        interval: float = TRANSCRIPT_SAVE_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.conversation_id = conversation_id
        self.voice, self.model, self.fmt = voice, model, fmt
        self.variant_of = variant_of
        self.turn_id: int | None = None
        self.appended = 0  # bytes of audio written
        self._interval = interval
        self._clock = clock
        self._words: list[str] = []
        self._saved_at = clock()

    def __repr__(self) -> str:
        return f"ReplyRecorder(conversation={self.conversation_id}, turn={self.turn_id})"

    def begin(self) -> int:
        """Open the reply's row (marked partial until ``finish``); returns its id."""
        self.turn_id = self.store.begin_reply(
            self.conversation_id, self.voice, self.model, self.fmt, variant_of=self.variant_of
        )
        self._saved_at = self._clock()
        return self.turn_id

    def audio(self, data: bytes) -> None:
        """Append a chunk of the reply's audio (as received)."""
        if self.turn_id is not None and data:
            self.store.append_reply_audio(self.turn_id, data)
            self.appended += len(data)

    def add_words(self, text: str) -> bool:
        """More of the transcript (no I/O); True when it is time to ``save_words``."""
        self._words.append(text)
        now = self._clock()
        if self.turn_id is None or now - self._saved_at <= self._interval:
            return False
        self._saved_at = now
        return True

    @property
    def transcript(self) -> str:
        return "".join(self._words)

    def save_words(self, text: str | None = None) -> None:
        """Write the transcript so far (or ``text``)."""
        if self.turn_id is not None:
            self.store.update_reply_transcript(
                self.turn_id, self.transcript if text is None else text
            )

    def finish(self, reply: Reply) -> None:
        """The reply is complete (its audio is appended here if none streamed)."""
        if self.turn_id is None:
            return
        if not self.appended and reply.audio:
            self.audio(reply.audio)
        self.store.finish_reply_from(self.turn_id, reply)

    def fail(self, partial: Reply | None) -> bool:
        """The reply broke off: keep what arrived (marked partial) and return True, or delete the
        empty row and return False."""
        turn_id = self.turn_id
        if turn_id is None:
            return False
        if partial is not None and (partial.audio or partial.transcript):
            if not self.appended and partial.audio:
                self.audio(partial.audio)
            self.store.update_reply_transcript(turn_id, partial.transcript)
            self.store.mark_partial(turn_id)
            return True
        self.store.delete_turn(turn_id)
        self.turn_id = None
        return False


def forget_lost_audio_ids(store: Store, sent: Iterable[Turn]) -> None:
    """Earlier replies whose audio id the server lost (the client set ``expires_at = 0``)."""
    for turn in sent:
        if turn.role == "assistant" and turn.expires_at == 0 and turn.id is not None:
            store.forget_audio_id(turn.id)
