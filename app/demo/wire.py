"""What goes on the wire for a completion: the JSON body, or the SSE events in the real order.

The streamed order copies the real captures: a role chunk; transcript pieces in
``delta.audio.transcript`` (with ``content: null`` and the audio id on the first); audio pieces
(the first again with role, content, refusal and id), words and audio interleaved, with many
chunks that have no ``choices`` at all; a usage chunk with ``choices: []`` when
``stream_options.include_usage``; then the ``expires_at`` chunk; then ``[DONE]``. No chunk has a
non-null ``finish_reason``. Audio pieces are 0.4 s (19 200 bytes of pcm16); the gpt-4o preview
models start with smaller ones (4 800, 7 200, 12 000 bytes) as they really do.
"""

from __future__ import annotations

import base64
import json
import math
import re
import secrets
import string
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from app.audio.codecs import encode, float_to_pcm16
from app.core.catalog import PCM16_RATE
from app.demo import errors, models
from app.demo.completion import Completion
from app.demo.faults import Faults

PIECE_BYTES: Final = 19_200
_PREVIEW_RAMP: Final = (4_800, 7_200, 12_000, 12_000, 12_000)
_FINGERPRINT: Final = "fp_d3m0a5c11f"
_ALNUM = string.ascii_letters + string.digits
#: Empty (choices-less) chunks after each audio piece, cycling, like the captures show.
_EMPTIES: Final = (2, 1, 3, 0, 2)


@dataclass(frozen=True)
class Event:
    """One SSE event's ``data:`` payload; ``audio_bytes`` > 0 marks an audio piece; a
    ``comment`` is sent as an SSE comment line (``: data``) instead."""

    data: str
    audio_bytes: int = 0
    comment: bool = False

    @property
    def audio_seconds(self) -> float:
        return self.audio_bytes / (2 * PCM16_RATE)


def _b64(data: bytes, corrupt: bool) -> str:
    text = base64.b64encode(data).decode("ascii")
    return text[:8] + "!*~" + text[8:] if corrupt else text


