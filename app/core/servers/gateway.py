"""Reseller gateways (one-api, new-api and their kind): OpenAI's paths and Bearer keys, with
their own habits (from their sources, QuantumNous/new-api and songquanpeng/one-api):
streamed chunks with empty ``choices`` are dropped (so no usage chunk arrives), errors are
``{"error": {"message": "… (request id: …)", "type": "new_api_error"}}`` (or ``one_api_error``),
often in Chinese, and some rebuild the messages and drop an assistant turn's ``audio: {id}``
(the model then answers as if it never spoke): earlier replies go back as text by default.
"""

from __future__ import annotations

from app.core.servers import hints
from app.core.servers.base import Mismatch
from app.core.servers.openai import OpenAIServer
from app.core.servers.rules import ALLOWS

#: How new-api and one-api say no upstream channel serves a model.
_NO_CHANNEL = ("无可用渠道", "no available channel", "no channel available")


class GatewayServer(OpenAIServer):
    kind = "gateway"
    allows = ALLOWS["gateway"]

    def mismatches(self, model: str, key: str | None) -> list[Mismatch]:
        return []

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        lower = message.lower()
        if any(words in lower for words in _NO_CHANNEL):
            return hints.GATEWAY_NO_CHANNEL
        return ""
