"""Is a stream that ended really a whole reply? Judged by what arrived, not by how it ended.

A proxy can close a stream whose upstream broke as if it were whole (the LiteLLM proxy sends
``finish_reason: "stop"``, a usage chunk with 0 completion tokens and ``[DONE]``). Two signs say
a reply is whole: the ``expires_at`` of an announced audio id came (the real API sends it last),
and the usage accounts for the audio received (gpt-audio models count about 20 audio tokens a
second). Either sign is enough; when every sign there is says otherwise, the reply was cut. A
stream with neither an id nor usage (some gateways) gives no sign and is taken as whole.
"""

from __future__ import annotations

from app.core.catalog import PCM16_RATE
from app.core.conversation import Usage

#: Audio tokens a second of a reply's speech costs on the gpt-audio models.
OUTPUT_AUDIO_TOKENS_PER_SECOND = 20
#: Usage that counts less than this share of the expected audio tokens cannot be the whole
#: (lenient: other models count audio differently; 0 tokens with audio in hand is never right).
_ENOUGH = 0.25


def audio_seconds(received: int, fmt: str) -> float | None:
    """Seconds in ``received`` bytes of streamed audio (known for pcm16 only)."""
    return received / (2 * PCM16_RATE) if fmt == "pcm16" else None


def usage_accounts(usage: Usage, seconds: float | None) -> bool:
    """Whether the usage's reply tokens can account for ``seconds`` of audio received."""
    tokens = usage.completion_audio_tokens or usage.completion_tokens
    if seconds is None:
        return tokens > 0
    return tokens >= _ENOUGH * OUTPUT_AUDIO_TOKENS_PER_SECOND * seconds


def cut_reason(
    *,
    audio_id: str | None,
    expires_at: int | None,
    usage: Usage | None,
    received: int,
    fmt: str,
) -> str | None:
    """Why a stream that ended as if whole was cut, or None when it looks whole."""
    seconds = audio_seconds(received, fmt)
    signs: list[bool] = []
    why: list[str] = []
    if audio_id is not None:
        signs.append(expires_at is not None)
        why.append("the audio's expiry never came")
    if usage is not None and received:
        signs.append(usage_accounts(usage, seconds))
        tokens = usage.completion_audio_tokens or usage.completion_tokens
        heard = f"{seconds:.1f} s of audio" if seconds is not None else "the audio received"
        why.append(f"the usage counts {tokens} reply tokens for {heard}")
    if not signs or any(signs):
        return None
    return "the stream was closed as if whole, but " + " and ".join(why)
