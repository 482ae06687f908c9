"""The demo server as other servers than OpenAI (``parley demo-server --as NAME``): each persona
answers at that server's paths, wants its auth header, keeps its streaming and format rules,
takes its voices and model names, and words its errors as it does (see app.core.servers for
the sources). The reply itself is still the demo's (app.demo.completion); a persona maps its
request onto an OpenAI-shaped one for the demo's checks and dresses the reply in its shapes.
"""

from __future__ import annotations

import base64
import secrets
import time
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Final
from urllib.parse import parse_qs, urlsplit

from app.core.catalog import MODELS, STREAM_FORMAT
from app.demo import errors
from app.demo import persona_wire as pw
from app.demo.completion import Completion
from app.demo.errors import ApiError
from app.demo.faults import Faults
from app.demo.request import ChatRequest
from app.demo.wire import Event, response_body, stream_events

NAMES: Final = ("openai", "azure", "openrouter", "vllm-omni", "qwen-omni", "new-api")
AZURE_VERSIONS: Final = ("2024-10-21", "2024-12-01-preview", "2025-01-01-preview", "preview")
AZURE_401: Final = (
    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide "
    "a valid key for an active subscription and use a correct regional API endpoint for your "
    "resource."
)


class Persona:
    """OpenAI itself: paths under /v1, a Bearer key, the demo's own shapes."""

    name = "openai"
    prefix = "/v1"
    #: Model names this server takes -> the demo model that answers.
    models: ClassVar[Mapping[str, str]] = {m: m for m in MODELS}
    #: Voice names this server takes -> the demo voice that speaks (empty: OpenAI's own).
    voices: ClassVar[Mapping[str, str]] = {}

    def route(self, method: str, raw_path: str) -> str:
        """ "models", "chat", or "" (the demo's 404)."""
        path = urlsplit(raw_path).path.rstrip("/")
        if method == "GET" and path == self.prefix + "/models":
            return "models"
        if method == "POST" and path == self.prefix + "/chat/completions":
            return "chat"
        return ""

    def key_of(self, headers: Mapping[str, str]) -> str | None:
        """The key sent (``headers`` with lower-case names), or None when none came the way
        this server wants it."""
        scheme, _, key = headers.get("authorization", "").partition(" ")
        return key.strip() if scheme.lower() == "bearer" and key.strip() else None

    def key_error(self, given: str | None) -> ApiError:
        """The answer to a missing or wrong key."""
        return errors.missing_api_key() if given is None else errors.invalid_api_key(given)

    def refusal(self, headers: Mapping[str, str], expected: str | None) -> ApiError | None:
        """Why the key sent is refused, or None."""
        given = self.key_of(headers)
        if expected is None:
            return None
        if given is None or not secrets.compare_digest(given.encode(), expected.encode()):
            return self.key_error(given)
        return None

    def model_name(self, body: dict[str, Any], raw_path: str) -> str:
        """The model name the reply names: the one asked for."""
        return str(body.get("model") or "")

    def prepare(self, body: dict[str, Any], raw_path: str) -> dict[str, Any]:
        """The OpenAI-shaped body the demo checks, or this server's refusal."""
        return body

    def model_list(self) -> dict[str, object]:
        data = [
            {"id": m, "object": "model", "created": 1_727_000_000, "owned_by": "parley-demo"}
            for m in self.models
        ]
        return {"object": "list", "data": data}

    def stream(self, c: Completion, request: ChatRequest, faults: Faults) -> Iterator[Event]:
        return stream_events(c, request.include_usage, faults)

    def whole(self, c: Completion, request: ChatRequest, faults: Faults) -> bytes:
        return response_body(c, request.format, faults)

    def error_body(self, exc: ApiError) -> dict[str, object]:
        return exc.body()

    # --- helpers for the personas ------------------------------------------------------------
    def _model(self, body: dict[str, Any], model: object) -> str:
        if not isinstance(model, str) or model not in self.models:
            raise self.unknown_model(model)
        body["model"] = self.models[model]
        return model

    def unknown_model(self, model: object) -> ApiError:
        return ApiError(
            404,
            f"The model `{model}` does not exist or you do not have access to it.",
            code="model_not_found",
        )

    def _voice(self, body: dict[str, Any], voice: object) -> None:
        if self.voices:
            if not isinstance(voice, str) or voice not in self.voices:
                raise self.unknown_voice(voice)
            audio = body.get("audio")
            if isinstance(audio, dict):
                audio["voice"] = self.voices[voice]

    def unknown_voice(self, voice: object) -> ApiError:
        return ApiError(400, f"Invalid voice '{voice}'.", param="audio.voice")


