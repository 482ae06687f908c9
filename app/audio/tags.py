"""Tags a saved file carries about itself (title, artist, comment), written and read with mutagen
in each container's own standard: ID3v2.4 for MP3, Vorbis comments for FLAC and Ogg/Opus, and for
WAV both the RIFF INFO chunk (written by libsndfile, read by most players) and an ``id3 `` chunk
(read by players that look for ID3 in WAV, and by mutagen). Raw pcm16 has nowhere to keep them.
"""

from __future__ import annotations

import importlib
import io
from dataclasses import dataclass
from typing import Any

from app.audio import sniff as _sniff

#: Longest title tag, in characters (a transcript excerpt, cut at a word).
TITLE_LIMIT = 120


class TagError(Exception):
    """Tags that could not be written into (or read from) the audio."""


@dataclass(frozen=True)
class Tags:
    """What a saved file says about itself: transcript excerpt, voice and model."""

    title: str = ""
    artist: str = ""
    comment: str = ""

    @classmethod
    def for_reply(cls, transcript: str, voice: str, model: str) -> Tags:
        """Tags for a reply: the start of its transcript as title, the voice, the model."""
        return cls(title=excerpt(transcript), artist=voice, comment=model)

    def __bool__(self) -> bool:
        return bool(self.title or self.artist or self.comment)


def excerpt(text: str, limit: int = TITLE_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def _mutagen(module: str) -> Any:
    """A mutagen module (loaded on the first save with tags; its classes are untyped)."""
    import mutagen.flac
    import mutagen.id3
    import mutagen.mp3
    import mutagen.oggopus
    import mutagen.wave  # noqa: F401 - named here so that a bundler finds them all

    return importlib.import_module(f"mutagen.{module}")


def _id3_frames(tags: Tags) -> list[Any]:
    id3 = _mutagen("id3")
    COMM, TIT2, TPE1, Encoding = id3.COMM, id3.TIT2, id3.TPE1, id3.Encoding
    frames: list[Any] = []
    if tags.title:
        frames.append(TIT2(encoding=Encoding.UTF8, text=[tags.title]))
    if tags.artist:
        frames.append(TPE1(encoding=Encoding.UTF8, text=[tags.artist]))
    if tags.comment:
        frames.append(COMM(encoding=Encoding.UTF8, lang="eng", desc="", text=[tags.comment]))
    return frames


def write_tags(data: bytes, tags: Tags) -> bytes:
    """``data`` (WAV, FLAC, MP3 or Ogg/Opus bytes) with ``tags`` in it; other audio unchanged."""
    if not tags:
        return data
    kind = _sniff.sniff(data)
    buf = io.BytesIO(data)
    try:
        if kind in ("mp3", "wav"):
            if kind == "mp3":
                id3 = _mutagen("id3").ID3()
                for frame in _id3_frames(tags):
                    id3.add(frame)
                id3.save(buf)
            else:
                wave = _mutagen("wave").WAVE(buf)
                if wave.tags is None:
                    wave.add_tags()
                assert wave.tags is not None
                for frame in _id3_frames(tags):
                    wave.tags.add(frame)
                buf.seek(0)
                wave.save(buf)
        elif kind in ("flac", "opus"):
            if kind == "flac":
                audio = _mutagen("flac").FLAC(buf)
            else:
                audio = _mutagen("oggopus").OggOpus(buf)
            for key in ("title", "artist", "comment"):
                value = getattr(tags, key)
                if value:
                    audio[key] = [value]
            buf.seek(0)
            audio.save(buf)
        else:
            return data
    except Exception as exc:  # mutagen raises its own errors and struct/OS errors alike
        raise TagError(f"The tags could not be written into the {kind} audio.") from exc
    return buf.getvalue()


def read_tags(data: bytes) -> Tags:
    """The title, artist and comment a file carries (empty when it has none, or for pcm16)."""
    kind = _sniff.sniff(data)
    buf = io.BytesIO(data)
    try:
        if kind in ("mp3", "wav"):
            opened = _mutagen("mp3").MP3(buf) if kind == "mp3" else _mutagen("wave").WAVE(buf)
            id3 = opened.tags
            if id3 is None:
                return _riff_info(data) if kind == "wav" else Tags()
            comments = id3.getall("COMM")
            return Tags(
                title=str(id3["TIT2"].text[0]) if "TIT2" in id3 else "",
                artist=str(id3["TPE1"].text[0]) if "TPE1" in id3 else "",
                comment=str(comments[0].text[0]) if comments else "",
            )
        if kind in ("flac", "opus", "vorbis"):
            found = importlib.import_module("mutagen").File(buf)
            if found is None or found.tags is None:
                return Tags()
            values = {k: (found.tags.get(k) or [""])[0] for k in ("title", "artist", "comment")}
            return Tags(**{k: str(v) for k, v in values.items()})
    except Exception as exc:
        raise TagError(f"The tags of this {kind} audio cannot be read.") from exc
    return Tags()


def _riff_info(data: bytes) -> Tags:
    import soundfile as sf

    with sf.SoundFile(io.BytesIO(data)) as f:
        return Tags(title=f.title or "", artist=f.artist or "", comment=f.comment or "")
