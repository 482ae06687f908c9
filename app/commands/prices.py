"""Prices for the CLI's cost estimates: the user's own from Parley's settings (per profile and
model), else OpenAI's published ones (app.core.costs)."""

from __future__ import annotations

from app.core.costs import Estimate, PriceBook
from app.core.settings import Settings, default_path


def price_book() -> PriceBook:
    """The prices of Parley's settings file (built-in ones when there is none)."""
    return PriceBook(Settings.load() if default_path().exists() else None)


def profile_for(book: PriceBook, base_url: str) -> str | None:
    """The profile whose endpoint is ``base_url`` (its prices apply), else None (the active)."""
    if book.settings is None:
        return None
    wanted = base_url.strip().rstrip("/").lower()
    for p in [book.settings.active(), *book.settings.profiles]:
        if p.base_url.strip().rstrip("/").lower() == wanted:
            return p.name
    return None


def cost_fields(estimate: Estimate) -> dict[str, object]:
    """``cost_usd`` (None when nothing could be priced) and what it leaves out, for --json."""
    usd = round(estimate.usd, 6) if estimate.usd is not None else None
    return {
        "cost_usd": usd,
        "cost_is_estimate": True,
        "cost_from_gateway": estimate.by_gateway,
        "cost_unpriced": list(estimate.unpriced),
    }
