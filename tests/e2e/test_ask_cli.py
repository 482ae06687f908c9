"""``parley ask`` as a user runs it: a real process, the demo server over real HTTP, real files."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest

from app.audio import codecs
from app.core.settings import Profile, Settings
from app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, cli_env, run_in_process

KEY = "sk-test-parley-0123456789"
ROOT = Path(__file__).resolve().parents[2]
JOKE = "Tell me a joke"
SHORT = "Say 'Parley is listening'"


def _checked(run: Run) -> Run:
    for text in (run.out, run.err):
        assert "Traceback" not in text
        assert KEY not in text
    return run


def parley(home: Path, *args: str, url: str | None = None, key: str | None = None) -> Run:
    """``parley ask ARGS`` in its own process, as a user runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "app", "ask", *args],
        cwd=home,
        env=cli_env(home, url, key),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return _checked(Run(done.returncode, done.stdout, done.stderr))


@pytest.fixture
def ask(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    """``parley ask ARGS`` through the same entry point in this process (no interpreter start-up,
    so the many error cases stay quick); the environment is the one a process would get."""

    def run(*args: str, url: str | None = None, key: str | None = None) -> Run:
        return _checked(run_in_process(["ask", *args], cli_env(home, url, key), monkeypatch, capfd))

    return run


def audio_of(path: Path, fmt: str) -> codecs.Decoded:
    data = path.read_bytes()
    if fmt != "pcm16":
        assert codecs.sniff(data) == fmt
    decoded = codecs.decode(data, fmt)
    assert decoded.duration > 0.5
    assert float(abs(decoded.samples).max()) > 0.05
    return decoded


def posts(server: DemoServer) -> list[dict]:
    return [body for method, path, body in server.requests if path.endswith("/chat/completions")]


# --------------------------------------------------------------------------- replies


def test_streamed_and_whole_replies_in_real_processes(home: Path, demo_server: DemoServer) -> None:
    run = parley(home, JOKE, "-o", "reply.pcm", url=demo_server.url)
    assert run.code == 0, run.err
    assert "ladder" in run.out and run.err == ""
    audio_of(home / "reply.pcm", "pcm16")
    assert posts(demo_server)[-1]["stream"] is True
    run = parley(home, JOKE, "-o", "reply.mp3", url=demo_server.url)
    assert run.code == 0, run.err
    assert "ladder" in run.out
    audio_of(home / "reply.mp3", "mp3")
    assert "stream" not in posts(demo_server)[-1]


@pytest.mark.parametrize(
    "case",
    [
        ("reply.wav", "wav", False),
        ("reply.mp3", "mp3", False),
        ("reply.flac", "flac", False),
        ("reply.opus", "opus", False),
        ("reply.pcm", "pcm16", True),
    ],
)
def test_every_format_from_the_file_name(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer, case: tuple[str, str, bool]
) -> None:
    name, fmt, streamed = case
    run = ask(SHORT, "-o", name, url=demo_server.url)
    assert run.code == 0, run.err
    assert run.out == "Parley is listening\n" and run.err == ""
    audio_of(home / name, fmt)
    body = posts(demo_server)[-1]
    assert body["audio"]["format"] == fmt and bool(body.get("stream")) is streamed


@pytest.mark.parametrize("fmt", ["wav", "mp3", "flac", "opus"])
def test_streamed_pcm16_encoded_locally(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer, fmt: str
) -> None:
    run = ask(SHORT, "--stream", "-o", f"streamed.{fmt}", url=demo_server.url)
    assert run.code == 0, run.err
    body = posts(demo_server)[-1]
    assert body["stream"] is True and body["audio"]["format"] == "pcm16"
    audio_of(home / f"streamed.{fmt}", fmt)


def test_format_flag_without_a_file(ask: Callable[..., Run], demo_server: DemoServer) -> None:
    run = ask(SHORT, "--format", "flac", "--json", url=demo_server.url)
    assert run.code == 0, run.err
    result = json.loads(run.out)
    assert result["audio"] is None and result["format"] == "flac" and result["duration"] > 0.5
    assert posts(demo_server)[-1]["audio"]["format"] == "flac"


def test_json_transcript_file_system_file_and_whole_pcm16(
    home: Path, demo_server: DemoServer
) -> None:
    (home / "system.txt").write_text("Repeat the user's words verbatim.")
    run = parley(
        home,
        "Parley reads this back",
        "--system-file",
        "system.txt",
        "--format",
        "pcm16",
        "--no-stream",
        "--voice",
        "sage",
        "-o",
        "out.raw",
        "--transcript-out",
        "words.txt",
        "--json",
        url=demo_server.url,
    )
    assert run.code == 0, run.err
    result = json.loads(run.out)
    assert result["transcript"] == "Parley reads this back"
    assert result["audio"] == "out.raw" and result["format"] == "pcm16"
    assert (result["model"], result["voice"], result["stream"]) == ("gpt-audio-1.5", "sage", False)
    assert result["audio_id"].startswith("audio_") and result["expires_at"] > 0
    assert result["usage"]["completion_audio_tokens"] > 0
    assert (home / "words.txt").read_text() == "Parley reads this back\n"
    decoded = audio_of(home / "out.raw", "pcm16")
    assert result["duration"] == pytest.approx(decoded.duration, abs=0.01)
    body = posts(demo_server)[-1]
    assert body["messages"][0] == {"role": "system", "content": "Repeat the user's words verbatim."}
    assert "stream" not in body


def test_recording_as_input(home: Path, ask: Callable[..., Run], demo_server: DemoServer) -> None:
    assert ask(SHORT, "-o", "said.mp3", url=demo_server.url).code == 0
    run = ask("--audio", "said.mp3", url=demo_server.url)
    assert run.code == 0, run.err
    assert "I heard" in run.out
    part = posts(demo_server)[-1]["messages"][-1]["content"][0]
    assert part["type"] == "input_audio" and part["input_audio"]["format"] == "mp3"
    run = ask("What did I say?", "--audio", "said.mp3", url=demo_server.url)
    assert run.code == 0, run.err
    content = posts(demo_server)[-1]["messages"][-1]["content"]
    assert content[0] == {"type": "text", "text": "What did I say?"}


def test_key_from_the_keyring_entry_of_the_active_profile(
    home: Path, keyed_demo_server: DemoServer, os_keyring: None
) -> None:
    profile = f"test-{uuid.uuid4().hex[:10]}"
    settings = Settings(profiles=[Profile(profile, keyed_demo_server.url)], active_profile=profile)
    settings.save(home / "config" / "parley" / "settings.json")
    keyring.set_password("parley", profile, KEY)
    try:
        run = parley(home, SHORT, "-o", "k.mp3")  # no OPENAI_API_KEY, no OPENAI_BASE_URL
    finally:
        keyring.delete_password("parley", profile)
    assert run.code == 0, run.err
    audio_of(home / "k.mp3", "mp3")


def test_stream_cut_keeps_a_partial_file(home: Path, demo_server: DemoServer) -> None:
    demo_server.faults.drop_after = 3
    run = parley(
        home, JOKE, "--stream", "-o", "reply.wav", "--transcript-out", "t.txt", url=demo_server.url
    )
    assert run.code == 1
    assert "cut off after" in run.err and "reply.partial.wav" in run.err
    assert run.err.count("\n") == 1
    assert not (home / "reply.wav").exists()
    decoded = audio_of(home / "reply.partial.wav", "wav")
    assert decoded.duration < 5
    assert (home / "t.partial.txt").read_text().strip() in run.out


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ({"status_code": 429, "status_times": None}, "Rate limited"),
        ({"status_code": 500, "status_times": None}, "server had a problem"),
        ({"status_code": 403, "status_times": None}, "no access to the model"),
        ({"bad_base64": True}, "not valid base64"),
        ({"error_event_after": 1}, "server had a problem"),
    ],
)
def test_api_failures_are_one_line_exit_1(
    home: Path, ask: Callable[..., Run], demo_server: DemoServer, fault: dict, words: str
) -> None:
    for name, value in fault.items():
        setattr(demo_server.faults, name, value)
    demo_server.faults.retry_after_ms = 10
    run = ask(SHORT, "-o", "x.pcm", url=demo_server.url)
    assert run.code == 1
    assert words in run.err and run.err.count("\n") == 1
    assert not (home / "x.pcm").exists()


