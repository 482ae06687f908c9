"""Conversation history: SQLite (WAL, foreign keys, FTS5) plus audio files beside it.

Layout under the data directory (:mod:`app.core.paths`)::

    history.sqlite3                      conversations, turns (+ takes), search index, clip cache
    audio/<conversation id>/<turn id>.<ext>   the original bytes of each turn's audio
    audio/clips/<key>.<ext>              voice-audition clips

Every method is synchronous and takes the store's lock, so the GUI may call them from
``run_in_executor`` worker threads (one connection, ``check_same_thread=False``). Other processes
(``parley ask``) may use the same database at the same time; WAL lets readers and a writer overlap.

Durability: every change is its own transaction. A streamed reply's row is written (marked
partial) before its first audio chunk, each chunk is appended and flushed to its file, and the
partial mark is cleared only by :meth:`Store.finish_reply`. A killed process loses at most the
chunk being written. Deleting a conversation is permanent (the GUI asks first) and removes its
audio folder; folders left behind by a crash are swept the next time the store opens.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from app.core import store_files
from app.core.conversation import Audio, Conversation, Turn
from app.core.search import SearchHit, count_turns, search_turns
from app.core.store_base import usage_from_json
from app.core.store_files import NotFoundError, StoreError, os_problem
from app.core.store_replies import ReplyWriter
from app.core.store_usage import UsageReader

__all__ = ["ConversationSummary", "NotFoundError", "SearchHit", "Store", "StoreError"]

TITLE_LENGTH = 60

_TURN_COLUMNS = (
    "id, position, chosen, role, text, voice, model, requested_format, audio_file, "
    "audio_format, duration, audio_id, expires_at, usage, partial, created_at"
)


@dataclass(frozen=True)
class ConversationSummary:
    id: int
    title: str
    updated_at: float
    turn_count: int
    created_at: float


def derive_title(text: str) -> str:
    """A conversation title from its first prompt: the first line, cut at a word near 60 chars."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(line.split())
    if len(line) <= TITLE_LENGTH:
        return line
    cut = line[:TITLE_LENGTH].rsplit(" ", 1)[0] or line[:TITLE_LENGTH]
    return cut.rstrip(" ,.;:") + "…"


