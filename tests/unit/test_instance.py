"""One Parley per user session (app.shell.instance), the start's side: where the socket lives,
a stale socket left by a crash, a start that waits for one still painting. Real Unix sockets
and real file locks; the running side here is a plain socket server in a thread."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.shell.instance import Claim, claim_or_hand_off, parse, send, socket_path


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    return folder


def serve_once(
    path: Path, answer: bytes = b"ok\n"
) -> tuple[threading.Thread, list[dict[str, str]]]:
    """A running Parley's socket, stood in for by a thread that answers one request."""
    heard: list[dict[str, str]] = []
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)

    def run() -> None:
        conn, _ = server.accept()
        with conn, server:
            heard.append(json.loads(conn.makefile("rb").readline()))
            conn.sendall(answer)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, heard


@pytest.fixture
def claims() -> Iterator[list[Claim]]:
    made: list[Claim] = []
    yield made
    for claim in made:
        claim.release()


def test_each_history_and_runtime_folder_has_its_own_socket(
    runtime: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = socket_path(tmp_path / "a"), socket_path(tmp_path / "b")
    assert one != two
    assert one.parent == two.parent == runtime
    assert str(os.getuid()) in one.name
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert socket_path(tmp_path / "a").parent == tmp_path
    assert len(str(one).encode()) < 108  # the longest Unix socket path


def test_the_first_start_claims_and_a_second_cannot(
    runtime: Path, tmp_path: Path, claims: list[Claim]
) -> None:
    first = claim_or_hand_off(data_dir=tmp_path / "data", wait=0.3)
    assert first is not None and first.owner
    claims.append(first)
    started = time.monotonic()
    second = claim_or_hand_off(data_dir=tmp_path / "data", wait=0.3)
    assert second is not None and not second.owner  # nobody answered: it opens a window anyway
    assert time.monotonic() - started >= 0.3  # ... after waiting for the first to listen
    first.release()
    third = claim_or_hand_off(data_dir=tmp_path / "data", wait=0.3)
    assert third is not None and third.owner  # the first one is gone
    claims.append(third)


def test_a_running_parley_takes_the_command_with_the_activation_token(
    runtime: Path, tmp_path: Path, claims: list[Claim], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = claim_or_hand_off(data_dir=tmp_path / "data")
    assert first is not None
    claims.append(first)
    thread, heard = serve_once(first.path)
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "token-from-the-launcher")
    assert claim_or_hand_off("toggle-talk", data_dir=tmp_path / "data") is None
    thread.join(5)
    assert heard == [{"command": "toggle-talk", "activation_token": "token-from-the-launcher"}]
    assert parse(json.dumps(heard[0]).encode()) == ("toggle-talk", "token-from-the-launcher")


def test_a_stale_socket_from_a_crash_never_blocks_a_start(
    runtime: Path, tmp_path: Path, claims: list[Claim]
) -> None:
    path = socket_path(tmp_path / "data")
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))  # the file stays after close, refusing connections, as after a crash
    dead.close()
    path.with_suffix(".lock").write_bytes(b"")  # and the lock file, no longer locked
    assert path.exists()
    started = time.monotonic()
    claim = claim_or_hand_off(data_dir=tmp_path / "data")
    assert claim is not None and claim.owner
    claims.append(claim)
    assert time.monotonic() - started < 1.0


def test_a_second_start_waits_for_the_first_still_painting(
    runtime: Path, tmp_path: Path, claims: list[Claim]
) -> None:
    first = claim_or_hand_off(data_dir=tmp_path / "data")
    assert first is not None
    claims.append(first)
    heard: list[dict[str, str]] = []

    def listen_later() -> None:  # the first start listens once its window is up
        time.sleep(0.6)
        thread, got = serve_once(first.path)
        thread.join(5)
        heard.extend(got)

    later = threading.Thread(target=listen_later, daemon=True)
    later.start()
    started = time.monotonic()
    assert claim_or_hand_off("raise", data_dir=tmp_path / "data", wait=10) is None
    assert time.monotonic() - started >= 0.5
    later.join(5)
    assert heard and heard[0]["command"] == "raise"


def test_an_answer_other_than_ok_is_not_a_hand_off(runtime: Path, tmp_path: Path) -> None:
    path = socket_path(tmp_path / "data")
    thread, _ = serve_once(path, answer=b"unknown\n")
    assert send(path, "raise") is False
    thread.join(5)
    assert parse(b"not json") is None
    assert parse(b'{"command": "format-disk"}') is None
