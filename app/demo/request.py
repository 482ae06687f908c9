"""A Chat Completions request checked as the real API checks it, reduced to what the demo needs.

Every refusal is an ``ApiError`` worded and shaped like the real one (see app.demo.errors).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import secrets
from dataclasses import dataclass
from typing import Any

from app.audio.codecs import CodecError, decode
from app.core.catalog import FORMATS, INPUT_AUDIO_FORMATS, STREAM_FORMAT
from app.demo import errors, models
from app.demo.errors import ApiError
from app.demo.ledger import AudioLedger
from app.demo.replies import Prompt
from app.demo.speech import CUSTOM_VOICE_SPECS

#: Tokens per second of audio: 10 for audio a user sends, 20 for the model's own speech
#: (what the real API's usage figures show).
INPUT_AUDIO_TOKENS_PER_SECOND = 10
OUTPUT_AUDIO_TOKENS_PER_SECOND = 20
_ROLES = ("system", "developer", "user", "assistant", "tool")
#: Top-level fields of CreateChatCompletionRequest (the spec, v2.3.0); others are refused.
KNOWN_FIELDS = frozenset(
    [
        "audio",
        "frequency_penalty",
        "function_call",
        "functions",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "messages",
        "metadata",
        "modalities",
        "model",
        "moderation",
        "n",
        "parallel_tool_calls",
        "prediction",
        "presence_penalty",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "reasoning_effort",
        "response_format",
        "safety_identifier",
        "seed",
        "service_tier",
        "stop",
        "store",
        "stream",
        "stream_options",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "user",
        "verbosity",
        "web_search_options",
    ]
)


def text_tokens(text: str) -> int:
    """A plausible token count for text: about four characters a token."""
    return math.ceil(len(text) / 4) if text else 0


@dataclass(frozen=True)
class ChatRequest:
    model: str  # as asked
    reply_model: str  # the snapshot replies name
    audio_out: bool
    voice: str  # a catalog voice name or a known custom voice id
    format: str
    stream: bool
    include_usage: bool
    prompt: Prompt
    prompt_text_tokens: int
    prompt_audio_tokens: int


def parse_body(raw: bytes) -> dict[str, Any]:
    """The JSON object of a request body, or the real API's 400 for unparseable JSON."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise errors.bad_json() from exc
    if not isinstance(body, dict):
        raise errors.bad_json()
    return body


def _voice(audio: dict[str, Any], model: str) -> str:
    voice = audio.get("voice")
    if voice is None:
        raise errors.missing("audio.voice")
    if isinstance(voice, dict):
        custom = voice.get("id")
        if not isinstance(custom, str):
            raise errors.missing("audio.voice.id")
        voice = custom
    if not isinstance(voice, str):
        raise errors.invalid_value(voice, list(models.voices_for(model)), "audio.voice")
    if voice.startswith("voice_"):
        if voice not in CUSTOM_VOICE_SPECS:
            raise ApiError(
                400, f"Voice '{voice}' was not found.", param="audio.voice", code="invalid_value"
            )
        return voice
    if voice in models.refused_voices(model):
        raise ApiError(
            400,
            f"Voice '{voice}' is not supported by model '{model}'. "
            f"Supported values are: {errors.quoted_list(models.voices_for(model))}.",
            param="audio.voice",
            code="invalid_value",
        )
    if voice not in models.voices_for(model):
        raise errors.invalid_value(voice, list(models.voices_for(model)), "audio.voice")
    return voice


def _input_audio_seconds(part: dict[str, Any], where: str) -> float:
    spec = part.get("input_audio")
    if not isinstance(spec, dict):
        raise errors.missing(f"{where}.input_audio")
    fmt = spec.get("format")
    if fmt not in INPUT_AUDIO_FORMATS:
        raise errors.invalid_value(fmt, list(INPUT_AUDIO_FORMATS), f"{where}.input_audio.format")
    data = spec.get("data")
    if not isinstance(data, str):
        raise errors.missing(f"{where}.input_audio.data")
    try:
        raw = base64.b64decode(data, validate=True)
        return decode(raw, fmt).duration
    except (binascii.Error, ValueError, CodecError) as exc:
        raise ApiError(
            400,
            f"The audio in {where} could not be decoded as {fmt}.",
            param=f"{where}.input_audio.data",
            code="invalid_value",
        ) from exc


@dataclass
class _Walk:
    system: list[str]
    last_user_text: str = ""
    last_user_seconds: float = 0.0
    text_tokens: int = 0
    audio_seconds_in: float = 0.0
    audio_seconds_out: float = 0.0


def _content_text(content: Any, index: int, *, user: bool) -> tuple[str, float]:
    """Text of a message's content and the seconds of input audio it carries."""
    if content is None:
        return "", 0.0
    if isinstance(content, str):
        return content, 0.0
    if not isinstance(content, list):
        raise ApiError(
            400,
            f"Invalid type for 'messages[{index}].content': expected a string or an array.",
            param=f"messages[{index}].content",
            code="invalid_type",
        )
    texts: list[str] = []
    seconds = 0.0
    for j, part in enumerate(content):
        where = f"messages[{index}].content[{j}]"
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind == "input_audio" and user:
            seconds += _input_audio_seconds(part, where)
        else:
            raise errors.invalid_value(
                kind, ["text", "input_audio"] if user else ["text"], f"{where}.type"
            )
    return " ".join(texts), seconds


