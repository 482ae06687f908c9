"""Export a conversation: a folder or .zip of numbered audio files with ``transcript.md`` and
``conversation.json``, or one joined audio file with short silences between the turns.

Audio files are named ``{n:02d}-{role}-{voice}.{ext}`` (``{n:02d}-user.{ext}`` for a user's
recording), ``n`` being the turn's number in the conversation, so an export of a few selected
turns keeps the numbers the full transcript shows. Only the takes in use are exported.
The JSON holds what the user said and heard, the voices, models and usage; never a key, a base
URL or the server's audio ids. Every output is written under a temporary name and renamed into
place when complete; a cancelled or failed export leaves nothing behind.

Blocking and CPU-heavy: the GUI runs it through ``run_in_executor`` with a ``threading.Event``.
"""

from __future__ import annotations

import json
import re
import time
import zipfile
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.audio.codecs import CodecError, Decoded, decode, encode
from app.audio.export import as_received, as_received_format
from app.core import export_io
from app.core.catalog import EXTENSIONS, FORMATS, PCM16_RATE, format_from_extension
from app.core.conversation import Conversation, Turn
from app.core.export_io import CancelFlag, ExportCancelled, ExportError

__all__ = [
    "EXPORT_FORMATS",
    "ORIGINAL",
    "ExportCancelled",
    "ExportError",
    "ExportResult",
    "export_conversation",
]

#: Keep each turn's audio as the server sent it (or the microphone recorded it); raw pcm16 is
#: saved as a WAV file of exactly the same samples.
ORIGINAL = "original"
EXPORT_FORMATS = (ORIGINAL, *FORMATS)
DEFAULT_GAP = 0.6

Progress = Callable[[int, int], None]


@dataclass
class ExportResult:
    path: Path
    #: Files written (names inside the folder or zip; the file itself when joined).
    files: list[str] = field(default_factory=list)
    #: Things the user should know (an audio file missing from the history, say).
    warnings: list[str] = field(default_factory=list)
    #: Length of the joined audio in seconds (joined exports only).
    seconds: float = 0.0


@dataclass
class _Item:
    number: int
    turn: Turn
    file_name: str | None = None
    note: str = ""


