"""Where a transcript differs from the text that was asked, word by word (difflib).

Case and punctuation are ignored, so "Hello, world." said as "hello world" is as asked.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class DiffPiece:
    """Words of a transcript compared with the text asked: ``same``, ``added`` (said but not
    asked) or ``missing`` (asked but not said)."""

    kind: Literal["same", "added", "missing"]
    text: str


def _norm(word: str) -> str:
    bare = re.sub(r"[^\w']+", "", word.casefold()).strip("'")
    return bare or word.casefold()


def word_diff(asked: str, said: str) -> list[DiffPiece]:
    """Where ``said`` differs from ``asked``, word by word (case and punctuation ignored).

    Consecutive words of one kind come as one piece; the words shown are the transcript's,
    except for missing ones.
    """
    a, b = asked.split(), said.split()
    matcher = difflib.SequenceMatcher(
        a=[_norm(w) for w in a], b=[_norm(w) for w in b], autojunk=False
    )
    pieces: list[DiffPiece] = []

    def add(kind: Literal["same", "added", "missing"], words: Sequence[str]) -> None:
        if not words:
            return
        if pieces and pieces[-1].kind == kind:
            pieces[-1] = DiffPiece(kind, f"{pieces[-1].text} {' '.join(words)}")
        else:
            pieces.append(DiffPiece(kind, " ".join(words)))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", b[j1:j2])
        else:
            add("missing", a[i1:i2])
            add("added", b[j1:j2])
    return pieces


def differs(pieces: Sequence[DiffPiece]) -> bool:
    return any(p.kind != "same" for p in pieces)


def diff_summary(pieces: Sequence[DiffPiece]) -> str:
    """``as asked``, or the differences in a line: ``-missing words +added words``."""
    if not differs(pieces):
        return "as asked"
    parts = [f"{'-' if p.kind == 'missing' else '+'}{p.text}" for p in pieces if p.kind != "same"]
    return "differs: " + " ".join(parts)
