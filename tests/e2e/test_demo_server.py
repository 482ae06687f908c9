"""The demo server over real HTTP: the shapes a client gets, both modes, ids, errors, and faults."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
import numpy as np
import pytest

from app.audio.codecs import decode, encode, sniff
from app.demo.server import DemoServer

KEY = "sk-test-parley-0123456789"


def payload(text: str = "Hello there", fmt: str = "wav", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": "gpt-audio-1.5",
        "modalities": ["text", "audio"],
        "audio": {"voice": "alloy", "format": fmt},
        "messages": [{"role": "user", "content": text}],
    }
    if fmt == "pcm16" and extra.get("stream", True):
        body |= {"stream": True, "stream_options": {"include_usage": True}}
    return body | extra


def post(server: DemoServer, body: Any, **kw: Any) -> httpx.Response:
    return httpx.post(f"{server.url}/chat/completions", json=body, timeout=30, **kw)


def sse_data(raw: bytes) -> list[str]:
    """The ``data:`` payloads of an SSE body (comments skipped, CRLF allowed)."""
    events = raw.decode("utf-8").replace("\r\n", "\n").split("\n\n")
    out = []
    for block in events:
        lines = [ln[5:].removeprefix(" ") for ln in block.split("\n") if ln.startswith("data:")]
        if lines:
            out.append("\n".join(lines))
    return out


def stream(server: DemoServer, body: dict[str, Any]) -> tuple[httpx.Response, bytes]:
    with httpx.stream("POST", f"{server.url}/chat/completions", json=body, timeout=30) as r:
        raw = r.read()
    return r, raw


def chunks(raw: bytes) -> list[Any]:
    return [d if d == "[DONE]" else json.loads(d) for d in sse_data(raw)]


def deltas(events: list[Any]) -> list[dict[str, Any]]:
    return [e["choices"][0]["delta"] for e in events if isinstance(e, dict) and e.get("choices")]


def pieces(events: list[Any]) -> list[bytes]:
    return [
        base64.b64decode(d["audio"]["data"]) for d in deltas(events) if "data" in d.get("audio", {})
    ]


def words(events: list[Any]) -> str:
    return "".join(d["audio"].get("transcript", "") for d in deltas(events) if "audio" in d)


def tone(seconds: float, fmt: str) -> str:
    t = np.arange(int(seconds * 24_000)) / 24_000
    samples = (0.3 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)
    return base64.b64encode(encode(samples, 24_000, fmt)).decode()


def test_models_lists_the_catalog_and_snapshots(demo_server: DemoServer) -> None:
    listing = httpx.get(f"{demo_server.url}/models").json()
    ids = [m["id"] for m in listing["data"]]
    assert listing["object"] == "list"
    assert {"gpt-audio-1.5", "gpt-4o-audio-preview", "gpt-4o-audio-preview-2025-06-03"} <= set(ids)
    assert demo_server.requests == [("GET", "/v1/models", None)]


def test_non_streamed_reply_has_the_real_shape(demo_server: DemoServer) -> None:
    response = post(demo_server, payload("Hello there"))
    assert response.status_code == 200
    body = response.json()
    message = body["choices"][0]["message"]
    assert set(message) == {"role", "content", "refusal", "audio", "annotations"}
    assert message["content"] is None and body["choices"][0]["finish_reason"] == "stop"
    audio = message["audio"]
    assert audio["id"].startswith("audio_")
    assert audio["transcript"].startswith("Hello! This is the Parley demo server")
    assert audio["expires_at"] == pytest.approx(body["created"] + 3600, abs=2)
    seconds = decode(base64.b64decode(audio["data"])).duration
    details = body["usage"]["completion_tokens_details"]
    assert details["audio_tokens"] == round(seconds * 20)
    assert body["usage"]["total_tokens"] == (
        body["usage"]["prompt_tokens"] + body["usage"]["completion_tokens"]
    )
    method, path, sent = demo_server.requests[-1]
    assert (method, path, sent["audio"]) == ("POST", "/v1/chat/completions", payload()["audio"])


def test_all_five_formats_carry_the_same_speech(demo_server: DemoServer) -> None:
    durations = {}
    for fmt, magic in (
        ("wav", "wav"),
        ("mp3", "mp3"),
        ("flac", "flac"),
        ("opus", "opus"),
        ("pcm16", "pcm16"),
    ):
        body = post(demo_server, payload("Tell me a joke", fmt, stream=False)).json()
        data = base64.b64decode(body["choices"][0]["message"]["audio"]["data"])
        assert sniff(data) == magic
        decoded = decode(data, "pcm16" if fmt == "pcm16" else None)
        assert float(np.sqrt(np.mean(decoded.samples**2))) > 0.01
        durations[fmt] = decoded.duration
    assert durations["pcm16"] > 3.0
    for fmt, seconds in durations.items():
        assert seconds == pytest.approx(durations["pcm16"], abs=0.1), fmt


def test_streamed_reply_order_pieces_and_done(demo_server: DemoServer) -> None:
    response, raw = stream(demo_server, payload("Tell me a joke", "pcm16"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["transfer-encoding"] == "chunked"
    events = chunks(raw)
    assert events[-1] == "[DONE]"
    assert events[0]["choices"][0]["delta"] == {"role": "assistant", "refusal": None}
    assert events[-3]["choices"] == [] and events[-3]["usage"]["total_tokens"] > 0
    assert set(events[-2]["choices"][0]["delta"]["audio"]) == {"expires_at"}
    audio = pieces(events)
    assert all(len(p) == 19_200 for p in audio[:-1]) and 0 < len(audio[-1]) <= 19_200
    same = post(demo_server, payload("Tell me a joke", "pcm16", stream=False)).json()
    message = same["choices"][0]["message"]["audio"]
    assert words(events) == message["transcript"]
    assert b"".join(audio) == base64.b64decode(message["data"])
    assert all(
        e["choices"][0].get("finish_reason") is None for e in events[:-1] if e.get("choices")
    )


def test_streaming_anything_but_pcm16_is_openais_400(demo_server: DemoServer) -> None:
    response = post(demo_server, payload(fmt="wav", stream=True))
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "audio.format does not support 'wav' when stream=true. Supported values are: 'pcm16'."
    )


def test_a_keyed_server_answers_401_like_the_real_api(keyed_demo_server: DemoServer) -> None:
    missing = post(keyed_demo_server, payload())
    assert missing.status_code == 401 and "didn't provide an API key" in missing.text
    wrong = post(
        keyed_demo_server, payload(), headers={"Authorization": "Bearer sk-wrong-key-0000000000"}
    )
    assert wrong.status_code == 401
    error = wrong.json()["error"]
    assert error["code"] == "invalid_api_key" and error["param"] is None
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith("Incorrect API key provided: sk-wrong***")
    assert "key-0000" not in error["message"]
    right = post(keyed_demo_server, payload(), headers={"Authorization": f"Bearer {KEY}"})
    assert right.status_code == 200
    assert httpx.get(f"{keyed_demo_server.url}/models").status_code == 401


def test_refusals_over_http(demo_server: DemoServer) -> None:
    bad_json = httpx.post(
        f"{demo_server.url}/chat/completions",
        content=b'{"model": "gpt-audio-1.5",',
        headers={"Content-Type": "application/json"},
    )
    assert bad_json.status_code == 400 and demo_server.requests[-1][2] is None
    voice = post(demo_server, payload() | {"audio": {"voice": "zeus", "format": "wav"}})
    assert voice.json()["error"]["param"] == "audio.voice"
    refused = post(
        demo_server,
        payload() | {"model": "gpt-4o-audio-preview", "audio": {"voice": "cedar", "format": "wav"}},
    )
    assert refused.status_code == 400
    assert "not supported by model 'gpt-4o-audio-preview'" in refused.json()["error"]["message"]
    model = post(demo_server, payload() | {"model": "gpt-5-nothing"})
    assert model.status_code == 404 and model.json()["error"]["code"] == "model_not_found"
    text_only = post(demo_server, payload() | {"modalities": ["text"]})
    assert text_only.json()["error"] | {"message": ""} == {
        "message": "",
        "type": "invalid_request_error",
        "param": "model",
        "code": "invalid_value",
    }
    assert httpx.get(f"{demo_server.url}/nothing").json()["error"]["message"] == (
        "Invalid URL (GET /v1/nothing)"
    )


def test_multi_turn_ids_resolve_then_expire() -> None:
    with DemoServer(audio_ttl=0.6) as server:
        first = post(server, payload("Hello")).json()
        audio_id = first["choices"][0]["message"]["audio"]["id"]
        follow = payload("Tell me a joke") | {
            "messages": [
                {"role": "user", "content": "Hello"},
                {"role": "assistant", "audio": {"id": audio_id}},
                {"role": "user", "content": "Tell me a joke"},
            ]
        }
        again = post(server, follow)
        assert again.status_code == 200
        assert again.json()["usage"]["prompt_tokens_details"]["audio_tokens"] > 0
        time.sleep(0.8)
        expired = post(server, follow)
        assert expired.status_code == 400
        error = expired.json()["error"]
        assert (error["code"], error["param"]) == (
            "audio_not_found",
            "content.messages[1].audio.id",
        )


def test_input_audio_is_acknowledged(demo_server: DemoServer) -> None:
    for fmt in ("wav", "mp3"):
        part = {"type": "input_audio", "input_audio": {"data": tone(2.3, fmt), "format": fmt}}
        body = payload() | {"messages": [{"role": "user", "content": [part]}]}
        reply = post(demo_server, body).json()["choices"][0]["message"]["audio"]["transcript"]
        assert reply.startswith("I heard 2.3 seconds of audio."), fmt


def test_verbatim_and_long_replies(demo_server: DemoServer) -> None:
    text = "Peter Piper picked a peck of pickled peppers."
    body = payload(text) | {
        "messages": [
            {"role": "system", "content": "Speak the user's text verbatim."},
            {"role": "user", "content": text},
        ]
    }
    assert post(demo_server, body).json()["choices"][0]["message"]["audio"]["transcript"] == text
    _, raw = stream(demo_server, payload("/long 30", "pcm16"))
    seconds = sum(len(p) for p in pieces(chunks(raw))) / 48_000
    assert seconds == pytest.approx(30, abs=4)
