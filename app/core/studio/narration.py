"""Narrating a script to files: each piece (app.core.studio.script) spoken word for word in one
voice (and vibe), saved as its own numbered file, then one joined file with a chapter per piece
and its captions (app.core.studio.podcast).

Resumable: ``narration.json`` in the folder records, per file, what it was made from (endpoint,
model, voice, vibe, format and words); a later run redoes only the pieces that are missing or
changed, and takes clips already paid for from the clip cache. Each file and the record are
written as soon as a piece is done, so a run stopped halfway keeps everything finished. A piece
that failed, or whose transcript shows the model cut it short or said something else, is asked
for once more (a fresh take) before it is reported.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from app.audio.codecs import CodecError, transcode
from app.audio.export import ExportError, write_atomic
from app.core import catalog
from app.core.audition import AuditionRunner, AuditionSpec, Row
from app.core.client import ChatClient
from app.core.clips import ClipCache, public_endpoint
from app.core.context import text_tokens
from app.core.conversation import Audio, Conversation, Turn, Usage
from app.core.judge import OUTPUT_AUDIO_TOKENS_PER_SECOND
from app.core.studio.script import Piece
from app.core.studio.vibes import Vibe
from app.core.word_diff import word_diff

MANIFEST = "narration.json"
JOINED = "narration"
#: Speech runs about 2.5 words a second; used for the estimate before anything is asked.
WORDS_PER_SECOND = 2.5
#: A transcript with fewer than this share of the words asked was cut short (or refused).
ENOUGH_WORDS = 0.85

Outcome = Literal["new", "kept", "cached", "failed"]


@dataclass(frozen=True)
class NarrationSpec:
    voice: str
    model: str = catalog.DEFAULT_MODEL
    vibe: Vibe | None = None
    format: str = "mp3"

    def audition(self, text: str) -> AuditionSpec:
        """One piece as a one-row audition (exact words, the vibe, the cache's key)."""
        return AuditionSpec(
            text=text,
            voices=(self.voice,),
            models=(self.model,),
            exact=True,
            format="wav" if self.format != "pcm16" else "pcm16",
            concurrency=1,
            vibes=(self.vibe,),
        )


@dataclass
class PieceResult:
    piece: Piece
    outcome: Outcome
    file: str = ""
    seconds: float = 0.0
    #: Why it failed, or what was off in the take kept (the words cut or changed).
    problem: str = ""
    retried: bool = False


@dataclass
class NarrationResult:
    pieces: list[PieceResult] = field(default_factory=list)
    joined: Path | None = None
    captions: Path | None = None
    #: Why the joined file could not be made (the pieces' own files are kept).
    join_problem: str = ""

    @property
    def failed(self) -> list[PieceResult]:
        return [p for p in self.pieces if p.outcome == "failed"]


def estimate_usage(pieces: list[Piece], spec: NarrationSpec) -> Usage:
    """What asking for every piece would use: the words and instructions in, the words and
    about ``WORDS_PER_SECOND`` of speech out."""
    instructions = spec.audition("x").instructions_for(spec.vibe)
    prompt = sum(text_tokens(instructions) + text_tokens(p.text) + 6 for p in pieces)
    words = sum(text_tokens(p.text) for p in pieces)
    seconds = sum(len(p.text.split()) for p in pieces) / WORDS_PER_SECOND
    audio = round(seconds * OUTPUT_AUDIO_TOKENS_PER_SECOND)
    return Usage(
        prompt_tokens=prompt,
        prompt_text_tokens=prompt,
        completion_tokens=words + audio,
        completion_text_tokens=words,
        completion_audio_tokens=audio,
        total_tokens=prompt + words + audio,
    )


def piece_key(base_url: str, spec: NarrationSpec, piece: Piece) -> str:
    raw = json.dumps(
        [
            public_endpoint(base_url),
            spec.model,
            spec.voice,
            spec.vibe.instructions() if spec.vibe else "",
            spec.format,
            piece.text,
        ]
    )
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class Narrator:
    """Narrates pieces into ``folder``; ``listener`` hears of each piece as it settles."""

    def __init__(
        self,
        client: ChatClient,
        clips: ClipCache | None,
        folder: Path,
        spec: NarrationSpec,
        listener: Callable[[PieceResult, int, int], None] | None = None,
    ) -> None:
        self.client = client
        self.clips = clips
        self.folder = folder
        self.spec = spec
        self.listener = listener
        self.ext = catalog.EXTENSIONS.get(spec.format, spec.format)

    # The record of what is done ----------------------------------------------------------------
    def manifest(self) -> dict[str, dict[str, str]]:
        try:
            raw = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        files = raw.get("files") if isinstance(raw, dict) else None
        return files if isinstance(files, dict) else {}

    def _record(self, files: dict[str, dict[str, str]]) -> None:
        data = json.dumps({"made_by": "Parley", "files": files}, indent=2, ensure_ascii=False)
        write_atomic(self.folder / MANIFEST, (data + "\n").encode("utf-8"), overwrite=True)

    def file_name(self, piece: Piece) -> str:
        return f"{piece.stem}.{self.ext}"

    def missing(self, pieces: list[Piece]) -> list[Piece]:
        """The pieces a run has to ask for (not done, or done from other words or settings)."""
        files = self.manifest()
        return [p for p in pieces if not self._done(p, files)]

    def _done(self, piece: Piece, files: dict[str, dict[str, str]]) -> bool:
        entry = files.get(self.file_name(piece))
        return (
            entry is not None
            and entry.get("key") == piece_key(self.client.base_url, self.spec, piece)
            and (self.folder / self.file_name(piece)).is_file()
        )

    # Running -----------------------------------------------------------------------------------
    async def run(self, pieces: list[Piece], *, joined: bool = True) -> NarrationResult:
        """Narrate what is missing, then (with ``joined``) write the joined file and captions."""
        import asyncio

        self.folder.mkdir(parents=True, exist_ok=True)
        files = self.manifest()
        result = NarrationResult()
        changed = False
        for n, piece in enumerate(pieces, start=1):
            if self._done(piece, files):
                done = PieceResult(piece, "kept", self.file_name(piece))
            else:
                done = await self._narrate(piece)
                if done.outcome != "failed":
                    files[done.file] = {
                        "key": piece_key(self.client.base_url, self.spec, piece),
                        "text": piece.text,
                        "voice": self.spec.voice,
                        "vibe": self.spec.vibe.name if self.spec.vibe else "",
                    }
                    await asyncio.to_thread(self._record, files)
                    changed = True
            result.pieces.append(done)
            if self.listener is not None:
                self.listener(done, n, len(pieces))
        joined_path = self.folder / f"{JOINED}.{self.ext}"
        if joined and not result.failed and (changed or not joined_path.exists()):
            try:
                await asyncio.to_thread(self._join, pieces, joined_path)
            except ExportError as exc:
                result.join_problem = str(exc)
                return result
        if joined_path.exists() and not result.failed:
            result.joined = joined_path
            captions = joined_path.with_suffix(".srt")
            result.captions = captions if captions.exists() else None
        return result

    async def _narrate(self, piece: Piece) -> PieceResult:
        runner = AuditionRunner(self.client, self.clips)
        [row] = await runner.run(self.spec.audition(piece.text))
        problem = _problem(row, piece)
        retried = False
        if problem:
            retried = True
            runner.retry(0, fresh=True)
            await runner.wait()
            row = runner.rows[0]
            problem = _problem(row, piece)
        if not row.ok or row.audio is None:
            return PieceResult(piece, "failed", problem=problem, retried=retried)
        name = self.file_name(piece)
        try:
            await _save(row.audio, self.folder / name, self.spec.format)
        except (CodecError, OSError, ExportError) as exc:
            return PieceResult(piece, "failed", problem=str(exc), retried=retried)
        outcome: Outcome = "cached" if row.status.value == "cached" else "new"
        return PieceResult(piece, outcome, name, row.duration, problem, retried)

    def _join(self, pieces: list[Piece], path: Path) -> None:
        from app.core.studio.podcast import PODCAST_FORMATS, export_podcast

        fmt = self.spec.format if self.spec.format in PODCAST_FORMATS else "wav"
        turns = [
            Turn(
                "assistant",
                p.text,
                audio=Audio(fmt, path=self.folder / self.file_name(p)),
                voice=self.spec.voice,
            )
            for p in pieces
        ]
        export_podcast(Conversation(turns=turns), path, fmt=fmt, captions="srt", overwrite=True)


def _problem(row: Row, piece: Piece) -> str:
    """What is wrong with a row's take: it failed, or its words fall short of the piece's."""
    if not row.ok:
        return row.error or "no audio came back"
    asked = len(piece.text.split())
    said = sum(len(p.text.split()) for p in word_diff(piece.text, row.transcript)
               if p.kind == "same")  # fmt: skip
    if asked and said / asked < ENOUGH_WORDS:
        return f"the reply said {said} of the {asked} words"
    return ""


async def _save(audio: Audio, target: Path, fmt: str) -> None:
    import asyncio

    def work() -> None:
        data = audio.read_bytes()
        write_atomic(target, transcode(data, fmt), overwrite=True)

    await asyncio.to_thread(work)
