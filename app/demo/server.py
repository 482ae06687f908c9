"""Parley's local OpenAI-compatible server: the offline demo and the test double, over real HTTP.

``DemoServer`` serves ``GET /v1/models`` (and ``/v1/models/{id}``) and ``POST
/v1/chat/completions`` (audio output non-streamed in wav, mp3, flac, opus or pcm16, or streamed in
pcm16) on a ``ThreadingHTTPServer`` in a background thread: HTTP/1.1 keep-alive, chunked streams,
raw socket control for the faults (see app.demo.faults). Replies are rule-based words
(app.demo.replies) spoken by espeak-ng (app.demo.speech); the wire shapes copy the real API's
(app.demo.wire, app.demo.errors).

    with DemoServer(port=0) as server:       # or server.start() ... server.stop()
        client = httpx.Client(base_url=server.url)
"""

from __future__ import annotations

import contextlib
import json
import random
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from app.demo import errors, models
from app.demo.body import read_body
from app.demo.completion import answer
from app.demo.errors import ApiError
from app.demo.faults import Faults
from app.demo.ledger import AudioLedger
from app.demo.personas import Persona
from app.demo.personas import persona as make_persona
from app.demo.realtime import RealtimeDemo, serve_realtime, wants_upgrade
from app.demo.request import check, check_bearer, parse_body
from app.demo.speech import SpeechError, Synthesizer
from app.demo.wire import Event, response_body, stream_events

_KEEPALIVE_EVERY = 5


