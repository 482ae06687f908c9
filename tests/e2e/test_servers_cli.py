"""``parley ask`` and ``parley compare`` against each server kind's shapes: ``parley demo-server
--as NAME`` in its own process, the commands in theirs, as a user runs them; then each kind's
errors (in the server's own words, with Parley's hint) and the set-ups caught before sending."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.audio import codecs
from app.demo.server import DemoServer
from tests.e2e.cli_runner import cli_env, run_in_process

KEY = "sk-servers-test-key-0123456789"
#: persona, --provider, model, voice
KINDS = [
    ("azure", "azure", "gpt-audio", "coral"),
    ("openrouter", "openrouter", "openai/gpt-audio", "alloy"),
    ("vllm-omni", "vllm-omni", "Qwen/Qwen3-Omni-30B-A3B-Instruct", "ethan"),
    ("qwen-omni", "qwen-omni", "qwen3-omni-flash", "Cherry"),
    ("new-api", "gateway", "gpt-audio", "alloy"),
]


def serve(persona: str, *flags: str) -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, PARLEY_SERVERS_TEST_KEY=KEY)
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "app", "demo-server", "--port", "0", "--as", persona),
            *("--api-key-env", "PARLEY_SERVERS_TEST_KEY", *flags),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    found = re.match(r"Parley demo server on (http://127\.0\.0\.1:\d+\S*) ", line)
    assert found, line + proc.stderr.read() if proc.stderr else line
    assert "--provider" in proc.stdout.readline()
    return proc, found.group(1)


@pytest.fixture(params=KINDS, ids=[k[0] for k in KINDS])
def kind(request: pytest.FixtureRequest) -> Iterator[tuple[str, str, str, str, str]]:
    persona, provider, model, voice = request.param
    proc, url = serve(persona)
    try:
        yield persona, provider, model, voice, url
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
        assert "Traceback" not in err


def parley(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=cli_env(home, key=KEY),
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_ask_gets_the_format_the_file_names_from_every_kind(
    kind: tuple[str, str, str, str, str], home: Path
) -> None:
    persona, provider, model, voice, url = kind
    common = ["--base-url", url, "--provider", provider, "--model", model, "--voice", voice]
    done = parley(home, "ask", "Hello there", *common, "-o", "reply.mp3", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["transcript"].startswith("Hello!")
    data = (home / "reply.mp3").read_bytes()
    assert codecs.sniff(data) == "mp3"  # MP3 asked, MP3 saved, whatever the server sent
    assert codecs.decode(data).duration > 1.0
    if persona == "openrouter":  # the server's own price, not an estimate
        assert summary["usage"]["cost"] > 0 and summary["cost_usd"] == summary["usage"]["cost"]
    streamed = parley(home, "ask", "Hello again", *common, "-o", "reply.wav", "--no-history")
    assert streamed.returncode == 0, streamed.stderr
    assert codecs.sniff((home / "reply.wav").read_bytes()) == "wav"
    assert "Traceback" not in done.stderr + streamed.stderr


def test_compare_offers_qwen_voices_for_qwen_omni(home: Path) -> None:
    proc, url = serve("qwen-omni")
    try:
        done = parley(
            home,
            "compare",
            "Good morning",
            "--voices",
            "all",
            "--models",
            "qwen3.5-omni-plus",
            "--provider",
            "qwen-omni",
            "--base-url",
            url,
            "-o",
            "clips",
        )
        assert done.returncode == 0, done.stderr
        clips = sorted(p.name for p in (home / "clips").iterdir() if p.suffix == ".wav")
        assert len(clips) == 5 and any("Tina" in c for c in clips)
        for clip in (home / "clips").glob("*.wav"):
            assert codecs.decode(clip.read_bytes()).duration > 0.5
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "case",
    [
        (
            "azure",
            ["--provider", "azure", "--model", "no-such-deployment"],
            "The API deployment for this resource does not exist",
            "Azure has no deployment by that name",
        ),
        (
            "azure",
            ["--provider", "azure", "--model", "gpt-audio", "--api-version", "2023-01-01"],
            "API version not supported",
            "refused the api-version",
        ),
        (
            "new-api",
            ["--provider", "gateway", "--model", "gpt-audio-x"],
            "当前分组 default 下对于模型 gpt-audio-x 无可用渠道",
            "no upstream channel for this model",
        ),
        (
            "vllm-omni",
            ["--provider", "vllm-omni", "--model", "Qwen/Qwen3-Omni-30B-A3B-Instruct"],
            "Invalid speaker 'alloy'. Supported: chelsie, ethan, vivian",
            "this model has its own voices",
        ),
        (
            "qwen-omni",
            ["--provider", "qwen-omni", "--model", "qwen3-omni-flash"],
            "Voice 'alloy' is not supported",
            "this model has its own voices",
        ),
        (
            "openrouter",
            ["--provider", "openrouter", "--model", "openai/gpt-4o"],
            "openai/gpt-4o is not a valid model ID",
            "",
        ),
    ],
)
def test_errors_in_the_servers_own_words_with_parleys_hint(
    case: tuple[str, list[str], str, str],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    persona, args, words, hint = case
    with DemoServer(api_key=KEY, persona=persona) as server:
        run = run_in_process(
            ["ask", "Hi", "--base-url", server.url, *args, "--no-history"],
            cli_env(home, key=KEY),
            monkeypatch,
            capfd,
        )
    assert run.code == 1
    assert words in run.err
    assert hint in run.err
    assert "Traceback" not in run.err and KEY not in run.err


def test_a_key_azure_would_refuse_as_bearer_goes_in_api_key(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    with DemoServer(api_key=KEY, persona="azure") as server:
        run = run_in_process(
            [
                "ask",
                "Hi",
                "--base-url",
                f"{server.url}/openai/v1",
                "--model",
                "gpt-audio",
                "--no-history",
            ],
            cli_env(home, key=KEY),
            monkeypatch,
            capfd,
        )
        assert run.code == 0, run.err  # the v1 path alone says Azure
        sent = [p for m, p, _ in server.requests if m == "POST"]
    assert sent == ["/openai/v1/chat/completions"]


@pytest.mark.parametrize(
    "case",
    [
        (
            ["--base-url", "https://api.openai.com/v1", "--model", "openai/gpt-audio"],
            KEY,
            "'openai/gpt-audio' is an OpenRouter-style model id",
        ),
        (
            ["--base-url", "https://api.openai.com/v1"],
            "sk-" + "0123456789abcdef" * 2,
            "looks like an Alibaba Model Studio (DashScope) key",
        ),
        (
            ["--base-url", "https://res.openai.azure.com/openai/deployments/"],
            KEY,
            "the Azure URL names no deployment",
        ),
    ],
)
def test_a_set_up_that_does_not_fit_is_said_before_sending(
    case: tuple[list[str], str, str],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    args, key, words = case
    run = run_in_process(["ask", "Hi", *args], cli_env(home, key=key), monkeypatch, capfd)
    assert run.code == 2  # a usage error: nothing was sent (these hosts are not reachable here)
    assert words in run.err
    assert key not in run.err


@pytest.mark.parametrize(
    "case",
    [
        ("vllm-omni", "Qwen/Qwen3-Omni-30B-A3B-Instruct", "ethan", "not a valid WAV file"),
        ("qwen-omni", "qwen3-omni-flash", "Cherry", "more of the reply after its usage"),
    ],
)
def test_a_stream_of_mixed_shapes_keeps_what_arrived_as_partial(
    case: tuple[str, str, str, str], home: Path
) -> None:
    persona, model, voice, words = case
    proc, url = serve(persona, "--mixed-after", "2")
    try:
        done = parley(
            home,
            *("ask", "Tell me a story", "--base-url", url, "--provider", persona),
            *("--model", model, "--voice", voice, "-o", "reply.mp3", "--stream"),
        )
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert done.returncode == 1
    assert words in done.stderr and "reply.partial.mp3" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (home / "reply.mp3").exists()  # never passed off as whole
    kept = codecs.decode((home / "reply.partial.mp3").read_bytes())
    assert 0.3 < kept.duration < 3.0  # the pieces before the odd one


def test_a_compare_row_a_voice_refused_says_it_in_the_servers_words_with_the_hint(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    with DemoServer(api_key=KEY, persona="qwen-omni") as server:
        run = run_in_process(
            [
                *("compare", "Good morning", "--voices", "Cherry,Tina"),
                *("--models", "qwen3-omni-flash", "--base-url", server.url, "-o", "clips"),
            ],
            cli_env(home, key=KEY),
            monkeypatch,
            capfd,
        )
    assert run.code == 1
    assert "Voice 'Tina' is not supported by this model" in run.err
    assert "this model has its own voices" in run.err
    assert len(list((home / "clips").glob("*Cherry*.wav"))) == 1
