"""Server kinds (app.core.servers): which kind a URL names, the request each builds, and how
each reads its replies, with replies made here from generated audio in each server's shapes."""

from __future__ import annotations

import base64
import json
import math
import struct
from typing import Any

import pytest

from app.audio.codecs import encode, pcm16_to_wav
from app.audio.segments import SegmentError, wav_segment_pcm16
from app.core.conversation import Turn
from app.core.errors import MalformedResponse
from app.core.events import AudioDelta, ChatRequest, Done, Event, TranscriptDelta, UsageReport
from app.core.protocol import build_request
from app.core.servers import ServerSpec, allows_of, detect, server_for
from app.core.servers import hints as keys
from app.core.servers.azure import AzureServer


def tone(seconds: float, rate: int = 24_000) -> bytes:
    """pcm16 of a 440 Hz tone."""
    n = int(seconds * rate)
    return b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(n)
    )


def sse(obj: Any) -> bytes:
    return json.dumps(obj).encode()


def feed_all(reader: Any, chunks: list[bytes]) -> list[Event]:
    events: list[Event] = []
    for chunk in chunks:
        events.extend(reader.feed(chunk))
    return events


def audio_of(events: list[Event]) -> bytes:
    return b"".join(e.data for e in events if isinstance(e, AudioDelta))


def words_of(events: list[Event]) -> str:
    return "".join(e.text for e in events if isinstance(e, TranscriptDelta))


def request(**kw: Any) -> ChatRequest:
    return ChatRequest(turns=[Turn("user", "Hello")], **kw)


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://api.openai.com/v1", "openai"),
        ("https://myres.openai.azure.com", "azure"),
        ("https://myres.cognitiveservices.azure.com/openai/v1", "azure"),
        ("https://proj.services.ai.azure.com", "azure"),
        ("http://127.0.0.1:9000/openai/deployments/gpt-audio", "azure"),
        ("https://openrouter.ai/api/v1", "openrouter"),
        ("https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-omni"),
        ("https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "qwen-omni"),
        ("https://ws1.cn-beijing.maas.aliyuncs.com/compatible-mode/v1", "qwen-omni"),
        ("https://www.kkiai.com/v1", "openai"),
        ("http://localhost:8091/v1", "openai"),
    ],
)
def test_the_kind_is_told_from_the_host_or_path(url: str, kind: str) -> None:
    assert detect(url) == kind
    assert server_for(ServerSpec(url)).allows.kind == kind


def test_a_kind_the_profile_names_wins_over_the_url() -> None:
    server = server_for(ServerSpec("http://localhost:8091/v1", "vllm-omni"))
    assert server.allows.kind == "vllm-omni"
    assert server.sends_replies_as_text()  # vLLM-Omni cannot take an audio id back
    assert not server_for(
        ServerSpec("http://x/v1", "vllm-omni", replies_as_text=False)
    ).sends_replies_as_text()


# --------------------------------------------------------------------------- requests


def test_azure_dated_shape_puts_deployment_and_api_version_in_the_url_and_the_key_in_api_key() -> (
    None
):
    server = server_for(ServerSpec("https://res.openai.azure.com/", "azure", deployment="voice1"))
    req = request(model="gpt-audio")
    wire = server.chat(req, build_request(req))
    assert wire.url == (
        "https://res.openai.azure.com/openai/deployments/voice1/chat/completions"
        "?api-version=2025-01-01-preview"
    )
    assert server.auth("k" * 32) == {"api-key": "k" * 32}
    assert server.models().url.endswith("/openai/models?api-version=2025-01-01-preview")


def test_azure_v1_shape_sends_the_deployment_as_model_and_no_api_version() -> None:
    server = server_for(ServerSpec("https://res.openai.azure.com/openai/v1"))
    assert isinstance(server, AzureServer) and server.shape == "v1"
    req = request(model="my-audio")
    wire = server.chat(req, build_request(req))
    assert wire.url == "https://res.openai.azure.com/openai/v1/chat/completions"
    assert wire.body is not None and wire.body["model"] == "my-audio"


def test_azure_url_with_a_deployment_and_version_is_read_whole() -> None:
    url = "https://res.openai.azure.com/openai/deployments/dep?api-version=2024-10-21"
    server = server_for(ServerSpec(url))
    req = request(model="ignored")
    assert server.chat(req, build_request(req)).url == (
        "https://res.openai.azure.com/openai/deployments/dep/chat/completions?api-version=2024-10-21"
    )


def test_vllm_puts_the_voice_in_speaker_and_asks_wav_segments_when_streaming() -> None:
    server = server_for(ServerSpec("http://gpu:8091/v1", "vllm-omni"))
    req = request(voice="ethan", model="Qwen/Qwen3-Omni-30B-A3B-Instruct")
    body = server.chat(req, build_request(req)).body
    assert body is not None
    assert body["speaker"] == "ethan" and "voice" not in body["audio"]
    assert body["audio"]["format"] == "wav" and body["stream"] is True


