"""What Parley knows about the API before asking it: voices, formats, models."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Final

from app.audio.formats import EXTENSIONS, FORMATS, PCM16_RATE

__all__ = [
    "BRIEF_VOICES",
    "DEFAULT_BASE_URL",
    "DEFAULT_MODEL",
    "DEFAULT_VOICE",
    "EXTENSIONS",
    "FORMATS",
    "INPUT_AUDIO_FORMATS",
    "MODELS",
    "NEWER_VOICES",
    "PCM16_RATE",
    "RETIRED",
    "STREAM_FORMAT",
    "VOICES",
    "ModelInfo",
    "Retirement",
    "format_from_extension",
    "is_custom_voice",
    "model_id",
    "model_infos",
    "retirement",
]

#: The voices of the product brief, in the order the pickers show them.
BRIEF_VOICES: Final = (
    "alloy",
    "ash",
    "ballad",
    "coral",
    "echo",
    "fable",
    "nova",
    "onyx",
    "sage",
    "shimmer",
)
#: Voices the spec's enum adds (newer models only; the server decides which model takes which).
NEWER_VOICES: Final = ("verse", "marin", "cedar")
VOICES: Final = BRIEF_VOICES + NEWER_VOICES

#: Streaming replies are always pcm16.
STREAM_FORMAT: Final = "pcm16"
#: Formats a user turn's recording can be sent in.
INPUT_AUDIO_FORMATS: Final = ("wav", "mp3")


DEFAULT_MODEL: Final = "gpt-audio-1.5"
DEFAULT_VOICE: Final = "alloy"
DEFAULT_BASE_URL: Final = "https://api.openai.com/v1"
#: Shown in the model picker (and offered by the demo): OpenAI's audio models of late 2026.
MODELS: Final = ("gpt-audio-1.5", "gpt-audio", "gpt-audio-mini")


@dataclass(frozen=True)
class Retirement:
    """When OpenAI shut a model down, and what it suggests instead (its deprecations page)."""

    date: str
    replacement: str


#: Models OpenAI has shut down. Gateways may still serve them: the pickers show them only when
#: an endpoint's /models lists them, marked retired.
RETIRED: Final[dict[str, Retirement]] = {
    "gpt-4o-audio-preview": Retirement("2026-05-07", "gpt-audio-1.5"),
    "gpt-4o-mini-audio-preview": Retirement("2026-05-07", "gpt-audio-mini"),
    "gpt-4o-audio-preview-2024-10-01": Retirement("2026-05-07", "gpt-audio-1.5"),
    "gpt-4o-audio-preview-2025-06-03": Retirement("2026-05-07", "gpt-audio-1.5"),
    "gpt-4o-audio-preview-2024-12-17": Retirement("2026-07-23", "gpt-audio-1.5"),
    "gpt-4o-mini-audio-preview-2024-12-17": Retirement("2026-07-23", "gpt-audio-mini"),
    "gpt-audio-mini-2025-10-06": Retirement("2026-07-23", "gpt-audio-mini"),
}


@dataclass(frozen=True)
class ModelInfo:
    """One entry of an endpoint's /models: its id and the date it goes away, if it says one
    (OpenAI's ``shutdown_date``, OpenRouter's ``expiration_date``, LiteLLM's
    ``deprecation_date``)."""

    id: str
    shutdown: str | None = None

    @property
    def label(self) -> str:
        """What a picker shows: the id, then "(retired DATE)" or "(shuts down DATE)"."""
        retired = RETIRED.get(self.id)
        if retired is not None:
            return f"{self.id} (retired {retired.date})"
        if self.shutdown:
            return f"{self.id} (shuts down {self.shutdown})"
        return self.id


def model_infos(items: list[Any]) -> list[ModelInfo]:
    """The entries of a /models list (``data``), sorted by id, with their shutdown dates."""
    found: dict[str, ModelInfo] = {}
    for m in items:
        if isinstance(m, dict) and m.get("id"):
            found[str(m["id"])] = ModelInfo(str(m["id"]), _shutdown_of(m))
    return [found[k] for k in sorted(found)]


def _shutdown_of(entry: dict[str, Any]) -> str | None:
    """The date a /models entry says the model goes away (each gateway names it differently)."""
    for key in ("shutdown_date", "expiration_date", "deprecation_date"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:10]
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return time.strftime("%Y-%m-%d", time.gmtime(value))
    return None


#: Words in a model id that say it speaks in a chat (gpt-audio, gpt-4o-audio-preview,
#: openai/gpt-audio, qwen3-omni-flash, Qwen2.5-Omni-7B) ...
_SPEAKS = ("audio", "omni")
#: ... and words that say it does something else (the Realtime API, speech to text, text to
#: speech, search).
_OTHER = ("realtime", "transcribe", "tts", "whisper", "search")


def chat_audio_models(labels: list[str]) -> list[str]:
    """The models of a /models list (picker labels) a chat with spoken replies can use: those
    whose id names audio or omni, less the realtime, transcription and speech ones. A list with
    none of those is kept whole: Azure deployments and gateways name their models as they like."""
    found = [
        label
        for label in labels
        if any(w in model_id(label).lower() for w in _SPEAKS)
        and not any(w in model_id(label).lower() for w in _OTHER)
    ]
    return found or list(labels)


def model_id(label: str) -> str:
    """The model id in a picker's text (its note in brackets left off)."""
    return label.split(" (", 1)[0].strip()


def retirement(model: str) -> Retirement | None:
    """When OpenAI retired ``model`` (or its alias family), or None if it did not."""
    return RETIRED.get(model.strip())


def is_custom_voice(voice: str) -> bool:
    """A custom voice is sent as ``{"id": "voice_..."}`` instead of a name."""
    return voice.startswith("voice_")


def format_from_extension(suffix: str) -> str | None:
    """The reply format a file name asks for (``.pcm`` and ``.raw`` mean pcm16), or None."""
    ext = suffix.lower().lstrip(".")
    if ext in ("pcm", "raw", "pcm16"):
        return "pcm16"
    if ext == "ogg":
        return "opus"
    return ext if ext in FORMATS else None
