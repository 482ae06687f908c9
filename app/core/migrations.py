"""The history database's schema, as the list of steps that built it (``PRAGMA user_version``).

Step N takes a database at ``user_version`` N-1 to N. A step runs inside one ``BEGIN IMMEDIATE``
transaction together with its ``user_version`` bump, so a crash mid-migration leaves the old
schema intact, and two processes opening the same old database migrate it once.
Steps are lists of statements (not scripts) because trigger bodies contain semicolons.
"""

from __future__ import annotations

import sqlite3
from typing import Final

_V1_TABLES: Final = [
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL DEFAULT '',
        system_prompt TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    )""",
    # One row per take. The takes of one turn share (conversation_id, position); exactly one
    # of them is ``chosen`` (the take in use), the others are its variants.
    """CREATE TABLE turns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        chosen INTEGER NOT NULL DEFAULT 1 CHECK (chosen IN (0, 1)),
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        text TEXT NOT NULL DEFAULT '',
        voice TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        requested_format TEXT NOT NULL DEFAULT '',
        audio_file TEXT,
        audio_format TEXT,
        duration REAL,
        audio_id TEXT,
        expires_at INTEGER,
        usage TEXT,
        partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
        created_at REAL NOT NULL
    )""",
    "CREATE INDEX turns_by_conversation ON turns (conversation_id, position)",
    """CREATE UNIQUE INDEX one_chosen_take ON turns (conversation_id, position)
        WHERE chosen = 1""",
    "CREATE INDEX conversations_by_use ON conversations (updated_at DESC)",
]

# Full-text search over prompts and transcripts: an external-content FTS5 table over
# turns.text, kept in sync by triggers (so the text is stored once).
_V2_SEARCH: Final = [
    """CREATE VIRTUAL TABLE turns_fts USING fts5(
        text, content='turns', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN
        INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER turns_fts_update AFTER UPDATE OF text ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
    END""",
    "INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')",
]

# The voice-audition clip cache: one rendered sample per (endpoint, model, voice, format,
# instructions, text), keyed by a hash of those.
_V3_CLIPS: Final = [
    """CREATE TABLE clips (
        key TEXT PRIMARY KEY,
        endpoint TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        voice TEXT NOT NULL DEFAULT '',
        requested_format TEXT NOT NULL DEFAULT '',
        instructions TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        transcript TEXT NOT NULL DEFAULT '',
        audio_file TEXT NOT NULL,
        audio_format TEXT NOT NULL,
        duration REAL,
        created_at REAL NOT NULL
    )""",
    "CREATE INDEX clips_by_time ON clips (created_at DESC)",
]

# Blind auditions: one row per vote (who was A, who was B, what the listener chose).
_V4_VOTES: Final = [
    """CREATE TABLE votes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        a_voice TEXT NOT NULL,
        a_model TEXT NOT NULL DEFAULT '',
        a_vibe TEXT NOT NULL DEFAULT '',
        b_voice TEXT NOT NULL,
        b_model TEXT NOT NULL DEFAULT '',
        b_vibe TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL CHECK (outcome IN ('a', 'b', 'tie', 'bad')),
        text TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL
    )""",
]

MIGRATIONS: Final[list[list[str]]] = [_V1_TABLES, _V2_SEARCH, _V3_CLIPS, _V4_VOTES]
LATEST: Final = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The database was written by a newer Parley than this one."""


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Bring the database up to ``target``; returns the version it started at.

    ``conn`` must be in autocommit mode (``isolation_level=None``); each step commits on its own.
    """
    start = user_version(conn)
    if start > LATEST:
        raise SchemaTooNew(
            f"the history database is from a newer Parley (schema {start}, this one knows "
            f"{LATEST}); update Parley to open it"
        )
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = user_version(conn)  # another process may have migrated meanwhile
            if current >= target:
                conn.execute("COMMIT")
                return start
            for statement in MIGRATIONS[current]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
