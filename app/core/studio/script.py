"""A script to narrate: paragraphs (blank-line separated) read from a UTF-8 text file, the long
ones split at sentence ends into parts a model reads in one reply, each piece with its file stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

#: Longest piece sent in one request, in characters (about two minutes of speech).
MAX_CHARS = 1500

ScriptProblem = Literal["missing", "unreadable", "not_utf8", "empty"]


class ScriptError(Exception):
    """A script that cannot be narrated: ``kind``, the file, and where (``line``) for bad bytes."""

    def __init__(self, kind: ScriptProblem, path: Path, line: int = 0, detail: str = "") -> None:
        super().__init__(f"{path}: {kind}" + (f" (line {line})" if line else ""))
        self.kind: ScriptProblem = kind
        self.path = path
        self.line = line
        self.detail = detail


@dataclass(frozen=True)
class Piece:
    """Paragraph ``number`` (from 1), or part ``part`` of ``parts`` of it."""

    number: int
    text: str
    part: int = 1
    parts: int = 1

    @property
    def stem(self) -> str:
        """The file name without extension: ``003``, or ``003-part2of3`` for a split paragraph."""
        base = f"{self.number:03d}"
        return f"{base}-part{self.part}of{self.parts}" if self.parts > 1 else base

    @property
    def label(self) -> str:
        whole = f"paragraph {self.number}"
        return f"{whole}, part {self.part} of {self.parts}" if self.parts > 1 else whole


def read_script(path: Path) -> list[str]:
    """The paragraphs of the script at ``path`` (raises ScriptError)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ScriptError("missing", path) from exc
    except OSError as exc:
        raise ScriptError("unreadable", path, detail=exc.strerror or str(exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ScriptError("not_utf8", path, line=line) from exc
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ScriptError("empty", path)
    return paragraphs


_SENTENCE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")


def split_long(paragraph: str, max_chars: int = MAX_CHARS) -> list[str]:
    """``paragraph`` in parts of at most ``max_chars``, cut at sentence ends (at a word when
    one sentence alone is longer)."""
    if len(paragraph) <= max_chars:
        return [paragraph]
    parts: list[str] = []
    current = ""
    for sentence in (s for s in _SENTENCE.split(paragraph) if s.strip()):
        for chunk in _words_within(sentence.strip(), max_chars):
            joined = f"{current} {chunk}".strip()
            if len(joined) <= max_chars:
                current = joined
            else:
                parts.append(current)
                current = chunk
    if current:
        parts.append(current)
    return parts


def _words_within(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    chunks, current = [], ""
    for word in sentence.split():
        if current and len(current) + 1 + len(word) > max_chars:
            chunks.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*chunks, current] if current else chunks


def plan(paragraphs: list[str], max_chars: int = MAX_CHARS) -> list[Piece]:
    """The pieces to narrate, in order."""
    pieces: list[Piece] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        parts = split_long(paragraph, max_chars)
        pieces += [Piece(number, text, n, len(parts)) for n, text in enumerate(parts, start=1)]
    return pieces