def _audio(body: dict[str, Any]) -> dict[str, Any]:
    audio = body.get("audio")
    return audio if isinstance(audio, dict) else {}


def _wants_audio(body: dict[str, Any]) -> bool:
    modalities = body.get("modalities")
    return isinstance(modalities, list) and "audio" in modalities


def _request_id() -> str:
    return time.strftime("%Y%m%d%H%M%S") + secrets.token_hex(8)


class Azure(Persona):
    """Azure OpenAI: deployments named after their models, the dated path with api-version and
    the v1 path, the ``api-key`` header, its first chunk and content filter results."""

    name = "azure"
    prefix = "/openai/v1"

    def route(self, method: str, raw_path: str) -> str:
        parts = urlsplit(raw_path)
        path = parts.path.rstrip("/")
        query = parse_qs(parts.query, keep_blank_values=True)
        if path.startswith("/openai/v1"):
            return super().route(method, raw_path)
        if not path.startswith("/openai/"):
            return ""
        version = (query.get("api-version") or [""])[0]
        if not version:
            raise ApiError(
                400, "Missing required query parameter: api-version", type="", code="BadRequest"
            )
        if version not in AZURE_VERSIONS:
            raise ApiError(400, "API version not supported", type="", code="BadRequest")
        if method == "GET" and path == "/openai/models":
            return "models"
        segments = path.split("/")
        if (
            method == "POST"
            and len(segments) == 6
            and segments[2] == "deployments"
            and path.endswith("/chat/completions")
        ):
            if segments[3] not in self.models:
                raise self.unknown_model(segments[3])
            return "chat:" + segments[3]
        return ""

    def key_of(self, headers: Mapping[str, str]) -> str | None:
        key = headers.get("api-key", "").strip()
        return key or None

    def key_error(self, given: str | None) -> ApiError:
        return ApiError(401, AZURE_401, type="", code="401")

    def refusal(self, headers: Mapping[str, str], expected: str | None) -> ApiError | None:
        if self.key_of(headers) is None and "authorization" in headers:
            return self.key_error(None)  # a key sent as Bearer: Azure wants it in api-key
        return super().refusal(headers, expected)

    def model_name(self, body: dict[str, Any], raw_path: str) -> str:
        deployment = raw_path.split("?", maxsplit=1)[0].split("/")[3:4]
        return (
            deployment[0]
            if raw_path.startswith("/openai/deployments/")
            else super().model_name(body, raw_path)
        )

    def prepare(self, body: dict[str, Any], raw_path: str) -> dict[str, Any]:
        deployment = raw_path.split("?", maxsplit=1)[0].split("/")[3:4]
        if raw_path.startswith("/openai/deployments/"):
            body["model"] = deployment[0]
        self._model(body, body.get("model"))
        return body

    def unknown_model(self, model: object) -> ApiError:
        return ApiError(
            404,
            "The API deployment for this resource does not exist. If you created the deployment "
            "within the last 5 minutes, please wait a moment and try again.",
            type="",
            code="DeploymentNotFound",
        )

    def stream(self, c: Completion, request: ChatRequest, faults: Faults) -> Iterator[Event]:
        return pw.azure_stream(super().stream(c, request, faults))

    def whole(self, c: Completion, request: ChatRequest, faults: Faults) -> bytes:
        return pw.azure_whole(super().whole(c, request, faults))


