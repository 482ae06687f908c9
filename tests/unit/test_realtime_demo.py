"""The demo server's Realtime API over a real WebSocket (no sound server): the GA handshake, its
refusals and close codes, turns taken by its VAD on spoken audio, and truncation's rules."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from app.core.talk.realtime_wire import endpoint, failure_for_close, session_update
from app.demo.server import DemoServer
from app.demo.speech import Synthesizer

KEY = "sk-test-realtime-0123456789abcdef"


@pytest.fixture
def server() -> Iterator[DemoServer]:
    with DemoServer(api_key=KEY) as demo:
        demo.realtime.pace = 0
        yield demo


def open_socket(
    server: DemoServer, key: str = KEY, model: str = "gpt-realtime-2.1", **kw: Any
) -> ClientConnection:
    where = endpoint(server.url, key, model)
    headers = list(where.headers) + list(kw.get("extra", []))
    return connect(where.url, additional_headers=headers, max_size=None, open_timeout=5)


def events_until(ws: ClientConnection, kind: str, timeout: float = 20) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    while True:
        event = json.loads(ws.recv(timeout=timeout))
        seen.append(event)
        if event["type"] == kind:
            return seen


def speech_pcm(text: str = "What time is it?") -> bytes:
    samples = Synthesizer().speak("alloy", text)
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
    return pcm + bytes(2 * 24000)  # a second of silence ends the turn


def append(ws: ClientConnection, pcm: bytes) -> None:
    step = 2 * 24000 // 25
    for i in range(0, len(pcm), step):
        audio = base64.b64encode(pcm[i : i + step]).decode()
        ws.send(json.dumps({"type": "input_audio_buffer.append", "audio": audio}))


def test_the_address_follows_the_endpoint() -> None:
    where = endpoint("https://api.openai.com/v1", "sk-x", "gpt-realtime-2.1")
    assert where.url == "wss://api.openai.com/v1/realtime?model=gpt-realtime-2.1"
    assert where.headers == (("Authorization", "Bearer sk-x"),)
    azure = endpoint("https://res.openai.azure.com", "k", "my-deployment")
    assert azure.url == "wss://res.openai.azure.com/openai/v1/realtime?model=my-deployment"
    assert azure.headers == (("api-key", "k"),)
    assert "sk-x" not in repr(where)
    assert endpoint("http://127.0.0.1:8000/v1", None, "m").url.startswith("ws://127.0.0.1:8000/v1/")


def test_a_bad_key_is_an_error_then_close_3000(server: DemoServer) -> None:
    ws = open_socket(server, key="sk-wrong-key-000000000000")
    event = json.loads(ws.recv(timeout=5))
    assert event["type"] == "error" and event["error"]["code"] == "invalid_api_key"
    with pytest.raises(ConnectionClosed):
        ws.recv(timeout=5)
    assert ws.close_code == 3000
    failure = failure_for_close(3000, event["error"], "gpt-realtime-2.1")
    assert failure.kind == "bad_key" and "sk-wrong" not in failure.user_message


def test_the_beta_shape_and_an_unknown_model_close_4000(server: DemoServer) -> None:
    ws = open_socket(server, extra=[("OpenAI-Beta", "realtime=v1")])
    assert json.loads(ws.recv(timeout=5))["error"]["code"] == "beta_api_shape_disabled"
    with pytest.raises(ConnectionClosed):
        ws.recv(timeout=5)
    assert ws.close_code == 4000
    ws = open_socket(server, model="gpt-audio-1.5")
    error = json.loads(ws.recv(timeout=5))["error"]
    with pytest.raises(ConnectionClosed):
        ws.recv(timeout=5)
    assert ws.close_code == 4000
    assert failure_for_close(4000, error, "gpt-audio-1.5").kind == "unknown_model"


def test_speech_is_a_turn_and_the_reply_streams_with_usage(server: DemoServer) -> None:
    server.realtime.heard.append("What time is it?")
    with open_socket(server) as ws:
        assert json.loads(ws.recv(timeout=5))["type"] == "session.created"
        update = session_update(
            model="gpt-realtime-2.1",
            voice="marin",
            instructions="Be brief.",
            turn_detection="server_vad",
            end_silence=0.5,
        )
        ws.send(json.dumps(update))
        events_until(ws, "session.updated")
        append(ws, speech_pcm())
        seen = events_until(ws, "response.done")
    kinds = [e["type"] for e in seen]
    for kind in (
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
        "conversation.item.input_audio_transcription.completed",
        "response.created",
        "response.output_audio.delta",
        "response.output_audio_transcript.delta",
    ):
        assert kind in kinds
    assert kinds.index("input_audio_buffer.speech_stopped") < kinds.index("response.created")
    words = next(e for e in seen if e["type"].endswith("transcription.completed"))
    assert words["transcript"] == "What time is it?"
    done = seen[-1]["response"]
    assert done["status"] == "completed"
    assert done["usage"]["output_token_details"]["audio_tokens"] > 0
    assert done["usage"]["input_token_details"]["audio_tokens"] > 0


def test_truncate_past_the_audio_sent_is_refused(server: DemoServer) -> None:
    with open_socket(server) as ws:
        events_until(ws, "session.created")
        ws.send(json.dumps({"type": "response.create"}))
        seen = events_until(ws, "response.done")
        item = next(e["item_id"] for e in seen if e["type"] == "response.output_audio.delta")
        sent = server.realtime.truncates
        ws.send(
            json.dumps(
                {
                    "type": "conversation.item.truncate",
                    "item_id": item,
                    "content_index": 0,
                    "audio_end_ms": 10**7,
                }
            )
        )
        assert events_until(ws, "error")[-1]["error"]["code"] == "invalid_value"
        ws.send(
            json.dumps(
                {
                    "type": "conversation.item.truncate",
                    "item_id": item,
                    "content_index": 0,
                    "audio_end_ms": 500,
                }
            )
        )
        assert events_until(ws, "conversation.item.truncated")[-1]["audio_end_ms"] == 500
    assert [ok for *_, ok in sent] == [False, True]
