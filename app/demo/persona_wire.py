"""What the demo's personas (app.demo.personas) put on the wire: each server's stream and whole
reply, built from one Completion. OpenAI's own shapes are app.demo.wire's."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from typing import Any, Final

from app.audio.codecs import encode, float_to_pcm16, pcm16_to_wav
from app.core.catalog import PCM16_RATE
from app.demo.completion import Completion
from app.demo.wire import Event, transcript_pieces

#: vLLM-Omni sends one WAV file per segment; the demo's segments are 0.8 s.
SEGMENT_BYTES: Final = 2 * PCM16_RATE * 8 // 10
#: DashScope's pcm16 pieces.
QWEN_PIECE_BYTES: Final = 9_600
_FILTERS: Final = {
    name: {"filtered": False, "severity": "safe"}
    for name in ("hate", "self_harm", "sexual", "violence")
}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _chunk(c: Completion, choices: list[dict[str, Any]], **extra: Any) -> Event:
    body: dict[str, Any] = {
        "id": c.id,
        "object": "chat.completion.chunk",
        "created": c.created,
        "model": c.model,
        "choices": choices,
    }
    return Event(json.dumps(body | extra))


def vllm_chunk(c: Completion, choices: list[dict[str, Any]], modality: str, **extra: Any) -> Event:
    """One chunk (``modality`` "" for none)."""
    return _chunk(c, choices, **extra, **({"modality": modality} if modality else {}))


def mixed(events: Iterator[Event], after: int | None, odd: Event) -> Iterator[Event]:
    """``events`` with ``odd`` slipped in after ``after`` audio pieces (the mixed-shapes fault)."""
    pieces = 0
    for event in events:
        yield event
        pieces += 1 if event.audio_bytes else 0
        if after is not None and pieces == after and event.audio_bytes:
            yield odd


def azure_stream(events: Iterator[Event]) -> Iterator[Event]:
    """OpenAI's events with Azure's first chunk and its content filter results."""
    yield Event(
        json.dumps(
            {
                "choices": [],
                "created": 0,
                "id": "",
                "model": "",
                "object": "",
                "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": _FILTERS}],
            }
        )
    )
    for event in events:
        if event.data.startswith("{"):
            obj = json.loads(event.data)
            obj.pop("obfuscation", None)
            for choice in obj.get("choices") or []:
                choice["content_filter_results"] = _FILTERS if "delta" in choice else {}
            yield Event(json.dumps(obj), event.audio_bytes)
        else:
            yield event


def azure_whole(body: bytes) -> bytes:
    obj = json.loads(body)
    obj["prompt_filter_results"] = [{"prompt_index": 0, "content_filter_results": _FILTERS}]
    for choice in obj.get("choices") or []:
        choice["content_filter_results"] = _FILTERS
    return json.dumps(obj).encode()


def openrouter_stream(events: Iterator[Event], cost: float) -> Iterator[Event]:
    """OpenAI's events after ``: OPENROUTER PROCESSING`` comments, the usage (with its cost)
    on a chunk of its own after the audio, no expires_at chunk after it."""
    yield Event("OPENROUTER PROCESSING", comment=True)
    yield Event("OPENROUTER PROCESSING", comment=True)
    for event in events:
        if not event.data.startswith("{"):
            yield event
            continue
        obj = json.loads(event.data)
        obj.pop("obfuscation", None)
        usage = obj.pop("usage", None)
        if obj.get("choices") == [] and usage:
            usage = dict(usage) | {
                "cost": cost,
                "is_byok": False,
                "cost_details": {"upstream_inference_cost": None},
            }
            yield Event(json.dumps(obj | {"provider": "OpenAI", "usage": usage}))
            continue
        if "choices" not in obj:
            continue
        yield Event(json.dumps(obj | {"provider": "OpenAI"}), event.audio_bytes)


def vllm_stream(c: Completion, include_usage: bool) -> Iterator[Event]:
    """Words in ``modality: text`` chunks, then each audio segment a whole WAV file in
    ``delta.content`` of a ``modality: audio`` chunk; usage (when asked) on a last chunk."""
    yield _chunk(c, [{"index": 0, "delta": {"role": "assistant", "content": ""}}], modality="text")
    for piece in transcript_pieces(c.transcript):
        yield _chunk(c, [{"index": 0, "delta": {"content": piece}}], modality="text")
    pcm = float_to_pcm16(c.samples) if c.samples is not None else b""
    for at in range(0, len(pcm), SEGMENT_BYTES):
        segment = pcm16_to_wav(pcm[at : at + SEGMENT_BYTES])
        delta = {"role": "assistant", "content": _b64(segment)}
        event = _chunk(c, [{"index": 0, "delta": delta}], modality="audio")
        yield Event(event.data, len(pcm[at : at + SEGMENT_BYTES]))
    yield _chunk(c, [{"index": 0, "delta": {}, "finish_reason": "stop"}], modality="audio")
    if include_usage:
        yield _chunk(c, [], usage=c.usage)
    yield Event("[DONE]")


def vllm_whole(c: Completion, fmt: str) -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": c.transcript}
    if c.samples is not None:
        message["audio"] = {
            "id": c.audio_id,
            "data": _b64(encode(c.samples, PCM16_RATE, fmt)),
            "expires_at": c.expires_at,
            "transcript": "",
        }
    body = {
        "id": c.id,
        "object": "chat.completion",
        "created": c.created,
        "model": c.model,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": c.usage,
    }
    return json.dumps(body).encode()


def qwen_stream(c: Completion, include_usage: bool) -> Iterator[Event]:
    """Words in ``delta.content``, raw pcm16 in ``delta.audio.data`` (whatever was asked), the
    usage on a last chunk with ``choices: []``."""
    yield _chunk(c, [{"index": 0, "delta": {"role": "assistant", "content": ""}}])
    words = transcript_pieces(c.transcript)
    pcm = float_to_pcm16(c.samples) if c.samples is not None else b""
    starts = list(range(0, len(pcm), QWEN_PIECE_BYTES))
    expires = int(time.time()) + 86_400
    for n, at in enumerate(starts):
        if n < len(words):
            yield _chunk(c, [{"index": 0, "delta": {"content": words[n]}}])
        data = pcm[at : at + QWEN_PIECE_BYTES]
        audio = {"data": _b64(data), "expires_at": expires, "id": f"audio_{c.id}"}
        event = _chunk(c, [{"index": 0, "delta": {"audio": audio}}])
        yield Event(event.data, len(data))
    for word in words[len(starts) :]:
        yield _chunk(c, [{"index": 0, "delta": {"content": word}}])
    yield _chunk(c, [{"index": 0, "delta": {}, "finish_reason": "stop"}])
    if include_usage:
        yield _chunk(c, [], usage=c.usage)
    yield Event("[DONE]")


def gateway_stream(events: Iterator[Event]) -> Iterator[Event]:
    """What new-api passes on: every chunk whose ``choices`` is empty or missing is dropped
    (the usage chunk with them)."""
    for event in events:
        if event.data.startswith("{") and not json.loads(event.data).get("choices"):
            continue
        yield event
