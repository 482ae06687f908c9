"""The window's words for an estimated cost (core.costs gives the figures and the kinds of
tokens; the command line has its own English words there)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.costs import PRICE_SOURCE, Estimate, money
from app.runtime.i18n import QT_TRANSLATE_NOOP

KINDS = {
    "cached input": QT_TRANSLATE_NOOP("Costs", "cached input"),
    "text input": QT_TRANSLATE_NOOP("Costs", "text input"),
    "audio input": QT_TRANSLATE_NOOP("Costs", "audio input"),
    "text output": QT_TRANSLATE_NOOP("Costs", "text output"),
    "audio output": QT_TRANSLATE_NOOP("Costs", "audio output"),
}
UNPRICED = {
    "cached": QT_TRANSLATE_NOOP("Costs", "cached input"),
    "text": QT_TRANSLATE_NOOP("Costs", "text"),
    "audio": QT_TRANSLATE_NOOP("Costs", "audio"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Costs", text)


def estimate_figure(est: Estimate) -> str:
    """ "≈ $0.0123", "≈ $0.0123 + unpriced audio", or "" when nothing is priced."""
    if est.usd is None:
        return ""
    amount = money(est.usd)
    figure = amount if amount.startswith("<") else f"≈ {amount}"
    kinds = sorted({kind.split()[0] for kind in est.unpriced})
    if kinds:
        words = ", ".join(_t(UNPRICED.get(k, k)) for k in kinds)
        figure += " " + QCoreApplication.translate("Costs", "+ unpriced {kinds}").format(
            kinds=words
        )
    return figure


def estimate_text(est: Estimate) -> str:
    """Short words for a label: "≈ $0.0123 (estimate)", or "" when nothing is priced."""
    if est.usd is None:
        return ""
    if est.by_gateway:
        text = QCoreApplication.translate("Costs", "{figure} (estimate, from the gateway)")
    else:
        text = QCoreApplication.translate("Costs", "{figure} (estimate)")
    return text.format(figure=estimate_figure(est))


def estimate_lines(est: Estimate) -> list[str]:
    """One line per kind of token: how many, at what price, what they cost."""
    lines = []
    for kind, tokens, rate in est.items:
        name = _t(KINDS.get(kind, kind))
        if rate is None:
            line = QCoreApplication.translate("Costs", "{kind}: {tokens} tokens (no price known)")
            lines.append(line.format(kind=name, tokens=f"{tokens:,}"))
        else:
            line = QCoreApplication.translate(
                "Costs", "{kind}: {tokens} tokens × ${rate}/1M = {cost}"
            )
            cost = money(tokens * rate / 1_000_000)
            lines.append(line.format(kind=name, tokens=f"{tokens:,}", rate=f"{rate:g}", cost=cost))
    if est.by_gateway and est.usd is not None:
        line = QCoreApplication.translate("Costs", "the gateway's own figure: {cost}")
        lines.append(line.format(cost=money(est.usd)))
    return lines


def run_costs_text(spent: Estimate, saved: Estimate) -> str:
    """ "≈ $0.041 spent, ≈ $0.120 saved by the clip cache (estimates)", or "" if unpriced."""
    parts = []
    if spent.usd is not None:
        parts.append(
            QCoreApplication.translate("Costs", "≈ {cost} spent").format(cost=money(spent.usd))
        )
    if saved.usd is not None and saved.usd > 0:
        parts.append(
            QCoreApplication.translate("Costs", "≈ {cost} saved by the clip cache").format(
                cost=money(saved.usd)
            )
        )
    return (
        QCoreApplication.translate("Costs", "{costs} (estimates)").format(costs=", ".join(parts))
        if parts
        else ""
    )


#: core.costs.PRICE_SOURCE, marked for translation (a changed source shows in English).
QT_TRANSLATE_NOOP(
    "Costs",
    "OpenAI's model pages (developers.openai.com/api/docs/models/gpt-audio-1.5, gpt-audio, "
    "gpt-audio-mini), read in November 2026",
)


def price_source() -> str:
    """Where the built-in prices come from, in the user's language."""
    return QCoreApplication.translate("Costs", PRICE_SOURCE)
