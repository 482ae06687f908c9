"""Full-text search over the history's prompts and transcripts (SQLite FTS5)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    """A turn that matched: where it is, and the matching words in context (``snippet``).

    ``turn_id`` is the take in use at that place in the conversation (the match may be in one of
    its variants); ``turn_number`` counts from 1 as the export and ``transcript.md`` number turns.
    """

    conversation_id: int
    turn_id: int
    turn_number: int
    title: str
    snippet: str


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word of ``text`` quoted (no operators), the last one a prefix."""
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_turns(
    conn: sqlite3.Connection, text: str, *, limit: int, marks: tuple[str, str]
) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    rows = conn.execute(
        "SELECT t.conversation_id, chosen.id, c.title, "
        "snippet(turns_fts, 0, ?, ?, '…', 12), "
        "(SELECT COUNT(*) FROM turns n WHERE n.conversation_id = t.conversation_id "
        " AND n.chosen = 1 AND n.position <= t.position) "
        "FROM turns_fts "
        "JOIN turns t ON t.id = turns_fts.rowid "
        "JOIN turns chosen ON chosen.conversation_id = t.conversation_id "
        " AND chosen.position = t.position AND chosen.chosen = 1 "
        "JOIN conversations c ON c.id = t.conversation_id "
        "WHERE turns_fts MATCH ? ORDER BY rank LIMIT ?",
        (marks[0], marks[1], query, limit * 2),
    ).fetchall()
    hits: list[SearchHit] = []
    seen: set[int] = set()
    for conversation_id, turn_id, title, snippet, number in rows:
        if turn_id in seen:
            continue
        seen.add(turn_id)
        hits.append(SearchHit(int(conversation_id), int(turn_id), int(number), title, snippet))
        if len(hits) >= limit:
            break
    return hits


def count_turns(conn: sqlite3.Connection, text: str) -> int:
    """How many turns ``search_turns`` would find without a limit (places in conversations: a
    match in several takes of one turn counts once)."""
    query = fts_query(text)
    if not query:
        return 0
    (count,) = conn.execute(
        "SELECT COUNT(DISTINCT chosen.id) FROM turns_fts "
        "JOIN turns t ON t.id = turns_fts.rowid "
        "JOIN turns chosen ON chosen.conversation_id = t.conversation_id "
        " AND chosen.position = t.position AND chosen.chosen = 1 "
        "WHERE turns_fts MATCH ?",
        (query,),
    ).fetchone()
    return int(count)
