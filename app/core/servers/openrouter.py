"""OpenRouter (``https://openrouter.ai/api/v1``): OpenAI's shapes, with its own rules.

From OpenRouter's audio guide and its API: audio output only when streamed (400 "Audio output
requires stream: true"), streamed only as pcm16; model ids name their maker
(``openai/gpt-audio``); SSE comment lines (``: OPENROUTER PROCESSING``) keep the connection
alive; the usage comes on a chunk of its own after the audio, with the request's ``cost`` in
credits (USD) and ``cost_details``: Parley shows that price rather than its own estimate.
"""

from __future__ import annotations

from app.core.catalog import FORMATS, STREAM_FORMAT, VOICES
from app.core.events import ChatRequest
from app.core.servers import hints
from app.core.servers.base import Allows, Mismatch, ReplyReader
from app.core.servers.openai import OpenAIServer
from app.core.servers.readers import UsageLastReader

OPENROUTER_MODELS = ("openai/gpt-audio", "openai/gpt-audio-mini")


class OpenRouterServer(OpenAIServer):
    kind = "openrouter"
    allows = Allows(
        kind="openrouter",
        stream="required",
        stream_formats=(STREAM_FORMAT,),
        stream_sends=STREAM_FORMAT,
        whole_formats=FORMATS,
        voices=VOICES,
        models=OPENROUTER_MODELS,
        audio_ids=True,
        own_cost=True,
    )

    def reader(self, request: ChatRequest) -> ReplyReader:
        return UsageLastReader(request.model)

    def mismatches(self, model: str, key: str | None) -> list[Mismatch]:
        return []

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        if "requires stream" in message.lower():
            return hints.STREAM_REQUIRED
        return ""
