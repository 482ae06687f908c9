"""OpenRouter (``https://openrouter.ai/api/v1``): OpenAI's shapes, with its own rules.

From OpenRouter's audio guide and its API: audio output only when streamed (400 "Audio output
requires stream: true"), streamed only as pcm16; model ids name their maker
(``openai/gpt-audio``); SSE comment lines (``: OPENROUTER PROCESSING``) keep the connection
alive; the usage comes on a chunk of its own after the audio, with the request's ``cost`` in
credits (USD) and ``cost_details``: Parley shows that price rather than its own estimate.
"""

from __future__ import annotations

from app.core.events import ChatRequest
from app.core.servers import hints
from app.core.servers.base import Mismatch, ReplyReader
from app.core.servers.openai import OpenAIServer
from app.core.servers.readers import UsageLastReader
from app.core.servers.rules import ALLOWS


class OpenRouterServer(OpenAIServer):
    kind = "openrouter"
    allows = ALLOWS["openrouter"]

    def reader(self, request: ChatRequest) -> ReplyReader:
        return UsageLastReader(request.model)

    def mismatches(self, model: str, key: str | None) -> list[Mismatch]:
        return []

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        if "requires stream" in message.lower():
            return hints.STREAM_REQUIRED
        return ""
