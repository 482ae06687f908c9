"""The audio formats Parley reads and writes, and the pcm16 the API speaks.

These are facts about sound, so the audio engine owns them; app.core.catalog passes them on to
the rest of Parley with what it knows about the API.
"""

from __future__ import annotations

from typing import Final

#: Audio formats the API can reply in. Streaming replies are always pcm16.
FORMATS: Final = ("wav", "mp3", "flac", "opus", "pcm16")
#: File extension for each reply format.
EXTENSIONS: Final = {"wav": "wav", "mp3": "mp3", "flac": "flac", "opus": "opus", "pcm16": "pcm"}
#: The pcm16 the API speaks: signed 16-bit little-endian, mono, 24 kHz, no header.
PCM16_RATE: Final = 24_000
