"""Salvaging a damaged history: the damaged file is kept, what reads is copied into a fresh
database, turns whose conversation was lost get one of their own, and search works again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core import store_recover
from app.core.conversation import Turn
from app.core.store import Store


def _history(root: Path, n: int) -> Path:
    with Store(root) as store:
        for i in range(n):
            cid = store.create_conversation()
            store.add_turn(cid, Turn("user", f"question {i} about tides"))
            store.add_turn(cid, Turn("assistant", f"answer {i}"))
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return root / "history.sqlite3"


@pytest.mark.parametrize("program", [True, False], ids=["sqlite3-program", "row-by-row"])
def test_recover_keeps_the_file_and_adopts_orphan_turns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, program: bool
) -> None:
    db = _history(tmp_path, 5)
    with sqlite3.connect(db) as conn:  # conversation 2 lost, its turns left
        conn.execute("DELETE FROM conversations WHERE id = 2")
    original = db.read_bytes()
    if not program:
        monkeypatch.setenv("PATH", "/nonexistent")
    done = store_recover.recover(db)
    assert done.copy.read_bytes() == original, "the damaged file is kept as it was"
    assert done.turns == 10 and done.conversations == 4
    # Debian 12's sqlite3 (3.40.1) writes no rows with .recover: then it is row by row there too.
    assert done.method in (("sqlite3 .recover", "row by row") if program else ("row by row",))
    with Store(tmp_path) as store:
        assert store.recovery is None
        assert sorted(c.id for c in store.list_conversations()) == [1, 2, 3, 4, 5]
        assert [t.text for t in store.load_conversation(2).turns] == [
            "question 1 about tides",
            "answer 1",
        ]
        assert store.count_matches("tides") == 5, "the search index is rebuilt"


def test_damage_and_other_errors_are_told_apart() -> None:
    damaged = sqlite3.DatabaseError("database disk image is malformed")
    damaged.sqlite_errorcode = 11  # type: ignore[attr-defined]
    read_only = sqlite3.OperationalError("attempt to write a readonly database")
    read_only.sqlite_errorcode = 8  # type: ignore[attr-defined]
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert store_recover.is_damage(damaged) and not store_recover.is_unwritable(damaged)
    assert store_recover.is_unwritable(read_only) and not store_recover.is_damage(read_only)
    assert not store_recover.is_damage(busy) and not store_recover.is_unwritable(busy)
