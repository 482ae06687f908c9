"""Audio bytes in and out: sniff the real format, decode to float32, encode to any reply format.

Built on soundfile (libsndfile), which reads and writes WAV, FLAC, MP3 and Ogg/Opus from memory.
pcm16 is the API's raw format: signed 16-bit little-endian, mono, 24 kHz, no header.
Title, artist and comment tags are written into every container that has them (WAV's INFO
chunk, FLAC and Ogg comments, MP3's ID3); raw pcm16 has nowhere to keep them.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import soundfile as sf

from app.audio import sniff as _sniff
from app.audio.formats import PCM16_RATE

Samples = npt.NDArray[np.float32]

#: The real format of audio bytes (see app.audio.sniff, which needs no numpy).
sniff = _sniff.sniff

#: Rates libsndfile's Opus encoder accepts.
OPUS_RATES = (8_000, 12_000, 16_000, 24_000, 48_000)
#: Rates LAME (libsndfile's MP3 encoder) accepts.
MP3_RATES = (8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000)
#: Containers that are rewritten (losslessly) to carry tags when they already are the asked format.
RETAGGABLE = ("wav", "flac")
#: Longest title tag, in characters (a transcript excerpt, cut at a word).
TITLE_LIMIT = 120

_SF_FORMATS: dict[str, tuple[str, str]] = {
    "wav": ("WAV", "PCM_16"),
    "flac": ("FLAC", "PCM_16"),
    "mp3": ("MP3", "MPEG_LAYER_III"),
    "opus": ("OGG", "OPUS"),
}
_NAMES = {"wav": "WAV", "flac": "FLAC", "mp3": "MP3", "opus": "Opus", "vorbis": "Ogg Vorbis"}


class CodecError(Exception):
    """Bytes that cannot be decoded, or samples that cannot be encoded, in words for a user."""


@dataclass(frozen=True)
class Decoded:
    samples: Samples  # mono float32 in [-1, 1]
    rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


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


def format_name(fmt: str) -> str:
    """How a user calls a format: ``MP3``, ``Opus``, ``raw PCM``."""
    return "raw PCM" if fmt == "pcm16" else _NAMES.get(fmt, fmt)


def pcm16_to_float(data: bytes) -> Samples:
    usable = len(data) - (len(data) % 2)
    ints = np.frombuffer(data[:usable], dtype="<i2")
    return (ints.astype(np.float32) / 32768.0).astype(np.float32, copy=False)


def float_to_pcm16(samples: Samples) -> bytes:
    clipped = np.clip(samples, -1.0, 1.0)
    return (clipped * 32767.0).round().astype("<i2").tobytes()


def decode(data: bytes, fmt: str | None = None) -> Decoded:
    """Decode bytes (format sniffed unless given) to mono float32 samples and their rate."""
    kind = fmt if fmt is not None else sniff(data)
    if kind == "pcm16":
        return Decoded(pcm16_to_float(data), PCM16_RATE)
    try:
        samples, rate = sf.read(io.BytesIO(data), dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError) as exc:
        raise CodecError(
            f"This audio ({len(data)} bytes) is not valid {format_name(kind)} and cannot be played."
        ) from exc
    mono = samples.mean(axis=1, dtype=np.float32) if samples.shape[1] > 1 else samples[:, 0]
    return Decoded(np.ascontiguousarray(mono, dtype=np.float32), int(rate))


def resample(samples: Samples, rate: int, new_rate: int) -> Samples:
    if rate == new_rate or len(samples) == 0:
        return samples
    import soxr

    out: Samples = soxr.resample(samples, rate, new_rate).astype(np.float32, copy=False)
    return out


def _encoder_rate(fmt: str, rate: int) -> int:
    if fmt == "opus" and rate not in OPUS_RATES:
        return 48_000 if rate > 24_000 else min(r for r in OPUS_RATES if r >= rate)
    if fmt == "mp3" and rate not in MP3_RATES:
        return 48_000 if rate > 48_000 else min(r for r in MP3_RATES if r >= rate)
    return rate


def encode(samples: Samples, rate: int, fmt: str, tags: Tags | None = None) -> bytes:
    """Encode mono float32 samples to wav, mp3, flac, opus (Ogg) or raw pcm16 (resampled to 24 kHz).

    ``tags`` go into the container (not into pcm16, which has no header).
    """
    if fmt == "pcm16":
        return float_to_pcm16(resample(samples, rate, PCM16_RATE))
    if fmt not in _SF_FORMATS:
        raise CodecError(f"Parley cannot save audio as {fmt!r}.")
    new_rate = _encoder_rate(fmt, rate)
    samples, rate = resample(samples, rate, new_rate), new_rate
    container, subtype = _SF_FORMATS[fmt]
    buf = io.BytesIO()
    try:
        with sf.SoundFile(
            buf, "w", samplerate=rate, channels=1, format=container, subtype=subtype
        ) as out:
            if tags and fmt != "mp3":
                for key in ("title", "artist", "comment"):
                    value = getattr(tags, key)
                    if value:
                        setattr(out, key, value)
            out.write(np.asarray(samples, dtype=np.float32))
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError) as exc:
        raise CodecError(f"The audio could not be converted to {format_name(fmt)}.") from exc
    if fmt == "mp3" and tags:
        return _id3v2(tags) + buf.getvalue()  # LAME's tags cut titles at 30 bytes, garble UTF-8
    return buf.getvalue()


def _id3v2(tags: Tags) -> bytes:
    """An ID3v2.3 tag (UTF-16 text, which every MP3 player reads) with title, artist, comment."""

    def frame(frame_id: str, payload: bytes) -> bytes:
        return frame_id.encode("ascii") + struct.pack(">I", len(payload)) + b"\0\0" + payload

    body = b""
    if tags.title:
        body += frame("TIT2", b"\x01" + tags.title.encode("utf-16"))
    if tags.artist:
        body += frame("TPE1", b"\x01" + tags.artist.encode("utf-16"))
    if tags.comment:
        blank = "".encode("utf-16") + b"\0\0"  # the comment's (empty) description
        body += frame("COMM", b"\x01eng" + blank + tags.comment.encode("utf-16"))
    size = len(body)
    syncsafe = bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))
    return b"ID3\x03\x00\x00" + syncsafe + body


def transcode(data: bytes, fmt: str, tags: Tags | None = None) -> bytes:
    """The same audio in another format.

    Bytes already in ``fmt`` come back untouched, except that a lossless format (WAV, FLAC) is
    rewritten when ``tags`` are given; MP3 and Opus are never re-encoded into themselves, which
    would lose quality for the sake of a tag.
    """
    kind = sniff(data)
    if kind == fmt and not (tags and fmt in RETAGGABLE):
        return data
    decoded = decode(data, kind)
    return encode(decoded.samples, decoded.rate, fmt, tags)


def read_tags(data: bytes) -> Tags:
    """The title, artist and comment stored in encoded audio (empty for pcm16)."""
    if sniff(data) == "pcm16":
        return Tags()
    try:
        with sf.SoundFile(io.BytesIO(data)) as f:
            return Tags(title=f.title or "", artist=f.artist or "", comment=f.comment or "")
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError) as exc:
        raise CodecError(f"This audio ({len(data)} bytes) cannot be read.") from exc


def join_clips(
    clips: Sequence[Decoded], gap_seconds: float = 0.6, rate: int | None = None
) -> Decoded:
    """Several clips one after another with ``gap_seconds`` of silence between them.

    Everything is resampled to ``rate`` (default: the highest rate among the clips).
    """
    if not clips:
        return Decoded(np.zeros(0, dtype=np.float32), rate or PCM16_RATE)
    target = rate or max(c.rate for c in clips)
    gap = np.zeros(max(0, round(gap_seconds * target)), dtype=np.float32)
    parts: list[Samples] = []
    for i, clip in enumerate(clips):
        if i:
            parts.append(gap)
        parts.append(resample(np.asarray(clip.samples, dtype=np.float32), clip.rate, target))
    return Decoded(np.concatenate(parts).astype(np.float32, copy=False), target)
