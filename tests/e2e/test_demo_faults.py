"""Every fault of the demo server, observed on the wire by a real HTTP client or a raw socket."""

from __future__ import annotations

import base64
import binascii
import json
import socket
import threading
import time
from typing import Any

import httpx
import pytest
from test_demo_server import chunks, deltas, payload, pieces, post, sse_data, stream

from app.audio.codecs import sniff
from app.demo.server import DemoServer


class RawHTTP:
    """HTTP/1.1 over one plain socket, keeping the chunk sizes the server wrote."""

    def __init__(self, server: DemoServer) -> None:
        self.sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        self.file = self.sock.makefile("rb")

    def close(self) -> None:
        self.file.close()
        self.sock.close()

    def post(self, body: dict[str, Any]) -> tuple[int, list[bytes]]:
        data = json.dumps(body).encode()
        head = (
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
        )
        self.sock.sendall(head.encode() + data)
        status = int(self.file.readline().split()[1])
        headers = {}
        while (line := self.file.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            return status, [self.file.read(int(headers["content-length"]))]
        parts = []
        while (size := int(self.file.readline().strip(), 16)) > 0:
            parts.append(self.file.read(size))
            self.file.readline()
        self.file.readline()
        return status, parts


def test_rate_limited_once_then_ok(demo_server: DemoServer) -> None:
    demo_server.faults.status_code = 429
    demo_server.faults.retry_after = "1"
    demo_server.faults.retry_after_ms = 250
    first = post(demo_server, payload())
    assert first.status_code == 429
    assert (first.headers["retry-after"], first.headers["retry-after-ms"]) == ("1", "250")
    assert first.json()["error"]["code"] == "rate_limit_exceeded"
    assert post(demo_server, payload()).status_code == 200
    assert len(demo_server.requests) == 2


def test_failing_every_time_until_cleared(demo_server: DemoServer) -> None:
    demo_server.faults.status_code = 503
    demo_server.faults.status_times = None
    assert [post(demo_server, payload()).status_code for _ in range(3)] == [503, 503, 503]
    demo_server.faults.reset()
    assert post(demo_server, payload()).status_code == 200


def test_connection_dropped_after_n_pieces(demo_server: DemoServer) -> None:
    demo_server.faults.drop_after = 2
    got: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        httpx.stream(
            "POST", f"{demo_server.url}/chat/completions", json=payload("Tell me a joke", "pcm16")
        ) as response,
    ):
        for line in response.iter_lines():
            got.append(line)
    events = chunks("\n".join(got).encode())
    assert len(pieces(events)) == 2 and "[DONE]" not in events
    demo_server.faults.drop_after = None
    assert post(demo_server, payload()).status_code == 200  # the server lives on


def test_non_streamed_body_cut_off(demo_server: DemoServer) -> None:
    demo_server.faults.drop_after = 0
    with pytest.raises(httpx.RemoteProtocolError):
        post(demo_server, payload())


def test_error_event_inside_a_200_stream(demo_server: DemoServer) -> None:
    demo_server.faults.error_event_after = 1
    response, raw = stream(demo_server, payload("Tell me a joke", "pcm16"))
    assert response.status_code == 200
    events = chunks(raw)
    assert events[-1]["error"]["message"].startswith("The server had an error")
    assert len(pieces(events)) == 1


def test_malformed_json_and_bad_base64(demo_server: DemoServer) -> None:
    demo_server.faults.malformed_json = True
    with pytest.raises(json.JSONDecodeError):
        post(demo_server, payload()).json()
    _, raw = stream(demo_server, payload("Hi", "pcm16"))
    with pytest.raises(json.JSONDecodeError):
        chunks(raw)
    demo_server.faults.malformed_json = False
    demo_server.faults.bad_base64 = True
    data = post(demo_server, payload()).json()["choices"][0]["message"]["audio"]["data"]
    with pytest.raises(binascii.Error):
        base64.b64decode(data, validate=True)


