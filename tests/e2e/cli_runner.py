"""Running ``parley`` commands as a user does, for the CLI tests: the environment a process would
get (no OpenAI or Parley variables leaking in from the test run), through the real entry point."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.__main__ import main

#: Variables a test must set itself: they change which endpoint, key and history are used.
OWN_PREFIXES = ("OPENAI_", "PARLEY_")


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli_env(
    home: Path, url: str | None = None, key: str | None = None, **extra: str
) -> dict[str, str]:
    """A process environment with its settings and history in ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(OWN_PREFIXES)}
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["PARLEY_DATA_DIR"] = str(home / "data")
    if url is not None:
        env["OPENAI_BASE_URL"] = url
    if key is not None:
        env["OPENAI_API_KEY"] = key
    env.update(extra)
    return env


def run_in_process(
    args: list[str],
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> Run:
    """``parley ARGS`` through the same entry point in this process (no interpreter start-up,
    so the many cases stay quick), with exactly ``env`` as its environment's own variables."""
    for name in [k for k in os.environ if k.startswith(OWN_PREFIXES)]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    capfd.readouterr()
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    out, err = capfd.readouterr()
    return Run(code, out, err)
