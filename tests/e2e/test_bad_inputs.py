"""Every bad input a plain message, nothing lost: the table of :mod:`tests.e2e.bad_input_cases`,
each run as its own ``parley`` process, asserting the exit code, the words, the time it took, that
no traceback and no secret reached the user, and (per case) that nothing was lost."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from app.demo.server import DemoServer
from tests.e2e import fake_servers
from tests.e2e.bad_input_cases import BEHAVIOURS, CASES, Case
from tests.e2e.cli_runner import Run, cli_env

ROOT = Path(__file__).resolve().parents[2]


def parley(
    home: Path, url: str, args: list[str], stdout: str = "pipe", timeout: float = 60
) -> tuple[Run, float]:
    """``parley ARGS`` as a new process in ``home``; the run and the seconds it took.
    ``stdout``: "pipe", "full" (/dev/full) or "closed"."""
    started = time.monotonic()
    with open(os.devnull if stdout != "full" else "/dev/full", "wb") as sink:
        done = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=home,
            env=cli_env(home, url, PYTHONPATH=str(ROOT)),
            stdout=subprocess.PIPE if stdout == "pipe" else sink,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
            preexec_fn=(lambda: os.close(1)) if stdout == "closed" else None,
        )
    took = time.monotonic() - started
    out = (done.stdout or b"").decode(errors="replace")
    run = Run(done.returncode, out, done.stderr.decode())
    return run, took


@contextmanager
def server_for(case: Case) -> Iterator[str]:
    if case.server == "demo":
        demo = DemoServer(host="127.0.0.1", port=0)
        demo.start()
        try:
            for name, value in case.faults.items():
                setattr(demo.faults, name, value)
            yield demo.url
        finally:
            demo.stop()
    elif case.server == "none":
        with socket.socket() as s:  # a port nobody listens on
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        yield f"http://127.0.0.1:{port}/v1"
    else:
        with fake_servers.fake_server(BEHAVIOURS[case.server]) as url:
            yield url


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, home: Path) -> None:
    if case.prepare is not None:
        case.prepare(home)
    with server_for(case) as url:
        run, took = parley(home, url, case.args, case.stdout)
    said = run.out + run.err
    assert "Traceback" not in said, said
    assert run.code == case.code, said
    assert case.says.lower() in run.err.lower(), run.err
    for secret in case.not_says:
        assert secret not in said
    assert took <= case.bound, f"took {took:.1f} s, bound {case.bound} s"
    if case.code != 0:
        assert run.err.strip().count("\n") <= 1 or "usage:" in run.err, run.err
    if case.check is not None:
        case.check(home, run)


def test_the_table_is_not_trivial() -> None:
    """The README's figures count these cases: keep the table honest about its size."""
    assert len(CASES) >= 30
    assert len({c.id for c in CASES}) == len(CASES)
    assert replace(CASES[0]).id == CASES[0].id
