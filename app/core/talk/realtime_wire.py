"""The Realtime API's wire, Qt-free and I/O-free: the WebSocket address and headers for an
endpoint, the ``session.update`` Parley sends, earlier turns as text items, ``response.done``'s
usage as a :class:`Usage`, and the failures the socket can end with (as typed errors).

The GA shape (no ``OpenAI-Beta`` header; ``session.type = "realtime"``; 24 kHz ``audio/pcm``
only). Close codes: 3000 after an ``invalid_api_key`` error, 4000 for the beta shape or an
unknown model (the ``error`` event before the close says which).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote, urlsplit, urlunsplit

from app.core.conversation import Turn, Usage
from app.core.errors import ParleyError

#: The Realtime models Parley knows (newest first); the first is the default.
REALTIME_MODELS: Final = (
    "gpt-realtime-2.1",
    "gpt-realtime-2",
    "gpt-realtime-1.5",
    "gpt-realtime-2.1-mini",
    "gpt-realtime-mini",
    "gpt-realtime",
)
DEFAULT_REALTIME_MODEL: Final = REALTIME_MODELS[0]
#: The voices a realtime session takes by name (or ``{"id": "voice_..."}``).
REALTIME_VOICES: Final = (
    "alloy",
    "ash",
    "ballad",
    "coral",
    "echo",
    "sage",
    "shimmer",
    "verse",
    "marin",
    "cedar",
)
REALTIME_RATE: Final = 24_000
#: Input transcription (the user's words on their card).
TRANSCRIBE_MODEL: Final = "gpt-4o-mini-transcribe"
#: Turn detection: the server's (semantic or plain VAD), or Parley's own ("parley").
TURN_DETECTIONS: Final = ("semantic_vad", "server_vad", "parley")
#: Reconnect before the server's 60-minute limit, at the first quiet moment after this.
SESSION_SECONDS: Final = 55 * 60
_AZURE_HOSTS: Final = (
    ".openai.azure.com",
    ".cognitiveservices.azure.com",
    ".services.ai.azure.com",
)


def is_realtime_model(model: str) -> bool:
    return "realtime" in model.lower()


@dataclass(frozen=True)
class RealtimeEndpoint:
    """Where a realtime session connects: ``url`` (ws/wss) and the headers (the key in them)."""

    url: str
    headers: tuple[tuple[str, str], ...]

    def __repr__(self) -> str:  # never the key
        return f"RealtimeEndpoint({self.url!r})"


def endpoint(base_url: str, api_key: str | None, model: str) -> RealtimeEndpoint:
    """``http(s)://host/v1`` -> ``ws(s)://host/v1/realtime?model=M``, Bearer auth; an Azure
    resource -> ``wss://RESOURCE.openai.azure.com/openai/v1/realtime?model=DEPLOYMENT`` with
    an ``api-key`` header."""
    parts = urlsplit(base_url.strip().rstrip("/"))
    scheme = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}.get(parts.scheme, "wss")
    host = (parts.hostname or "").lower()
    path = parts.path.rstrip("/")
    headers: list[tuple[str, str]] = []
    if host.endswith(_AZURE_HOSTS):
        if not path.endswith("/openai/v1"):
            path = path.removesuffix("/openai") + "/openai/v1"
        if api_key:
            headers.append(("api-key", api_key))
    elif api_key:
        headers.append(("Authorization", f"Bearer {api_key}"))
    query = "model=" + quote(model, safe="")
    return RealtimeEndpoint(
        urlunsplit((scheme, parts.netloc, path + "/realtime", query, "")), tuple(headers)
    )


def session_update(
    *,
    model: str,
    voice: str,
    instructions: str,
    turn_detection: str,
    end_silence: float,
) -> dict[str, Any]:
    """The ``session.update`` event: audio out (with its transcript), 24 kHz pcm16 both ways,
    input transcription, and the turn detection asked for (None for Parley's own VAD)."""
    detection: dict[str, Any] | None
    if turn_detection == "server_vad":
        detection = {
            "type": "server_vad",
            "threshold": 0.5,
            "prefix_padding_ms": 300,
            "silence_duration_ms": int(end_silence * 1000),
            "create_response": True,
            "interrupt_response": True,
        }
    elif turn_detection == "semantic_vad":
        detection = {
            "type": "semantic_vad",
            "eagerness": "auto",
            "create_response": True,
            "interrupt_response": True,
        }
    else:
        detection = None
    fmt = {"type": "audio/pcm", "rate": REALTIME_RATE}
    voice_value: Any = {"id": voice} if voice.startswith("voice_") else voice
    return {
        "type": "session.update",
        "session": {
            "type": "realtime",
            "model": model,
            "instructions": instructions,
            "output_modalities": ["audio"],
            "audio": {
                "input": {
                    "format": fmt,
                    "transcription": {"model": TRANSCRIBE_MODEL},
                    "noise_reduction": {"type": "near_field"},
                    "turn_detection": detection,
                },
                "output": {"format": fmt, "voice": voice_value},
            },
        },
    }


def seed_items(turns: list[Turn]) -> list[dict[str, Any]]:
    """Earlier turns as ``conversation.item.create`` events, as text (assistant audio cannot be
    seeded); turns with no words are left out."""
    events: list[dict[str, Any]] = []
    for turn in turns:
        text = turn.text.strip()
        if not text or turn.role not in ("user", "assistant"):
            continue
        kind = "input_text" if turn.role == "user" else "output_text"
        item = {
            "type": "message",
            "role": turn.role,
            "content": [{"type": kind, "text": text}],
        }
        events.append({"type": "conversation.item.create", "item": item})
    return events


def append_audio(pcm16: bytes) -> str:
    """An ``input_audio_buffer.append`` event, serialized."""
    audio = base64.b64encode(pcm16).decode("ascii")
    return json.dumps({"type": "input_audio_buffer.append", "audio": audio})


def truncate(item_id: str, audio_end_ms: int) -> dict[str, Any]:
    return {
        "type": "conversation.item.truncate",
        "item_id": item_id,
        "content_index": 0,
        "audio_end_ms": int(audio_end_ms),
    }


def usage_of(response: dict[str, Any]) -> Usage | None:
    """``response.done``'s ``response.usage`` as a Usage (None if the server sent none)."""
    raw = response.get("usage")
    if not isinstance(raw, dict):
        return None

    def num(obj: Any, key: str) -> int:
        value = obj.get(key) if isinstance(obj, dict) else None
        return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0

    inp, out = raw.get("input_token_details"), raw.get("output_token_details")
    return Usage(
        prompt_tokens=num(raw, "input_tokens"),
        completion_tokens=num(raw, "output_tokens"),
        total_tokens=num(raw, "total_tokens"),
        prompt_audio_tokens=num(inp, "audio_tokens"),
        prompt_text_tokens=num(inp, "text_tokens"),
        completion_audio_tokens=num(out, "audio_tokens"),
        completion_text_tokens=num(out, "text_tokens"),
        cached_tokens=num(inp, "cached_tokens"),
    )


class RealtimeFailure(ParleyError):
    """A realtime session that could not start or broke off. ``kind`` says what (for the
    words a window or the command line picks): ``bad_key``, ``unknown_model``, ``beta_shape``,
    ``rate_limited``, ``not_realtime`` (the server has no Realtime API: the Chat Completions
    engine can talk to it), ``lost`` (the socket went mid-session), ``network``, ``refused``.
    ``detail`` is the server's own words, if any."""

    _WORDS: Final = {
        "bad_key": "The server refused the API key.",
        "unknown_model": "The server does not know the realtime model {model}.",
        "beta_shape": "The server refused the session's shape (it wants the current Realtime"
        " API, without the beta header).",
        "rate_limited": "The server's rate limit was reached: wait a moment and resume.",
        "not_realtime": "This server does not speak the Realtime API. Talk mode's Chat"
        " Completions engine works with it: turn Realtime off.",
        "lost": "The connection to the server was lost.",
        "network": "Could not reach the server for a realtime session.",
        "refused": "The server ended the realtime session.",
    }

    def __init__(self, kind: str, detail: str = "", *, model: str = "", code: int = 0) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.model = model
        self.code = code

    def _describe(self) -> str:
        words = self._WORDS.get(self.kind, self._WORDS["refused"]).format(model=self.model)
        if self.detail and self.kind in ("refused", "network", "unknown_model"):
            return f"{words} ({self.detail})"
        return words


def failure_for_close(code: int, error: dict[str, Any] | None, model: str) -> RealtimeFailure:
    """What a close (``code``) after the last ``error`` event's ``error`` object means."""
    err_code = str((error or {}).get("code") or "")
    message = str((error or {}).get("message") or "")
    if code == 3000 or err_code in ("invalid_api_key", "missing_api_key"):
        return RealtimeFailure("bad_key", message, model=model, code=code)
    if err_code == "beta_api_shape_disabled":
        return RealtimeFailure("beta_shape", message, model=model, code=code)
    if err_code in ("model_not_found", "invalid_model") or code == 4000:
        return RealtimeFailure("unknown_model", message, model=model, code=code)
    if err_code == "rate_limit_exceeded":
        return RealtimeFailure("rate_limited", message, model=model, code=code)
    if code in (1000, 1001) and message:
        return RealtimeFailure("refused", message, model=model, code=code)
    return RealtimeFailure("lost", message, model=model, code=code)


def failure_for_status(status: int, model: str) -> RealtimeFailure:
    """An HTTP answer instead of the WebSocket upgrade."""
    if status in (401, 403):
        return RealtimeFailure("bad_key", model=model, code=status)
    if status == 429:
        return RealtimeFailure("rate_limited", model=model, code=status)
    if status in (400, 404, 405, 426, 501):
        return RealtimeFailure("not_realtime", f"HTTP {status}", model=model, code=status)
    return RealtimeFailure("refused", f"HTTP {status}", model=model, code=status)
