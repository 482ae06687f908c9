"""Chat Completions with audio output: building requests and reading replies into typed events.

Requests are built strictly; replies are read leniently, with every trap of the real API and of
the gateways in front of it handled (see the project's protocol notes): no ``finish_reason`` on
streamed chunks, chunks without ``choices``, usage in a chunk with ``choices: []``, ``expires_at``
after the usage, words in ``delta.content``, ``audio`` pieces with ``data`` only, errors inside a
200 stream, and audio bytes in another format than the one asked for (sniffed, never trusted).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from app.audio.sniff import sniff
from app.core.catalog import (
    FORMATS,
    INPUT_AUDIO_FORMATS,
    STREAM_FORMAT,
    is_custom_voice,
)
from app.core.context import ContextPlan, ContextPolicy, plan
from app.core.conversation import Audio, Turn, Usage
from app.core.errors import MalformedResponse, error_for
from app.core.events import (
    AudioDelta,
    AudioMeta,
    ChatRequest,
    Done,
    Event,
    Notice,
    TranscriptDelta,
    UsageReport,
)


def build_request(
    request: ChatRequest, *, transcripts_only: bool = False, now: float | None = None
) -> dict[str, Any]:
    """The JSON body for ``POST /chat/completions``.

    Earlier replies go back by reference (``{"audio": {"id"}}``) while their id is valid, else
    (or with ``transcripts_only``) as their transcript. Raises ValueError for a request the API
    cannot take (an unknown format, streaming in another format than pcm16, no turns).
    """
    if request.format not in FORMATS:
        raise ValueError(f"unknown audio format {request.format!r}")
    if request.stream and request.format != STREAM_FORMAT:
        raise ValueError(f"streamed replies are {STREAM_FORMAT} only, not {request.format}")
    messages = _messages(request, transcripts_only, now)[0]
    if not any(m["role"] == "user" for m in messages):
        raise ValueError("a request needs at least one user turn")
    voice: str | dict[str, str] = (
        {"id": request.voice} if is_custom_voice(request.voice) else request.voice
    )
    body: dict[str, Any] = {
        "model": request.model,
        "modalities": ["text", "audio"],
        "audio": {"voice": voice, "format": request.format},
        "messages": messages,
    }
    if request.stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return body


def referenced_turns(request: ChatRequest, now: float | None = None) -> dict[int, Turn]:
    """Index in ``messages`` -> the assistant turn sent there by its audio id."""
    return _messages(request, False, now)[1]


def context_plan(request: ChatRequest, now: float | None = None) -> ContextPlan:
    """Which turns the request sends, and which replies go by audio id (app.core.context)."""
    policy = ContextPolicy(request.audio_replies, request.context_budget)
    return plan(request.turns, policy, request.system_prompt, now)


#: The Notice for a broken event skipped in a stream.
UNREADABLE_EVENT = "skipped an unreadable event from the server; the reply may have a gap"


def left_out_note(request: ChatRequest) -> str:
    """What to tell the user when the context budget left earlier turns out ("" if none)."""
    left = context_plan(request).left_out
    if not left:
        return ""
    return (
        f"{left} earlier turn{'s' if left > 1 else ''} left out to keep within the context "
        f"budget of {request.context_budget:,} tokens"
    )


def _messages(
    request: ChatRequest, transcripts_only: bool, now: float | None
) -> tuple[list[dict[str, Any]], dict[int, Turn]]:
    messages: list[dict[str, Any]] = []
    refs: dict[int, Turn] = {}
    if request.system_prompt.strip():
        messages.append({"role": "system", "content": request.system_prompt})
    context = context_plan(request, now)
    for turn in context.turns:
        if turn.role == "assistant":
            if not transcripts_only and id(turn) in context.by_audio:
                refs[len(messages)] = turn
                messages.append({"role": "assistant", "audio": {"id": turn.audio_id}})
            elif turn.text:
                messages.append({"role": "assistant", "content": turn.text})
            continue
        if turn.audio is None:
            messages.append({"role": "user", "content": turn.text})
            continue
        parts: list[dict[str, Any]] = []
        if turn.text:
            parts.append({"type": "text", "text": turn.text})
        parts.append({"type": "input_audio", "input_audio": input_audio(turn.audio)})
        messages.append({"role": "user", "content": parts})
    return messages, refs


def input_audio(audio: Audio) -> dict[str, str]:
    """A recording as an ``input_audio`` part (wav or mp3; anything else is converted to wav)."""
    data = audio.read_bytes()
    fmt = audio.format if audio.format in INPUT_AUDIO_FORMATS else ""
    if not fmt:
        sniffed = sniff(data)
        if sniffed in INPUT_AUDIO_FORMATS and (sniffed != "mp3" or looks_like_mp3(data)):
            fmt = sniffed
        else:
            from app.audio import codecs  # numpy and libsndfile: only when converting

            decoded = codecs.decode(data, audio.format if audio.format == "pcm16" else None)
            data, fmt = codecs.encode(decoded.samples, decoded.rate, "wav"), "wav"
    return {"data": base64.b64encode(data).decode("ascii"), "format": fmt}


# --------------------------------------------------------------------------- replies


_MP3_KBPS = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2 and 2.5
}
_MP3_RATES = {3: (44_100, 48_000, 32_000), 2: (22_050, 24_000, 16_000), 0: (11_025, 12_000, 8_000)}


def _mp3_frame_length(data: bytes, at: int) -> int:
    """Length of the MPEG layer III frame whose header starts at ``at``, or 0 if none does."""
    if len(data) < at + 4 or data[at] != 0xFF or (data[at + 1] & 0xE0) != 0xE0:
        return 0
    version, layer = (data[at + 1] >> 3) & 3, (data[at + 1] >> 1) & 3
    bitrate, rate, padding = data[at + 2] >> 4, (data[at + 2] >> 2) & 3, (data[at + 2] >> 1) & 1
    if version == 1 or layer != 1 or bitrate in (0, 15) or rate == 3:
        return 0
    kbps = _MP3_KBPS[3 if version == 3 else 2][bitrate]
    factor = 144 if version == 3 else 72
    return factor * kbps * 1000 // _MP3_RATES[version][rate] + padding


def looks_like_mp3(data: bytes) -> bool:
    """An ID3 tag, or an MPEG layer III frame followed by another (when the bytes reach it)."""
    if data[:3] == b"ID3":
        return True
    length = _mp3_frame_length(data, 0)
    if not length:
        return False
    return len(data) < length + 4 or _mp3_frame_length(data, length) > 0


def real_format(data: bytes) -> str:
    """The real format of a reply's first audio bytes. Raw pcm16 that happens to begin like an
    MPEG frame sync (a sample of -1 does) is not taken for mp3 unless real frames follow."""
    kind = sniff(data)
    if kind == "mp3" and not looks_like_mp3(data):
        return "pcm16"
    return kind


def parse_usage(raw: Any) -> Usage:
    """Token counts from a ``usage`` object; missing or odd fields count as 0."""

    def num(obj: Any, key: str) -> int:
        value = obj.get(key) if isinstance(obj, dict) else None
        return int(value) if isinstance(value, int | float) else 0

    prompt = raw.get("prompt_tokens_details") if isinstance(raw, dict) else None
    completion = raw.get("completion_tokens_details") if isinstance(raw, dict) else None
    return Usage(
        prompt_tokens=num(raw, "prompt_tokens"),
        completion_tokens=num(raw, "completion_tokens"),
        total_tokens=num(raw, "total_tokens"),
        prompt_audio_tokens=num(prompt, "audio_tokens"),
        prompt_text_tokens=num(prompt, "text_tokens"),
        completion_audio_tokens=num(completion, "audio_tokens"),
        completion_text_tokens=num(completion, "text_tokens"),
        cached_tokens=num(prompt, "cached_tokens"),
        cost=_cost(raw),
    )


def _cost(raw: Any) -> float | None:
    value = raw.get("cost") if isinstance(raw, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


def decode_audio(data: Any) -> bytes:
    """A base64 audio piece's bytes; a piece that is not base64 is a MalformedResponse."""
    if not isinstance(data, str):
        raise MalformedResponse("audio data that is not a base64 string")
    try:
        return binascii.a2b_base64(data, strict_mode=True)
    except (binascii.Error, ValueError):
        pass
    missing = -len(data) % 4
    if missing in (1, 2):  # some gateways drop the padding
        try:
            return binascii.a2b_base64(data + "=" * missing, strict_mode=True)
        except (binascii.Error, ValueError):
            pass
    raise MalformedResponse("audio data that is not valid base64")


