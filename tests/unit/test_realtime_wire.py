"""The Realtime API's wire as Parley writes and reads it: the GA session, earlier turns as text,
usage priced with the realtime models' prices, the failures in plain words, and the input
buffer's clock Parley keeps to cut a user's turn out of what it sent."""

from __future__ import annotations

import asyncio
import json

import numpy as np
import pytest

from app.core.conversation import Audio, Turn
from app.core.costs import built_in, estimate
from app.core.talk.realtime_mic import MicFeed, SentAudio
from app.core.talk.realtime_wire import (
    append_audio,
    failure_for_close,
    failure_for_status,
    seed_items,
    session_update,
    truncate,
    usage_of,
)


def test_the_session_is_the_ga_shape_with_24_khz_audio_both_ways() -> None:
    event = session_update(
        model="gpt-realtime-2.1",
        voice="marin",
        instructions="Be brief.",
        turn_detection="semantic_vad",
        end_silence=0.7,
    )
    session = event["session"]
    assert event["type"] == "session.update" and session["type"] == "realtime"
    assert session["output_modalities"] == ["audio"]
    fmt = {"type": "audio/pcm", "rate": 24000}
    assert session["audio"]["input"]["format"] == fmt == session["audio"]["output"]["format"]
    assert session["audio"]["input"]["turn_detection"]["type"] == "semantic_vad"
    assert session["audio"]["input"]["turn_detection"]["interrupt_response"] is True
    assert session["audio"]["input"]["transcription"]["model"]
    server = session_update(
        model="m", voice="voice_123", instructions="", turn_detection="server_vad", end_silence=0.7
    )["session"]
    assert server["audio"]["input"]["turn_detection"]["silence_duration_ms"] == 700
    assert server["audio"]["output"]["voice"] == {"id": "voice_123"}
    own = session_update(
        model="m", voice="alloy", instructions="", turn_detection="parley", end_silence=0.7
    )
    assert own["session"]["audio"]["input"]["turn_detection"] is None


def test_earlier_turns_go_back_as_text_items_and_audio_alone_is_left_out() -> None:
    turns = [
        Turn("user", "What time is it?"),
        Turn("assistant", "Noon…", audio=Audio("wav", data=b"RIFF")),
        Turn("user", "", audio=Audio("wav", data=b"RIFF")),
    ]
    items = [e["item"] for e in seed_items(turns)]
    assert [(i["role"], i["content"][0]["type"], i["content"][0]["text"]) for i in items] == [
        ("user", "input_text", "What time is it?"),
        ("assistant", "output_text", "Noon…"),
    ]


def test_truncate_is_an_integer_of_milliseconds() -> None:
    event = truncate("item_1", 1234.9)  # type: ignore[arg-type]
    assert event == {
        "type": "conversation.item.truncate",
        "item_id": "item_1",
        "content_index": 0,
        "audio_end_ms": 1234,
    }
    assert json.loads(append_audio(b"\x01\x00"))["audio"] == "AQA="


def test_usage_is_priced_with_the_realtime_prices() -> None:
    # 10 s of user audio (1 token per 100 ms) and 10 s of reply (1 per 50 ms), a few words.
    response = {
        "status": "completed",
        "usage": {
            "total_tokens": 330,
            "input_tokens": 120,
            "output_tokens": 210,
            "input_token_details": {"text_tokens": 20, "audio_tokens": 100, "cached_tokens": 0},
            "output_token_details": {"text_tokens": 10, "audio_tokens": 200},
        },
    }
    usage = usage_of(response)
    assert usage is not None and usage.prompt_audio_tokens == 100
    cost = estimate(usage, built_in("gpt-realtime-2.1"))
    expected = (100 * 32 + 200 * 64 + 20 * 4 + 10 * 24) / 1_000_000
    assert cost.usd == pytest.approx(expected)
    mini = estimate(usage, built_in("gpt-realtime-2.1-mini"))
    assert mini.usd == pytest.approx((100 * 10 + 200 * 20 + 20 * 0.6 + 10 * 2.4) / 1_000_000)
    assert usage_of({"status": "completed"}) is None