def test_qwen_asks_wav_streamed_even_when_a_whole_mp3_was_picked() -> None:
    server = server_for(ServerSpec("https://dashscope.aliyuncs.com/compatible-mode/v1"))
    asked = server.adapt(request(format="mp3", stream=False, voice="Cherry"))
    assert asked.stream and asked.format == "pcm16" and asked.whole_format == "mp3"
    body = server.chat(asked, build_request(asked)).body
    assert body is not None and body["audio"] == {"voice": "Cherry", "format": "wav"}


def test_openrouter_streams_only() -> None:
    server = server_for(ServerSpec("https://openrouter.ai/api/v1"))
    assert server.adapt(request(format="wav", stream=False)).stream
    assert server.allows.own_cost


# --------------------------------------------------------------------------- mismatches


def test_mismatches_are_found_before_sending() -> None:
    openai = server_for(ServerSpec("https://api.openai.com/v1"))
    codes = [m.code for m in openai.mismatches("openai/gpt-audio", "sk-" + "ab12" * 8)]
    assert codes == ["router_model_id", "dashscope_key"]
    assert openai.mismatches("gpt-audio", "sk-proj-" + "x" * 100) == []
    nameless = server_for(ServerSpec("https://r.openai.azure.com/openai/deployments/"))
    assert [m.code for m in nameless.mismatches("gpt-audio", None)] == ["azure_no_deployment"]
    blank = server_for(ServerSpec("https://r.openai.azure.com/openai/deployments/d?api-version="))
    assert [m.code for m in blank.mismatches("m", None)] == ["azure_no_api_version"]
    odd = server_for(ServerSpec("https://r.openai.azure.com/v1"))
    assert [m.code for m in odd.mismatches("m", None)] == ["azure_path"]


def test_hints_for_errors_each_server_words_its_own_way() -> None:
    azure = server_for(ServerSpec("https://r.openai.azure.com", "azure"))
    assert azure.hint(404, "DeploymentNotFound", "x") == keys.AZURE_DEPLOYMENT
    assert azure.hint(400, "BadRequest", "API version not supported") == keys.AZURE_API_VERSION
    gateway = server_for(ServerSpec("https://gw.example/v1", "gateway"))
    message = "当前分组 default 下对于模型 gpt-audio 无可用渠道 (request id: 1)"
    assert gateway.hint(503, "model_not_found", message) == keys.GATEWAY_NO_CHANNEL
    assert allows_of("qwen-omni").voices[0] == "Cherry"


# --------------------------------------------------------------------------- replies


def test_azure_first_empty_chunk_and_filter_results_are_read_past() -> None:
    reader = server_for(ServerSpec("https://r.openai.azure.com", "azure")).reader(request())
    pcm = tone(0.2)
    filters = {"hate": {"filtered": False, "severity": "safe"}}
    events = feed_all(
        reader,
        [
            sse({"choices": [], "id": "", "created": 0, "prompt_filter_results": [{}]}),
            sse(
                {
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"audio": {"id": "audio_1", "transcript": "Hi"}},
                            "content_filter_results": filters,
                        }
                    ]
                }
            ),
            sse(
                {
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"audio": {"data": base64.b64encode(pcm).decode()}},
                            "content_filter_results": filters,
                        }
                    ]
                }
            ),
            b"[DONE]",
        ],
    )
    assert words_of(events) == "Hi" and audio_of(events) == pcm
    assert isinstance(events[-1], Done)


def test_openrouter_usage_with_cost_after_the_audio() -> None:
    reader = server_for(ServerSpec("https://openrouter.ai/api/v1")).reader(request())
    pcm = tone(0.1)
    usage = {"prompt_tokens": 10, "completion_tokens": 5, "cost": 0.0123, "cost_details": {}}
    events = feed_all(
        reader,
        [
            sse({"choices": [{"delta": {"audio": {"data": base64.b64encode(pcm).decode()}}}]}),
            sse({"choices": [], "usage": usage}),
            b"[DONE]",
        ],
    )
    reports = [e for e in events if isinstance(e, UsageReport)]
    assert reports[0].usage.cost == pytest.approx(0.0123)


def test_qwen_pcm_in_audio_data_and_words_in_content() -> None:
    server = server_for(ServerSpec("https://dashscope.aliyuncs.com/compatible-mode/v1"))
    reader = server.reader(server.adapt(request()))
    pcm = b"RIFF" + tone(0.1)[4:]  # raw pcm16 that happens to begin like a WAV header
    events = feed_all(
        reader,
        [
            sse({"choices": [{"delta": {"content": "你好"}}]}),
            sse({"choices": [{"delta": {"audio": {"data": base64.b64encode(pcm).decode()}}}]}),
            sse({"choices": [], "usage": {"completion_tokens_details": {"audio_tokens": 3}}}),
            b"[DONE]",
        ],
    )
    assert words_of(events) == "你好"
    assert [e.format for e in events if isinstance(e, AudioDelta)] == ["pcm16"]
    assert audio_of(events) == pcm