def export_conversation(
    conversation: Conversation,
    destination: Path,
    *,
    audio_format: str = ORIGINAL,
    joined: bool = False,
    turn_ids: Collection[int] | None = None,
    overwrite: bool = False,
    gap_seconds: float = DEFAULT_GAP,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ExportResult:
    """Export ``conversation`` (or the turns in ``turn_ids``) to ``destination``.

    ``destination`` ending in ``.zip`` makes a zip, else a folder; with ``joined`` it is the
    audio file, its format ``audio_format`` or (for ``original``) the one its extension names.
    ``progress(done, total)`` is called as turns are done; ``cancel.is_set()`` is checked between
    turns and stops the export with :class:`ExportCancelled`. Raises :class:`ExportError`.
    """
    if audio_format not in EXPORT_FORMATS:
        raise ExportError(
            f"Parley cannot export audio as {audio_format!r}; choose one of "
            + ", ".join(EXPORT_FORMATS)
            + "."
        )
    items = _select(conversation, turn_ids)
    destination = Path(destination).expanduser()
    if joined:
        return _export_joined(
            items,
            destination,
            fmt=audio_format,
            overwrite=overwrite,
            gap=gap_seconds,
            progress=progress,
            cancel=cancel,
        )
    is_zip = destination.suffix.lower() == ".zip"
    export_io.check_target(destination, overwrite, folder=not is_zip)
    result = ExportResult(path=destination)

    def write(put: Callable[[str, bytes], object]) -> None:
        _write_parts(
            conversation,
            items,
            fmt=audio_format,
            result=result,
            progress=progress,
            cancel=cancel,
            put=put,
        )

    with export_io.staged(destination, overwrite, folder=not is_zip) as tmp:
        if is_zip:
            with zipfile.ZipFile(tmp, "w") as archive:
                write(lambda name, data: _zip_put(archive, name, data))
        else:
            write(lambda name, data: (tmp / name).write_bytes(data))
    return result


def _select(conversation: Conversation, turn_ids: Collection[int] | None) -> list[_Item]:
    numbered = [_Item(n, t) for n, t in enumerate(conversation.turns, start=1)]
    if turn_ids is None:
        return numbered
    wanted = set(turn_ids)
    chosen = [item for item in numbered if item.turn.id in wanted]
    missing = wanted - {item.turn.id for item in chosen}
    if missing:
        listed = ", ".join(str(i) for i in sorted(missing))
        raise ExportError(f"The conversation has no turn {listed}.")
    if not chosen:
        raise ExportError("No turns were selected to export.")
    return chosen


def _zip_put(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    text = name.endswith((".md", ".json"))
    archive.writestr(name, data, zipfile.ZIP_DEFLATED if text else zipfile.ZIP_STORED)


def _write_parts(
    conversation: Conversation,
    items: list[_Item],
    *,
    fmt: str,
    result: ExportResult,
    progress: Progress | None,
    cancel: CancelFlag | None,
    put: Callable[[str, bytes], object],
) -> None:
    width = max(2, len(str(len(conversation.turns))))
    total = len(items)
    _report(progress, 0, total)
    for done, item in enumerate(items, start=1):
        _check(cancel)
        audio = item.turn.audio
        if audio is not None:
            try:
                data = audio.read_bytes()
            except OSError:
                item.note = "audio missing from the history"
                result.warnings.append(f"The audio of turn {item.number} is missing.")
                data = b""
            if data:
                real = as_received_format(audio.format) if fmt == ORIGINAL else fmt
                item.file_name = _file_name(item, width, EXTENSIONS.get(real, "bin"))
                saved = _as_received(item, data) if fmt == ORIGINAL else _transcode(item, data, fmt)
                put(item.file_name, saved)
                result.files.append(item.file_name)
        _report(progress, done, total)
    _check(cancel)
    put("transcript.md", transcript_markdown(conversation, items).encode("utf-8"))
    put("conversation.json", conversation_json(conversation, items, fmt).encode("utf-8"))
    result.files += ["transcript.md", "conversation.json"]


def _export_joined(
    items: list[_Item],
    destination: Path,
    *,
    fmt: str,
    overwrite: bool,
    gap: float,
    progress: Progress | None,
    cancel: CancelFlag | None,
) -> ExportResult:
    if fmt == ORIGINAL:
        fmt = format_from_extension(destination.suffix) or "wav"
    with_audio = [item for item in items if item.turn.audio is not None]
    if not with_audio:
        raise ExportError("There is no audio to join in the selected turns.", "no_audio")
    export_io.check_target(destination, overwrite, folder=False)
    result = ExportResult(path=destination, files=[destination.name])
    rate = export_io.joined_rate(fmt, [_rate_of(item) for item in with_audio])
    with export_io.staged(destination, overwrite, folder=False) as tmp:
        joiner = export_io.Joiner(tmp, fmt, rate, gap)
        added = 0
        total = len(with_audio)
        _report(progress, 0, total)
        for done, item in enumerate(with_audio, start=1):
            _check(cancel)
            clip = _decoded(item, result)
            if clip is not None:
                joiner.add(clip)
                added += 1
            _report(progress, done, total)
        joiner.close()
        if not added:
            raise ExportError("None of the selected turns' audio could be read.", "unreadable")
        result.seconds = joiner.seconds
        _check(cancel)
    return result


def _rate_of(item: _Item) -> int:
    """The sample rate of a turn's audio, from its header (pcm16 is always 24 kHz)."""
    audio = item.turn.audio
    if audio is None or audio.format == "pcm16" or audio.path is None:
        return PCM16_RATE
    import soundfile

    try:
        return int(soundfile.info(str(audio.path)).samplerate)
    except (OSError, RuntimeError, ValueError, TypeError):
        return PCM16_RATE


def _decoded(item: _Item, result: ExportResult) -> Decoded | None:
    audio = item.turn.audio
    assert audio is not None
    try:
        return decode(audio.read_bytes(), audio.format)
    except OSError:
        result.warnings.append(f"The audio of turn {item.number} is missing.")
    except CodecError:
        result.warnings.append(f"The audio of turn {item.number} cannot be read.")
    return None


def _as_received(item: _Item, data: bytes) -> bytes:
    """The turn's audio as received (raw pcm16 as a WAV file of the same samples)."""
    audio = item.turn.audio
    assert audio is not None
    try:
        return as_received(data, audio.format)
    except CodecError as exc:
        raise ExportError(
            f"The audio of turn {item.number} could not be saved: {exc}",
            "turn_audio",
            number=str(item.number),
        ) from exc


def _transcode(item: _Item, data: bytes, fmt: str) -> bytes:
    audio = item.turn.audio
    assert audio is not None
    try:
        if audio.format == fmt:
            return data
        clip = decode(data, audio.format)
        return encode(clip.samples, clip.rate, fmt)
    except CodecError as exc:
        raise ExportError(
            f"The audio of turn {item.number} could not be converted: {exc}",
            "turn_audio",
            number=str(item.number),
        ) from exc


def _check(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled("The export was cancelled.")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _file_name(item: _Item, width: int, ext: str) -> str:
    parts = [f"{item.number:0{width}d}", item.turn.role]
    voice = _UNSAFE.sub("_", item.turn.voice).strip("._")
    if item.turn.role == "assistant" and voice:
        parts.append(voice)
    return "-".join(parts) + f".{ext}"


def _when(stamp: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp)) if stamp else ""


def transcript_markdown(conversation: Conversation, items: list[_Item]) -> str:
    """The readable transcript: a heading per turn with who spoke (and in which voice)."""
    lines = [f"# {conversation.title or 'Conversation'}", ""]
    count = len(items)
    lines += [
        f"Exported from Parley on {_when(time.time())}, {count} turn{'s' if count != 1 else ''}.",
        "",
    ]
    if conversation.system_prompt.strip():
        lines += ["**System prompt:**", "", conversation.system_prompt.strip(), ""]
    for item in items:
        turn = item.turn
        who = "You" if turn.role == "user" else "Assistant"
        if turn.role == "assistant" and turn.voice:
            who += f" ({turn.voice})"
        lines += [f"## {item.number}. {who}", ""]
        text = turn.text.strip()
        empty = "*(spoken prompt)*" if turn.role == "user" else "*(no transcript)*"
        lines += [text or empty, ""]
        if item.file_name:
            seconds = turn.audio.duration if turn.audio is not None else None
            length = f" ({seconds:.1f} s)" if seconds else ""
            lines += [f"Audio: `{item.file_name}`{length}", ""]
        if item.note:
            lines += [f"*({item.note})*", ""]
        if turn.partial:
            lines += ["*Partial reply: it was cut off before it finished.*", ""]
    return "\n".join(lines)


def conversation_json(conversation: Conversation, items: list[_Item], fmt: str) -> str:
    """Machine-readable export: turns, metadata, file names. No keys, URLs or audio ids."""
    turns = []
    for item in items:
        turn = item.turn
        audio = turn.audio
        turns.append(
            {
                "number": item.number,
                "role": turn.role,
                "text": turn.text,
                "voice": turn.voice or None,
                "model": turn.model or None,
                "created_at": turn.created_at,
                "partial": turn.partial,
                "audio_file": item.file_name,
                "audio_format": (as_received_format(audio.format) if fmt == ORIGINAL else fmt)
                if item.file_name and audio
                else None,
                "duration": audio.duration if item.file_name and audio else None,
                "usage": asdict(turn.usage) if turn.usage is not None else None,
            }
        )
    document = {
        "exported_by": "Parley",
        "version": 1,
        "exported_at": time.time(),
        "title": conversation.title,
        "system_prompt": conversation.system_prompt,
        "created_at": conversation.created_at,
        "updated_at": conversation.updated_at,
        "audio_format": fmt,
        "turns": turns,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
