"""Audio bytes in and out: sniff the real format, decode to float32, encode to any reply format.

Built on soundfile (libsndfile), which reads and writes WAV, FLAC, MP3 and Ogg/Opus from memory.
pcm16 is the API's raw format: signed 16-bit little-endian, mono, 24 kHz, no header.
Title, artist and comment tags are written into every container that has them, each in its own
standard (see app.audio.tags); raw pcm16 has nowhere to keep them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import soundfile as sf

from app.audio import sniff as _sniff
from app.audio.formats import PCM16_RATE
from app.audio.tags import TITLE_LIMIT, TagError, Tags, excerpt, write_tags
from app.audio.tags import read_tags as _read_tags

Samples = npt.NDArray[np.float32]

#: The real format of audio bytes (see app.audio.sniff, which needs no numpy).
sniff = _sniff.sniff

#: Rates libsndfile's Opus encoder accepts.
OPUS_RATES = (8_000, 12_000, 16_000, 24_000, 48_000)
#: Rates LAME (libsndfile's MP3 encoder) accepts.
MP3_RATES = (8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000)
__all__ = ["TITLE_LIMIT", "CodecError", "Decoded", "Samples", "Tags", "excerpt", "sniff"]

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
            if tags and fmt == "wav":  # the RIFF INFO chunk; mutagen adds an ID3 chunk
                for key in ("title", "artist", "comment"):
                    value = getattr(tags, key)
                    if value:
                        setattr(out, key, value)
            out.write(np.asarray(samples, dtype=np.float32))
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError) as exc:
        raise CodecError(f"The audio could not be converted to {format_name(fmt)}.") from exc
    return tagged(buf.getvalue(), tags)


def tagged(data: bytes, tags: Tags | None) -> bytes:
    """Encoded audio with ``tags`` written into it (CodecError when that fails)."""
    if not tags:
        return data
    try:
        return write_tags(data, tags)
    except TagError as exc:
        raise CodecError(str(exc)) from exc


def pcm16_to_wav(data: bytes, tags: Tags | None = None) -> bytes:
    """Raw pcm16 in a WAV file: exactly the same samples (16-bit, 24 kHz, mono), with a header
    every player reads, and ``tags``."""
    ints = np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2")
    buf = io.BytesIO()
    with sf.SoundFile(
        buf, "w", samplerate=PCM16_RATE, channels=1, format="WAV", subtype="PCM_16"
    ) as out:
        for key in ("title", "artist", "comment"):
            if tags and getattr(tags, key):
                setattr(out, key, getattr(tags, key))
        out.write(ints)
    return tagged(buf.getvalue(), tags)


def transcode(data: bytes, fmt: str, tags: Tags | None = None) -> bytes:
    """The same audio in another format.

    Bytes already in ``fmt`` are never re-encoded (which would lose quality for the sake of a
    tag): they come back as they are, with ``tags`` written into their container.
    """
    kind = sniff(data)
    if kind == fmt:
        return tagged(data, tags) if fmt != "pcm16" else data
    decoded = decode(data, kind)
    return encode(decoded.samples, decoded.rate, fmt, tags)


def read_tags(data: bytes) -> Tags:
    """The title, artist and comment stored in encoded audio (empty for pcm16)."""
    try:
        return _read_tags(data)
    except TagError as exc:
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
