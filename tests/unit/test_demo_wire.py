"""The demo's wire shapes: the streamed chunk order and traps of the real API, and the JSON body."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

import numpy as np
import pytest

from app.audio.codecs import decode, float_to_pcm16
from app.demo.completion import Completion, usage
from app.demo.faults import Faults
from app.demo.wire import piece_sizes, response_body, stream_events, transcript_pieces

RATE = 24_000


def completion(seconds: float = 1.9, model: str = "gpt-audio-1.5", text: str = "") -> Completion:
    t = np.arange(int(seconds * RATE)) / RATE
    samples = (0.4 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    return Completion(
        id="chatcmpl-test",
        created=1_700_000_000,
        model=model,
        transcript=text or "Sure, let me check the weather for San Francisco.",
        samples=samples,
        audio_id="audio_test",
        expires_at=1_700_003_600,
        usage=usage(10, 0, 12, 38),
    )


def chunks(c: Completion, include_usage: bool = True, **faults: Any) -> list[Any]:
    out: list[Any] = []
    for event in stream_events(c, include_usage, Faults(**faults)):
        out.append(event.data if event.data == "[DONE]" else json.loads(event.data))
    return out


def audio_pieces(events: list[Any]) -> list[bytes]:
    return [
        base64.b64decode(ch["choices"][0]["delta"]["audio"]["data"])
        for ch in events
        if isinstance(ch, dict)
        and ch.get("choices")
        and "data" in ch["choices"][0]["delta"].get("audio", {})
    ]


def transcript(events: list[Any]) -> str:
    return "".join(
        ch["choices"][0]["delta"]["audio"]["transcript"]
        for ch in events
        if isinstance(ch, dict)
        and ch.get("choices")
        and "transcript" in ch["choices"][0]["delta"].get("audio", {})
    )


def test_streamed_order_matches_the_real_api() -> None:
    c = completion()
    events = chunks(c)
    assert events[0]["choices"][0]["delta"] == {"role": "assistant", "refusal": None}
    first_words = events[1]["choices"][0]["delta"]
    assert first_words == {"content": None, "audio": {"id": "audio_test", "transcript": "Sure"}}
    assert events[-1] == "[DONE]"
    usage_chunk, expires_chunk = events[-3], events[-2]
    assert usage_chunk["choices"] == [] and usage_chunk["usage"]["total_tokens"] == 60
    assert expires_chunk["choices"][0]["delta"] == {"audio": {"expires_at": 1_700_003_600}}
    assert any("choices" not in ch for ch in events[:-1])  # chunks with no choices at all
    for ch in events[:-1]:
        for choice in ch.get("choices", []):
            assert choice.get("finish_reason") is None
    assert transcript(events) == c.transcript
    assert b"".join(audio_pieces(events)) == float_to_pcm16(c.samples)  # type: ignore[arg-type]


def test_first_audio_piece_repeats_role_and_id_like_the_captures() -> None:
    events = chunks(completion())
    first = next(ch for ch in events if "data" in str(ch.get("choices", "")))
    delta = first["choices"][0]["delta"]
    assert delta["role"] == "assistant" and delta["content"] is None and delta["refusal"] is None
    assert delta["audio"]["id"] == "audio_test"


def test_pieces_are_0_4_seconds_and_decode_on_their_own() -> None:
    pieces = audio_pieces(chunks(completion(1.9)))
    assert [len(p) for p in pieces] == [19_200, 19_200, 19_200, 19_200, 14_400]
    assert all(decode(p, "pcm16").duration > 0 for p in pieces)


def test_preview_models_start_with_smaller_pieces() -> None:
    assert piece_sizes("gpt-4o-audio-preview-2025-06-03", 100_000)[:6] == [
        4_800,
        7_200,
        12_000,
        12_000,
        12_000,
        19_200,
    ]
    assert sum(piece_sizes("gpt-4o-audio-preview-2025-06-03", 100_000)) == 100_000


def test_without_include_usage_there_is_no_usage_anywhere() -> None:
    events = chunks(completion(), include_usage=False)
    assert all("usage" not in ch for ch in events[:-1])
    assert events[-2]["choices"][0]["delta"]["audio"]["expires_at"] == 1_700_003_600


def test_transcript_pieces_join_back_exactly() -> None:
    text = "Sure, let me check: it's 21°C in São Paulo!"
    assert "".join(transcript_pieces(text)) == text
    assert transcript_pieces("Sure, let me")[:3] == ["Sure", ",", " let"]


def test_in_band_error_after_n_pieces_ends_the_stream() -> None:
    events = chunks(completion(), error_event_after=2)
    assert len(audio_pieces(events)) == 2
    assert events[-1]["error"]["type"] == "server_error"
    assert "[DONE]" not in events


def test_gateway_deviations() -> None:
    in_content = chunks(completion(), transcript_in_content=True)
    words = "".join(
        ch["choices"][0]["delta"].get("content") or ""
        for ch in in_content
        if isinstance(ch, dict) and ch.get("choices")
    )
    assert words == completion().transcript and transcript(in_content) == ""
    bare = chunks(completion(), bare_audio=True)
    deltas = [ch["choices"][0]["delta"] for ch in bare[:-1] if ch.get("choices")]
    assert all("id" not in delta.get("audio", {}) for delta in deltas)
    assert "expires_at" not in json.dumps(bare)
    assert audio_pieces(bare)


def test_malformed_and_bad_base64_streams() -> None:
    raw = [e.data for e in stream_events(completion(), True, Faults(malformed_json=True))]
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw[1])
    bad = chunks(completion(), bad_base64=True)
    first = next(ch for ch in bad if "data" in str(ch.get("choices", "")))
    with pytest.raises(binascii.Error):
        base64.b64decode(first["choices"][0]["delta"]["audio"]["data"], validate=True)


def test_non_streamed_body_has_the_real_shape() -> None:
    c = completion()
    body = json.loads(response_body(c, "wav", Faults()))
    message = body["choices"][0]["message"]
    assert body["object"] == "chat.completion" and body["choices"][0]["finish_reason"] == "stop"
    assert message["content"] is None and message["refusal"] is None
    assert message["annotations"] == []
    audio = message["audio"]
    assert (audio["id"], audio["expires_at"], audio["transcript"]) == (
        "audio_test",
        1_700_003_600,
        c.transcript,
    )
    wav = base64.b64decode(audio["data"])
    assert wav[:4] == b"RIFF"
    assert decode(wav).duration == pytest.approx(1.9, abs=0.01)
    assert body["usage"]["completion_tokens_details"]["audio_tokens"] == 38


def test_non_streamed_faults() -> None:
    c = completion()
    with pytest.raises(json.JSONDecodeError):
        json.loads(response_body(c, "wav", Faults(malformed_json=True)))
    raw_pcm = json.loads(response_body(c, "wav", Faults(pcm_for_wav=True)))
    data = base64.b64decode(raw_pcm["choices"][0]["message"]["audio"]["data"])
    assert data[:4] != b"RIFF" and len(data) == 2 * len(c.samples)  # type: ignore[arg-type]
    moved = json.loads(response_body(c, "wav", Faults(transcript_in_content=True)))
    message = moved["choices"][0]["message"]
    assert message["content"] == c.transcript and "transcript" not in message["audio"]
