"""Streamed replies into the history: a row marked partial first, audio appended as it
arrives (flushed chunk by chunk), the partial mark cleared only when the reply completes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core import store_files
from app.core.conversation import Audio, Turn, Usage
from app.core.store_base import StoreBase, usage_to_json
from app.core.store_files import NotFoundError, os_problem

if TYPE_CHECKING:  # app.core.reply loads the protocol: the window's start-up imports this module
    from app.core.reply import Reply


class ReplyWriter(StoreBase):
    """The store's methods for a reply being streamed (see :class:`app.core.store.Store`)."""

    def begin_reply(
        self,
        conversation_id: int,
        voice: str,
        model: str,
        requested_format: str,
        *,
        variant_of: int | None = None,
    ) -> int:
        """Start storing a reply as it streams; its row stays marked partial until finished."""
        turn = Turn(
            role="assistant",
            voice=voice,
            model=model,
            requested_format=requested_format,
            partial=True,
        )
        with self._transaction() as conn:
            self._require_conversation(conn, conversation_id)
            position, chosen = self._slot(conn, conversation_id, variant_of)
            turn_id = self._insert_turn(conn, conversation_id, position, chosen, turn)
            self._touch(conn, conversation_id)
        return turn_id

    def append_reply_audio(self, turn_id: int, data: bytes) -> None:
        """Append a chunk of the reply's audio to its file (flushed before returning)."""
        if not data:
            return
        with self._lock:
            path = self._reply_files.get(turn_id)
            try:
                if path is not None:
                    store_files.append(path, data)
                    return
                conversation_id, relative, requested = self._turn_row(
                    turn_id, "conversation_id, audio_file, requested_format"
                )
                if relative:  # resumed after a restart: keep appending to the same file
                    path = self.audio_root / relative
                    store_files.append(path, data)
                else:
                    fmt = store_files.file_format(requested, data)
                    relative = f"{conversation_id}/{turn_id}.{store_files.extension(fmt)}"
                    path = self.audio_root / relative
                    store_files.append(path, data)  # the file exists before the row names it
                    with self._transaction() as conn:
                        conn.execute(
                            "UPDATE turns SET audio_file = ?, audio_format = ? WHERE id = ?",
                            (relative, fmt, turn_id),
                        )
                self._reply_files[turn_id] = path
            except OSError as exc:
                raise os_problem(exc, "save the reply's audio") from exc

    def update_reply_transcript(self, turn_id: int, text: str) -> None:
        """Replace the reply's transcript with ``text`` (the whole transcript so far)."""
        with self._transaction() as conn:
            cur = conn.execute("UPDATE turns SET text = ? WHERE id = ?", (text, turn_id))
            if cur.rowcount == 0:
                raise NotFoundError(f"There is no turn {turn_id} in the history.")

    def finish_reply(
        self,
        turn_id: int,
        *,
        audio_id: str | None,
        expires_at: int | None,
        usage: Usage | None,
        real_format: str | None,
        transcript: str | None = None,
    ) -> None:
        """The reply is complete: record the server's audio id, usage and the bytes' real format."""
        conversation_id, relative, fmt, text = self._turn_row(
            turn_id, "conversation_id, audio_file, audio_format, text"
        )
        duration, stale = None, None
        try:
            if relative:
                path = self.audio_root / relative
                if real_format and real_format != fmt:
                    # Filed under the asked-for format but the bytes are another: give the file
                    # its real extension (a second name first, so the row never names no file).
                    ext = store_files.extension(real_format)
                    new_relative = f"{conversation_id}/{turn_id}.{ext}"
                    store_files.second_name(path, self.audio_root / new_relative)
                    stale, relative, fmt = path, new_relative, real_format
                    path = self.audio_root / new_relative
                store_files.sync(path)
                duration = store_files.probe_duration(path, fmt)
        except OSError as exc:
            raise os_problem(exc, "save the reply's audio") from exc
        with self._transaction() as conn:
            conn.execute(
                "UPDATE turns SET partial = 0, audio_id = ?, expires_at = ?, usage = ?, "
                "audio_file = ?, audio_format = ?, duration = ?, text = ? WHERE id = ?",
                (
                    audio_id,
                    expires_at,
                    usage_to_json(usage),
                    relative,
                    fmt,
                    duration,
                    text if transcript is None else transcript,
                    turn_id,
                ),
            )
            self._touch(conn, conversation_id)
            self._reply_files.pop(turn_id, None)
        if stale is not None:
            store_files.remove_file(stale)

    def finish_reply_from(self, turn_id: int, reply: Reply) -> None:
        """The reply is complete: store the server's audio id and its expiry, the usage, the
        whole transcript (it replaces what was saved while streaming) and the real format of the
        audio already appended. ``reply.partial`` is not consulted: calling this is the caller's
        word that the reply completed, so the partial mark is cleared."""
        self.finish_reply(
            turn_id,
            audio_id=reply.audio_id,
            expires_at=reply.expires_at,
            usage=reply.usage,
            real_format=reply.format or None,
            transcript=reply.transcript,
        )

    def reply_audio(self, turn_id: int) -> Audio | None:
        """The stored reply's audio as a reference to its file (no bytes in memory), or None."""
        relative, fmt, duration = self._turn_row(turn_id, "audio_file, audio_format, duration")
        if not relative:
            return None
        return Audio(format=fmt, path=self.audio_root / relative, duration=duration)

    def mark_partial(self, turn_id: int) -> None:
        """Flag a reply as incomplete (cut off, cancelled, failed); what arrived is kept."""
        (relative,) = self._turn_row(turn_id, "audio_file")
        with self._transaction() as conn:
            conn.execute("UPDATE turns SET partial = 1, duration = NULL WHERE id = ?", (turn_id,))
            self._reply_files.pop(turn_id, None)
        if relative:
            store_files.sync(self.audio_root / relative)
