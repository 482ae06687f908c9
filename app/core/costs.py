"""What a reply costs: a price table per model and the estimate for a usage.

Built-in prices are OpenAI's public prices per 1M tokens as its model pages showed them in
November 2026 (``PRICE_SOURCE``); a price nobody published is left unset (None), and the tokens
it would price are then shown without a figure, never guessed. The user may set prices per
endpoint profile and model in the settings (``Settings.prices``). A gateway's own
``usage.cost`` (OpenRouter) wins over the table. Every figure is an estimate.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any, Final

from app.core.conversation import Usage

if TYPE_CHECKING:
    from app.core.settings import Profile, Settings

PRICE_SOURCE: Final = (
    "OpenAI's model pages (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, "
    "gpt-audio-mini), read in November 2026"
)
_DATED = re.compile(r"-\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Price:
    """USD per 1M tokens; None = not known. ``cached_in`` None means cached input is priced as
    text input (OpenAI lists no cached price for the audio models)."""

    text_in: float | None = None
    text_out: float | None = None
    audio_in: float | None = None
    audio_out: float | None = None
    cached_in: float | None = None

    def to_dict(self) -> dict[str, float]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, raw: Any) -> Price | None:
        if not isinstance(raw, dict):
            return None
        values: dict[str, float] = {}
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                values[f.name] = float(value)
        return cls(**values)


#: Built-in prices (USD per 1M tokens), see PRICE_SOURCE. gpt-audio-mini's audio prices are
#: not on its official page: unset. The retired previews keep the prices they had.
BUILT_IN: Final[dict[str, Price]] = {
    "gpt-audio-1.5": Price(2.50, 10.00, 32.00, 64.00),
    "gpt-audio": Price(2.50, 10.00, 32.00, 64.00),
    "gpt-audio-mini": Price(0.60, 2.40),
    "gpt-4o-audio-preview": Price(2.50, 10.00, 40.00, 80.00),
    "gpt-4o-mini-audio-preview": Price(0.15, 0.60, 10.00, 20.00),
    # Realtime models (talk mode's Realtime engine); gpt-realtime-mini: no published figure here.
    "gpt-realtime-2.1": Price(4.00, 24.00, 32.00, 64.00, 0.40),
    "gpt-realtime-2": Price(4.00, 24.00, 32.00, 64.00, 0.40),
    "gpt-realtime-1.5": Price(4.00, 16.00, 32.00, 64.00),
    "gpt-realtime-2.1-mini": Price(0.60, 2.40, 10.00, 20.00),
}


def built_in(model: str) -> Price | None:
    """The built-in price of a model or of the alias of its dated snapshot."""
    model = model.strip()
    return BUILT_IN.get(model) or BUILT_IN.get(_DATED.sub("", model))


@dataclass(frozen=True)
class Estimate:
    """What a usage costs. ``usd`` is None when nothing could be priced; ``unpriced`` names the
    kinds of tokens that had no price (so the figure leaves them out); ``by_gateway`` when the
    figure is the gateway's own ``usage.cost``."""

    usd: float | None
    lines: tuple[str, ...] = ()
    unpriced: tuple[str, ...] = ()
    by_gateway: bool = False
    #: What ``lines`` say, as data for the window's own words: (kind, tokens, USD per 1M or None).
    items: tuple[tuple[str, int, float | None], ...] = ()

    @property
    def figure(self) -> str:
        """ "≈ $0.0123", "≈ $0.0123 + unpriced audio", or "" when nothing is priced."""
        if self.usd is None:
            return ""
        kinds = sorted({kind.split()[0] for kind in self.unpriced})
        extra = f" + unpriced {' and '.join(kinds)}" if kinds else ""
        amount = money(self.usd)
        return f"{'' if amount.startswith('<') else '≈ '}{amount}{extra}"

    @property
    def text(self) -> str:
        """Short words for a label: "≈ $0.0123 (estimate)", or "" when nothing is priced."""
        if self.usd is None:
            return ""
        who = ", from the gateway" if self.by_gateway else ""
        return f"{self.figure} (estimate{who})"


