"""Small misbehaving servers on loopback, for the bad-input tests: each is a real TCP server in
a thread that does one wrong thing the demo server does not (accept and never answer, stall in
the middle of a stream, keep a stream alive with comments only, send headers and no body)."""

from __future__ import annotations

import base64
import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

#: The pcm16 audio a stalling server sends before it stops: 0.2 s of a quiet tone.
AUDIO = bytes(range(256)) * 38


def _chunk(delta: dict[str, object]) -> bytes:
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "model": "gpt-audio-1.5",
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }
    return b"data: " + json.dumps(body).encode() + b"\n\n"


STREAM_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
    b"Connection: close\r\n\r\n"
)


def _read_request(conn: socket.socket) -> None:
    """Read the request's headers and body (enough to answer it)."""
    data = b""
    while b"\r\n\r\n" not in data:
        got = conn.recv(65536)
        if not got:
            return
        data += got
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    while len(body) < length:
        got = conn.recv(65536)
        if not got:
            return
        body += got


def silent(conn: socket.socket, stop: threading.Event) -> None:
    """Accept, read nothing, answer nothing."""
    stop.wait()


def stall_mid_stream(conn: socket.socket, stop: threading.Event) -> None:
    """200, some words and some audio, then nothing more (the connection stays open)."""
    _read_request(conn)
    conn.sendall(STREAM_HEAD)
    conn.sendall(_chunk({"role": "assistant", "content": None}))
    conn.sendall(_chunk({"audio": {"id": "audio_fake", "transcript": "Half a sentence "}}))
    conn.sendall(_chunk({"audio": {"data": base64.b64encode(AUDIO).decode()}}))
    stop.wait()


def keepalive_only(conn: socket.socket, stop: threading.Event) -> None:
    """200, some words, then ``: keep-alive`` comments every 50 ms and nothing else."""
    _read_request(conn)
    conn.sendall(STREAM_HEAD)
    conn.sendall(_chunk({"audio": {"id": "audio_fake", "transcript": "Some words "}}))
    while not stop.wait(0.05):
        try:
            conn.sendall(b": keep-alive\n\n")
        except OSError:
            return


def headers_no_body(conn: socket.socket, stop: threading.Event) -> None:
    """A whole reply's headers (promising a body), and no body."""
    _read_request(conn)
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"
    )
    stop.wait()


Behaviour = Callable[[socket.socket, threading.Event], None]


@contextmanager
def fake_server(behaviour: Behaviour) -> Iterator[str]:
    """Run a server doing ``behaviour`` with every connection; yields its base URL."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    stop = threading.Event()
    conns: list[socket.socket] = []
    threads: list[threading.Thread] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conns.append(conn)
            t = threading.Thread(target=_guarded, args=(behaviour, conn, stop), daemon=True)
            t.start()
            threads.append(t)

    accept = threading.Thread(target=serve, daemon=True)
    accept.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    finally:
        stop.set()
        accept.join(5)
        listener.close()
        for conn in conns:
            with suppress(OSError):
                conn.close()
        for t in threads:
            t.join(5)


def _guarded(behaviour: Behaviour, conn: socket.socket, stop: threading.Event) -> None:
    with suppress(OSError):
        behaviour(conn, stop)
