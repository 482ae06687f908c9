"""The conversation as plain data: turns, their audio and usage. No I/O beyond reading a file."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Role = Literal["user", "assistant"]


@dataclass
class Audio:
    """A turn's audio: the bytes as received or recorded, in memory or in a file of the store.

    ``format`` is the real format of the bytes (sniffed, not the one asked for):
    wav, mp3, flac, opus or pcm16 (24 kHz mono s16le).
    """

    format: str
    data: bytes | None = None
    path: Path | None = None
    duration: float | None = None

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.path is not None:
            return self.path.read_bytes()
        return b""


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    prompt_audio_tokens: int = 0
    prompt_text_tokens: int = 0
    completion_audio_tokens: int = 0
    completion_text_tokens: int = 0
    #: Prompt tokens the server had cached (``prompt_tokens_details.cached_tokens``).
    cached_tokens: int = 0
    #: What a gateway says the request cost (OpenRouter's ``usage.cost``, in credits ~ USD).
    cost: float | None = None


@dataclass
class Turn:
    """One turn. A user turn has ``text`` and maybe a recording in ``audio``; an assistant turn
    has its transcript in ``text``, its audio, and the server's ``audio_id`` until ``expires_at``.
    """

    role: Role
    text: str = ""
    audio: Audio | None = None
    audio_id: str | None = None
    expires_at: int | None = None
    voice: str = ""
    model: str = ""
    requested_format: str = ""
    usage: Usage | None = None
    partial: bool = False
    created_at: float = field(default_factory=time.time)
    id: int | None = None
    #: Other takes of the same reply ("say it again in another voice"); the turn itself is the
    #: take in use, its variants are kept beside it and never sent back to the server.
    variants: list[Turn] = field(default_factory=list)

    def audio_reference_valid(self, now: float | None = None, margin: float = 30.0) -> bool:
        """Whether the server's audio id can still be sent back instead of the transcript."""
        if self.role != "assistant" or not self.audio_id or self.expires_at is None:
            return False
        return (time.time() if now is None else now) + margin < self.expires_at


@dataclass
class Conversation:
    system_prompt: str = ""
    turns: list[Turn] = field(default_factory=list)
    title: str = ""
    id: int | None = None
    #: Unix times of creation and last use, as the history store keeps them.
    created_at: float | None = None
    updated_at: float | None = None