def vllm_chunks(segments: list[bytes]) -> list[bytes]:
    chunks = [sse({"choices": [{"delta": {"content": "Hello"}}], "modality": "text"})]
    for segment in segments:
        content = base64.b64encode(segment).decode()
        chunks.append(sse({"choices": [{"delta": {"content": content}}], "modality": "audio"}))
    return chunks


def test_vllm_wav_segments_become_one_run_of_pcm16() -> None:
    reader = server_for(ServerSpec("http://gpu/v1", "vllm-omni")).reader(request())
    parts = [tone(0.3), tone(0.2)]
    events = feed_all(reader, [*vllm_chunks([pcm16_to_wav(p) for p in parts]), b"[DONE]"])
    assert words_of(events) == "Hello"
    assert audio_of(events) == b"".join(parts)


def test_vllm_segments_at_another_rate_are_converted_to_24_khz() -> None:
    reader = server_for(ServerSpec("http://gpu/v1", "vllm-omni")).reader(request())
    import numpy as np

    samples = (np.sin(np.arange(44_100) * 2 * np.pi * 440 / 44_100) * 0.3).astype(np.float32)
    segment = encode(samples, 44_100, "wav")
    pcm = audio_of(feed_all(reader, vllm_chunks([segment])))
    assert len(pcm) == pytest.approx(2 * 24_000, rel=0.01)


def test_a_segment_that_is_not_wav_is_named_after_what_arrived() -> None:
    reader = server_for(ServerSpec("http://gpu/v1", "vllm-omni")).reader(request())
    good = feed_all(reader, vllm_chunks([pcm16_to_wav(tone(0.1))]))
    assert audio_of(good)
    with pytest.raises(MalformedResponse, match="not a valid WAV"):
        feed_all(reader, vllm_chunks([b"ID3\x04junk"])[1:])
    with pytest.raises(SegmentError):
        wav_segment_pcm16(b"RIFF\x00\x00\x00\x00WAVE")


def test_a_modality_chunk_without_choices_is_malformed() -> None:
    reader = server_for(ServerSpec("http://gpu/v1", "vllm-omni")).reader(request())
    with pytest.raises(MalformedResponse, match="'audio' chunk without choices"):
        reader.feed(sse({"modality": "audio", "choices": []}))


def test_audio_after_the_usage_is_a_stream_of_mixed_shapes() -> None:
    server = server_for(ServerSpec("https://dashscope.aliyuncs.com/compatible-mode/v1"))
    reader = server.reader(request())
    reader.feed(sse({"choices": [], "usage": {"completion_tokens": 3}}))
    data = base64.b64encode(tone(0.1)).decode()
    with pytest.raises(MalformedResponse, match="after its usage"):
        reader.feed(sse({"choices": [{"delta": {"audio": {"data": data}}}]}))


def test_older_vllm_whole_reply_in_two_choices() -> None:
    reader = server_for(ServerSpec("http://gpu/v1", "vllm-omni")).reader(request(stream=False))
    wav = pcm16_to_wav(tone(0.1))
    body = {
        "choices": [
            {"index": 0, "message": {"content": "Hello there"}},
            {
                "index": 0,
                "message": {
                    "audio": {"id": "a1", "data": base64.b64encode(wav).decode(), "transcript": ""}
                },
            },
        ]
    }
    events = reader.completion(body)
    assert words_of(events) == "Hello there"
    assert audio_of(events) == wav and isinstance(events[-1], Done)


# --------------------------------------------------------------------------- profiles, prices


def test_a_profile_keeps_its_server_kind_and_azure_details(tmp_path: Any) -> None:
    from app.core.settings import Profile, Settings

    path = tmp_path / "settings.json"
    profile = Profile("Azure", "https://r.openai.azure.com", "azure", "dep", "2024-10-21", True)
    Settings(profiles=[profile, Profile("Odd", "https://x/v1", "nonsense")]).save(path)
    loaded = Settings.load(path)
    assert loaded.profiles[0] == profile
    assert loaded.profiles[0].server() == ServerSpec(
        "https://r.openai.azure.com", "azure", "dep", "2024-10-21", True
    )
    assert loaded.profiles[1].kind == ""  # an unknown kind is told from the URL again


def test_no_published_price_is_guessed_for_another_server() -> None:
    from app.core.costs import PriceBook
    from app.core.settings import Profile, Settings

    settings = Settings(
        profiles=[
            Profile("OpenAI"),
            Profile("Azure", "https://r.openai.azure.com", "azure"),
            Profile("Qwen", "https://dashscope.aliyuncs.com/compatible-mode/v1"),
        ]
    )
    book = PriceBook(settings)
    assert book.price("gpt-audio", "OpenAI") is not None
    assert book.price("gpt-audio", "Azure") is None
    assert book.price("qwen3-omni-flash", "Qwen") is None
    settings.prices = {"Azure": {"gpt-audio": {"audio_out": 70.0}}}
    own = book.price("gpt-audio", "Azure")
    assert own is not None and own.audio_out == 70.0  # the user's own price applies