def money(usd: float) -> str:
    """Dollars with enough digits for the small sums a reply costs."""
    if usd == 0:
        return "$0"
    if usd < 0.0001:
        return "<$0.0001"
    if usd >= 1:
        return f"${usd:,.2f}"
    if usd >= 0.01:
        return f"${usd:.3f}"
    return f"${usd:.4f}"


def token_counts(usage: Usage) -> dict[str, int]:
    """Tokens by kind: cached input, text input, audio input, text output, audio output."""
    prompt_text = usage.prompt_text_tokens or max(
        0, usage.prompt_tokens - usage.prompt_audio_tokens
    )
    out_text = usage.completion_text_tokens or max(
        0, usage.completion_tokens - usage.completion_audio_tokens
    )
    cached = min(usage.cached_tokens, prompt_text + usage.prompt_audio_tokens)
    return {
        "cached input": cached,
        "text input": max(0, prompt_text - cached),
        "audio input": usage.prompt_audio_tokens,
        "text output": out_text,
        "audio output": usage.completion_audio_tokens,
    }


def estimate(usage: Usage | None, price: Price | None) -> Estimate:
    """The cost of one request's usage at ``price`` (see the module docstring)."""
    if usage is None:
        return Estimate(None)
    counts = token_counts(usage)
    rates: dict[str, float | None] = {
        "cached input": price.cached_in if price and price.cached_in is not None else None,
        "text input": price.text_in if price else None,
        "audio input": price.audio_in if price else None,
        "text output": price.text_out if price else None,
        "audio output": price.audio_out if price else None,
    }
    if price is not None and price.cached_in is None:
        rates["cached input"] = price.text_in  # priced as uncached input
    total, lines, unpriced = 0.0, [], []
    items: list[tuple[str, int, float | None]] = []
    priced_any = False
    for kind, tokens in counts.items():
        rate = rates[kind]
        if not tokens:
            continue
        items.append((kind, tokens, rate))
        if rate is None:
            unpriced.append(kind)
            lines.append(f"{kind}: {tokens:,} tokens (no price known)")
            continue
        cost = tokens * rate / 1_000_000
        total += cost
        priced_any = True
        lines.append(f"{kind}: {tokens:,} tokens × ${rate:g}/1M = {money(cost)}")
    if usage.cost is not None:
        lines.append(f"the gateway's own figure: {money(usage.cost)}")
        return Estimate(usage.cost, tuple(lines), (), by_gateway=True, items=tuple(items))
    usd = total if priced_any else None
    return Estimate(usd, tuple(lines), tuple(unpriced), items=tuple(items))


def total(estimates: list[Estimate]) -> Estimate:
    """The sum of several estimates (a conversation, a compare run)."""
    priced = [e.usd for e in estimates if e.usd is not None]
    unpriced = sorted({k for e in estimates for k in e.unpriced})
    gateway = bool(priced) and all(e.by_gateway for e in estimates if e.usd is not None)
    return Estimate(sum(priced) if priced else None, (), tuple(unpriced), by_gateway=gateway)


class PriceBook:
    """Prices as the user sees them: the settings' own per profile and model, else built in.
    Reads ``settings`` live, so a change in the settings dialog applies at once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings

    def price(self, model: str, profile: str | None = None) -> Price | None:
        """The user's prices for the model on that profile (the active one by default), each
        over the built-in one; the built-in price where the user set none."""
        base = built_in(model)
        if self.settings is None:
            return base
        name = profile if profile is not None else self.settings.active().name
        if not _published_prices_apply(self.settings.profile(name)):
            base = None  # another server's prices: its own usage.cost, or the user's, never a guess
        own = self.settings.prices.get(name, {})
        mine = Price.from_dict(own.get(model.strip()) or own.get(_DATED.sub("", model.strip())))
        if mine is None:
            return base
        merged = asdict(base) if base is not None else {}
        merged.update(mine.to_dict())
        return Price(**merged)

    def estimate(self, usage: Usage | None, model: str, profile: str | None = None) -> Estimate:
        return estimate(usage, self.price(model, profile))


def _published_prices_apply(profile: Profile | None) -> bool:
    """Whether OpenAI's published prices apply on this profile's server (OpenAI, a gateway)."""
    if profile is None:
        return True
    from app.core.servers import allows_of

    return allows_of(profile.kind, profile.base_url).published_prices
