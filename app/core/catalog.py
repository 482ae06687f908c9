"""What Parley knows about the API before asking it: voices, formats, models."""

from __future__ import annotations

from typing import Final

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
    "STREAM_FORMAT",
    "VOICES",
    "format_from_extension",
    "is_custom_voice",
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
#: Shown in the model picker when the endpoint's /models does not answer.
MODELS: Final = (
    "gpt-audio-1.5",
    "gpt-audio",
    "gpt-audio-mini",
    "gpt-4o-audio-preview",
    "gpt-4o-mini-audio-preview",
)


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
