"""Chapters, podcast tags and cover art written into a finished audio file, and read back.

MP3 (and WAV's ``id3 `` chunk) get ID3v2.4: a CTOC frame listing one CHAP frame per chapter
(start and end in milliseconds, a TIT2 title inside), TIT2/TPE1/TALB/TDRC and an APIC cover.
Ogg/Opus and FLAC get the Vorbis-comment chapter convention (``CHAPTER001=00:00:00.000``,
``CHAPTER001NAME=...``) read by players such as VLC and foobar2000, the same tags, and the cover
as a FLAC picture block (``METADATA_BLOCK_PICTURE`` in Ogg). Works on the file in place, so the
caller writes it under a temporary name first.
"""

from __future__ import annotations

import base64
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ChapterError(Exception):
    """The chapters or tags could not be written into (or read from) the file."""


@dataclass(frozen=True)
class Chapter:
    """A chapter: start and end in seconds from the start of the file, and its title."""

    start: float
    end: float
    title: str


@dataclass(frozen=True)
class ShowTags:
    """What a podcast file says about itself."""

    title: str = ""
    artist: str = ""
    album: str = ""
    date: str = ""  # ISO 8601, e.g. 2026-12-02
    comment: str = ""
    cover_png: bytes = b""


def _mutagen(module: str) -> Any:
    import mutagen.flac
    import mutagen.id3
    import mutagen.oggopus
    import mutagen.wave  # noqa: F401 - named here so that a bundler finds them all

    return importlib.import_module(f"mutagen.{module}")


def _id3_frames(chapters: list[Chapter], tags: ShowTags) -> list[Any]:
    id3 = _mutagen("id3")
    utf8 = id3.Encoding.UTF8
    frames: list[Any] = []
    for key, cls in (("title", id3.TIT2), ("artist", id3.TPE1), ("album", id3.TALB)):
        value = getattr(tags, key)
        if value:
            frames.append(cls(encoding=utf8, text=[value]))
    if tags.date:
        frames.append(id3.TDRC(encoding=utf8, text=[tags.date]))
    if tags.comment:
        frames.append(id3.COMM(encoding=utf8, lang="eng", desc="", text=[tags.comment]))
    if tags.cover_png:
        frames.append(
            id3.APIC(encoding=utf8, mime="image/png", type=3, desc="Cover", data=tags.cover_png)
        )
    ids = [f"chp{n}" for n in range(len(chapters))]
    if chapters:
        frames.append(
            id3.CTOC(
                element_id="toc",
                flags=id3.CTOCFlags.TOP_LEVEL | id3.CTOCFlags.ORDERED,
                child_element_ids=ids,
                sub_frames=[id3.TIT2(encoding=utf8, text=["Chapters"])],
            )
        )
    for chapter_id, chapter in zip(ids, chapters, strict=True):
        frames.append(
            id3.CHAP(
                element_id=chapter_id,
                start_time=round(chapter.start * 1000),
                end_time=round(chapter.end * 1000),
                sub_frames=[id3.TIT2(encoding=utf8, text=[chapter.title])],
            )
        )
    return frames


def _stamp(seconds: float) -> str:
    millis = max(0, round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _picture(png: bytes) -> Any:
    picture = _mutagen("flac").Picture()
    picture.type, picture.mime, picture.desc, picture.data = 3, "image/png", "Cover", png
    return picture


def write_chapters(path: Path, fmt: str, chapters: list[Chapter], tags: ShowTags) -> None:
    """Write ``chapters`` and ``tags`` into the ``fmt`` file at ``path`` (mp3, wav, opus, flac)."""
    try:
        if fmt in ("mp3", "wav"):
            if fmt == "mp3":
                id3 = _mutagen("id3").ID3()
            else:
                wave = _mutagen("wave").WAVE(str(path))
                if wave.tags is None:
                    wave.add_tags()
                id3 = wave.tags
            for frame in _id3_frames(chapters, tags):
                id3.add(frame)
            if fmt == "mp3":
                id3.save(str(path), v2_version=4)
            else:
                wave.save()
            return
        if fmt not in ("opus", "flac"):
            raise ChapterError(f"{fmt} files cannot hold chapters")
        audio = _mutagen("flac").FLAC(str(path)) if fmt == "flac" else _ogg(path)
        for key in ("title", "artist", "album", "date", "comment"):
            value = getattr(tags, key)
            if value:
                audio[key] = [value]
        for n, chapter in enumerate(chapters, start=1):
            audio[f"CHAPTER{n:03d}"] = [_stamp(chapter.start)]
            audio[f"CHAPTER{n:03d}NAME"] = [chapter.title]
        if tags.cover_png:
            picture = _picture(tags.cover_png)
            if fmt == "flac":
                audio.add_picture(picture)
            else:
                audio["METADATA_BLOCK_PICTURE"] = [base64.b64encode(picture.write()).decode()]
        audio.save()
    except ChapterError:
        raise
    except Exception as exc:  # mutagen's own errors, struct and OS errors alike
        raise ChapterError(f"the chapters could not be written into the {fmt} file") from exc


def _ogg(path: Path) -> Any:
    return _mutagen("oggopus").OggOpus(str(path))


def read_chapters(path: Path) -> list[Chapter]:
    """The chapters a file carries, in order (empty when it has none)."""
    try:
        found = importlib.import_module("mutagen").File(str(path))
    except Exception as exc:
        raise ChapterError(f"{path.name} cannot be read") from exc
    if found is None or found.tags is None:
        return []
    tags = found.tags
    if hasattr(tags, "getall"):  # ID3
        chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
        return [
            Chapter(
                c.start_time / 1000.0,
                c.end_time / 1000.0,
                str(c.sub_frames["TIT2"].text[0]) if "TIT2" in c.sub_frames else "",
            )
            for c in chaps
        ]
    starts: list[tuple[float, str]] = []
    n = 1
    while f"CHAPTER{n:03d}" in tags:
        stamp = str(tags[f"CHAPTER{n:03d}"][0])
        name = tags.get(f"CHAPTER{n:03d}NAME") or [""]
        h, m, s = stamp.split(":")
        starts.append((int(h) * 3600 + int(m) * 60 + float(s), str(name[0])))
        n += 1
    length = float(getattr(found.info, "length", 0.0) or 0.0)
    ends = [s for s, _ in starts[1:]] + [length]
    return [Chapter(s, e, t) for (s, t), e in zip(starts, ends, strict=True)]
