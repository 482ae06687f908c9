"""What each server kind allows, known before asking it (the table of the README's "Servers
that speak audio"): cheap to import, so the window can show it and prices can ask it without
loading the protocol. Each kind's module takes its ``allows`` from here."""

from __future__ import annotations

from typing import Final

from app.core.catalog import FORMATS, MODELS, STREAM_FORMAT, VOICES
from app.core.servers.base import Allows

AZURE_MODELS: Final = ("gpt-audio", "gpt-audio-1.5", "gpt-audio-mini")
OPENROUTER_MODELS: Final = ("openai/gpt-audio", "openai/gpt-audio-mini")
VLLM_MODELS: Final = ("Qwen/Qwen3-Omni-30B-A3B-Instruct", "Qwen/Qwen2.5-Omni-7B")
VLLM_VOICES: Final = ("chelsie", "ethan", "vivian")
VLLM_FORMATS: Final = ("wav", "pcm16", "flac", "mp3", "opus")
QWEN_MODELS: Final = ("qwen3-omni-flash", "qwen3.5-omni-plus", "qwen-omni-turbo")
QWEN_VOICES: Final = ("Cherry", "Serena", "Ethan", "Chelsie", "Tina")

ALLOWS: Final[dict[str, Allows]] = {
    "openai": Allows(
        kind="openai",
        stream="either",
        stream_formats=(STREAM_FORMAT,),
        stream_sends=STREAM_FORMAT,
        whole_formats=FORMATS,
        voices=VOICES,
        models=MODELS,
        audio_ids=True,
        published_prices=True,
    ),
    "azure": Allows(
        kind="azure",
        stream="either",
        stream_formats=(STREAM_FORMAT,),
        stream_sends=STREAM_FORMAT,
        whole_formats=FORMATS,
        voices=VOICES,
        models=AZURE_MODELS,
        audio_ids=True,
        auth_header="api-key",
    ),
    "openrouter": Allows(
        kind="openrouter",
        stream="required",
        stream_formats=(STREAM_FORMAT,),
        stream_sends=STREAM_FORMAT,
        whole_formats=FORMATS,
        voices=VOICES,
        models=OPENROUTER_MODELS,
        audio_ids=True,
        own_cost=True,
    ),
    "vllm-omni": Allows(
        kind="vllm-omni",
        stream="either",
        stream_formats=("wav",),
        stream_sends="wav",
        whole_formats=VLLM_FORMATS,
        voices=VLLM_VOICES,
        models=VLLM_MODELS,
        audio_ids=False,
        voice_field="speaker",
    ),
    "qwen-omni": Allows(
        kind="qwen-omni",
        stream="required",
        stream_formats=("wav",),
        stream_sends=STREAM_FORMAT,
        whole_formats=FORMATS,
        voices=QWEN_VOICES,
        models=QWEN_MODELS,
        audio_ids=False,
    ),
    "gateway": Allows(
        kind="gateway",
        stream="either",
        stream_formats=(STREAM_FORMAT,),
        stream_sends=STREAM_FORMAT,
        whole_formats=FORMATS,
        voices=VOICES,
        models=MODELS,
        audio_ids=False,
        published_prices=True,
    ),
}