@pytest.mark.parametrize(
    ("code", "error_code", "kind"),
    [
        (3000, "invalid_api_key", "bad_key"),
        (4000, "beta_api_shape_disabled", "beta_shape"),
        (4000, "model_not_found", "unknown_model"),
        (1011, "rate_limit_exceeded", "rate_limited"),
        (1006, "", "lost"),
    ],
)
def test_a_close_says_what_went_wrong(code: int, error_code: str, kind: str) -> None:
    error = {"code": error_code, "message": "Incorrect API key provided: sk-abcd****wxyz"}
    failure = failure_for_close(code, error, "gpt-realtime-2")
    assert failure.kind == kind
    assert "****" not in failure.user_message and "Traceback" not in failure.user_message


def test_a_server_without_the_realtime_api_points_to_the_chat_engine() -> None:
    failure = failure_for_status(404, "gpt-realtime-2")
    assert failure.kind == "not_realtime"
    assert "Chat Completions" in failure.user_message
    assert failure_for_status(401, "m").kind == "bad_key"


def test_the_microphone_is_resampled_batched_and_gated_while_a_reply_plays() -> None:
    loop = asyncio.new_event_loop()
    pieces: list[bytes] = []
    try:
        feed = MicFeed(loop, pieces.append)
        tone = (np.sin(np.arange(160) / 3) * 8000).astype(np.int16)
        for _ in range(12):
            feed.frame(tone)
        feed.gated = True
        for _ in range(12):
            feed.frame(tone)
        loop.call_soon(loop.stop)
        loop.run_forever()
    finally:
        loop.close()
    assert len(pieces) >= 3
    first = np.frombuffer(pieces[0], "<i2")
    assert len(pieces[0]) >= 2 * 24000 * 40 // 1000  # at least 40 ms at 24 kHz
    assert np.abs(first).max() > 1000
    assert np.abs(np.frombuffer(pieces[-1], "<i2")).max() == 0  # the echo never reaches the server


def test_speech_over_a_reply_is_held_until_confirmed_and_sent_whole_or_as_silence() -> None:
    loop = asyncio.new_event_loop()
    pieces: list[bytes] = []
    try:
        feed = MicFeed(loop, pieces.append)
        tone = (np.sin(np.arange(160) / 3) * 8000).astype(np.int16)
        feed.gated = True
        feed.voice = True  # a first window that sounds like speech: held back
        for _ in range(8):
            feed.frame(tone)
        loop.call_soon(loop.stop)
        loop.run_forever()
        assert pieces == []
        feed.voice = False  # not speech after all (a burst of echo): its length in silence
        feed.frame(tone)
        loop.call_soon(loop.stop)
        loop.run_forever()
        echo = np.frombuffer(b"".join(pieces), "<i2")
        assert echo.size >= 960 and np.abs(echo).max() == 0  # a 40 ms piece at least
        pieces.clear()
        feed.voice = True  # speech again, and the barge-in confirms it (the gate lifts)
        for _ in range(4):
            feed.frame(tone)
        feed.gated = False
        feed.frame(tone)
        loop.call_soon(loop.stop)
        loop.run_forever()
    finally:
        loop.close()
    heard = np.frombuffer(b"".join(pieces), "<i2")
    assert heard.size >= 960
    assert np.abs(heard).max() > 4000  # the held frames went out as they were heard


def test_a_users_turn_is_cut_out_of_what_was_sent_on_the_servers_clock() -> None:
    sent = SentAudio()
    for n in range(10):  # 10 pieces of 100 ms, each filled with its number
        sent.add(np.full(2400, n, "<i2").tobytes())
    assert sent.end_ms == 1000
    cut = np.frombuffer(sent.cut(300, 500), "<i2")
    assert cut.size == 4800 and set(cut.tolist()) == {3, 4}
