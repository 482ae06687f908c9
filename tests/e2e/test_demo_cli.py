"""``parley demo-server`` in a subprocess: it answers, refuses remote hosts, and stops cleanly."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "demo-server", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], str]]:
    env = dict(os.environ, PARLEY_DEMO_TEST_KEY="sk-demo-cli-key-123456")
    proc = start("--api-key-env", "PARLEY_DEMO_TEST_KEY", env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.fullmatch(
            r"Parley demo server on (http://127\.0\.0\.1:\d+/v1) \(demo, not a real model\)\n", line
        )
        assert found, line
        yield proc, found.group(1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_serves_with_the_key_from_the_environment_and_stops_on_ctrl_c(
    served: tuple[subprocess.Popen[str], str],
) -> None:
    proc, url = served
    assert httpx.get(f"{url}/models").status_code == 401
    headers = {"Authorization": "Bearer sk-demo-cli-key-123456"}
    listing = httpx.get(f"{url}/models", headers=headers).json()
    assert "gpt-audio-1.5" in [m["id"] for m in listing["data"]]
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "Traceback" not in err
    assert "sk-demo-cli-key" not in " ".join(proc.args)  # type: ignore[arg-type]


def test_cli_refuses_a_host_other_computers_can_reach() -> None:
    proc = start("--host", "0.0.0.0")
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 2, err
    assert out == ""
    assert "--allow-remote" in err and "Traceback" not in err


def test_cli_plays_the_api_of_late_2026() -> None:
    proc = start(
        "--retired-gone", "--model-dates", "--no-stream-model", "gpt-audio-mini",
        "--litellm-cut-after", "2",
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().split()[4]
        listing = httpx.get(f"{url}/models").json()["data"]
        ids = {m["id"]: m for m in listing}
        assert "gpt-4o-audio-preview" not in ids and ids["gpt-audio"]["shutdown_date"]
        assert ids["gpt-audio-mini"]["expiration_date"] == "2027-03-01"
        body = {
            "model": "gpt-audio-mini",
            "modalities": ["text", "audio"],
            "audio": {"voice": "alloy", "format": "pcm16"},
            "messages": [{"role": "user", "content": "hi"}],
            "stream": True,
        }
        refused = httpx.post(f"{url}/chat/completions", json=body)
        assert refused.status_code == 400 and refused.json()["error"]["param"] == "stream"
        gone = httpx.post(f"{url}/chat/completions", json=body | {"model": "gpt-4o-audio-preview"})
        assert gone.status_code == 404 and gone.json()["error"]["code"] == "model_not_found"
        cut = httpx.post(
            f"{url}/chat/completions",
            json=body
            | {"model": "gpt-audio-1.5", "stream_options": {"include_usage": True}}
            | {"messages": [{"role": "user", "content": "Tell me a joke"}]},
        )
        events = [line[6:] for line in cut.text.splitlines() if line.startswith("data: ")]
        assert events[-1] == "[DONE]"
        assert '"finish_reason": "stop"' in events[-3] and '"completion_tokens": 0' in events[-2]
        assert '"expires_at": null' in cut.text and '"expires_at": 1' not in cut.text
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)