class OpenRouter(Persona):
    """OpenRouter: /api/v1, maker-prefixed model ids, audio only streamed and only as pcm16,
    processing comments, the usage with its cost on a chunk of its own."""

    name = "openrouter"
    prefix = "/api/v1"
    models: ClassVar[Mapping[str, str]] = {
        "openai/gpt-audio": "gpt-audio",
        "openai/gpt-audio-mini": "gpt-audio-mini",
    }

    def prepare(self, body: dict[str, Any], raw_path: str) -> dict[str, Any]:
        self._model(body, body.get("model"))
        if _wants_audio(body) and not body.get("stream"):
            raise ApiError(400, "Audio output requires stream: true", type="", code="400")
        fmt = _audio(body).get("format")
        if _wants_audio(body) and fmt != STREAM_FORMAT:
            raise ApiError(
                400,
                f"Unsupported value: 'audio.format' does not support '{fmt}' when stream=true. "
                "Supported values are: 'pcm16'.",
                type="",
                code="400",
            )
        return body

    def unknown_model(self, model: object) -> ApiError:
        return ApiError(400, f"{model} is not a valid model ID", type="", code="400")

    def stream(self, c: Completion, request: ChatRequest, faults: Faults) -> Iterator[Event]:
        prompt = c.usage.get("prompt_tokens", 0)
        details = c.usage.get("completion_tokens_details")
        audio = details.get("audio_tokens", 0) if isinstance(details, dict) else 0
        text = int(str(c.usage.get("completion_tokens", 0))) - int(str(audio))
        cost = (int(str(prompt)) * 2.5 + text * 10.0 + int(str(audio)) * 64.0) / 1e6
        return pw.openrouter_stream(super().stream(c, request, faults), round(cost, 8))

    def error_body(self, exc: ApiError) -> dict[str, object]:
        return {"error": {"message": exc.message, "code": exc.status}}


class VllmOmni(Persona):
    """vLLM-Omni serving Qwen3-Omni: ``speaker`` at the top, WAV segments in ``modality``
    chunks, whole replies with an empty ``audio.transcript``."""

    name = "vllm-omni"
    models: ClassVar[Mapping[str, str]] = {"Qwen/Qwen3-Omni-30B-A3B-Instruct": "gpt-audio"}
    voices: ClassVar[Mapping[str, str]] = {"chelsie": "nova", "ethan": "echo", "vivian": "shimmer"}

    def prepare(self, body: dict[str, Any], raw_path: str) -> dict[str, Any]:
        self._model(body, body.get("model"))
        speaker = body.pop("speaker", None) or body.pop("voice", None) or "chelsie"
        audio = _audio(body)
        if _wants_audio(body):
            body["audio"] = audio
            self._voice(body, str(speaker).lower())
            fmt = audio.get("format") or "wav"
            if fmt not in ("wav", "pcm", "pcm16", "flac", "mp3", "opus"):
                raise ApiError(400, f"Unsupported audio format '{fmt}'.", param="audio.format")
            # The demo's own check: streams as pcm16; the wire shape is the persona's.
            audio["format"] = STREAM_FORMAT if body.get("stream") or fmt == "pcm" else fmt
        return body

    def unknown_voice(self, voice: object) -> ApiError:
        return ApiError(
            400,
            f"Invalid speaker '{voice}'. Supported: {', '.join(self.voices)}",
            type="BadRequest",
        )

    def stream(self, c: Completion, request: ChatRequest, faults: Faults) -> Iterator[Event]:
        bad = {"delta": {"content": base64.b64encode(b"ID3\x04not a wav file").decode()}}
        odd = pw.vllm_chunk(c, [bad], "audio")
        return pw.mixed(pw.vllm_stream(c, request.include_usage), faults.mixed_after, odd)

    def whole(self, c: Completion, request: ChatRequest, faults: Faults) -> bytes:
        return pw.vllm_whole(c, request.format)