class Store(ReplyWriter, UsageReader):
    """The history database and its audio files. Use as a context manager or call close().

    ``Store(root)`` opens (creating or migrating) ``root/history.sqlite3``; ``root`` defaults to
    :func:`app.core.paths.data_dir`. ``store.clips`` is the voice-audition clip cache.
    """

    # -- conversations ----------------------------------------------------------------------

    def create_conversation(self, title: str = "", system_prompt: str = "") -> int:
        now = time.time()
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO conversations (title, system_prompt, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (title.strip(), system_prompt, now, now),
            )
            return int(cur.lastrowid or 0)

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        with self._transaction() as conn:
            self._require_conversation(conn, conversation_id)
            conn.execute(
                "UPDATE conversations SET title = ? WHERE id = ?", (title.strip(), conversation_id)
            )

    def set_system_prompt(self, conversation_id: int, system_prompt: str) -> None:
        with self._transaction() as conn:
            self._require_conversation(conn, conversation_id)
            conn.execute(
                "UPDATE conversations SET system_prompt = ? WHERE id = ?",
                (system_prompt, conversation_id),
            )

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete a conversation for good: its turns, search entries and audio files."""
        with self._transaction() as conn:
            self._require_conversation(conn, conversation_id)
            conn.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        store_files.remove_tree(self.audio_root / str(conversation_id))

    def list_conversations(self) -> list[ConversationSummary]:
        """All conversations, most recently used first."""
        rows = self._query(
            "SELECT c.id, c.title, c.updated_at, "
            "(SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id AND t.chosen = 1), "
            "c.created_at FROM conversations c ORDER BY c.updated_at DESC, c.id DESC"
        )
        return [ConversationSummary(int(r[0]), r[1], r[2], int(r[3]), r[4]) for r in rows]

    def latest_conversation_id(self) -> int | None:
        rows = self._query("SELECT id FROM conversations ORDER BY updated_at DESC, id DESC LIMIT 1")
        return int(rows[0][0]) if rows else None

    def load_conversation(self, conversation_id: int) -> Conversation:
        """The conversation with its turns in order; audio is referenced by path, never read."""
        with self._lock:
            head = self._conn.execute(
                "SELECT title, system_prompt, created_at, updated_at FROM conversations "
                "WHERE id = ?",
                (conversation_id,),
            ).fetchone()
            if head is None:
                raise NotFoundError(f"There is no conversation {conversation_id} in the history.")
            rows = self._conn.execute(
                f"SELECT {_TURN_COLUMNS} FROM turns WHERE conversation_id = ? "
                "ORDER BY position, chosen DESC, id",
                (conversation_id,),
            ).fetchall()
        turns: list[Turn] = []
        last_position = None
        for row in rows:
            turn = self._turn_from_row(row)
            if row[1] == last_position:
                turns[-1].variants.append(turn)
            else:
                turns.append(turn)
                last_position = row[1]
        return Conversation(
            system_prompt=head[1],
            turns=turns,
            title=head[0],
            id=conversation_id,
            created_at=head[2],
            updated_at=head[3],
        )

    def _turn_from_row(self, row: tuple[Any, ...]) -> Turn:
        (id_, _pos, _chosen, role, text, voice, model, requested, audio_file, audio_format) = row[
            :10
        ]
        duration, audio_id, expires_at, usage, partial, created_at = row[10:]
        audio = None
        if audio_file:
            path = self.audio_root / audio_file
            if partial and duration is None:
                duration = store_files.probe_duration(path, audio_format)
            audio = Audio(format=audio_format, path=path, duration=duration)
        return Turn(
            role=role,
            text=text,
            audio=audio,
            audio_id=audio_id,
            expires_at=expires_at,
            voice=voice,
            model=model,
            requested_format=requested,
            usage=usage_from_json(usage),
            partial=bool(partial),
            created_at=created_at,
            id=int(id_),
        )

    # -- turns ------------------------------------------------------------------------------

    def add_user_turn(
        self,
        conversation_id: int,
        text: str,
        recording: bytes | None = None,
        recording_format: str | None = None,
    ) -> int:
        """Store a prompt (and the user's recording, kept as recorded). Returns the turn id."""
        audio = None
        if recording:
            fmt = recording_format or store_files.file_format("wav", recording)
            audio = Audio(format=fmt, data=recording)
        return self.add_turn(conversation_id, Turn(role="user", text=text, audio=audio))

    def add_turn(self, conversation_id: int, turn: Turn, *, variant_of: int | None = None) -> int:
        """Store a complete turn; its audio bytes (``turn.audio``) are written to a file.

        With ``variant_of`` the turn becomes another take of that turn, not the one in use.
        """
        data = turn.audio.read_bytes() if turn.audio is not None else b""
        fmt = turn.audio.format if turn.audio is not None else None
        try:
            with self._transaction() as conn:
                title = self._require_conversation(conn, conversation_id)
                position, chosen = self._slot(conn, conversation_id, variant_of)
                turn_id = self._insert_turn(conn, conversation_id, position, chosen, turn)
                if data:
                    fmt = fmt or store_files.file_format(turn.requested_format, data)
                    relative = f"{conversation_id}/{turn_id}.{store_files.extension(fmt)}"
                    path = self.audio_root / relative
                    store_files.write_atomic(path, data)
                    duration = turn.audio.duration if turn.audio is not None else None
                    if duration is None:
                        duration = store_files.probe_duration(path, fmt)
                    conn.execute(
                        "UPDATE turns SET audio_file = ?, audio_format = ?, duration = ? "
                        "WHERE id = ?",
                        (relative, fmt, duration, turn_id),
                    )
                if turn.role == "user" and not title and turn.text.strip():
                    conn.execute(
                        "UPDATE conversations SET title = ? WHERE id = ?",
                        (derive_title(turn.text), conversation_id),
                    )
                self._touch(conn, conversation_id)
        except OSError as exc:
            raise os_problem(exc, "save the turn's audio") from exc
        return turn_id

    # -- takes ------------------------------------------------------------------------------

    def add_variant(self, turn_id: int, turn: Turn, *, choose: bool = False) -> int:
        """Keep ``turn`` (a complete re-voiced take) beside ``turn_id``; returns its id."""
        (conversation_id,) = self._turn_row(turn_id, "conversation_id")
        variant_id = self.add_turn(conversation_id, turn, variant_of=turn_id)
        if choose:
            self.choose_variant(variant_id)
        return variant_id

    def choose_variant(self, take_id: int) -> None:
        """Make this take the one in use for its turn; the others become its variants."""
        conversation_id, position = self._turn_row(take_id, "conversation_id, position")
        with self._transaction() as conn:
            conn.execute(
                "UPDATE turns SET chosen = 0 WHERE conversation_id = ? AND position = ?",
                (conversation_id, position),
            )
            conn.execute("UPDATE turns SET chosen = 1 WHERE id = ?", (take_id,))

    def delete_turn(self, turn_id: int) -> None:
        """Remove one take (a failed or unwanted reply) and its audio; a variant takes its place."""
        conversation_id, position, chosen, relative = self._turn_row(
            turn_id, "conversation_id, position, chosen, audio_file"
        )
        with self._transaction() as conn:
            conn.execute("DELETE FROM turns WHERE id = ?", (turn_id,))
            if chosen:
                conn.execute(
                    "UPDATE turns SET chosen = 1 WHERE id = (SELECT MAX(id) FROM turns "
                    "WHERE conversation_id = ? AND position = ?)",
                    (conversation_id, position),
                )
            self._reply_files.pop(turn_id, None)
        if relative:
            store_files.remove_file(self.audio_root / relative)

    def forget_audio_id(self, turn_id: int) -> None:
        """The server no longer knows this reply's audio id: send its transcript from now on."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE turns SET audio_id = NULL, expires_at = NULL WHERE id = ?", (turn_id,)
            )

    # -- search -----------------------------------------------------------------------------

    def search(
        self, text: str, *, limit: int = 50, marks: tuple[str, str] = ("[", "]")
    ) -> list[SearchHit]:
        """Turns whose prompt or transcript holds every word of ``text`` (the last as a prefix)."""
        with self._lock:
            return search_turns(self._conn, text, limit=limit, marks=marks)

    def count_matches(self, text: str) -> int:
        """How many turns ``search`` finds for ``text`` when not limited."""
        with self._lock:
            return count_turns(self._conn, text)
