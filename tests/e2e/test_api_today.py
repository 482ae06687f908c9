"""``parley ask`` against the API as it is in late 2026: retired models, models that do not
stream (or only stream), a proxy that closes a broken stream as if whole, a gateway's 401."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.audio import codecs
from app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, cli_env, run_in_process

KEY = "sk-test-parley-0123456789"
JOKE = "Tell me a joke"
SHORT = "Say 'Parley is listening'"


@pytest.fixture
def ask(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    def run(*args: str, url: str | None = None, key: str | None = None) -> Run:
        done = run_in_process(["ask", *args], cli_env(home, url, key), monkeypatch, capfd)
        assert "Traceback" not in done.out + done.err and KEY not in done.out + done.err
        return done

    return run


def posts(server: DemoServer) -> list[dict]:
    return [body for method, path, body in server.requests if path.endswith("/chat/completions")]


# --------------------------------------------------------------------------- a cut passed off


def test_a_stream_cut_and_closed_as_whole_is_kept_as_partial(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    demo_server.faults.litellm_cut_after = 2
    run = ask(JOKE, "-o", "reply.wav", "--stream", "--transcript-out", "t.txt", url=demo_server.url)
    assert run.code == 1
    assert "cut off after 0.8 s of audio" in run.err
    assert "closed as if whole" in run.err and "expiry never came" in run.err
    assert "0 reply tokens for 0.8 s of audio" in run.err
    assert "reply.partial.wav" in run.err and run.err.count("\n") == 1
    assert not (home / "reply.wav").exists()
    decoded = codecs.decode((home / "reply.partial.wav").read_bytes(), "wav")
    assert decoded.duration == pytest.approx(0.8, abs=0.05)
    assert (home / "t.partial.txt").exists()


def test_a_whole_reply_relayed_by_litellm_is_whole(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    demo_server.faults.litellm = True
    run = ask(JOKE, "-o", "reply.pcm", "--json", url=demo_server.url)
    assert run.code == 0, run.err
    result = json.loads(run.out)
    assert result["duration"] > 1.5 and result["expires_at"] > 0
    assert (home / "reply.pcm").exists()


def test_a_gateway_without_id_or_usage_is_judged_as_before(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    demo_server.faults.bare_audio = True
    run = ask(SHORT, "-o", "reply.pcm", url=demo_server.url)
    assert run.code == 0, run.err


# --------------------------------------------------------------------------- models of today


def test_a_retired_model_says_when_and_what_instead(
    ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    demo_server.faults.retired_gone = True
    run = ask(SHORT, "--model", "gpt-4o-audio-preview", url=demo_server.url)
    assert run.code == 1 and run.err.count("\n") == 1
    assert "'gpt-4o-audio-preview'" in run.err
    assert "OpenAI retired it on 2026-05-07" in run.err and "gpt-audio-1.5" in run.err
    assert "no access" not in run.err
    run = ask(SHORT, "--model", "gpt-audio-mini-2025-10-06", url=demo_server.url)
    assert "retired it on 2026-07-23" in run.err and "gpt-audio-mini)" in run.err


def test_an_unknown_model_is_named(ask: Callable[..., Run], demo_server: DemoServer) -> None:
    run = ask(SHORT, "--model", "gpt-nonesuch", url=demo_server.url)
    assert run.code == 1
    assert "The model 'gpt-nonesuch' does not exist on this endpoint" in run.err
    assert "does not exist or you do not have access to it" in run.err


# --------------------------------------------------------------------------- streaming negotiated


def test_a_model_that_does_not_stream_is_asked_whole_and_remembered(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    demo_server.faults.no_stream_models = ("gpt-audio-mini",)
    run = ask(
        SHORT, "--model", "gpt-audio-mini", "--stream", "-o", "r.mp3", "--json",
        url=demo_server.url,
    )  # fmt: skip
    assert run.code == 0, run.err
    result = json.loads(run.out)
    assert (result["requested_format"], result["reply_format"]) == ("mp3", "mp3")
    assert "this model sends whole replies" in run.err
    assert result["transcript"] == "Parley is listening"
    first, second = posts(demo_server)[-2:]
    assert first["stream"] is True and "stream" not in second
    assert second["audio"]["format"] == "mp3"
    assert codecs.sniff((home / "r.mp3").read_bytes()) == "mp3"
    # Remembered: the next request for that model is whole from the start.
    before = len(posts(demo_server))
    run = ask(SHORT, "--model", "gpt-audio-mini", "-o", "r.pcm", url=demo_server.url)
    assert run.code == 0, run.err
    assert "this model sends whole replies" in run.err
    assert len(posts(demo_server)) == before + 1 and "stream" not in posts(demo_server)[-1]
    assert (home / "r.pcm").stat().st_size > 24_000
    # Other models still stream.
    assert ask(SHORT, "-o", "s.pcm", url=demo_server.url).code == 0
    assert posts(demo_server)[-1]["stream"] is True


def test_a_gateway_that_only_streams_is_asked_streamed(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    demo_server.faults.stream_only_models = ("gpt-audio-1.5",)
    run = ask(SHORT, "-o", "r.wav", url=demo_server.url)
    assert run.code == 0, run.err
    assert "replies streamed only" in run.err
    first, second = posts(demo_server)[-2:]
    assert "stream" not in first and first["audio"]["format"] == "wav"
    assert second["stream"] is True and second["audio"]["format"] == "pcm16"
    assert codecs.sniff((home / "r.wav").read_bytes()) == "wav"


# --------------------------------------------------------------------------- a gateway's 401


def test_a_gateways_401_shows_its_own_words(
    ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    demo_server.faults.status_code = 401
    demo_server.faults.status_times = None
    demo_server.faults.gateway_401 = True
    run = ask(SHORT, url=demo_server.url, key=KEY)
    assert run.code == 1
    assert "did not accept the API key" in run.err
    assert "the upstream provider rejected the key" in run.err
    assert "gateway's own key upstream" in run.err


def test_openais_own_401_is_not_blamed_on_a_gateway(
    ask: Callable[..., Run], keyed_demo_server: DemoServer
) -> None:
    run = ask(SHORT, url=keyed_demo_server.url, key="sk-wrong-" + "k" * 30)
    assert run.code == 1 and "Incorrect API key provided" in run.err
    assert "gateway" not in run.err and "kkkk" not in run.err


# --------------------------------------------------------------------------- what it costs


def test_ask_json_says_what_the_reply_cost(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    run = ask(SHORT, "--json", url=demo_server.url)
    assert run.code == 0, run.err
    result = json.loads(run.out)
    usage = result["usage"]
    expected = (
        usage["prompt_text_tokens"] * 2.5
        + usage["prompt_audio_tokens"] * 32
        + usage["completion_text_tokens"] * 10
        + usage["completion_audio_tokens"] * 64
    ) / 1e6
    assert result["cost_usd"] == pytest.approx(expected, abs=1e-6) and result["cost_usd"] > 0
    assert result["cost_is_estimate"] is True and result["cost_unpriced"] == []
    run = ask(SHORT, "--json", "--model", "gpt-audio-mini", url=demo_server.url)
    result = json.loads(run.out)
    assert result["cost_unpriced"] == ["audio output"]
    assert result["cost_usd"] == pytest.approx(
        (
            result["usage"]["prompt_text_tokens"] * 0.6
            + result["usage"]["completion_text_tokens"] * 2.4
        )
        / 1e6,
        abs=1e-6,
    )


def test_compare_says_what_a_run_cost_and_what_the_cache_saved(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str],
    demo_server: DemoServer,
) -> None:  # fmt: skip
    env = cli_env(home, demo_server.url, KEY)
    args = ["compare", "Parley says this.", "--voices", "alloy,ash", "-o", "clips"]
    first = run_in_process(args, env, monkeypatch, capfd)
    assert first.code == 0, first.err
    assert "Cost: ≈ $" in first.out and " spent (estimates)" in first.out
    summary = json.loads((home / "clips" / "summary.json").read_text())
    assert summary["cost_usd"] > 0 and summary["saved_by_cache_usd"] is None
    again = run_in_process(args, env, monkeypatch, capfd)
    assert again.code == 0, again.err
    assert "saved by the clip cache (estimates)" in again.out and "spent" not in again.out
    summary = json.loads((home / "clips" / "summary.json").read_text())
    assert summary["cost_usd"] is None and summary["saved_by_cache_usd"] > 0


def test_a_gateways_own_cost_wins(ask: Callable[..., Run], demo_server: DemoServer) -> None:
    demo_server.faults.usage_cost = 0.0123
    run = ask(SHORT, "--json", url=demo_server.url)
    assert run.code == 0, run.err
    result = json.loads(run.out)
    assert result["cost_usd"] == 0.0123 and result["cost_from_gateway"] is True
    assert result["usage"]["cost"] == 0.0123
