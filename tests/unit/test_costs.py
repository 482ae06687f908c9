"""Cost arithmetic, the judge of a stream's end, streaming refusals, and /models dates."""

from __future__ import annotations

import pytest

from app.core.catalog import ModelInfo, model_id, model_infos
from app.core.conversation import Usage
from app.core.costs import Price, PriceBook, built_in, estimate, money, total
from app.core.errors import BadRequest, error_for
from app.core.judge import cut_reason
from app.core.settings import Profile, Settings
from app.core.stream_modes import refuses_streaming, requires_streaming

USAGE = Usage(
    prompt_tokens=10_000,
    completion_tokens=2_000,
    total_tokens=12_000,
    prompt_audio_tokens=6_000,
    prompt_text_tokens=4_000,
    completion_audio_tokens=1_500,
    completion_text_tokens=500,
    cached_tokens=1_000,
)


def test_cost_of_cached_text_and_audio_tokens() -> None:
    est = estimate(USAGE, built_in("gpt-audio-1.5"))
    # cached 1,000 and text 3,000 at $2.50; audio in 6,000 at $32; text out 500 at $10;
    # audio out 1,500 at $64 (per 1M tokens).
    expected = (1_000 * 2.5 + 3_000 * 2.5 + 6_000 * 32 + 500 * 10 + 1_500 * 64) / 1e6
    assert est.usd == pytest.approx(expected)
    assert est.usd == pytest.approx(0.303)
    assert est.text == "≈ $0.303 (estimate)"
    assert "audio input: 6,000 tokens × $32/1M = $0.192" in est.lines
    assert "cached input: 1,000 tokens × $2.5/1M = $0.0025" in est.lines


def test_a_cached_price_when_one_is_set() -> None:
    est = estimate(USAGE, Price(2.5, 10, 32, 64, cached_in=0.25))
    assert est.usd == pytest.approx(0.303 - 1_000 * (2.5 - 0.25) / 1e6)


def test_unknown_prices_show_tokens_only() -> None:
    mini = estimate(USAGE, built_in("gpt-audio-mini-2025-12-15"))
    assert mini.unpriced == ("audio input", "audio output")
    assert mini.usd == pytest.approx((4_000 * 0.6 + 500 * 2.4) / 1e6)
    assert mini.text.endswith("+ unpriced audio (estimate)")
    assert "audio output: 1,500 tokens (no price known)" in mini.lines
    nothing = estimate(USAGE, built_in("some-other-model"))
    assert nothing.usd is None and nothing.text == ""


def test_the_gateways_own_cost_wins() -> None:
    usage = Usage(prompt_tokens=100, completion_tokens=50, cost=0.0042)
    est = estimate(usage, built_in("gpt-audio"))
    assert est.usd == 0.0042 and est.by_gateway
    assert est.text == "≈ $0.0042 (estimate, from the gateway)"


def test_the_users_prices_per_profile_and_model() -> None:
    settings = Settings(profiles=[Profile("gw"), Profile("other")], active_profile="gw")
    settings.prices = {"gw": {"gpt-audio-mini": {"text_in": 1, "audio_out": 100}}}
    book = PriceBook(settings)
    assert book.price("gpt-audio-mini") == Price(text_in=1.0, text_out=2.4, audio_out=100.0)
    assert book.price("gpt-audio-mini", "other") == built_in("gpt-audio-mini")
    again = Settings.from_dict(settings.to_dict())
    assert again.prices == {"gw": {"gpt-audio-mini": {"text_in": 1.0, "audio_out": 100.0}}}


def test_totals_and_money() -> None:
    a, b = estimate(USAGE, built_in("gpt-audio")), estimate(USAGE, built_in("gpt-audio-mini"))
    both = total([a, b])
    assert both.usd == pytest.approx((a.usd or 0) + (b.usd or 0))
    assert both.unpriced == ("audio input", "audio output")
    assert (money(12.5), money(0.05), money(0.00042)) == ("$12.50", "$0.050", "$0.0004")


def test_a_stream_closed_as_whole_after_a_cut() -> None:
    pcm_second = 48_000
    zero = Usage(prompt_tokens=50, completion_tokens=0)
    whole_usage = Usage(completion_tokens=40, completion_audio_tokens=36)
    kw = {"received": 2 * pcm_second, "fmt": "pcm16"}
    assert cut_reason(audio_id="audio_1", expires_at=None, usage=zero, **kw) is not None
    assert cut_reason(audio_id="audio_1", expires_at=None, usage=None, **kw) is not None
    assert cut_reason(audio_id=None, expires_at=None, usage=zero, **kw) is not None
    # Either sign of a whole reply is enough.
    assert cut_reason(audio_id="audio_1", expires_at=99, usage=zero, **kw) is None
    assert cut_reason(audio_id="audio_1", expires_at=None, usage=whole_usage, **kw) is None
    # No id and no usage: no sign at all, judged as before.
    assert cut_reason(audio_id=None, expires_at=None, usage=None, **kw) is None


def _bad(message: str, param: str | None = None, status: int = 400) -> BadRequest:
    err = error_for(status, {"error": {"message": message, "param": param}})
    assert isinstance(err, BadRequest)
    return err


def test_which_refusals_are_about_streaming() -> None:
    openai = _bad(
        "Unsupported value: 'stream' does not support true with this model. Only the default "
        "(false) value is supported.",
        "stream",
    )
    assert refuses_streaming(openai) and not requires_streaming(_bad("x"))
    assert refuses_streaming(_bad("Streaming is not supported for this model."))
    fmt = _bad(
        "audio.format does not support 'wav' when stream=true. Supported values are: 'pcm16'.",
        "audio.format",
    )
    assert not refuses_streaming(fmt) and not requires_streaming(fmt)
    gateway = _bad("This model only support stream mode, please enable the stream parameter")
    assert requires_streaming(gateway) and not refuses_streaming(gateway)
    assert not refuses_streaming(_bad("Invalid value: 'robot'.", "audio.voice"))


def test_models_list_dates_in_every_gateways_field() -> None:
    infos = model_infos(
        [
            {"id": "gpt-audio", "shutdown_date": "2027-02-01"},
            {"id": "gpt-audio-mini", "expiration_date": "2027-03-01T00:00:00Z"},
            {"id": "x-audio", "deprecation_date": 1_800_000_000},
            {"id": "gpt-audio-1.5", "shutdown_date": None},
            {"id": "gpt-4o-audio-preview"},
        ]
    )
    labels = [i.label for i in infos]
    assert labels == [
        "gpt-4o-audio-preview (retired 2026-05-07)",
        "gpt-audio (shuts down 2027-02-01)",
        "gpt-audio-1.5",
        "gpt-audio-mini (shuts down 2027-03-01)",
        "x-audio (shuts down 2027-01-15)",
    ]
    assert [model_id(label) for label in labels][:2] == ["gpt-4o-audio-preview", "gpt-audio"]
    assert ModelInfo("m").label == "m"
