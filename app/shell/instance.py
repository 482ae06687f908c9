"""One Parley per user session: a later ``parley`` hands its command to the running one.

The running Parley holds a lock file for its whole life and, from just behind its first frame,
listens on a local socket beside it (``app.shell.instance_server``, a QLocalServer). Both live
in ``$XDG_RUNTIME_DIR`` (the user's own) under a name made from the user and the history's
folder, so two isolated set-ups (tests with their own homes) never meet.

A start asks, in this order, until one answers (for at most ``HAND_OFF_WAIT`` seconds):
  1. the socket: a running Parley takes the command ("raise", "toggle-talk", "stop") and says
     "ok"; this process then ends;
  2. the lock: free means no Parley runs (a socket file left by one that crashed is stale: the
     server removes it before listening); this process claims it and opens the window;
  3. neither: a Parley is starting and still painting its window: wait a moment and ask again.
The kernel lets go of the lock when a process ends however it ends, so a crash never blocks a
start. Plain sockets and ``fcntl``: cheap enough for the start-up path (no Qt, no asyncio).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: What a later start can ask of the running window.
COMMANDS = ("raise", "toggle-talk", "stop")
#: How long a start waits for a Parley that holds the lock but does not listen yet (seconds).
HAND_OFF_WAIT = 15.0
#: How long the running Parley may take to answer a command (seconds).
ANSWER_WAIT = 5.0
_RETRY_S = 0.05


def socket_path(data_dir: Path | None = None) -> Path:
    """Where the running Parley of this user and history listens."""
    if data_dir is None:
        from app.core.paths import data_dir as default_data_dir

        data_dir = default_data_dir()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        import tempfile  # random, shutil and more: only where there is no runtime folder

        runtime = tempfile.gettempdir()
    where = str(data_dir.expanduser().absolute()).encode("utf-8", "surrogateescape")
    tag = f"{zlib.crc32(where):08x}{zlib.adler32(where):08x}"
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(runtime) / f"parley-{uid}-{tag}.sock"


@dataclass
class Claim:
    """This process is the running Parley: ``path`` is its socket; the lock is held until
    ``release`` (or the process ends). ``lock_fd`` is None when the lock could not be had and
    the window opens anyway (the other start never answered)."""

    path: Path
    lock_fd: int | None

    def release(self) -> None:
        if self.lock_fd is not None:
            os.close(self.lock_fd)  # closing the file lets go of the lock
            self.lock_fd = None

    @property
    def owner(self) -> bool:
        """Whether this process holds the lock (and so may listen on the socket)."""
        return self.lock_fd is not None


def claim_or_hand_off(
    command: str = "raise", *, data_dir: Path | None = None, wait: float = HAND_OFF_WAIT
) -> Claim | None:
    """None when a running Parley took ``command`` (this process should end); else this
    process's claim to be the running Parley (see the module docstring)."""
    path = socket_path(data_dir)
    if sys.platform == "win32":  # pragma: no cover - one window per start there
        return Claim(path, None)
    deadline = time.monotonic() + wait
    while True:
        if send(path, command):
            return None
        try:
            lock_fd = _try_lock(path)
        except OSError as exc:
            log.warning("cannot lock %s (%s): not checking for a running Parley", path, exc)
            return Claim(path, None)
        if lock_fd is not None:
            return Claim(path, lock_fd)
        if time.monotonic() >= deadline:
            log.warning("a Parley holds %s but does not answer; opening a window anyway", path)
            return Claim(path, None)
        time.sleep(_RETRY_S)


def send(path: Path, command: str) -> bool:
    """Give ``command`` to the Parley listening at ``path``; whether it took it."""
    # The C module itself: ``socket`` would import selectors, array and more (~10 ms) at start.
    import _socket

    client = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        client.settimeout(ANSWER_WAIT)
        client.connect(str(path))
        message = {
            "command": command,
            # What lets the running window come to the front on Wayland.
            "activation_token": os.environ.get("XDG_ACTIVATION_TOKEN", ""),
        }
        client.sendall(json.dumps(message).encode() + b"\n")
        answer = b""
        while not answer.endswith(b"\n"):
            piece = client.recv(256)
            if not piece:
                break
            answer += piece
        return answer.strip() == b"ok"
    except OSError:  # nobody listens (no file, or a stale one), or it went away meanwhile
        return False
    finally:
        client.close()


def _try_lock(path: Path) -> int | None:
    """The lock file's descriptor, locked; None if another process holds it."""
    import fcntl

    fd = os.open(path.with_suffix(".lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def parse(line: bytes) -> tuple[str, str] | None:
    """A request line's command and activation token, or None if it is not one."""
    try:
        message = json.loads(line)
        command = message["command"]
        token = str(message.get("activation_token") or "")
    except (ValueError, TypeError, KeyError):
        return None
    return (command, token) if command in COMMANDS else None
