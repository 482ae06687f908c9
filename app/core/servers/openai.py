"""OpenAI's own API (and any server that copies it exactly): the shapes of app.core.protocol.

``POST {base}/chat/completions`` with ``Authorization: Bearer KEY``; the voice in
``audio.voice``; streams in pcm16 only; earlier replies go back by audio id. The other kinds
derive from :class:`OpenAIServer` and change what differs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from app.core.catalog import STREAM_FORMAT
from app.core.events import ChatRequest
from app.core.protocol import ReplyParser
from app.core.servers.base import Mismatch, ReplyReader, ServerSpec, Wire
from app.core.servers.rules import ALLOWS

#: How DashScope (Alibaba Model Studio) keys look: "sk-" and 32 hex digits. OpenAI's are longer.
_DASHSCOPE_KEY = re.compile(r"sk-[0-9a-f]{32}")


class OpenAIServer:
    """api.openai.com, or a server that speaks exactly as it does."""

    kind = "openai"
    allows = ALLOWS["openai"]

    def __init__(self, spec: ServerSpec) -> None:
        self.spec = spec
        self.base = spec.base_url.strip().rstrip("/")
        parts = urlsplit(self.base)
        self.host = (parts.hostname or "").lower()
        self.path = parts.path

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.base!r})"

    # ------------------------------------------------------------------ requests

    def adapt(self, request: ChatRequest) -> ChatRequest:
        if self.allows.stream == "required" and not request.stream:
            whole = request.whole_format or request.format
            return replace(request, stream=True, format=STREAM_FORMAT, whole_format=whole)
        return request

    def chat(self, request: ChatRequest, messages_body: dict[str, Any]) -> Wire:
        return Wire("POST", self.base + "/chat/completions", messages_body)

    def models(self) -> Wire:
        return Wire("GET", self.base + "/models")

    def auth(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}"}

    # ------------------------------------------------------------------ replies

    def reader(self, request: ChatRequest) -> ReplyReader:
        return ReplyParser(request.model)

    def sends_replies_as_text(self) -> bool:
        if self.spec.replies_as_text is not None:
            return self.spec.replies_as_text
        return not self.allows.audio_ids

    # ------------------------------------------------------------------ checks

    def mismatches(self, model: str, key: str | None) -> list[Mismatch]:
        found: list[Mismatch] = []
        if self.host == "api.openai.com":
            if "/" in model:
                found.append(Mismatch(self.kind, "model", "router_model_id", model))
            if key and _DASHSCOPE_KEY.fullmatch(key):
                found.append(Mismatch(self.kind, "key", "dashscope_key"))
        return found

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        return ""
