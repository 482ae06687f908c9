"""What audio bytes really are, from their first bytes alone (no decoding, no numpy: cheap to
import and to call, for parsers that must not trust the format a server says it sent)."""

from __future__ import annotations


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
