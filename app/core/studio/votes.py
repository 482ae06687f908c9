"""The blind votes, kept in the history database (table ``votes``): who spoke as A and as B,
what was said, what the listener chose and when. Reached as ``store.votes``; shares the store's
connection and lock. The leaderboard is computed from them (app.core.studio.ratings).
"""

from __future__ import annotations

import sqlite3
import threading
import time

from app.core.studio.ratings import OUTCOMES, Contender, Outcome, Vote


class VoteBook:
    """add / all / clear of blind votes. Thread-safe through the store's lock."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock

    def add(self, vote: Vote) -> None:
        if vote.outcome not in OUTCOMES:
            raise ValueError(f"a vote is one of {OUTCOMES}, not {vote.outcome!r}")
        with self._lock:
            self._conn.execute(
                "INSERT INTO votes (a_voice, a_model, a_vibe, b_voice, b_model, b_vibe, outcome, "
                "text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (vote.a.voice, vote.a.model, vote.a.vibe, vote.b.voice, vote.b.model,
                 vote.b.vibe, vote.outcome, vote.text, vote.created_at or time.time()),
            )  # fmt: skip

    def all(self) -> list[Vote]:
        """Every vote, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT a_voice, a_model, a_vibe, b_voice, b_model, b_vibe, outcome, text, "
                "created_at FROM votes ORDER BY id"
            ).fetchall()
        return [
            Vote(
                Contender(r[0], r[1], r[2]), Contender(r[3], r[4], r[5]), _outcome(r[6]), r[7], r[8]
            )
            for r in rows
        ]

    def count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM votes").fetchone()[0])

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM votes")


def _outcome(text: str) -> Outcome:
    for outcome in OUTCOMES:
        if outcome == text:
            return outcome
    return "tie"
