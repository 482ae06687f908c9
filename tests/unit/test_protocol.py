"""Request building and reply parsing, on synthetic SSE byte streams shaped like the real API's."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from app.audio import codecs
from app.core.conversation import Audio, Turn
from app.core.errors import (
    AccessDenied,
    AudioNotFound,
    AuthError,
    BadRequest,
    MalformedResponse,
    ModelNotFound,
    RateLimited,
    ServerError,
    StreamCut,
    error_for,
    redact,
)
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
from app.core.protocol import ReplyParser, build_request, real_format, referenced_turns
from app.core.reply import Reply, ReplyBuilder
from app.core.sse import SSEDecoder

RATE = 24_000


def tone(seconds: float, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def pcm_pieces(seconds: float = 1.0, piece: int = 4_800) -> list[bytes]:
    raw = codecs.float_to_pcm16(tone(seconds))
    return [raw[i : i + piece] for i in range(0, len(raw), piece)]


def chunk(delta: dict | None = None, **extra: object) -> dict:
    obj: dict = {"id": "chatcmpl-x", "object": "chat.completion.chunk", "model": "gpt-audio-1.5"}
    if delta is not None:
        obj["choices"] = [{"index": 0, "delta": delta, "finish_reason": None}]
    obj.update(extra)
    return obj


USAGE = {
    "prompt_tokens": 18,
    "completion_tokens": 24,
    "total_tokens": 42,
    "prompt_tokens_details": {"audio_tokens": 0, "text_tokens": 18},
    "completion_tokens_details": {"audio_tokens": 19, "text_tokens": 5},
}


def real_stream(pieces: list[bytes], words: list[str], *, eol: str = "\n") -> bytes:
    """The shape api.openai.com streams: role, transcript pieces, chunks without choices,
    data pieces, usage with choices [], expires_at after the usage, [DONE]."""
    events: list[dict | str] = [chunk({"role": "assistant", "refusal": None})]
    for i, word in enumerate(words):
        audio = {"id": "audio_abc", "transcript": word} if i == 0 else {"transcript": word}
        events.append(chunk({"content": None, "audio": audio}))
        events.append(chunk(usage=None, obfuscation="xx"))  # no choices key at all
    for piece in pieces:
        events.append(chunk({"audio": {"data": base64.b64encode(piece).decode()}}))
    events.append(chunk(usage=USAGE) | {"choices": []})
    events.append(chunk({"audio": {"expires_at": 1780697157}}))
    events.append("[DONE]")
    out = ""
    for ev in events:
        out += f"data: {ev if isinstance(ev, str) else json.dumps(ev)}{eol}{eol}"
    return out.encode()


def parse(stream_bytes: bytes, reads: list[bytes] | None = None) -> list[Event]:
    decoder, parser = SSEDecoder(), ReplyParser("gpt-audio-1.5")
    events: list[Event] = []
    for read in reads if reads is not None else [stream_bytes]:
        for data in decoder.feed(read):
            events.extend(parser.feed(data))
    return events


def accumulate(events: list[Event], fmt: str = "pcm16") -> Reply:
    builder = ReplyBuilder(ChatRequest(format=fmt))
    for ev in events:
        builder.add(ev)
    return builder.reply()


# --------------------------------------------------------------------------- SSE decoding


def test_real_shape_gives_transcript_audio_usage_and_late_expiry() -> None:
    pieces = pcm_pieces()
    events = parse(real_stream(pieces, ["Hel", "lo", "!"]))
    reply = accumulate(events)
    assert reply.transcript == "Hello!"
    assert reply.audio == b"".join(pieces)
    assert reply.format == "pcm16"
    assert reply.audio_id == "audio_abc"
    assert reply.expires_at == 1780697157
    assert reply.usage is not None and reply.usage.completion_audio_tokens == 19
    assert reply.duration() == pytest.approx(1.0)
    assert isinstance(events[-1], Done) and events[-1].finish_reason is None
    # expires_at comes after the usage, as the real API sends it
    kinds = [type(e).__name__ for e in events]
    assert kinds.index("UsageReport") < max(i for i, k in enumerate(kinds) if k == "AudioMeta")


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_every_split_point_gives_the_same_events(eol: str) -> None:
    stream = real_stream(pcm_pieces(0.05, piece=600), ["Hi", " thére"], eol=eol)
    whole = parse(stream)
    for cut in range(1, len(stream)):
        assert parse(stream, [stream[:cut], stream[cut:]]) == whole, f"split at {cut}"


def test_byte_by_byte_reads() -> None:
    stream = real_stream(pcm_pieces(0.05, piece=600), ["a", "b"], eol="\r\n")
    assert parse(stream, [stream[i : i + 1] for i in range(len(stream))]) == parse(stream)


def test_comments_keepalives_multiline_data_and_other_fields() -> None:
    obj = json.dumps(chunk({"audio": {"id": "audio_1", "transcript": "two lines"}}), indent=1)
    multi = "".join(f"data: {line}\n" for line in obj.splitlines())
    stream = (
        ": keep-alive\n\n"
        ":\n"
        "event: message\nid: 7\nretry: 1000\n" + multi + "\n"
        ": another comment\r\n\r\n"
        "data:[DONE]\n\n"
    ).encode()
    events = parse(stream)
    assert TranscriptDelta("two lines") in events
    assert AudioMeta("audio_1", None) in events
    assert isinstance(events[-1], Done)


def test_event_left_open_at_end_of_stream_is_dropped() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'data: {"a": 1}\n') == []
    assert decoder.close() == []


# --------------------------------------------------------------------------- traps


def test_words_in_content_and_bare_audio_pieces() -> None:
    pieces = pcm_pieces(0.2)
    events: list[dict | str] = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": w}) for w in ("Bare ", "audio")]
    events += [chunk({"audio": {"data": base64.b64encode(p).decode()}}) for p in pieces]
    events.append("[DONE]")
    stream = "".join(f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events)
    reply = accumulate(parse(stream.encode()))
    assert reply.transcript == "Bare audio"
    assert reply.audio == b"".join(pieces)
    assert reply.audio_id is None and reply.expires_at is None


def test_content_is_ignored_once_audio_transcript_carries_the_words() -> None:
    events: list[Event] = []
    parser = ReplyParser()
    events += parser.feed(json.dumps(chunk({"audio": {"transcript": "Hi"}})).encode())
    events += parser.feed(json.dumps(chunk({"content": "Hi"})).encode())
    assert [e for e in events if isinstance(e, TranscriptDelta)] == [TranscriptDelta("Hi")]


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        ({"message": "boom", "type": "server_error", "param": None, "code": None}, ServerError),
        ({"message": "slow down", "type": "requests", "code": "rate_limit_exceeded"}, RateLimited),
        ({"message": "bad", "type": "invalid_request_error", "code": "x"}, BadRequest),
    ],
)
def test_in_band_error_event_is_raised_typed(error: dict, kind: type) -> None:
    parser = ReplyParser()
    parser.feed(json.dumps(chunk({"audio": {"transcript": "So"}})).encode())
    with pytest.raises(kind) as caught:
        parser.feed(json.dumps({"error": error}).encode())
    assert error["message"] in caught.value.user_message


def test_invalid_base64_is_a_typed_error() -> None:
    parser = ReplyParser()
    bad = json.dumps(chunk({"audio": {"data": "AAAA!!!!not*base64"}})).encode()
    with pytest.raises(MalformedResponse, match="base64"):
        parser.feed(bad)


def test_base64_without_padding_is_accepted() -> None:
    raw = b"\x01\x02\x03\x04\x05"
    data = base64.b64encode(raw).decode().rstrip("=")
    events = ReplyParser().feed(json.dumps(chunk({"audio": {"data": data}})).encode())
    assert events == [AudioDelta(raw, "pcm16")]


def test_unreadable_event_is_skipped_with_a_notice() -> None:
    parser = ReplyParser()
    events = parser.feed(b'{"id": "chatcmpl-x", "choices": [{"delta": {"aud')
    assert len(events) == 1 and isinstance(events[0], Notice)
    assert parser.skipped == 1
    assert parser.feed(json.dumps(chunk({"content": "ok"})).encode()) == [TranscriptDelta("ok")]


@pytest.mark.parametrize("fmt", ["wav", "mp3", "flac", "opus"])
def test_audio_in_another_format_than_asked_is_sniffed(fmt: str) -> None:
    encoded = codecs.encode(tone(0.5), RATE, fmt)
    pieces = [encoded[i : i + 4096] for i in range(0, len(encoded), 4096)]
    reply = accumulate(parse(real_stream(pieces, ["x"])), fmt="pcm16")
    assert reply.requested_format == "pcm16"
    assert reply.format == fmt
    assert reply.duration() == pytest.approx(0.5, abs=0.08)


def test_pcm16_that_starts_like_an_mpeg_sync_stays_pcm16() -> None:
    # A sample of -1 is FF FF, a sample of -7425 is FF E2: both begin like an MPEG frame sync.
    for head in (b"\xff\xff", b"\xff\xe2", b"\xff\xfb\x90\x00"):
        data = head + codecs.float_to_pcm16(tone(0.1))
        assert codecs.sniff(data) in ("mp3", "pcm16")
        assert real_format(data) == "pcm16"
    assert real_format(codecs.encode(tone(0.3), RATE, "mp3")) == "mp3"


def test_non_streamed_body() -> None:
    wav = codecs.encode(tone(0.4), RATE, "wav")
    body = {
        "id": "chatcmpl-y",
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "refusal": None,
                    "audio": {
                        "id": "audio_w",
                        "data": base64.b64encode(wav).decode(),
                        "expires_at": 1780697149,
                        "transcript": "Hi there!",
                    },
                },
                "finish_reason": "stop",
            }
        ],
        "usage": USAGE,
    }
    events = ReplyParser().completion(body)
    reply = accumulate(events, fmt="wav")
    assert reply.transcript == "Hi there!"
    assert reply.audio == wav and reply.format == "wav"
    assert (reply.audio_id, reply.expires_at, reply.finish_reason) == (
        "audio_w",
        1780697149,
        "stop",
    )
    assert any(isinstance(e, UsageReport) for e in events)
    assert reply.duration() == pytest.approx(0.4, abs=0.01)


def test_non_streamed_without_choices_is_malformed() -> None:
    with pytest.raises(MalformedResponse):
        ReplyParser().completion({"id": "x", "object": "chat.completion"})


# --------------------------------------------------------------------------- errors


def test_error_bodies_map_to_types_with_the_servers_words() -> None:
    body = {
        "error": {
            "message": "Invalid value: 'robot'. Supported values are: 'alloy', 'ash'.",
            "type": "invalid_request_error",
            "param": "audio.voice",
            "code": "invalid_value",
        }
    }
    err = error_for(400, body)
    assert isinstance(err, BadRequest)
    assert (err.param, err.code) == ("audio.voice", "invalid_value")
    assert err.type == "invalid_request_error"
    assert "Invalid value: 'robot'" in err.user_message
    denied = error_for(404, {"error": {"code": "model_not_found"}}, model="m")
    assert isinstance(denied, ModelNotFound) and "The model 'm' does not exist" in str(denied)
    assert isinstance(error_for(403, {"error": {"message": "no"}}), AccessDenied)
    assert isinstance(error_for(400, {"error": {"code": "audio_not_found"}}), AudioNotFound)


def test_upstream_error_nested_under_metadata_raw() -> None:
    upstream = {"error": {"message": "Voice 'zed' is not supported", "param": "audio.voice"}}
    body = {
        "error": {
            "message": "Provider returned error",
            "code": 400,
            "metadata": {"raw": json.dumps(upstream), "provider_name": "OpenAI"},
        }
    }
    err = error_for(400, body)
    assert isinstance(err, BadRequest)
    assert err.param == "audio.voice"
    assert "Voice 'zed' is not supported" in err.user_message


def test_auth_error_and_redaction_never_show_the_key() -> None:
    key = "sk-test-parley-0123456789abcdef"
    masked = key[:8] + "*" * (len(key) - 12) + key[-4:]
    err = error_for(401, {"error": {"message": f"Incorrect API key provided: {masked}."}})
    err.secret = key
    assert isinstance(err, AuthError)
    for text in (str(err), repr(err), err.user_message):
        assert key not in text and masked not in text
    assert redact(f"key {key} and {masked}", key).count("[key hidden]") == 2


def test_stream_cut_names_what_arrived() -> None:
    partial = Reply(audio=b"\x00\x00" * 36_000, format="pcm16", partial=True)
    err = StreamCut("the connection closed", partial=partial)
    assert "after 1.5 s of audio" in err.user_message


# --------------------------------------------------------------------------- requests


def test_request_shape_streamed() -> None:
    req = ChatRequest(
        turns=[Turn("user", "Is a golden retriever a good family dog?")],
        voice="ash",
        system_prompt="Be brief.",
    )
    assert build_request(req) == {
        "model": "gpt-audio-1.5",
        "modalities": ["text", "audio"],
        "audio": {"voice": "ash", "format": "pcm16"},
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Is a golden retriever a good family dog?"},
        ],
        "stream": True,
        "stream_options": {"include_usage": True},
    }


def test_custom_voice_and_non_streamed_format() -> None:
    req = ChatRequest(turns=[Turn("user", "hi")], voice="voice_123", format="mp3", stream=False)
    body = build_request(req)
    assert body["audio"] == {"voice": {"id": "voice_123"}, "format": "mp3"}
    assert "stream" not in body and "stream_options" not in body


def test_streaming_in_another_format_is_refused() -> None:
    with pytest.raises(ValueError, match="pcm16"):
        build_request(ChatRequest(turns=[Turn("user", "hi")], format="wav", stream=True))


def test_history_by_reference_until_expiry_then_transcript() -> None:
    now = 1_000_000.0
    fresh = Turn("assistant", "Fresh reply", audio_id="audio_new", expires_at=int(now) + 3000)
    old = Turn("assistant", "Old reply", audio_id="audio_old", expires_at=int(now) - 1)
    cut = Turn("assistant", "Cut re", audio_id="audio_cut", expires_at=int(now) + 99, partial=True)
    turns = [Turn("user", "a"), old, Turn("user", "b"), fresh, Turn("user", "c"), cut]
    req = ChatRequest(turns=[*turns, Turn("user", "d")])
    messages = build_request(req, now=now)["messages"]
    assert messages[1] == {"role": "assistant", "content": "Old reply"}
    assert messages[3] == {"role": "assistant", "audio": {"id": "audio_new"}}
    assert messages[5] == {"role": "assistant", "content": "Cut re"}
    assert referenced_turns(req, now=now) == {3: fresh}
    all_text = build_request(req, transcripts_only=True, now=now)["messages"]
    assert all_text[3] == {"role": "assistant", "content": "Fresh reply"}


def test_user_turn_with_recording() -> None:
    wav = codecs.encode(tone(0.2), RATE, "wav")
    mp3 = codecs.encode(tone(0.2), RATE, "mp3")
    flac = codecs.encode(tone(0.2), RATE, "flac")
    req = ChatRequest(
        turns=[
            Turn("user", "Please answer:", audio=Audio("wav", data=wav)),
            Turn("user", "", audio=Audio("mp3", data=mp3)),
            Turn("user", "", audio=Audio("flac", data=flac)),
        ]
    )
    m = build_request(req)["messages"]
    assert m[0]["content"][0] == {"type": "text", "text": "Please answer:"}
    assert m[0]["content"][1]["input_audio"] == {
        "data": base64.b64encode(wav).decode(),
        "format": "wav",
    }
    mp3_part = {"data": base64.b64encode(mp3).decode(), "format": "mp3"}
    assert m[1]["content"] == [{"type": "input_audio", "input_audio": mp3_part}]
    converted = m[2]["content"][0]["input_audio"]
    assert converted["format"] == "wav"
    decoded = codecs.decode(base64.b64decode(converted["data"]))
    assert decoded.duration == pytest.approx(0.2, abs=0.01)


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_multiline_data_split_anywhere(eol: str) -> None:
    obj = json.dumps(chunk({"audio": {"transcript": "joined"}}), indent=1)
    stream = ("".join(f"data: {line}{eol}" for line in obj.splitlines()) + eol).encode()
    whole = parse(stream)
    assert whole == [TranscriptDelta("joined")]
    for cut in range(1, len(stream)):
        assert parse(stream, [stream[:cut], stream[cut:]]) == whole, f"split at {cut}"
