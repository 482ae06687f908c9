"""One talk reply kept in the history as it streams, for both engines (no Qt): the user's turn
(if not kept yet) and the reply's row opened together, the audio appended per chunk, the words
so far at most once a ``TRANSCRIPT_SAVE_INTERVAL``, then finished or kept partial, by the shared
:class:`~app.core.reply_recorder.ReplyRecorder`. Every write goes through
:meth:`TalkRecord.call` (a worker thread, in order); ``end`` waits for them all."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core.reply_recorder import TRANSCRIPT_SAVE_INTERVAL, ReplyRecorder

if TYPE_CHECKING:
    from app.core.conversation import Turn
    from app.core.reply import Reply
    from app.core.store import Store
    from app.core.talk.events import TalkRecord


class TalkReplyRecord:
    """The history side of one reply; ``notice`` is told a history problem, once."""

    def __init__(
        self,
        record: TalkRecord | None,
        notice: Callable[[str], None],
        *,
        voice: str,
        model: str,
        fmt: str,
    ) -> None:
        self.record = record
        self.notice = notice
        self.voice, self.model, self.fmt = voice, model, fmt
        self.recorder: ReplyRecorder | None = None
        self._pending: list[asyncio.Future[None]] = []
        self._saved_at = time.monotonic()
        self._user: Turn | None = None

    def _call(self, work: Callable[[Store, int], Any]) -> None:
        record = self.record
        if record is not None:
            self._pending.append(asyncio.ensure_future(self._run(record, work)))

    async def _run(self, record: TalkRecord, work: Callable[[Store, int], Any]) -> None:
        told = bool(record.problem)
        await record.call(work)
        if record.problem and not told:
            self.notice(record.problem)

    def _with(self, work: Callable[[ReplyRecorder], None]) -> None:
        def call(_store: Store, _cid: int) -> None:
            if self.recorder is not None:
                work(self.recorder)

        self._call(call)

    def begin(self, user: Turn | None) -> None:
        """The user's turn (if it has no id yet) and the reply's row, in one go."""
        self._user = user

        def begin(store: Store, cid: int) -> None:
            if user is not None and user.id is None:
                user.id = store.add_turn(cid, user)
            recorder = ReplyRecorder(store, cid, voice=self.voice, model=self.model, fmt=self.fmt)
            recorder.begin()
            self.recorder = recorder

        self._call(begin)

    def audio(self, data: bytes) -> None:
        self._with(lambda rec: rec.audio(data))

    def words(self, so_far: str) -> None:
        """The transcript so far (written at most once a TRANSCRIPT_SAVE_INTERVAL)."""
        now = time.monotonic()
        if now - self._saved_at > TRANSCRIPT_SAVE_INTERVAL:
            self._saved_at = now
            self._with(lambda rec: rec.save_words(so_far))

    async def end(self, turn: Turn | None, whole: Reply, *, complete: bool) -> None:
        """The reply ended: finished (``complete``), or kept as ``whole`` says (partial), or its
        row taken back when ``turn`` is None. ``turn.id`` is set; ``record.saved`` is told."""

        def end(rec: ReplyRecorder) -> None:
            if complete:
                rec.finish(whole)
            else:
                rec.fail(whole if turn is not None else None)
            if turn is not None:
                turn.id = rec.turn_id

        self._with(end)
        pending, self._pending = self._pending, []
        for future in pending:
            await asyncio.shield(future)
        record = self.record
        if record is not None and record.saved is not None:
            for kept in (self._user, turn):
                if kept is not None and kept.id is not None:
                    record.saved(kept)
