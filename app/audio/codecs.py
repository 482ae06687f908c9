"""Audio bytes in and out: sniff the real format, decode to float32, encode to any reply format.

Built on soundfile (libsndfile), which reads and writes WAV, FLAC, MP3 and Ogg/Opus from memory.
pcm16 is the API's raw format: signed 16-bit little-endian, mono, 24 kHz, no header.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import soundfile as sf

from app.core.catalog import PCM16_RATE

Samples = npt.NDArray[np.float32]

#: Rates libsndfile's Opus encoder accepts.
OPUS_RATES = (8_000, 12_000, 16_000, 24_000, 48_000)

_SF_FORMATS: dict[str, tuple[str, str]] = {
    "wav": ("WAV", "PCM_16"),
    "flac": ("FLAC", "PCM_16"),
    "mp3": ("MP3", "MPEG_LAYER_III"),
    "opus": ("OGG", "OPUS"),
}


class CodecError(Exception):
    """Bytes that cannot be decoded, or samples that cannot be encoded, in words for a user."""


@dataclass(frozen=True)
class Decoded:
    samples: Samples  # mono float32 in [-1, 1]
    rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


def sniff(data: bytes) -> str:
    """The real format of audio bytes: wav, mp3, flac, opus, vorbis, or pcm16 (headerless)."""
    head = data[:64]
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        return "opus" if b"OpusHead" in data[:512] else "vorbis"
    if head[:3] == b"ID3":
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0 and (head[1] & 0x06):
        return "mp3"
    return "pcm16"


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
    except (sf.LibsndfileError, RuntimeError, TypeError) as exc:
        raise CodecError(f"cannot decode {kind} audio ({len(data)} bytes): {exc}") from exc
    mono = samples.mean(axis=1, dtype=np.float32) if samples.shape[1] > 1 else samples[:, 0]
    return Decoded(np.ascontiguousarray(mono, dtype=np.float32), int(rate))


def resample(samples: Samples, rate: int, new_rate: int) -> Samples:
    if rate == new_rate or len(samples) == 0:
        return samples
    import soxr

    out: Samples = soxr.resample(samples, rate, new_rate).astype(np.float32, copy=False)
    return out


def encode(samples: Samples, rate: int, fmt: str) -> bytes:
    """Encode mono float32 samples to wav, mp3, flac, opus (Ogg) or raw pcm16 (resampled to 24 kHz)."""
    if fmt == "pcm16":
        return float_to_pcm16(resample(samples, rate, PCM16_RATE))
    if fmt not in _SF_FORMATS:
        raise CodecError(f"unknown audio format {fmt!r}")
    if fmt == "opus" and rate not in OPUS_RATES:
        samples, rate = resample(samples, rate, 48_000), 48_000
    container, subtype = _SF_FORMATS[fmt]
    buf = io.BytesIO()
    try:
        sf.write(buf, samples, rate, format=container, subtype=subtype)
    except (sf.LibsndfileError, RuntimeError, TypeError) as exc:
        raise CodecError(f"cannot encode {fmt} audio: {exc}") from exc
    return buf.getvalue()


def transcode(data: bytes, fmt: str) -> bytes:
    """The same audio in another format; bytes already in ``fmt`` are returned untouched."""
    if sniff(data) == fmt:
        return data
    decoded = decode(data)
    return encode(decoded.samples, decoded.rate, fmt)
