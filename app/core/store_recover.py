"""A damaged history database: kept aside, and what still reads salvaged into a fresh one.

When SQLite says the database is damaged (``database disk image is malformed``, ``file is not a
database``), :func:`recover` renames it (with its ``-wal``) to
``history.damaged-<time>.sqlite3`` beside it (kept, never deleted), then copies what can be read
into a new ``history.sqlite3`` of the current schema: through the ``sqlite3`` program's
``.recover`` when it is installed (it reads around damaged pages), else row by row, from each end
of every table, jumping over rows that no longer read. Audio files are left where they are;
the salvaged turns name them as before. Turns whose conversation was lost get a conversation of
their own, so nothing that still reads is dropped.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.migrations import migrate

log = logging.getLogger(__name__)

#: SQLite's result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB.
_DAMAGE_CODES = (11, 26)
#: SQLite's result codes for a file that cannot be written: SQLITE_PERM, SQLITE_READONLY,
#: SQLITE_CANTOPEN.
_UNWRITABLE_CODES = (3, 8, 14)
#: The tables salvaged, parents first.
TABLES = ("conversations", "turns", "clips")
#: How many damaged stretches one table's reading jumps over before it gives up.
_MAX_JUMPS = 200
#: Longest time the ``sqlite3`` program may take to read a damaged file.
RECOVER_LIMIT = 120.0


@dataclass(frozen=True)
class Recovery:
    """What :func:`recover` did: where the damaged file now is, and what was salvaged."""

    copy: Path
    conversations: int
    turns: int
    method: str  # "sqlite3 .recover" or "row by row"


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the database file itself is damaged (not busy, locked or read-only)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def is_unwritable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database or its folder cannot be written (read-only, no
    permission, cannot create the journal), as opposed to busy or damaged."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _UNWRITABLE_CODES
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def check(conn: sqlite3.Connection) -> None:
    """Raise sqlite3.DatabaseError when the file is damaged (reads every page once)."""
    row = conn.execute("PRAGMA quick_check(1)").fetchone()
    if row is None or row[0] != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed ({row[0] if row else ''})")


def recover(database: Path) -> Recovery:
    """Move the damaged ``database`` aside and salvage it into a fresh one at the same path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = database.with_name(f"{database.stem}.damaged-{stamp}{database.suffix}")
    n = 1
    while copy.exists():
        n += 1
        copy = database.with_name(f"{database.stem}.damaged-{stamp}-{n}{database.suffix}")
    os.replace(database, copy)
    for ext in ("-wal", "-shm"):
        side = Path(f"{database}{ext}")
        if side.exists():
            os.replace(side, Path(f"{copy}{ext}"))
    source, method = copy, "row by row"
    salvage = database.with_name(f".{database.name}.salvage")
    with contextlib.suppress(FileNotFoundError):
        salvage.unlink()
    if _sqlite_recover(copy, salvage):
        source, method = salvage, "sqlite3 .recover"
    try:
        conversations, turns = _copy_rows(source, database)
    finally:
        with contextlib.suppress(FileNotFoundError):
            salvage.unlink()
    log.info("history damaged: kept as %s, %d turns salvaged (%s)", copy, turns, method)
    return Recovery(copy, conversations, turns, method)


def _sqlite_recover(damaged: Path, into: Path) -> bool:
    """Run ``sqlite3 DAMAGED .recover | sqlite3 INTO``; False when the program is missing or
    fails."""
    program = shutil.which("sqlite3")
    if program is None:
        return False
    try:
        dump = subprocess.run(
            [program, "-readonly", str(damaged), ".recover"],
            capture_output=True,
            timeout=RECOVER_LIMIT,
            check=False,
        )
        if not dump.stdout:
            return False
        subprocess.run(
            [program, str(into)],
            input=dump.stdout,
            capture_output=True,
            timeout=RECOVER_LIMIT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    if not into.exists():
        return False
    try:  # some versions of the program fail on some damage and write nothing usable
        with contextlib.closing(sqlite3.connect(f"file:{into}?mode=ro", uri=True)) as conn:
            return bool(_columns(conn, "turns"))
    except sqlite3.Error:
        return False


def _copy_rows(source: Path, target: Path) -> tuple[int, int]:
    """Copy what reads from ``source`` into a new database at ``target``: (conversations, turns)."""
    new = sqlite3.connect(target, isolation_level=None)
    try:
        new.execute("PRAGMA journal_mode = WAL")
        migrate(new)
        try:
            old = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        except sqlite3.Error:
            return 0, 0
        try:
            counts = {table: _copy_table(old, new, table) for table in TABLES}
        finally:
            old.close()
        _adopt_orphans(new)
        new.execute("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')")
        return counts["conversations"], counts["turns"]
    finally:
        new.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]
    except sqlite3.Error:
        return []


def _copy_table(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> int:
    names = [c for c in _columns(new, table) if c in set(_columns(old, table))]
    if not names:
        return 0
    key = "key" if table == "clips" else "id"
    columns = ", ".join(names)
    marks = ", ".join("?" * len(names))
    copied = 0
    new.execute("BEGIN")
    for row in _readable_rows(old, table, columns):
        try:
            cur = new.execute(f"INSERT OR IGNORE INTO {table} ({columns}) VALUES ({marks})", row)
        except sqlite3.Error:
            continue
        copied += cur.rowcount if cur.rowcount > 0 else 0
    new.execute("COMMIT")
    log.info("salvaged %d rows of %s (by %s)", copied, table, key)
    return copied


def _readable_rows(
    old: sqlite3.Connection, table: str, columns: str
) -> Iterator[tuple[object, ...]]:
    """The rows of ``table`` that still read, in rowid order. Where a row fails (a damaged page),
    reading goes on past it, jumping 1, 2, 4 ... rowids ahead until rows read again; a last pass
    from the end back picks up what the jumps stepped over."""
    seen: set[int] = set()
    after, step, failures = -(2**63), 1, 0
    while failures < _MAX_JUMPS:
        try:
            cur = old.execute(
                f"SELECT rowid, {columns} FROM {table} WHERE rowid > ? ORDER BY rowid", (after,)
            )
            for row in iter(cur.fetchone, None):
                after, step = row[0], 1
                if row[0] not in seen:
                    seen.add(row[0])
                    yield tuple(row[1:])
            break
        except sqlite3.Error:
            failures += 1
            after, step = min(after + step, 2**63 - 2), step * 2
    try:
        cur = old.execute(f"SELECT rowid, {columns} FROM {table} ORDER BY rowid DESC")
        for row in iter(cur.fetchone, None):
            if row[0] not in seen:
                seen.add(row[0])
                yield tuple(row[1:])
    except sqlite3.Error:
        return


def _adopt_orphans(new: sqlite3.Connection) -> None:
    """Give turns whose conversation was lost a conversation of their own."""
    rows = new.execute(
        "SELECT DISTINCT conversation_id, MIN(created_at) FROM turns WHERE conversation_id NOT IN "
        "(SELECT id FROM conversations) GROUP BY conversation_id"
    ).fetchall()
    for cid, created in rows:
        new.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (cid, "", created or time.time(), created or time.time()),
        )
