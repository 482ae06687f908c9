"""Voice audition: the same text in several voices (and models), requested side by side.

Qt-free, so ``parley compare`` and the window's compare panel share it. One
:class:`AuditionRunner` runs the rows of an :class:`AuditionSpec` concurrently (at most
``spec.concurrency`` requests at a time) over ONE shared :class:`ChatClient`. Nothing is paid for
twice: before a row is requested, the store's clip cache is asked for a clip with the same
endpoint, model, voice, format, instructions and text; a hit fills the row as ``cached``, and
every fresh clip goes into the cache. ``fresh=True`` forces a new take.

A row reports through the runner's listener (called on the loop's thread) each time its status,
progress, transcript or audio changes. Cache reads and writes and audio probing run in worker
threads, so the loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from app.core import catalog
from app.core.client import ChatClient
from app.core.clips import Clip, ClipCache, clip_key
from app.core.conversation import Audio, Turn, Usage
from app.core.errors import ParleyError
from app.core.events import AudioDelta, ChatRequest, TranscriptDelta
from app.core.reply import Reply
from app.core.store_files import StoreError
from app.core.studio.vibes import Vibe, speaking_instructions
from app.core.word_diff import DiffPiece, diff_summary, differs, word_diff

__all__ = [
    "EXACT_INSTRUCTIONS",
    "AuditionRunner",
    "AuditionSpec",
    "DiffPiece",
    "Row",
    "SpecProblem",
    "Status",
    "diff_summary",
    "differs",
    "summary_row",
    "word_diff",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

#: The system prompt of exact-words mode: the model says the text, and nothing else.
EXACT_INSTRUCTIONS = (
    "Read the user's message aloud verbatim: say exactly its words, in the same order, and "
    "nothing else. Do not answer it, comment on it, translate it or add anything before or after."
)
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 16
DEFAULT_FORMAT = "wav"


class Status(StrEnum):
    QUEUED = "queued"
    REQUESTING = "requesting"
    DONE = "done"
    CACHED = "cached"
    FAILED = "failed"
    CANCELLED = "cancelled"


SETTLED = (Status.DONE, Status.CACHED, Status.FAILED, Status.CANCELLED)


class SpecProblem(ValueError):
    """An audition that cannot be run, said in one sentence for the user."""


@dataclass(frozen=True)
class AuditionSpec:
    """What to audition. Rows come model by model, voices in the order given."""

    text: str
    voices: tuple[str, ...]
    models: tuple[str, ...] = (catalog.DEFAULT_MODEL,)
    exact: bool = True
    format: str = DEFAULT_FORMAT
    concurrency: int = DEFAULT_CONCURRENCY
    #: How to speak: each vibe is an axis of the audition (None: no vibe).
    vibes: tuple[Vibe | None, ...] = (None,)

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise SpecProblem("Write the text the voices should say.")
        if not [v for v in self.voices if v.strip()]:
            raise SpecProblem("Choose at least one voice.")
        if not [m for m in self.models if m.strip()]:
            raise SpecProblem("Choose at least one model.")
        if self.format not in catalog.FORMATS:
            raise SpecProblem(f"Parley cannot ask for audio as {self.format!r}.")
        if not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise SpecProblem(f"Run between 1 and {MAX_CONCURRENCY} requests at a time.")

    @property
    def instructions(self) -> str:
        """The system prompt sent (and part of the cache key): empty when not exact."""
        return EXACT_INSTRUCTIONS if self.exact else ""

    def instructions_for(self, vibe: Vibe | None) -> str:
        """The system prompt of a row spoken with ``vibe``."""
        return speaking_instructions(self.instructions, vibe)

    def vibe_named(self, name: str) -> Vibe | None:
        return next((v for v in self.vibes if v is not None and v.name == name), None)

    def cells(self) -> list[tuple[str, str, Vibe | None]]:
        """(voice, model, vibe) of every row: model by model, each voice in every vibe."""
        vibes = list(dict.fromkeys(self.vibes)) or [None]
        return [(voice, model, vibe) for voice, model in self.pairs() for vibe in vibes]

    def pairs(self) -> list[tuple[str, str]]:
        """(voice, model) of every row, without repeats."""
        voices = list(dict.fromkeys(v.strip() for v in self.voices if v.strip()))
        models = list(dict.fromkeys(m.strip() for m in self.models if m.strip()))
        return [(voice, model) for model in models for voice in voices]

    def request(self, voice: str, model: str, vibe: Vibe | None = None) -> ChatRequest:
        """The request of one row. pcm16 streams (so its progress shows); other formats come
        whole, as the API streams nothing else."""
        return ChatRequest(
            turns=[Turn("user", self.text)],
            model=model,
            voice=voice,
            format=self.format,
            stream=self.format == catalog.STREAM_FORMAT,
            system_prompt=self.instructions_for(vibe),
        )


# --------------------------------------------------------------------------- rows


@dataclass(eq=False)
class Row:
    """One voice x model of an audition, as it fills in."""

    index: int
    voice: str
    model: str
    key: str
    #: The vibe's name ("" for none).
    vibe: str = ""
    status: Status = Status.QUEUED
    transcript: str = ""
    #: The clip: its file in the clip cache, or its bytes in memory when there is no cache.
    audio: Audio | None = None
    duration: float = 0.0
    error: str = ""
    #: The typed error behind ``error`` (the window words it in the user's language).
    failure: ParleyError | None = None
    #: Seconds of audio received so far (a streamed row's progress).
    received: float = 0.0
    #: Why a fresh clip could not be kept in the cache (the row still has its audio).
    note: str = ""
    started_at: float | None = None
    finished_at: float | None = None
    diff: list[DiffPiece] = field(default_factory=list)
    #: What the fresh request used (None for a cached clip, or when the server said nothing).
    usage: Usage | None = None

    @property
    def name(self) -> str:
        base = f"{self.voice} · {self.model}"
        return f"{base} · {self.vibe}" if self.vibe else base

    @property
    def ok(self) -> bool:
        return self.status in (Status.DONE, Status.CACHED) and self.audio is not None

    @property
    def settled(self) -> bool:
        return self.status in SETTLED

    @property
    def elapsed(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.finished_at or time.monotonic()) - self.started_at


Listener = Callable[[Row], None]


class AuditionRunner:
    """Runs auditions on the running asyncio loop. ``start`` a spec, then ``wait`` (or ``run``
    for both); ``retry`` one row; ``cancel_all``. ``rows`` are the current audition's rows."""

    def __init__(
        self,
        client: ChatClient,
        clips: ClipCache | None = None,
        *,
        listener: Listener | None = None,
    ) -> None:
        self.client = client
        self.clips = clips
        self.listener = listener
        self.spec: AuditionSpec | None = None
        self.rows: list[Row] = []
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._gate = asyncio.Semaphore(DEFAULT_CONCURRENCY)

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks.values())

    def start(self, spec: AuditionSpec, *, fresh: bool = False) -> list[Row]:
        """Begin an audition (stopping any running one); the rows come back queued."""
        self.cancel_all()
        self.spec = spec
        self._gate = asyncio.Semaphore(spec.concurrency)
        self.rows = [
            Row(
                index=n,
                voice=voice,
                model=model,
                vibe=vibe.name if vibe is not None else "",
                key=clip_key(
                    self.client.base_url,
                    model=model,
                    voice=voice,
                    fmt=spec.format,
                    instructions=spec.instructions_for(vibe),
                    text=spec.text,
                ),
            )
            for n, (voice, model, vibe) in enumerate(spec.cells())
        ]
        self._tasks = {}
        for row in self.rows:
            self._launch(row, fresh)
        return self.rows

    def retry(self, index: int, *, fresh: bool = False) -> None:
        """Request row ``index`` again (a failed row, or a fresh take of a done or cached one)."""
        if not 0 <= index < len(self.rows) or self.spec is None:
            return
        task = self._tasks.get(index)
        if task is not None and not task.done():
            return
        old = self.rows[index]
        row = Row(index=index, voice=old.voice, model=old.model, key=old.key, vibe=old.vibe)
        self.rows[index] = row
        self._launch(row, fresh)
        self._notify(row)

    def cancel_all(self) -> None:
        """Stop every request; rows not yet settled become ``cancelled``."""
        for task in self._tasks.values():
            task.cancel()

    async def wait(self) -> None:
        """Until every row (retries too) has settled."""
        while pending := [t for t in self._tasks.values() if not t.done()]:
            await asyncio.gather(*pending, return_exceptions=True)

    async def run(self, spec: AuditionSpec, *, fresh: bool = False) -> list[Row]:
        self.start(spec, fresh=fresh)
        await self.wait()
        return self.rows

    async def aclose(self) -> None:
        self.cancel_all()
        await self.wait()

    # ------------------------------------------------------------------ one row

    def _launch(self, row: Row, fresh: bool) -> None:
        assert self.spec is not None
        self._tasks[row.index] = asyncio.ensure_future(self._fill(row, self.spec, fresh))

    def _notify(self, row: Row) -> None:
        current = self.rows[row.index] if row.index < len(self.rows) else None
        if self.listener is not None and current is row:
            self.listener(row)

    async def _fill(self, row: Row, spec: AuditionSpec, fresh: bool) -> None:
        try:
            if not fresh and self.clips is not None:
                clip = await self._cached(row.key)
                if clip is not None:
                    self._use_clip(row, clip, spec)
                    row.status = Status.CACHED
                    return
            async with self._gate:
                row.status = Status.REQUESTING
                row.started_at = time.monotonic()
                self._notify(row)
                reply = await self._request(row, spec)
                row.usage = reply.usage
                await self._keep(row, reply, spec)
                row.status = Status.DONE
        except asyncio.CancelledError:
            row.status, row.error = Status.CANCELLED, "Stopped."
            raise
        except ParleyError as err:
            row.status, row.error, row.failure = Status.FAILED, err.user_message, err
        except Exception as exc:  # a row's failure must never take the others down
            log.exception("audition row %s failed", row.name)
            row.status, row.error = Status.FAILED, f"Parley could not finish this clip: {exc}"
        finally:
            row.finished_at = time.monotonic()
            self._notify(row)

    async def _request(self, row: Row, spec: AuditionSpec) -> Reply:
        request = spec.request(row.voice, row.model, spec.vibe_named(row.vibe))
        async with self.client.chat(request) as stream:
            async for event in stream:
                if isinstance(event, TranscriptDelta):
                    row.transcript += event.text
                    self._notify(row)
                elif isinstance(event, AudioDelta) and event.format == catalog.STREAM_FORMAT:
                    row.received += len(event.data) / (2 * catalog.PCM16_RATE)
                    self._notify(row)
        reply = stream.reply if stream.reply is not None else stream.partial_reply()
        if not reply.audio:
            raise ParleyError("The reply carried no audio.")
        return reply

    async def _keep(self, row: Row, reply: Reply, spec: AuditionSpec) -> None:
        """Put a fresh clip in the cache (and point the row at the cached file)."""
        row.transcript = reply.transcript
        row.diff = word_diff(spec.text, reply.transcript)
        clips = self.clips
        if clips is not None:
            try:
                clip = await _in_thread(
                    lambda: clips.put(
                        row.key,
                        base_url=self.client.base_url,
                        model=row.model,
                        voice=row.voice,
                        requested_format=spec.format,
                        instructions=spec.instructions_for(spec.vibe_named(row.vibe)),
                        text=spec.text,
                        audio=reply.audio,
                        transcript=reply.transcript,
                    )
                )
            except (StoreError, OSError, sqlite3.Error) as exc:
                message = exc.user_message if isinstance(exc, StoreError) else str(exc)
                row.note = f"Not kept in the clip cache: {message}"
            else:
                row.audio = clip.audio
                known = clip.audio.duration
                row.duration = known if known else await _in_thread(reply.duration)
                return
        row.audio = Audio(reply.format, data=reply.audio)
        row.duration = await _in_thread(reply.duration)

    def _use_clip(self, row: Row, clip: Clip, spec: AuditionSpec) -> None:
        row.transcript = clip.transcript
        row.diff = word_diff(spec.text, clip.transcript)
        row.audio = clip.audio
        row.duration = clip.audio.duration or 0.0

    async def _cached(self, key: str) -> Clip | None:
        clips = self.clips
        if clips is None:
            return None
        try:
            return await _in_thread(lambda: clips.get(key))
        except (StoreError, OSError, sqlite3.Error) as exc:
            log.warning("clip cache unreadable, asking the server: %s", exc)
            return None


async def _in_thread(fn: Callable[[], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, fn)


def summary_row(row: Row, file: str | None = None) -> dict[str, Any]:
    """A row as plain data (the CLI's summary.json)."""
    return {
        "voice": row.voice,
        "model": row.model,
        "vibe": row.vibe or None,
        "status": row.status.value,
        "cached": row.status == Status.CACHED,
        "file": file,
        "duration": round(row.duration, 3) if row.ok else None,
        "transcript": row.transcript if row.ok else None,
        "as_asked": (not differs(row.diff)) if row.ok else None,
        "differences": diff_summary(row.diff) if row.ok else None,
        "error": row.error or None,
    }
