"""The demo's model catalog: the names it answers to, their dated snapshots, and their voices.

A request may name an alias (``gpt-4o-audio-preview``) or a snapshot; replies carry the snapshot
the alias points at, as the real API does. The gpt-4o-*-audio-preview models refuse the newer
voices verse, marin and cedar (a 400 on ``audio.voice``), so a client can show that message.
"""

from __future__ import annotations

from typing import Final

from app.core.catalog import BRIEF_VOICES, MODELS, NEWER_VOICES, VOICES

#: alias -> (snapshot the reply names, other snapshots the endpoint also accepts)
_SNAPSHOTS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "gpt-audio-1.5": ("gpt-audio-1.5", ()),
    "gpt-audio": ("gpt-audio-2025-08-28", ()),
    "gpt-audio-mini": ("gpt-audio-mini-2025-10-06", ()),
    "gpt-4o-audio-preview": (
        "gpt-4o-audio-preview-2025-06-03",
        ("gpt-4o-audio-preview-2024-10-01", "gpt-4o-audio-preview-2024-12-17"),
    ),
    "gpt-4o-mini-audio-preview": ("gpt-4o-mini-audio-preview-2024-12-17", ()),
}
assert set(_SNAPSHOTS) == set(MODELS)

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


def model_ids() -> list[str]:
    """What GET /v1/models lists: the aliases and every dated snapshot."""
    return list(_FAMILY)


def resolve(model: str) -> str | None:
    """The model id a reply names for a requested id (alias -> its snapshot), or None if unknown."""
    alias = _FAMILY.get(model)
    if alias is None:
        return None
    return model if model != alias else _SNAPSHOTS[alias][0]


def is_preview(model: str) -> bool:
    return model.startswith(PREVIEW_PREFIXES)


def voices_for(model: str) -> tuple[str, ...]:
    """The named voices a model takes: preview models refuse the newer voices."""
    return BRIEF_VOICES if is_preview(model) else VOICES


def refused_voices(model: str) -> tuple[str, ...]:
    return NEWER_VOICES if is_preview(model) else ()


def model_object(model: str) -> dict[str, object]:
    return {"id": model, "object": "model", "created": _CREATED, "owned_by": "system"}


def models_list() -> dict[str, object]:
    return {"object": "list", "data": [model_object(m) for m in model_ids()]}
