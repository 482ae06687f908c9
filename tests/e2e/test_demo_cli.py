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
