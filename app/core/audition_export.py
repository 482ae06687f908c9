"""Saving an audition's clips to a folder: one file per row named by a pattern, in a chosen
format, and a transcript file beside them. Shared by ``parley compare`` and the compare panel.

Every file is written atomically (app.audio.export). Blocking: call it from a worker thread in
the GUI.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.audio.codecs import Tags
from app.audio.export import (
    ORIGINAL,
    ExportError,
    as_received_format,
    export_audio,
    write_atomic,
)
from app.core.audition import Row, diff_summary
from app.core.catalog import EXTENSIONS, FORMATS
from app.core.studio.vibes import slug

DEFAULT_PATTERN = "{voice}-{model}.{ext}"
#: The fields a naming pattern may use.
FIELDS = ("voice", "model", "ext", "n", "format", "vibe")
TRANSCRIPT_NAME = "transcripts.txt"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass
class ExportResult:
    """What an export wrote: the file of each row (by row index) and the transcript file."""

    files: dict[int, Path] = field(default_factory=dict)
    transcript: Path | None = None
    problems: list[str] = field(default_factory=list)


def pattern_problem(pattern: str) -> str | None:
    """Why a naming pattern cannot be used, or None."""
    if not pattern.strip():
        return "The file name pattern is empty."
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError:
        return f"The file name pattern “{pattern}” has an unmatched brace."
    unknown = [n for n in names if n not in FIELDS]
    if unknown:
        fields = ", ".join("{" + f + "}" for f in FIELDS)
        return f"The file name pattern may use {fields}, not {{{unknown[0]}}}."
    if "/" in pattern or "\\" in pattern:
        return "The file name pattern names a file, not a folder: leave out / and \\."
    return None


def file_name(
    pattern: str, *, voice: str, model: str, n: int, ext: str, fmt: str, vibe: str = ""
) -> str:
    """The file name of clip number ``n`` (from 1), unsafe characters replaced; adds ``.ext``
    when the pattern leaves the extension out. A clip with a vibe is named by it too: where the
    pattern says ``{vibe}``, else after the voice (``alloy-calm-gpt-audio.wav``)."""
    tag = slug(vibe) if vibe else ""
    if tag and "{vibe}" not in pattern:
        pattern = pattern.replace("{voice}", "{voice}-{vibe}", 1)
        if "{vibe}" not in pattern:
            pattern = "{vibe}-" + pattern
    values = {"voice": voice, "model": model, "ext": ext, "n": str(n), "format": fmt, "vibe": tag}
    name = pattern.format(**{k: _UNSAFE.sub("_", v) for k, v in values.items()})
    name = _UNSAFE.sub("_", name).strip().lstrip(".") or f"clip-{n}"
    if "{ext}" not in pattern and not name.lower().endswith("." + ext):
        name = f"{name}.{ext}"
    return name


def check_names(pairs: Sequence[tuple[str, str]], pattern: str, fmt: str) -> None:
    """Raise ExportError when ``pattern`` cannot name the clips of these (voice, model) pairs
    saved as ``fmt`` (checked before anything is asked for)."""
    _unique({}, pattern, fmt)
    ext = EXTENSIONS.get(fmt, fmt)
    _unique(
        {
            n: file_name(pattern, voice=v, model=m, n=n + 1, ext=ext, fmt=fmt)
            for n, (v, m) in enumerate(pairs)
        },
        pattern,
        fmt,
    )


def plan_names(rows: Sequence[Row], pattern: str, fmt: str) -> dict[int, str]:
    """Row index -> file name for the rows that have audio. Raises ExportError when the pattern
    is unusable or gives two rows the same name."""
    _unique({}, pattern, fmt)
    names: dict[int, str] = {}
    for row in rows:
        if row.ok and row.audio is not None:
            ext = _extension(row, fmt)
            names[row.index] = file_name(
                pattern,
                voice=row.voice,
                model=row.model,
                n=row.index + 1,
                ext=ext,
                fmt=fmt,
                vibe=row.vibe,
            )
    return _unique(names, pattern, fmt)


def _unique(names: dict[int, str], pattern: str, fmt: str) -> dict[int, str]:
    problem = pattern_problem(pattern)
    if problem is None and fmt != ORIGINAL and fmt not in FORMATS:
        problem = f"Parley cannot save audio as {fmt!r}."
    if problem:
        raise ExportError(problem)
    if len(set(names.values())) < len(names):
        raise ExportError(
            "The file name pattern gives several clips the same name: use {voice} and {model}."
        )
    return names


def export_rows(
    rows: Sequence[Row],
    folder: Path,
    *,
    text: str,
    fmt: str = ORIGINAL,
    pattern: str = DEFAULT_PATTERN,
    overwrite: bool = False,
    transcript_name: str | None = TRANSCRIPT_NAME,
) -> ExportResult:
    """Save the clips of ``rows`` (those with audio) into ``folder``.

    Without ``overwrite`` an existing file is never replaced: the new one gets `` (2)``, `` (3)``
    ... in its name. A clip that cannot be saved is reported in ``problems`` and the others are
    still saved. Raises ExportError when nothing can be saved (bad pattern, missing folder).
    """
    names = plan_names(rows, pattern, fmt)
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    result = ExportResult()
    for row in rows:
        name = names.get(row.index)
        if name is None or row.audio is None:
            continue
        path = folder / name if overwrite else _free_name(folder / name)
        try:
            data = row.audio.read_bytes()
            tags = Tags.for_reply(row.transcript, row.voice, row.model)
            result.files[row.index] = export_audio(data, path, fmt, tags=tags, overwrite=overwrite)
        except ExportError as exc:
            result.problems.append(f"{row.name}: {exc}")
        except OSError as exc:
            result.problems.append(f"{row.name}: its clip cannot be read ({exc.strerror}).")
    if transcript_name and result.files:
        target = folder / transcript_name
        path = target if overwrite else _free_name(target)
        body = transcript_text(rows, result.files, text)
        try:
            result.transcript = write_atomic(path, body.encode("utf-8"), overwrite=overwrite)
        except ExportError as exc:
            result.problems.append(str(exc))
    return result


def transcript_text(rows: Sequence[Row], files: dict[int, Path], text: str) -> str:
    """The transcript file: the text asked, then each saved clip's file, transcript and
    differences."""
    lines = [f"Text asked: {text}", ""]
    for row in rows:
        path = files.get(row.index)
        if path is None:
            continue
        lines.append(f"{path.name} ({row.voice}, {row.model}, {row.duration:.1f} s)")
        lines.append(f"  {row.transcript}")
        lines.append(f"  {diff_summary(row.diff)}")
        lines.append("")
    return "\n".join(lines)


def _extension(row: Row, fmt: str) -> str:
    """``fmt``'s extension; for ``original`` the clip's own (its real, sniffed format)."""
    assert row.audio is not None
    real = as_received_format(row.audio.format) if fmt == ORIGINAL else fmt
    return EXTENSIONS.get(real, "ogg" if real == "vorbis" else real or "bin")


def _free_name(path: Path) -> Path:
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
        n += 1
    return candidate