class _Dropped(Exception):
    """The connection was closed on purpose (a fault) or by the client."""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], demo: DemoServer, family: int) -> None:
        self.address_family = family
        self.demo = demo
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A connection that broke outside a request: nothing to tell anyone."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    server_version = "parley-demo"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        self.server.demo._track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.demo._track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the demo prints nothing per request."""

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    # --- routing -------------------------------------------------------------------------------
    def _dispatch(self, method: str) -> None:
        demo = self.server.demo
        if method == "GET" and wants_upgrade(self):  # the Realtime API (app.demo.realtime)
            demo._record(method, self.path, None)
            serve_realtime(self, demo._api_key, demo.realtime)
            self.close_connection = True
            return
        try:
            raw = read_body(self.rfile, self.headers)
        except (ValueError, OSError):
            self.close_connection = True
            return
        except ApiError as exc:
            demo._record(method, self.path, None)
            self._send_error(exc)
            return
        try:
            parsed: Any = json.loads(raw) if raw else None
        except (ValueError, UnicodeDecodeError):
            parsed = None
        demo._record(method, self.path, parsed)
        faults = demo.faults.snapshot()
        path = self.path.split("?", 1)[0].rstrip("/")
        try:
            self._pause_until(time.monotonic() + faults.latency)
            if demo.persona is not None:
                self._as_persona(demo.persona, method, raw, faults)
                return
            self._check_key()
            if method == "GET" and path == "/v1/models":
                listed = models.models_list(
                    retired_gone=faults.retired_gone, dates=faults.model_dates
                )
                self._send_json(200, listed)
            elif method == "GET" and path.startswith("/v1/models/"):
                model = path.removeprefix("/v1/models/")
                if models.resolve(model, retired_gone=faults.retired_gone) is None:
                    raise errors.model_not_found(model)
                self._send_json(200, models.model_object(model, dates=faults.model_dates))
            elif method == "POST" and path == "/v1/chat/completions":
                self._chat(raw, faults)
            else:
                raise errors.invalid_url(method, self.path)
        except ApiError as exc:
            self._send_error(exc)
        except (_Dropped, OSError):
            self.close_connection = True
        except Exception as exc:  # a bug here must still answer in the API's shape
            self._send_error(ApiError(500, f"The demo server failed: {exc}", type="server_error"))
            self.close_connection = True

    def _as_persona(self, persona: Persona, method: str, raw: bytes, faults: Faults) -> None:
        """Answer as another server would (app.demo.personas)."""
        headers = {name.lower(): value for name, value in self.headers.items()}
        refusal = persona.refusal(headers, self.server.demo._api_key)
        if refusal is not None:
            raise refusal
        route = persona.route(method, self.path)
        if route == "models":
            self._send_json(200, persona.model_list())
        elif route.startswith("chat"):
            self._chat(raw, faults, persona)
        else:
            raise errors.invalid_url(method, self.path)

    def _check_key(self) -> None:
        check_bearer(self.headers.get("Authorization", ""), self.server.demo._api_key)

    def _chat(self, raw: bytes, faults: Faults, persona: Persona | None = None) -> None:
        demo = self.server.demo
        status = demo.faults.take_failure()
        if status is not None:
            headers: dict[str, str] = {}
            if faults.retry_after is not None:
                headers["retry-after"] = faults.retry_after
            if faults.retry_after_ms is not None:
                headers["retry-after-ms"] = str(faults.retry_after_ms)
            self._send_error(errors.failure(status, gateway=faults.gateway_401), headers)
            return
        asked = parse_body(raw)
        body = asked if persona is None else persona.prepare(dict(asked), self.path)
        request = check(body, demo._ledger, retired_gone=faults.retired_gone)
        if request.stream and request.model in faults.no_stream_models:
            raise errors.stream_refused()
        if not request.stream and request.model in faults.stream_only_models:
            raise errors.stream_required()
        try:
            completion = answer(request, demo._synth, demo._ledger, faults.reply_seconds)
        except SpeechError as exc:
            raise ApiError(500, f"The demo could not speak: {exc}", type="server_error") from exc
        if faults.usage_cost is not None:
            completion = replace(completion, usage=completion.usage | {"cost": faults.usage_cost})
        if persona is not None:
            completion = replace(completion, model=persona.model_name(asked, self.path))
        if not request.stream:
            whole = (
                response_body(completion, request.format, faults)
                if persona is None
                else persona.whole(completion, request, faults)
            )
            if faults.drop_after is not None:
                self._send_head(200, "application/json", {"Content-Length": str(len(whole))})
                self.wfile.write(whole[: len(whole) // 2])
                self._drop()
            self._send_bytes(200, "application/json", whole)
            return
        events = (
            stream_events(completion, request.include_usage, faults)
            if persona is None
            else persona.stream(completion, request, faults)
        )
        self._send_head(200, "text/event-stream; charset=utf-8", {"Transfer-Encoding": "chunked"})
        self._write_stream(events, faults)

    # --- writing -------------------------------------------------------------------------------
    def _send_head(self, status: int, content_type: str, extra: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("x-request-id", "req_" + secrets.token_hex(16))
        self.send_header("openai-version", "2020-10-01")
        self.send_header("openai-processing-ms", "1")
        for name, value in extra.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

    def _send_bytes(self, status: int, content_type: str, body: bytes, **extra: str) -> None:
        headers = {"Content-Length": str(len(body))} | extra
        self._send_head(status, content_type, headers)
        self.wfile.write(body)

    def _send_json(self, status: int, obj: object, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(obj).encode()
        extra = {"Content-Length": str(len(body))} | (headers or {})
        self._send_head(status, "application/json; charset=utf-8", extra)
        self.wfile.write(body)

    def _send_error(self, exc: ApiError, headers: dict[str, str] | None = None) -> None:
        persona = self.server.demo.persona
        try:
            body = exc.body() if persona is None else persona.error_body(exc)
            self._send_json(exc.status, body, headers)
        except OSError:
            self.close_connection = True

    def _drop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        raise _Dropped

    def _pause_until(self, deadline: float) -> None:
        """Sleep until the monotonic ``deadline`` (never less); a stopping server drops instead."""
        while (left := deadline - time.monotonic()) > 0:
            if self.server.demo._stopping.wait(left):
                self._drop()

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def _write_stream(self, events: Iterator[Event], faults: Faults) -> None:
        stopping = self.server.demo._stopping
        eol = "\r\n" if faults.crlf else "\n"
        cuts = random.Random(7)  # the same pattern of split sizes every time
        started = time.monotonic()
        played = 0.0
        pieces = 0
        for n, event in enumerate(events):
            if stopping.is_set():
                self._drop()
            is_end = event.data == "[DONE]"
            droppable = event.audio_bytes or is_end
            if droppable and faults.drop_after is not None and pieces >= faults.drop_after:
                self._drop()
            lines = [event.data]
            if faults.multiline_data and event.data.startswith("{"):
                with contextlib.suppress(ValueError):
                    lines = json.dumps(json.loads(event.data), indent=1).split("\n")
            text = "".join(f"data: {line}{eol}" for line in lines) + eol
            if event.comment:
                text = f": {event.data}{eol}{eol}"
            if faults.keepalive and n % _KEEPALIVE_EVERY == 0:
                text = f": keep-alive{eol}{eol}" + text
            data = text.encode("utf-8")
            if faults.split_events:
                at = 0
                while at < len(data):
                    size = cuts.randint(1, max(1, faults.split_events))
                    self._write_chunk(data[at : at + size])
                    at += size
            else:
                self._write_chunk(data)
            if event.audio_bytes:
                pieces += 1
                played += event.audio_seconds
                if faults.realtime:
                    self._pause_until(started + played)
            if is_end and faults.linger_after_done > 0:
                self.wfile.flush()
                self._pause_until(time.monotonic() + faults.linger_after_done)
        self.wfile.write(b"0\r\n\r\n")


class DemoServer:
    """The demo server in a background thread. See the module docstring and app.demo.faults.

    ``requests`` lists ``(method, path, parsed JSON body or None)`` of every request received.
    ``faults`` may be changed between requests. ``audio_ttl`` is how long issued audio ids live.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        api_key: str | None = None,
        faults: Faults | None = None,
        audio_ttl: float = 3600.0,
        latency: float = 0.0,
        realtime: bool = False,
        persona: str | None = None,
    ) -> None:
        self.host = host
        #: The server the demo answers as (``--as``); None: OpenAI, as it always did.
        self.persona = None if persona in (None, "openai") else make_persona(str(persona))
        self._port = port
        self._api_key = api_key
        self.faults = faults if faults is not None else Faults()
        if latency:
            self.faults.latency = latency
        if realtime:
            self.faults.realtime = True
        self.requests: list[tuple[str, str, Any]] = []
        #: The Realtime API's faults and what its clients did (app.demo.realtime).
        self.realtime = RealtimeDemo()
        self._requests_lock = threading.Lock()
        self._ledger = AudioLedger(audio_ttl)
        self._synth = Synthesizer()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._conn_lock = threading.Condition()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"DemoServer(url={self.url!r}, key={'set' if self._api_key else 'none'})"

    @property
    def port(self) -> int:
        return self._httpd.server_address[1] if self._httpd is not None else self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        if self.persona is not None and self.persona.name == "azure":
            return f"http://{host}:{self.port}"  # the resource endpoint
        prefix = self.persona.prefix if self.persona is not None else "/v1"
        return f"http://{host}:{self.port}{prefix}"

    def start(self) -> None:
        """Listen (port 0 picks a free port) and serve in a background thread."""
        if self._httpd is not None:
            return
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        self._stopping.clear()
        self._httpd = _HTTPServer((self.host, self._port), self, family)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name=f"parley-demo-server:{self.port}",
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop serving, close every connection (mid-stream ones too) and join the threads."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        with self._conn_lock:
            for conn in list(self._connections):
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            self._conn_lock.wait_for(lambda: not self._connections, timeout)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout)
        self._port = httpd.server_address[1]

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _record(self, method: str, path: str, body: Any) -> None:
        with self._requests_lock:
            self.requests.append((method, path, body))

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._conn_lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)
                self._conn_lock.notify_all()