def _walk_messages(messages: Any, ledger: AudioLedger) -> _Walk:
    if not isinstance(messages, list) or not messages:
        raise ApiError(
            400,
            "Invalid 'messages': empty array. Expected an array with minimum length 1.",
            param="messages",
            code="empty_array",
        )
    walk = _Walk(system=[])
    for i, message in enumerate(messages):
        role = message.get("role") if isinstance(message, dict) else None
        if role not in _ROLES:
            raise errors.invalid_value(role, list(_ROLES), f"messages[{i}].role")
        assert isinstance(message, dict)
        audio = message.get("audio")
        if role == "assistant" and isinstance(audio, dict):
            audio_id = audio.get("id")
            issued = ledger.lookup(audio_id) if isinstance(audio_id, str) else None
            if issued is None:
                raise ApiError(
                    400,
                    f"Audio with id '{audio_id}' not found or expired.",
                    param=f"content.messages[{i}].audio.id",
                    code="audio_not_found",
                )
            walk.audio_seconds_out += issued.seconds
            walk.text_tokens += text_tokens(issued.transcript) + 3
            continue
        if role == "assistant" and message.get("content") is None:
            raise ApiError(
                400,
                f"Invalid value for 'messages[{i}].content': an assistant message needs "
                "'content' or 'audio'.",
                param=f"messages[{i}].content",
                code="invalid_value",
            )
        text, seconds = _content_text(message.get("content"), i, user=role == "user")
        walk.text_tokens += text_tokens(text) + 3
        walk.audio_seconds_in += seconds
        if role in ("system", "developer"):
            walk.system.append(text)
        elif role == "user":
            walk.last_user_text, walk.last_user_seconds = text, seconds
    return walk


def check(body: dict[str, Any], ledger: AudioLedger, *, retired_gone: bool = False) -> ChatRequest:
    """The request the demo will answer, or the ApiError the real API would give for it."""
    for name in body:
        if name not in KNOWN_FIELDS:
            raise ApiError(400, f"Unrecognized request argument supplied: {name}")
    model = body.get("model")
    if not model:
        raise ApiError(400, "You must provide a model parameter.")
    if "messages" not in body:
        raise errors.missing("messages")
    reply_model = (
        models.resolve(model, retired_gone=retired_gone) if isinstance(model, str) else None
    )
    if reply_model is None or not isinstance(model, str):
        raise errors.model_not_found(model)
    modalities = body.get("modalities") or ["text"]
    if not isinstance(modalities, list):
        raise errors.invalid_value(modalities, ["text", "audio"], "modalities")
    for value in modalities:
        if value not in ("text", "audio"):
            raise errors.invalid_value(value, ["text", "audio"], "modalities")
    audio_out = "audio" in modalities
    stream = bool(body.get("stream"))
    voice, fmt = "", ""
    if audio_out:
        audio = body.get("audio")
        if audio is None:
            raise errors.missing("audio")
        if not isinstance(audio, dict):
            raise errors.invalid_value(audio, ["object"], "audio")
        voice = _voice(audio, model)
        fmt_value = audio.get("format")
        if fmt_value is None:
            raise errors.missing("audio.format")
        if fmt_value not in FORMATS:
            raise errors.invalid_value(fmt_value, list(FORMATS), "audio.format")
        fmt = str(fmt_value)
        if stream and fmt != STREAM_FORMAT:
            raise ApiError(
                400,
                f"audio.format does not support '{fmt}' when stream=true. "
                f"Supported values are: '{STREAM_FORMAT}'.",
                param="audio.format",
                code="unsupported_value",
            )
    walk = _walk_messages(body["messages"], ledger)
    if not audio_out and walk.audio_seconds_in == 0:
        raise ApiError(
            400,
            "This model requires that either input content or output modality contain audio.",
            param="model",
            code="invalid_value",
        )
    options = body.get("stream_options")
    include_usage = stream and isinstance(options, dict) and bool(options.get("include_usage"))
    return ChatRequest(
        model=model,
        reply_model=reply_model,
        audio_out=audio_out,
        voice=voice,
        format=fmt,
        stream=stream,
        include_usage=include_usage,
        prompt=Prompt(
            system="\n".join(walk.system),
            user_text=walk.last_user_text,
            heard_seconds=walk.last_user_seconds,
            voice=voice or "alloy",
        ),
        prompt_text_tokens=walk.text_tokens,
        prompt_audio_tokens=round(
            walk.audio_seconds_in * INPUT_AUDIO_TOKENS_PER_SECOND
            + walk.audio_seconds_out * OUTPUT_AUDIO_TOKENS_PER_SECOND
        ),
    )


def check_bearer(header: str, expected: str | None) -> None:
    """An ``Authorization: Bearer KEY`` header against the key the server wants (if any)."""
    if expected is None:
        return
    scheme, _, key = header.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise errors.missing_api_key()
    if not secrets.compare_digest(key.encode(), expected.encode()):
        raise errors.invalid_api_key(key)