def response_body(c: Completion, fmt: str, faults: Faults) -> bytes:
    """The non-streamed ``chat.completion`` JSON (cut in half when ``malformed_json``)."""
    message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
    if c.samples is None:
        message["content"] = c.transcript
    else:
        real = "pcm16" if faults.pcm_for_wav else fmt
        audio: dict[str, Any] = {
            "id": c.audio_id,
            "data": _b64(encode(c.samples, PCM16_RATE, real), faults.bad_base64),
            "expires_at": c.expires_at,
            "transcript": c.transcript,
        }
        if faults.transcript_in_content:
            message["content"] = audio.pop("transcript")
        message["audio"] = audio
    message["annotations"] = []
    body = {
        "id": c.id,
        "object": "chat.completion",
        "created": c.created,
        "model": c.model,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": c.usage,
        "service_tier": "default",
        "system_fingerprint": _FINGERPRINT,
    }
    raw = json.dumps(body).encode()
    return raw[: len(raw) // 2] if faults.malformed_json else raw


def piece_sizes(model: str, total: int) -> list[int]:
    """Byte sizes of the streamed audio pieces (even, summing to ``total``)."""
    sizes: list[int] = []
    ramp = list(_PREVIEW_RAMP) if models.is_preview(model) else []
    left = total
    while left > 0:
        size = min(ramp.pop(0) if ramp else PIECE_BYTES, left)
        sizes.append(size)
        left -= size
    return sizes


def transcript_pieces(text: str) -> list[str]:
    """The transcript cut like the real deltas: ``"Sure"``, ``","``, ``" let"``, ``" me"``."""
    pieces = re.findall(r"\s*(?:[\w'\u2019-]+|[^\w\s])", text)
    if "".join(pieces) != text:
        return [text] if text else []
    return pieces


class _Chunks:
    """Builds chunk objects sharing the completion's id, created, model ..."""

    def __init__(self, c: Completion, include_usage: bool) -> None:
        self.c = c
        self.include_usage = include_usage

    def make(self, choices: list[dict[str, Any]] | None, usage: object = None) -> Event:
        chunk: dict[str, Any] = {
            "id": self.c.id,
            "object": "chat.completion.chunk",
            "created": self.c.created,
            "model": self.c.model,
            "service_tier": "default",
            "system_fingerprint": _FINGERPRINT,
        }
        if choices is not None:
            chunk["choices"] = choices
        if self.include_usage:
            chunk["usage"] = usage
        n = 4 + secrets.randbelow(12)
        chunk["obfuscation"] = "".join(secrets.choice(_ALNUM) for _ in range(n))
        return Event(json.dumps(chunk))

    def delta(self, delta: dict[str, Any], finish: bool = True) -> Event:
        choice: dict[str, Any] = {"index": 0, "delta": delta}
        if finish:
            choice["finish_reason"] = None
        return self.make([choice])


def stream_events(c: Completion, include_usage: bool, faults: Faults) -> Iterator[Event]:
    """The SSE ``data:`` payloads of a streamed reply, in the real order (module docstring), or
    as the LiteLLM proxy relays them (``faults.litellm`` / ``litellm_cut_after``)."""
    events = _api_events(c, include_usage, faults)
    if faults.litellm or faults.litellm_cut_after is not None:
        return _as_litellm(events, _Chunks(c, include_usage), faults.litellm_cut_after)
    return events


_AUDIO_KEYS: Final = ("id", "data", "expires_at", "transcript")


def _as_litellm(events: Iterator[Event], chunks: _Chunks, cut_after: int | None) -> Iterator[Event]:
    """The events as LiteLLM relays them: every audio key present (null when empty), a
    ``finish_reason: "stop"`` chunk, the expires_at chunk before the usage. With ``cut_after``,
    the upstream breaks after that many audio pieces and LiteLLM closes the stream as if the
    reply were whole: stop, a usage chunk with 0 completion tokens, [DONE]."""
    usage: Event | None = None
    pieces = 0
    cut = False
    for event in events:
        if event.data == "[DONE]":
            break
        obj = json.loads(event.data)
        choices = obj.get("choices")
        if choices == [] and obj.get("usage"):
            usage = event
            continue
        if cut_after is not None and event.audio_bytes and pieces >= cut_after:
            cut = True
            break
        for choice in choices or []:
            audio = choice.get("delta", {}).get("audio")
            if isinstance(audio, dict):
                choice["delta"]["audio"] = {key: audio.get(key) for key in _AUDIO_KEYS}
        pieces += 1 if event.audio_bytes else 0
        yield Event(json.dumps(obj), event.audio_bytes)
    if cut:
        usage = _zero_completion(chunks)
    yield chunks.make([{"index": 0, "delta": {}, "finish_reason": "stop"}])
    if usage is not None and chunks.include_usage:
        yield usage
    yield Event("[DONE]")


def _zero_completion(chunks: _Chunks) -> Event:
    """LiteLLM's usage after an upstream break: the prompt counted, 0 completion tokens."""
    usage = dict(chunks.c.usage)
    prompt = int(str(usage.get("prompt_tokens", 0)))
    usage |= {"completion_tokens": 0, "total_tokens": prompt, "completion_tokens_details": None}
    return chunks.make([], usage)


def _api_events(c: Completion, include_usage: bool, faults: Faults) -> Iterator[Event]:
    chunks = _Chunks(c, include_usage)
    bare = faults.bare_audio
    in_content = faults.transcript_in_content or bare or c.samples is None
    audio_id = None if bare else c.audio_id

    def words(piece: str, first: bool) -> Event:
        if in_content:
            return chunks.delta({"content": piece})
        if first:
            return chunks.delta({"content": None, "audio": {"id": audio_id, "transcript": piece}})
        return chunks.delta({"audio": {"transcript": piece}})

    yield chunks.delta({"role": "assistant", "refusal": None})
    if faults.malformed_json:
        cut = chunks.delta({"content": None, "audio": {"id": audio_id, "transcript": ""}}).data
        yield Event(cut[: len(cut) // 2])
    text = transcript_pieces(c.transcript)
    lead = min(len(text), 4)
    for i in range(lead):
        yield words(text[i], i == 0)
    sent = lead
    pcm = float_to_pcm16(c.samples) if c.samples is not None else b""
    sizes = piece_sizes(c.model, len(pcm))
    spread = max(1, math.ceil(len(sizes) * 2 / 3))
    offset = 0
    for n, size in enumerate(sizes):
        for _ in range(_EMPTIES[n % len(_EMPTIES)]):
            yield chunks.make(None)
        if faults.error_event_after is not None and n >= faults.error_event_after:
            yield Event(json.dumps(errors.server_error_event()))
            return
        data = _b64(pcm[offset : offset + size], faults.bad_base64 and n == 0)
        offset += size
        if n == 0 and not bare:
            delta = {"role": "assistant", "content": None, "refusal": None}
            event = chunks.delta(delta | {"audio": {"id": audio_id, "data": data}})
        else:
            event = chunks.delta({"audio": {"data": data}})
        yield Event(event.data, size)
        due = min(len(text), math.ceil((len(text) - lead) * (n + 1) / spread) + lead)
        while sent < due:
            yield words(text[sent], sent == 0)
            sent += 1
    while sent < len(text):
        yield words(text[sent], sent == 0)
        sent += 1
    if faults.error_event_after is not None and faults.error_event_after >= len(sizes):
        yield Event(json.dumps(errors.server_error_event()))
        return
    yield chunks.make(None)
    if include_usage:
        yield chunks.make([], c.usage)
    if c.expires_at is not None and not bare:
        yield chunks.make([{"index": 0, "delta": {"audio": {"expires_at": c.expires_at}}}])
    yield Event("[DONE]")
