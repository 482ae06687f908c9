"""vLLM-Omni serving Qwen2.5-Omni or Qwen3-Omni on your own GPU (``vllm serve … --omni``).

From vLLM-Omni's OpenAI-compatible chat server (vllm_omni/entrypoints/openai/serving_chat.py)
and its examples: the voice is a top-level ``speaker`` with the model's own names (a wrong one
is 400 "Invalid speaker 'x'. Supported: …"); formats wav (the default), pcm, flac, mp3, opus. A
whole reply carries ``message.audio`` {id, data, expires_at, transcript (may be empty)}, or, in
older versions, two choices (words, audio). Streamed, each chunk says its ``modality``; an audio
chunk's ``delta.content`` is a whole encoded file (WAV) of the next segment, at the model's rate.
The audio id cannot be sent back, so earlier replies go back as text.
"""

from __future__ import annotations

from typing import Any

from app.core.events import ChatRequest
from app.core.servers import hints
from app.core.servers.base import ReplyReader, Wire
from app.core.servers.openai import OpenAIServer
from app.core.servers.readers import SegmentReader
from app.core.servers.rules import ALLOWS


class VllmOmniServer(OpenAIServer):
    kind = "vllm-omni"
    allows = ALLOWS["vllm-omni"]

    def chat(self, request: ChatRequest, messages_body: dict[str, Any]) -> Wire:
        body = dict(messages_body)
        audio = dict(body.get("audio") or {})
        voice = audio.pop("voice", request.voice)
        body["speaker"] = voice if isinstance(voice, str) else request.voice
        fmt = "wav" if request.stream else audio.get("format", "wav")
        audio["format"] = "pcm" if fmt == "pcm16" else fmt
        body["audio"] = audio
        return Wire("POST", self.base + "/chat/completions", body)

    def reader(self, request: ChatRequest) -> ReplyReader:
        return SegmentReader(request.model)

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        return hints.VOICE_OF_MODEL if "invalid speaker" in message.lower() else ""