class QwenOmni(Persona):
    """Model Studio's compatible mode: streaming required, ``audio.format`` "wav" only, raw
    pcm16 in the stream, words in ``delta.content``, voices per model."""

    name = "qwen-omni"
    prefix = "/compatible-mode/v1"
    models: ClassVar[Mapping[str, str]] = {
        m: "gpt-audio" for m in ("qwen3-omni-flash", "qwen-omni-turbo", "qwen3.5-omni-plus")
    }
    voices: ClassVar[Mapping[str, str]] = {
        "Cherry": "coral",
        "Serena": "shimmer",
        "Ethan": "echo",
        "Chelsie": "nova",
    }

    def prepare(self, body: dict[str, Any], raw_path: str) -> dict[str, Any]:
        model = self._model(body, body.get("model"))
        if not _wants_audio(body):
            return body
        audio = _audio(body)
        if not body.get("stream"):
            raise _dashscope("'audio' output only support with stream=true")
        voice = audio.get("voice")
        if voice == "Tina" and model == "qwen3.5-omni-plus":
            voice = "Cherry"
        self._voice(body, voice)
        if audio.get("format") != "wav":
            raise _dashscope(f"The audio format '{audio.get('format')}' is not supported.")
        audio["format"] = STREAM_FORMAT
        return body

    def unknown_voice(self, voice: object) -> ApiError:
        return _dashscope(f"Voice '{voice}' is not supported by this model.")

    def stream(self, c: Completion, request: ChatRequest, faults: Faults) -> Iterator[Event]:
        usage = pw.vllm_chunk(c, [], "", usage=c.usage)
        return pw.mixed(pw.qwen_stream(c, request.include_usage), faults.mixed_after, usage)


def _dashscope(message: str) -> ApiError:
    return ApiError(
        400,
        f"<400> InternalError.Algo.InvalidParameter: {message}",
        code="invalid_parameter_error",
    )


class NewApi(Persona):
    """A new-api reseller gateway: Chinese errors of type ``new_api_error``, no channel for
    models it was not given, chunks with empty choices dropped, earlier replies' audio ids
    dropped from the messages."""

    name = "new-api"

    def key_error(self, given: str | None) -> ApiError:
        words = "未提供令牌" if given is None else "无效的令牌"
        return ApiError(401, f"{words} (request id: {_request_id()})", type="new_api_error")

    def prepare(self, body: dict[str, Any], raw_path: str) -> dict[str, Any]:
        self._model(body, body.get("model"))
        messages = body.get("messages")
        if isinstance(messages, list):
            body["messages"] = [
                m
                for m in messages
                if not (isinstance(m, dict) and m.get("role") == "assistant" and "audio" in m)
            ]
        return body

    def unknown_model(self, model: object) -> ApiError:
        return ApiError(
            503,
            f"当前分组 default 下对于模型 {model} 无可用渠道 (request id: {_request_id()})",
            type="new_api_error",
            code="model_not_found",
        )

    def stream(self, c: Completion, request: ChatRequest, faults: Faults) -> Iterator[Event]:
        return pw.gateway_stream(super().stream(c, request, faults))

    def error_body(self, exc: ApiError) -> dict[str, object]:
        body: dict[str, object] = {"message": exc.message, "type": exc.type or "new_api_error"}
        if exc.code:
            body["code"] = exc.code
        return {"error": body}


def persona(name: str) -> Persona:
    """The persona for ``--as NAME``."""
    kinds: dict[str, type[Persona]] = {
        "openai": Persona,
        "azure": Azure,
        "openrouter": OpenRouter,
        "vllm-omni": VllmOmni,
        "qwen-omni": QwenOmni,
        "new-api": NewApi,
    }
    return kinds[name]()