def test_keepalive_comments_and_crlf(demo_server: DemoServer) -> None:
    demo_server.faults.keepalive = True
    demo_server.faults.crlf = True
    _, raw = stream(demo_server, payload("Hi", "pcm16"))
    assert b": keep-alive\r\n\r\n" in raw
    assert b"\n\n" not in raw.replace(b"\r\n", b"")  # every line ends in CRLF
    assert raw.replace(b"\r\n", b"").count(b"\n") == 0
    assert chunks(raw)[-1] == "[DONE]"


def test_multiline_data_events(demo_server: DemoServer) -> None:
    demo_server.faults.multiline_data = True
    _, raw = stream(demo_server, payload("Say 'hi'", "pcm16"))
    assert b"data: {\ndata:" in raw
    events = chunks(raw)
    assert events[-1] == "[DONE]" and pieces(events)


def test_split_events_arrive_in_small_http_chunks(demo_server: DemoServer) -> None:
    demo_server.faults.split_events = 7
    raw = RawHTTP(demo_server)
    try:
        status, parts = raw.post(payload("Say 'hi'", "pcm16"))
        assert status == 200
        assert max(len(p) for p in parts) <= 7 and len(parts) > 100
        assert chunks(b"".join(parts))[-1] == "[DONE]"
        demo_server.faults.split_events = None
        status, again = raw.post(payload("Say 'hi'", "pcm16"))  # same connection: keep-alive
        assert status == 200 and max(len(p) for p in again) > 7
    finally:
        raw.close()


def test_gateway_deviations_on_the_wire(demo_server: DemoServer) -> None:
    demo_server.faults.pcm_for_wav = True
    data = post(demo_server, payload()).json()["choices"][0]["message"]["audio"]["data"]
    assert sniff(base64.b64decode(data)) == "pcm16"
    demo_server.faults.pcm_for_wav = False
    demo_server.faults.transcript_in_content = True
    _, raw = stream(demo_server, payload("Hello", "pcm16"))
    said = "".join(d.get("content") or "" for d in deltas(chunks(raw)))
    assert said.startswith("Hello! This is the Parley demo")
    assert all("transcript" not in d.get("audio", {}) for d in deltas(chunks(raw)))


def test_latency_and_realtime_slow_the_reply_down(demo_server: DemoServer) -> None:
    demo_server.faults.latency = 0.5
    started = time.monotonic()
    assert httpx.get(f"{demo_server.url}/models").status_code == 200
    assert time.monotonic() - started >= 0.5  # a lower bound: load can only add to it
    demo_server.faults.latency = 0.0
    demo_server.faults.realtime = True
    started = time.monotonic()
    _, raw = stream(demo_server, payload("Say 'one two three four'", "pcm16"))
    audio = pieces(chunks(raw))
    assert len(audio) >= 3
    assert time.monotonic() - started >= 0.4 * (len(audio) - 1)  # paced like playback


def test_client_gone_mid_stream_and_stop_during_a_stream() -> None:
    server = DemoServer(realtime=True)
    server.start()
    with httpx.stream(
        "POST", f"{server.url}/chat/completions", json=payload("/long 20", "pcm16")
    ) as response:
        next(response.iter_bytes())  # hang up after the first bytes
    assert post(server, payload()).status_code == 200
    failure: list[BaseException] = []

    def listen() -> None:
        try:
            stream(server, payload("/long 20", "pcm16"))
        except httpx.HTTPError as exc:
            failure.append(exc)

    listener = threading.Thread(target=listen)
    listener.start()
    while len(server.requests) < 3:
        time.sleep(0.05)
    time.sleep(0.3)
    server.stop()
    listener.join(10)
    assert not listener.is_alive()
    assert failure and isinstance(failure[0], httpx.RemoteProtocolError)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.url}/models")


def test_sse_parser_helper_handles_comments_and_crlf() -> None:
    assert sse_data(b": hi\r\n\r\ndata: {}\r\n\r\ndata: a\ndata: b\n\n") == ["{}", "a\nb"]
