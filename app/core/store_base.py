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

from app.core import paths, store_files, store_recover
from app.core.clips import ClipCache
from app.core.conversation import Turn, Usage
from app.core.migrations import LATEST, SchemaTooNew, migrate, user_version
from app.core.store_files import (
    HistoryDamaged,
    NotFoundError,
    ReadOnlyHistory,
    StoreError,
    os_problem,
)
from app.core.store_recover import Recovery
from app.core.studio.votes import VoteBook


class StoreBase:
    """Opens (creating and migrating) the database; the lock every method of the store takes."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else paths.data_dir()
        self.audio_root = paths.audio_dir(self.root)
        self._lock = threading.RLock()
        self._reply_files: dict[int, Path] = {}
        #: Set when the database was found damaged and salvaged on opening (say so once).
        self.recovery: Recovery | None = None
        #: True when the data folder cannot be written: the history reads, nothing new is kept.
        self.read_only = False
        database = paths.database_path(self.root)
        try:
            self._conn = self._open(database)
        except sqlite3.DatabaseError as exc:
            if store_recover.is_unwritable(exc):
                self._conn = self._open_read_only(database, exc)
            elif not store_recover.is_damage(exc):
                raise StoreError(
                    f"The history database {database} cannot be read ({exc})."
                ) from exc
            else:
                try:
                    self.recovery = store_recover.recover(database)
                    self._conn = self._open(database)
                except (OSError, sqlite3.Error) as again:
                    raise HistoryDamaged(database, str(exc), None) from again
        except OSError as exc:
            self._conn = self._open_read_only(database, exc)
        #: The voice-audition clip cache (``store.clips.get(key)``, ``.put(key, ...)``, ...).
        self.clips = ClipCache(self._conn, self._lock, self.audio_root / paths.CLIPS_DIR_NAME)
        #: Blind-audition votes (``store.votes.add(vote)``, ``.all()``).
        self.votes = VoteBook(self._conn, self._lock)
        if not self.read_only:
            self._sweep_orphan_folders()

    def _open(self, database: Path) -> sqlite3.Connection:
        """Open, check and migrate the database; sqlite3.DatabaseError when it is damaged."""
        self.audio_root.mkdir(parents=True, exist_ok=True)
        fresh = not database.exists()
        conn = sqlite3.connect(
            database, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if not fresh:
                store_recover.check(conn)
            migrate(conn)
        except SchemaTooNew as exc:
            conn.close()
            raise StoreError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_read_only(self, database: Path, first: BaseException) -> sqlite3.Connection:
        """Open an intact database in a folder that cannot be written, for reading only."""
        if not database.exists():
            if isinstance(first, OSError):
                raise os_problem(first, "open the history folder") from first
            raise StoreError(f"Parley could not open the history database: {first}.") from first
        for options in ("mode=ro", "mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(
                    f"file:{database}?{options}", uri=True, timeout=10.0,
                    isolation_level=None, check_same_thread=False,
                )  # fmt: skip
                if user_version(conn) != LATEST:
                    conn.close()
                    break
                conn.execute("SELECT COUNT(*) FROM conversations").fetchone()
            except sqlite3.Error:
                continue
            self.read_only = True
            return conn
        if isinstance(first, OSError):
            raise os_problem(first, "open the history folder") from first
        raise StoreError(f"The history database {database} cannot be opened ({first}).") from first

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise ReadOnlyHistory(self.root)
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