class ReplyParser:
    """Turns a reply into events: ``feed`` takes one SSE event's data (streamed), ``completion``
    a whole non-streamed body. In-band errors are raised as the matching typed ApiError."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model
        self.format = ""  # the real format, known from the first audio bytes
        self.audio_id: str | None = None
        self.expires_at: int | None = None
        self.finish_reason: str | None = None
        self.done = False
        self.saw_usage = False
        self.usage: Usage | None = None
        self.skipped = 0  # unreadable events passed over
        self._audio_transcript = False

    def feed(self, data: bytes) -> list[Event]:
        """Events from one streamed ``chat.completion.chunk`` (or ``[DONE]``)."""
        if data == b"[DONE]":
            self.done = True
            return [Done(self.finish_reason)]
        if not data.strip():
            return []
        try:
            obj = json.loads(data)
        except ValueError:
            obj = None
        if not isinstance(obj, dict):
            # One broken event must not cost the whole reply: skip it, and say so.
            self.skipped += 1
            return [Notice(UNREADABLE_EVENT)]
        if obj.get("error") is not None:
            raise error_for(None, obj, model=self.model)
        events: list[Event] = []
        choices = obj.get("choices")
        if choices and isinstance(choices, list) and isinstance(choices[0], dict):
            choice = choices[0]
            delta = choice.get("delta")
            if isinstance(delta, dict):
                self._message(delta, events)
            if choice.get("finish_reason"):
                self.finish_reason = str(choice["finish_reason"])
        usage = obj.get("usage")
        if usage:
            self.saw_usage = True
            self.usage = parse_usage(usage)
            events.append(UsageReport(self.usage))
        return events

    def completion(self, body: Any) -> list[Event]:
        """Events from a whole non-streamed ``chat.completion`` body, ending in Done."""
        if not isinstance(body, dict):
            raise MalformedResponse("a reply that is not a JSON object")
        if body.get("error") is not None:
            raise error_for(None, body, model=self.model)
        choices = body.get("choices")
        if not choices or not isinstance(choices, list) or not isinstance(choices[0], dict):
            raise MalformedResponse("a reply without choices")
        events: list[Event] = []
        message = choices[0].get("message")
        if isinstance(message, dict):
            self._message(message, events)
        reason = choices[0].get("finish_reason")
        self.finish_reason = str(reason) if reason else None
        if body.get("usage"):
            self.saw_usage = True
            events.append(UsageReport(parse_usage(body["usage"])))
        self.done = True
        events.append(Done(self.finish_reason))
        return events

    def _message(self, message: dict[str, Any], events: list[Event]) -> None:
        audio = message.get("audio")
        if isinstance(audio, dict):
            self._meta(audio, events)
            transcript = audio.get("transcript")
            if isinstance(transcript, str) and transcript:
                self._audio_transcript = True
                events.append(TranscriptDelta(transcript))
            data = audio.get("data")
            if data:
                raw = decode_audio(data)
                if raw:
                    if not self.format:
                        self.format = real_format(raw)
                    events.append(AudioDelta(raw, self.format))
        if not self._audio_transcript:
            # Gateways that put the words in content (or a refusal) instead of audio.transcript.
            for key in ("content", "refusal"):
                text = _text_of(message.get(key))
                if text:
                    events.append(TranscriptDelta(text))

    def _meta(self, audio: dict[str, Any], events: list[Event]) -> None:
        audio_id, expires = audio.get("id"), audio.get("expires_at")
        changed = False
        if isinstance(audio_id, str) and audio_id and audio_id != self.audio_id:
            self.audio_id, changed = audio_id, True
        if isinstance(expires, int | float) and int(expires) != self.expires_at:
            self.expires_at, changed = int(expires), True
        if changed:
            events.append(AudioMeta(self.audio_id, self.expires_at))


def _text_of(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # content as parts
        return "".join(p.get("text", "") for p in value if isinstance(p, dict))
    return ""
