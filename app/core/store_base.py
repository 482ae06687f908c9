"""The history store's foundation: the connection, its transactions, and row helpers.

See :mod:`app.core.store` for the layout and the guarantees; this module only opens and
migrates the database and offers the helpers the store's parts share.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any, Self

from app.core import paths, store_files
from app.core.clips import ClipCache
from app.core.conversation import Turn, Usage
from app.core.migrations import SchemaTooNew, migrate
from app.core.store_files import NotFoundError, StoreError, os_problem
from app.core.studio.votes import VoteBook


class StoreBase:
    """Opens (creating and migrating) the database; the lock every method of the store takes."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else paths.data_dir()
        self.audio_root = paths.audio_dir(self.root)
        self._lock = threading.RLock()
        self._reply_files: dict[int, Path] = {}
        try:
            self.audio_root.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                paths.database_path(self.root),
                timeout=10.0,
                isolation_level=None,
                check_same_thread=False,
            )
        except OSError as exc:
            raise os_problem(exc, "open the history folder") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"Parley could not open the history database: {exc}.") from exc
        try:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self._conn)
        except SchemaTooNew as exc:
            self._conn.close()
            raise StoreError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from exc
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(
                f"The history database {paths.database_path(self.root)} cannot be read ({exc})."
            ) from exc
        #: The voice-audition clip cache (``store.clips.get(key)``, ``.put(key, ...)``, ...).
        self.clips = ClipCache(self._conn, self._lock, self.audio_root / paths.CLIPS_DIR_NAME)
        #: Blind-audition votes (``store.votes.add(vote)``, ``.all()``).
        self.votes = VoteBook(self._conn, self._lock)
        self._sweep_orphan_folders()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _turn_row(self, turn_id: int, columns: str) -> tuple[Any, ...]:
        rows = self._query(f"SELECT {columns} FROM turns WHERE id = ?", (turn_id,))
        if not rows:
            raise NotFoundError(f"There is no turn {turn_id} in the history.")
        return rows[0]

    def _touch(self, conn: sqlite3.Connection, conversation_id: int) -> None:
        conn.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?", (time.time(), conversation_id)
        )

    def audio_path(self, relative: str) -> Path:
        return self.audio_root / relative

    def _sweep_orphan_folders(self) -> None:
        """Remove audio folders of conversations that no longer exist (a crash mid-delete)."""
        try:
            numbered = [p for p in self.audio_root.iterdir() if p.is_dir() and p.name.isdigit()]
        except OSError:
            return
        if not numbered:
            return
        known = {row[0] for row in self._query("SELECT id FROM conversations")}
        for folder in numbered:
            if int(folder.name) not in known:
                store_files.remove_tree(folder)

    def _require_conversation(self, conn: sqlite3.Connection, conversation_id: int) -> str:
        row = conn.execute(
            "SELECT title FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no conversation {conversation_id} in the history.")
        return str(row[0])

    def _slot(
        self, conn: sqlite3.Connection, conversation_id: int, variant_of: int | None
    ) -> tuple[int, int]:
        """(position, chosen) for a new take: next in line, or beside ``variant_of``."""
        if variant_of is not None:
            row = conn.execute(
                "SELECT position FROM turns WHERE id = ? AND conversation_id = ?",
                (variant_of, conversation_id),
            ).fetchone()
            if row is None:
                raise NotFoundError(f"There is no turn {variant_of} in that conversation.")
            return int(row[0]), 0
        row = conn.execute(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM turns WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()
        return int(row[0]), 1

    def _insert_turn(
        self, conn: sqlite3.Connection, conversation_id: int, position: int, chosen: int, t: Turn
    ) -> int:
        cur = conn.execute(
            "INSERT INTO turns (conversation_id, position, chosen, role, text, voice, model, "
            "requested_format, audio_id, expires_at, usage, partial, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                position,
                chosen,
                t.role,
                t.text,
                t.voice,
                t.model,
                t.requested_format,
                t.audio_id,
                t.expires_at,
                usage_to_json(t.usage),
                int(t.partial),
                t.created_at,
            ),
        )
        return int(cur.lastrowid or 0)


def usage_to_json(usage: Usage | None) -> str | None:
    return None if usage is None else json.dumps(asdict(usage))


def usage_from_json(text: str | None) -> Usage | None:
    if not text:
        return None
    try:
        raw = json.loads(text)
    except ValueError:
        return None
    if not isinstance(raw, dict):
        return None
    known = {f.name for f in fields(Usage)} - {"cost"}
    usage = Usage(**{k: int(v) for k, v in raw.items() if k in known and isinstance(v, int)})
    cost = raw.get("cost")
    if isinstance(cost, int | float) and not isinstance(cost, bool):
        usage.cost = float(cost)
    return usage
