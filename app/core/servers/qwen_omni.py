"""Qwen-Omni on Alibaba Cloud Model Studio (DashScope), OpenAI-compatible mode.

``https://dashscope.aliyuncs.com/compatible-mode/v1`` (``dashscope-intl`` abroad, or a
workspace's ``….maas.aliyuncs.com/compatible-mode/v1``), ``Authorization: Bearer KEY``.
From Model Studio's Qwen-Omni guide: streaming is required (else "'audio' output only support
with stream=true"); ``audio.format`` takes only "wav", yet the streamed ``delta.audio.data`` is
raw pcm16, 24 kHz mono; the words come in ``delta.content``; usage comes on a last chunk with
``choices: []``. Voices depend on the model; replies carry no audio id, so earlier replies go
back as text.
"""

from __future__ import annotations

from typing import Any

from app.core.events import ChatRequest
from app.core.servers import hints
from app.core.servers.base import ReplyReader, Wire
from app.core.servers.openai import OpenAIServer
from app.core.servers.readers import PcmReader
from app.core.servers.rules import ALLOWS


class QwenOmniServer(OpenAIServer):
    kind = "qwen-omni"
    allows = ALLOWS["qwen-omni"]

    def chat(self, request: ChatRequest, messages_body: dict[str, Any]) -> Wire:
        body = dict(messages_body)
        audio = dict(body.get("audio") or {})
        audio["format"] = "wav"  # the only value it takes; the stream is pcm16 all the same
        body["audio"] = audio
        return Wire("POST", self.base + "/chat/completions", body)

    def reader(self, request: ChatRequest) -> ReplyReader:
        return PcmReader(request.model, stream=request.stream)

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        text = message.lower()
        if "stream=true" in text or ("stream" in text and "only support" in text):
            return hints.STREAM_REQUIRED
        if "voice" in text:
            return hints.VOICE_OF_MODEL
        return ""
