"""Whole WAV files that arrive one after another as parts of one reply (vLLM-Omni streams its
audio so), turned into one run of pcm16 at 24 kHz mono.

A segment already in pcm16, 24 kHz, mono is taken by reading its header (no decoding); any other
WAV (another rate, stereo, 32-bit float) is decoded and converted. Bytes that are not a WAV file
raise :class:`SegmentError`.
"""

from __future__ import annotations

import struct

from app.audio.formats import PCM16_RATE


class SegmentError(Exception):
    """An audio segment that is not a readable WAV file."""


def _chunks(data: bytes) -> tuple[tuple[int, int, int, int] | None, tuple[int, int] | None]:
    """The fmt chunk's (format, channels, rate, bits) and the data chunk's (start, length)."""
    fmt: tuple[int, int, int, int] | None = None
    at = 12
    while at + 8 <= len(data):
        name, size = data[at : at + 4], struct.unpack_from("<I", data, at + 4)[0]
        body = at + 8
        if name == b"fmt " and size >= 16 and body + 16 <= len(data):
            tag, channels, rate = struct.unpack_from("<HHI", data, body)
            bits = struct.unpack_from("<H", data, body + 14)[0]
            fmt = (tag, channels, rate, bits)
        elif name == b"data":
            # Streaming writers leave the size unknown (0 or 0xFFFFFFFF): take what is there.
            length = len(data) - body if size in (0, 0xFFFFFFFF) else min(size, len(data) - body)
            return fmt, (body, length)
        at = body + size + (size & 1)
    return fmt, None


def wav_segment_pcm16(data: bytes) -> bytes:
    """The samples of one WAV segment as pcm16, 24 kHz, mono."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise SegmentError("not a WAV file")
    fmt, span = _chunks(data)
    if fmt is None or span is None:
        raise SegmentError("a WAV file without its format or data")
    tag, channels, rate, bits = fmt
    start, length = span
    if tag in (1, 0xFFFE) and channels == 1 and rate == PCM16_RATE and bits == 16:
        return data[start : start + length - (length & 1)]
    from app.audio import codecs  # numpy and libsndfile: only for segments that need converting

    try:
        decoded = codecs.decode(data, "wav")
    except codecs.CodecError as exc:
        raise SegmentError(str(exc)) from None
    return codecs.float_to_pcm16(codecs.resample(decoded.samples, decoded.rate, PCM16_RATE))