def test_bad_key(ask: Callable[..., Run], keyed_demo_server: DemoServer) -> None:
    wrong = "sk-wrong-" + "k" * 30
    run = ask(SHORT, url=keyed_demo_server.url, key=wrong)
    assert run.code == 1
    assert "did not accept the API key" in run.err
    assert wrong not in run.err and wrong[:10] not in run.err and "kkkk" not in run.err
    assert ask(SHORT, url=keyed_demo_server.url).code == 1  # none at all


def test_unknown_voice_shows_the_servers_message(
    ask: Callable[..., Run], demo_server: DemoServer
) -> None:
    run = ask(SHORT, "--voice", "robot", url=demo_server.url)
    assert run.code == 1
    assert "Invalid value: 'robot'" in run.err and "audio.voice" in run.err


def test_network_down_and_timeout(ask: Callable[..., Run]) -> None:
    server = DemoServer(latency=5.0)
    server.start()
    try:
        run = ask(SHORT, "--timeout", "0.3", url=server.url)
        assert run.code == 1 and "did not answer within 0.3 s" in run.err
    finally:
        server.stop()
    run = ask(SHORT, url=server.url, key=KEY)  # the port is closed now
    assert run.code == 1 and "Cannot reach 127.0.0.1" in run.err and "refused" in run.err


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ((), "give a prompt"),
        (("hi", "--format", "mp3", "-o", "a.wav"), "does not match"),
        (("hi", "-o", "a.txt"), "cannot tell an audio format"),
        (("--audio", "missing.wav"), "cannot read the recording"),
        (("hi", "--system", "a", "--system-file", "b"), "not allowed with"),
        (("hi", "--format", "aac"), "invalid choice"),
        (("hi", "--timeout", "0"), "not a number of seconds"),
        (("hi", "--base-url", "http://api.example.com/v1"), "will not send your API key"),
        (("hi", "--base-url", "ftp://127.0.0.1/v1"), "not a usable base URL"),
    ],
)
def test_usage_errors_exit_2(ask: Callable[..., Run], args: tuple[str, ...], words: str) -> None:
    run = ask(*args, url="http://127.0.0.1:9/v1", key=KEY)
    assert run.code == 2
    assert words in run.err and run.out == ""


def test_no_key_for_a_remote_endpoint(ask: Callable[..., Run]) -> None:
    run = ask("hi", "--base-url", "https://api.example.com/v1")
    assert run.code == 2 and "OPENAI_API_KEY" in run.err
