"""How much of a conversation goes back to the server with each request, and what that costs.

Every earlier reply sent back by its audio id is billed again as audio input (at its output
count, about 20 tokens a second), so a long voice conversation's input would grow with every
turn. By default only the ``audio_replies`` latest replies go back by audio id and older ones as
their transcripts; with a ``budget`` (tokens), the oldest turns are left out until the estimate
fits, and the request says so. The estimates here are what the composer shows before sending.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.core.catalog import PCM16_RATE
from app.core.conversation import Turn, Usage

#: Tokens a second of audio costs as input: a user's own speech, and a reply sent back by id.
USER_AUDIO_TOKENS_PER_SECOND = 10
REPLY_AUDIO_TOKENS_PER_SECOND = 20
DEFAULT_AUDIO_REPLIES = 3
#: Tokens a message costs beyond its words (role and framing).
_PER_MESSAGE = 3


@dataclass(frozen=True)
class ContextPolicy:
    """How many latest replies go back by audio id, and the context budget (0 = none)."""

    audio_replies: int = DEFAULT_AUDIO_REPLIES
    budget: int = 0


@dataclass
class ContextPlan:
    """The turns a request sends, which replies go by audio id (by ``id()``), how many earlier
    turns were left out for the budget, and the estimated input tokens."""

    turns: list[Turn]
    by_audio: set[int] = field(default_factory=set)
    left_out: int = 0
    text_tokens: int = 0
    audio_tokens: int = 0

    @property
    def tokens(self) -> int:
        return self.text_tokens + self.audio_tokens

    def usage(self) -> Usage:
        """The estimate as a usage (input only), to price it."""
        return Usage(
            prompt_tokens=self.tokens,
            prompt_text_tokens=self.text_tokens,
            prompt_audio_tokens=self.audio_tokens,
        )


def text_tokens(text: str) -> int:
    """About four characters a token."""
    return math.ceil(len(text) / 4) if text else 0


def _seconds(turn: Turn) -> float:
    audio = turn.audio
    if audio is None:
        return 0.0
    if audio.duration:
        return audio.duration
    size = len(audio.data) if audio.data is not None else 0
    if not size and audio.path is not None:
        try:
            size = audio.path.stat().st_size
        except OSError:
            size = 0
    return size / (2 * PCM16_RATE)  # a rough figure for a clip not yet measured


def turn_tokens(turn: Turn, *, by_audio: bool) -> tuple[int, int]:
    """(text, audio) input tokens a turn costs when sent."""
    words = text_tokens(turn.text) + _PER_MESSAGE
    if turn.role == "user":
        return words, round(_seconds(turn) * USER_AUDIO_TOKENS_PER_SECOND)
    if not by_audio:
        return words, 0
    if turn.usage is not None and turn.usage.completion_audio_tokens:
        return words, turn.usage.completion_audio_tokens
    return words, round(_seconds(turn) * REPLY_AUDIO_TOKENS_PER_SECOND)


def may_go_by_audio(turn: Turn, now: float | None = None) -> bool:
    return turn.role == "assistant" and not turn.partial and turn.audio_reference_valid(now)


def plan(
    turns: list[Turn], policy: ContextPolicy, system_prompt: str = "", now: float | None = None
) -> ContextPlan:
    """What a request with these turns sends under ``policy`` (see the module docstring)."""
    kept = list(turns)
    left_out = 0
    while True:
        replies = [t for t in kept if t.role == "assistant"]
        latest = replies[-policy.audio_replies :] if policy.audio_replies > 0 else []
        by_audio = {id(t) for t in latest if may_go_by_audio(t, now)}
        text = text_tokens(system_prompt) + (_PER_MESSAGE if system_prompt.strip() else 0)
        audio = 0
        for turn in kept:
            t, a = turn_tokens(turn, by_audio=id(turn) in by_audio)
            text, audio = text + t, audio + a
        over = policy.budget > 0 and text + audio > policy.budget
        if not over or len(kept) <= 1:
            return ContextPlan(kept, by_audio, left_out, text, audio)
        # Leave out the oldest turn, and a reply that would then open the conversation.
        kept.pop(0)
        left_out += 1
        while len(kept) > 1 and kept[0].role == "assistant":
            kept.pop(0)
            left_out += 1
