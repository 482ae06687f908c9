"""The demo's model catalog: the names it answers to, their dated snapshots, and their voices.

A request may name an alias (``gpt-4o-audio-preview``) or a snapshot; replies carry the snapshot
the alias points at, as the real API does. The gpt-4o-*-audio-preview models refuse the newer
voices verse, marin and cedar (a 400 on ``audio.voice``), so a client can show that message.
By default the demo still serves the models OpenAI retired, as gateways do; with the
``retired_gone`` fault it answers them as OpenAI does today (404 ``model_not_found``, left out of
/models). With ``model_dates``, /models marks entries with the dates gateways use.
"""

from __future__ import annotations

from typing import Final

from app.core.catalog import BRIEF_VOICES, MODELS, NEWER_VOICES, RETIRED, VOICES

#: alias -> (snapshot the reply names, other snapshots the endpoint also accepts)
_SNAPSHOTS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "gpt-audio-1.5": ("gpt-audio-1.5", ()),
    "gpt-audio": ("gpt-audio-2025-08-28", ()),
    "gpt-audio-mini": ("gpt-audio-mini-2025-12-15", ("gpt-audio-mini-2025-10-06",)),
    "gpt-4o-audio-preview": (
        "gpt-4o-audio-preview-2025-06-03",
        ("gpt-4o-audio-preview-2024-10-01", "gpt-4o-audio-preview-2024-12-17"),
    ),
    "gpt-4o-mini-audio-preview": ("gpt-4o-mini-audio-preview-2024-12-17", ()),
}
assert set(MODELS) <= set(_SNAPSHOTS)

#: Created timestamps shown by /v1/models (fixed, plausible).
_CREATED: Final = 1_727_000_000

PREVIEW_PREFIXES: Final = ("gpt-4o-audio-preview", "gpt-4o-mini-audio-preview")


def _family() -> dict[str, str]:
    """Every accepted id -> the alias it belongs to."""
    out: dict[str, str] = {}
    for alias, (main, others) in _SNAPSHOTS.items():
        out[alias] = alias
        out[main] = alias
        for snap in others:
            out[snap] = alias
    return out


_FAMILY: Final = _family()


#: With the ``model_dates`` fault: which /models entry carries which date field (OpenAI's
#: ``shutdown_date``, OpenRouter's ``expiration_date``, LiteLLM's ``deprecation_date``).
_DATES: Final[dict[str, tuple[str, str]]] = {
    "gpt-audio": ("shutdown_date", "2027-02-01"),
    "gpt-audio-mini": ("expiration_date", "2027-03-01"),
    "gpt-4o-audio-preview": ("deprecation_date", "2026-05-07"),
}


def model_ids(*, retired_gone: bool = False) -> list[str]:
    """What GET /v1/models lists: the aliases and every dated snapshot (not the retired ones
    when ``retired_gone``)."""
    return [m for m in _FAMILY if not (retired_gone and m in RETIRED)]


def resolve(model: str, *, retired_gone: bool = False) -> str | None:
    """The model id a reply names for a requested id (alias -> its snapshot), or None if unknown
    (or retired, when ``retired_gone``)."""
    alias = _FAMILY.get(model)
    if alias is None or (retired_gone and (model in RETIRED or alias in RETIRED)):
        return None
    return model if model != alias else _SNAPSHOTS[alias][0]


def is_preview(model: str) -> bool:
    return model.startswith(PREVIEW_PREFIXES)


def voices_for(model: str) -> tuple[str, ...]:
    """The named voices a model takes: preview models refuse the newer voices."""
    return BRIEF_VOICES if is_preview(model) else VOICES


def refused_voices(model: str) -> tuple[str, ...]:
    return NEWER_VOICES if is_preview(model) else ()


def model_object(model: str, *, dates: bool = False) -> dict[str, object]:
    obj: dict[str, object] = {
        "id": model,
        "object": "model",
        "created": _CREATED,
        "owned_by": "system",
    }
    if dates:
        field, date = _DATES.get(model, ("shutdown_date", ""))
        obj[field] = date or None
    return obj


def models_list(*, retired_gone: bool = False, dates: bool = False) -> dict[str, object]:
    return {
        "object": "list",
        "data": [model_object(m, dates=dates) for m in model_ids(retired_gone=retired_gone)],
    }
