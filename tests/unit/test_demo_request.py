"""Request checks of the demo server: every refusal shaped and worded like the real API's."""

from __future__ import annotations

import base64
from typing import Any

import numpy as np
import pytest

from app.audio.codecs import encode
from app.demo.errors import ApiError, mask_key
from app.demo.ledger import AudioLedger
from app.demo.request import check, parse_body


def body(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "model": "gpt-audio-1.5",
        "modalities": ["text", "audio"],
        "audio": {"voice": "alloy", "format": "wav"},
        "messages": [{"role": "user", "content": "Hello"}],
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def refusal(payload: dict[str, Any], ledger: AudioLedger | None = None) -> ApiError:
    with pytest.raises(ApiError) as caught:
        check(payload, ledger or AudioLedger())
    return caught.value


def tone_b64(seconds: float, fmt: str) -> str:
    t = np.arange(int(seconds * 24_000)) / 24_000
    samples = (0.3 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)
    return base64.b64encode(encode(samples, 24_000, fmt)).decode()


def test_a_good_request_is_reduced_to_what_the_demo_needs() -> None:
    request = check(body(stream=False), AudioLedger())
    assert request.reply_model == "gpt-audio-1.5"
    assert (request.voice, request.format, request.stream) == ("alloy", "wav", False)
    assert request.prompt.user_text == "Hello"
    assert request.prompt_text_tokens > 0


def test_an_alias_answers_with_its_dated_snapshot() -> None:
    request = check(body(model="gpt-4o-audio-preview"), AudioLedger())
    assert request.reply_model == "gpt-4o-audio-preview-2025-06-03"


def test_unknown_arguments_are_refused_like_the_real_api() -> None:
    error = refusal(body(voice="alloy"))
    assert (error.status, error.param, error.code) == (400, None, None)
    assert error.message == "Unrecognized request argument supplied: voice"
    assert check(body(temperature=0.7, max_completion_tokens=100), AudioLedger()).voice == "alloy"


def test_bad_json_is_the_real_400() -> None:
    with pytest.raises(ApiError) as caught:
        parse_body(b'{"model": ')
    assert caught.value.status == 400
    assert "could not parse the JSON body" in caught.value.message


def test_unknown_model_is_a_404_model_not_found() -> None:
    error = refusal(body(model="gpt-nope"))
    assert (error.status, error.code) == (404, "model_not_found")
    assert error.message == "The model `gpt-nope` does not exist or you do not have access to it."


def test_unknown_voice_lists_the_supported_ones() -> None:
    error = refusal(body(audio={"voice": "bob", "format": "wav"}))
    assert (error.status, error.param, error.code) == (400, "audio.voice", "invalid_value")
    assert error.message.startswith("Invalid value: 'bob'. Supported values are: 'alloy', 'ash'")
    assert error.message.endswith("'marin', and 'cedar'.")


def test_preview_models_refuse_the_newer_voices() -> None:
    error = refusal(body(model="gpt-4o-audio-preview", audio={"voice": "marin", "format": "wav"}))
    assert (error.param, error.code) == ("audio.voice", "invalid_value")
    assert "Voice 'marin' is not supported by model 'gpt-4o-audio-preview'" in error.message
    assert check(body(audio={"voice": "marin", "format": "wav"}), AudioLedger()).voice == "marin"


def test_custom_voices_known_and_unknown() -> None:
    known = check(
        body(audio={"voice": {"id": "voice_parley_demo"}, "format": "wav"}), AudioLedger()
    )
    assert known.voice == "voice_parley_demo"
    error = refusal(body(audio={"voice": {"id": "voice_abc123"}, "format": "wav"}))
    assert (error.param, error.code) == ("audio.voice", "invalid_value")
    assert "voice_abc123" in error.message


def test_bad_format_and_streaming_in_anything_but_pcm16() -> None:
    error = refusal(body(audio={"voice": "alloy", "format": "ogg"}))
    assert (error.param, error.code) == ("audio.format", "invalid_value")
    error = refusal(body(stream=True))
    assert error.message == (
        "audio.format does not support 'wav' when stream=true. Supported values are: 'pcm16'."
    )
    assert error.param == "audio.format"


def test_missing_audio_and_missing_audio_modality() -> None:
    error = refusal(body(audio=None))
    assert (error.param, error.code) == ("audio", "missing_required_parameter")
    for modalities in (None, ["text"]):
        error = refusal(body(modalities=modalities))
        assert (error.status, error.param, error.code) == (400, "model", "invalid_value")
        assert "either input content or output modality contain audio" in error.message


def test_input_audio_is_measured_and_allows_text_only_output() -> None:
    parts = [
        {"type": "text", "text": "What is this?"},
        {"type": "input_audio", "input_audio": {"data": tone_b64(2.3, "wav"), "format": "wav"}},
    ]
    request = check(
        body(modalities=["text"], audio=None, messages=[{"role": "user", "content": parts}]),
        AudioLedger(),
    )
    assert not request.audio_out
    assert request.prompt.heard_seconds == pytest.approx(2.3, abs=0.01)
    assert request.prompt.user_text == "What is this?"
    assert request.prompt_audio_tokens == 23  # 10 tokens a second of input audio


def test_undecodable_input_audio_is_refused_with_where_it_was() -> None:
    part = {"type": "input_audio", "input_audio": {"data": "bm90IGF1ZGlv", "format": "mp3"}}
    error = refusal(body(messages=[{"role": "user", "content": [part]}]))
    assert error.param == "messages[0].content[0].input_audio.data"
    part = {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "flac"}}
    error = refusal(body(messages=[{"role": "user", "content": [part]}]))
    assert error.param == "messages[0].content[0].input_audio.format"


def test_audio_ids_are_resolved_until_they_expire() -> None:
    ledger = AudioLedger(ttl=60)
    audio_id, _ = ledger.issue("Earlier words.", 2.0)
    messages = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "audio": {"id": audio_id}},
        {"role": "user", "content": "And now?"},
    ]
    request = check(body(messages=messages), ledger)
    assert request.prompt_audio_tokens == 40  # 20 tokens a second of the model's own speech
    assert request.prompt.user_text == "And now?"
    later, expires_at = ledger.issue("More words.", 1.0, now=1000.0)
    assert expires_at == 1060
    assert ledger.lookup(later, now=1059.9) is not None
    assert ledger.lookup(later, now=1060.0) is None


def test_an_unknown_audio_id_is_audio_not_found_with_the_real_param() -> None:
    messages = [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "audio": {"id": "audio_0000"}},
        {"role": "user", "content": "Again"},
    ]
    error = refusal(body(messages=messages))
    assert (error.status, error.code) == (400, "audio_not_found")
    assert error.param == "content.messages[2].audio.id"


def test_a_wrong_key_is_masked_like_the_real_401() -> None:
    masked = mask_key("sk-test-parley-0123456789")
    assert masked == "sk-test-" + "*" * 13 + "6789"
    assert "parley-0123" not in masked
    assert mask_key("short") == "s****"
