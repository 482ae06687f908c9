"""What one request asks for and the typed events its reply is read into.

Kept apart from the parser (app.core.protocol) so that a whole reply (app.core.reply) and the
errors that carry a partial one (app.core.errors) can name them without importing the parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.catalog import DEFAULT_MODEL, DEFAULT_VOICE, STREAM_FORMAT
from app.core.context import DEFAULT_AUDIO_REPLIES
from app.core.conversation import Turn, Usage

# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class TranscriptDelta:
    """More words of the reply's transcript."""

    text: str


@dataclass(frozen=True, slots=True)
class AudioDelta:
    """More audio, decoded from base64; ``format`` is the sniffed format of the reply's audio."""

    data: bytes
    format: str


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Token counts, sent once near the end."""

    usage: Usage


@dataclass(frozen=True, slots=True)
class AudioMeta:
    """The server's id for the reply's audio and when it expires (unix seconds), as known so far."""

    id: str | None
    expires_at: int | None


@dataclass(frozen=True, slots=True)
class Done:
    """The reply is complete."""

    finish_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """Something odd in the reply that Parley worked around (say, an unreadable event skipped).
    ``asked`` is the request really sent when Parley asked another way than asked (whole
    instead of streamed, or the reverse)."""

    message: str
    asked: ChatRequest | None = None


Event = TranscriptDelta | AudioDelta | UsageReport | AudioMeta | Done | Notice

# --------------------------------------------------------------------------- requests


@dataclass
class ChatRequest:
    """What to ask: the conversation so far (its last turn is the new user turn) and how to answer.

    ``format`` is the audio format asked for; a streamed request must ask for pcm16.
    ``whole_format`` is the format picked for whole replies: what a streamed request asks for
    instead when the model turns out to send whole replies only ("" = ``format``).
    ``audio_replies``: how many latest replies go back by audio id (older ones as transcripts);
    ``context_budget``: input tokens beyond which the oldest turns are left out (0 = no limit).
    """

    turns: list[Turn] = field(default_factory=list)
    model: str = DEFAULT_MODEL
    voice: str = DEFAULT_VOICE
    format: str = STREAM_FORMAT
    stream: bool = True
    system_prompt: str = ""
    whole_format: str = ""
    audio_replies: int = DEFAULT_AUDIO_REPLIES
    context_budget: int = 0
