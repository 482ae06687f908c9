"""What a voice audition cost, and what its clip cache saved.

A fresh clip costs what its usage says. A clip taken from the cache cost nothing this time;
what it saved is estimated as a fresh request of the same words would cost: the instructions and
text as input, the transcript as text output, and its audio at the output rate (about 20 tokens
a second on the gpt-audio models).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.audition import AuditionSpec, Row, Status
from app.core.context import text_tokens
from app.core.conversation import Usage
from app.core.costs import Estimate, PriceBook, money, total
from app.core.judge import OUTPUT_AUDIO_TOKENS_PER_SECOND


def clip_usage(row: Row, spec: AuditionSpec) -> Usage:
    """The usage a fresh request for a cached row's clip would have had (an estimate)."""
    prompt = text_tokens(spec.instructions) + text_tokens(spec.text) + 6
    words = text_tokens(row.transcript)
    audio = round(row.duration * OUTPUT_AUDIO_TOKENS_PER_SECOND)
    return Usage(
        prompt_tokens=prompt,
        prompt_text_tokens=prompt,
        completion_tokens=words + audio,
        completion_text_tokens=words,
        completion_audio_tokens=audio,
        total_tokens=prompt + words + audio,
    )


def run_costs(
    rows: Sequence[Row], spec: AuditionSpec, prices: PriceBook, profile: str | None = None
) -> tuple[Estimate, Estimate]:
    """(what the fresh clips cost, what the cached ones saved)."""
    spent = [
        prices.estimate(r.usage, r.model, profile)
        for r in rows
        if r.status == Status.DONE and r.usage is not None
    ]
    saved = [
        prices.estimate(clip_usage(r, spec), r.model, profile)
        for r in rows
        if r.status == Status.CACHED
    ]
    return total(spent), total(saved)


def costs_text(spent: Estimate, saved: Estimate) -> str:
    """ "≈ $0.041 spent, ≈ $0.120 saved by the clip cache (estimates)", or "" if unpriced."""
    parts = []
    if spent.usd is not None:
        parts.append(f"≈ {money(spent.usd)} spent")
    if saved.usd is not None and saved.usd > 0:
        parts.append(f"≈ {money(saved.usd)} saved by the clip cache")
    return ", ".join(parts) + " (estimates)" if parts else ""
