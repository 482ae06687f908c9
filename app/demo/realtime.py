"""The demo server's Realtime API: ``GET /v1/realtime?model=M`` upgraded to a WebSocket (GA
shape), on the demo's own port (no Qt).

It checks the key as the real API does (an ``error`` with ``invalid_api_key``, then close code
3000), refuses the beta header (``beta_api_shape_disabled``, close 4000) and an unknown model
(close 4000); takes ``session.update``, ``input_audio_buffer.append/commit/clear``,
``conversation.item.create``, ``response.create/cancel`` and ``conversation.item.truncate``
(refused, as the real one refuses it, past the audio sent or not an integer). Its own energy VAD
takes turns (``realtime_voice``); replies are espeak speech streamed as
``response.output_audio.delta`` at ``pace`` times real time, with transcripts and usage.

``RealtimeDemo`` (``DemoServer.realtime``) holds its faults and what clients did, for tests.
"""

from __future__ import annotations

import json
import secrets
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.talk.realtime_wire import REALTIME_MODELS
from app.demo import errors
from app.demo.realtime_voice import EnergyVad, SpokenReply, audio_delta, new_id, speak_reply
from app.demo.speech import SpeechError, Synthesizer
from app.demo.websocket import Closed, WebSocket, accept_key

if TYPE_CHECKING:
    from http.server import BaseHTTPRequestHandler


@dataclass
class RealtimeDemo:
    """Faults to cause and a log of what realtime clients did (thread-safe enough for tests)."""

    #: Audio is sent at this many times real time (0: as fast as it can).
    pace: float = 4.0
    #: Close the TCP connection (no close frame) after this many audio deltas of a response.
    drop_after_deltas: int | None = None
    #: The words of the next utterances, in order (the demo cannot recognise speech).
    heard: list[str] = field(default_factory=list)
    #: Every client event but the audio appends: (type, event).
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: Truncations asked for: (item_id, audio_end_ms, audio sent of that item in ms, accepted).
    truncates: list[tuple[str, int, int, bool]] = field(default_factory=list)
    sessions: int = 0
    #: monotonic times of each speech_stopped sent and of each response's first delta.
    stopped_at: list[float] = field(default_factory=list)
    first_delta_at: list[float] = field(default_factory=list)

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [event for k, event in list(self.events) if k == kind]


def wants_upgrade(handler: BaseHTTPRequestHandler) -> bool:
    path = handler.path.split("?", 1)[0].rstrip("/")
    upgrade = handler.headers.get("Upgrade", "").lower()
    return path.endswith("/realtime") and upgrade == "websocket"


def serve_realtime(
    handler: BaseHTTPRequestHandler, api_key: str | None, demo: RealtimeDemo
) -> None:
    """Answer the upgrade and run the session on the handler's thread until it closes."""
    key = handler.headers.get("Sec-WebSocket-Key", "")
    handler.send_response(101, "Switching Protocols")
    handler.send_header("Upgrade", "websocket")
    handler.send_header("Connection", "Upgrade")
    handler.send_header("Sec-WebSocket-Accept", accept_key(key))
    handler.end_headers()
    handler.wfile.flush()
    ws = WebSocket(handler.rfile, handler.wfile)  # type: ignore[arg-type]
    refusal = _refusal(handler, api_key)
    if refusal is not None:
        error, code = refusal
        ws.send(json.dumps({"type": "error", "event_id": new_id("event"), "error": error}))
        ws.close(code, error["code"])
        return
    demo.sessions += 1
    _Session(ws, handler.connection, demo, _model(handler)).run()


def _model(handler: BaseHTTPRequestHandler) -> str:
    from urllib.parse import parse_qs, urlsplit

    return (parse_qs(urlsplit(handler.path).query).get("model") or [""])[0]


def _refusal(
    handler: BaseHTTPRequestHandler, api_key: str | None
) -> tuple[dict[str, Any], int] | None:
    headers = handler.headers
    if "realtime=v1" in headers.get("OpenAI-Beta", ""):
        message = (
            "The Realtime API beta shape is no longer available. Remove the OpenAI-Beta header."
        )
        return _error(message, "beta_api_shape_disabled"), 4000
    if api_key is not None:
        scheme, _, given = headers.get("Authorization", "").partition(" ")
        given = given.strip() if scheme.lower() == "bearer" else headers.get("api-key", "")
        if not given or not secrets.compare_digest(given.encode(), api_key.encode()):
            message = errors.invalid_api_key(given).message if given else "No API key provided."
            return _error(message, "invalid_api_key"), 3000
    model = _model(handler)
    if model not in REALTIME_MODELS:
        return _error(
            f"The model '{model}' does not exist or is not a realtime model.", "model_not_found"
        ), 4000
    return None


def _error(message: str, code: str, type: str = "invalid_request_error") -> dict[str, Any]:
    return {"type": type, "code": code, "message": message, "param": None, "event_id": None}


class _Session:
    def __init__(self, ws: WebSocket, conn: socket.socket, demo: RealtimeDemo, model: str) -> None:
        self.ws, self.conn, self.demo, self.model = ws, conn, demo, model
        self.synth = Synthesizer()
        self.lock = threading.Lock()
        self.voice = "alloy"
        self.instructions = ""
        self.detection: dict[str, Any] | None = {"type": "server_vad", "silence_duration_ms": 500}
        self.vad = EnergyVad()
        self.buffer_ms = 0  # audio in the uncommitted input buffer
        self.heard_ms = 0  # the last committed utterance
        self.user_item = new_id("item")
        self.items: dict[str, int] = {}  # assistant item -> ms of audio sent
        self.history_words = 0
        self.heard_text = ""
        self.response: SpokenReply | None = None
        self.cancel = threading.Event()
        self.responder: threading.Thread | None = None

    def send(self, event: dict[str, Any]) -> None:
        event.setdefault("event_id", new_id("event"))
        self.ws.send(json.dumps(event))

    def session_object(self) -> dict[str, Any]:
        fmt = {"type": "audio/pcm", "rate": 24000}
        return {
            "type": "realtime",
            "object": "realtime.session",
            "id": new_id("sess"),
            "model": self.model,
            "instructions": self.instructions,
            "output_modalities": ["audio"],
            "audio": {
                "input": {"format": fmt, "turn_detection": self.detection},
                "output": {"format": fmt, "voice": self.voice},
            },
        }

    def run(self) -> None:
        self.send({"type": "session.created", "session": self.session_object()})
        try:
            while True:
                event = json.loads(self.ws.receive())
                if isinstance(event, dict):
                    self.handle(event)
        except (Closed, ValueError, OSError):
            pass
        finally:
            self.cancel.set()

    def handle(self, event: dict[str, Any]) -> None:
        kind = str(event.get("type", ""))
        if kind != "input_audio_buffer.append":
            self.demo.events.append((kind, event))
        if kind == "session.update":
            self.update(event.get("session") or {})
        elif kind == "input_audio_buffer.append":
            self.append(str(event.get("audio", "")))
        elif kind == "input_audio_buffer.commit":
            self.commit(self.vad.clock_ms)
        elif kind == "input_audio_buffer.clear":
            self.buffer_ms = 0
            self.send({"type": "input_audio_buffer.cleared"})
        elif kind == "conversation.item.create":
            item = event.get("item") or {}
            for part in item.get("content") or []:
                self.history_words += len(str(part.get("text", "")).split())
            item_id = item.get("id") or new_id("item")
            self.send({"type": "conversation.item.added", "item": item | {"id": item_id}})
            self.send({"type": "conversation.item.done", "item": item | {"id": item_id}})
        elif kind == "response.create":
            self.respond()
        elif kind == "response.cancel":
            self.stop_response()
        elif kind == "conversation.item.truncate":
            self.truncate(event)
        else:
            self.send(
                {"type": "error", "error": _error(f"Unknown event type '{kind}'.", "unknown_event")}
            )

    def update(self, session: dict[str, Any]) -> None:
        self.instructions = str(session.get("instructions", self.instructions))
        audio = session.get("audio") or {}
        output = audio.get("output") or {}
        voice = output.get("voice", self.voice)
        self.voice = voice if isinstance(voice, str) and Synthesizer.knows(voice) else "alloy"
        detection = (audio.get("input") or {}).get("turn_detection", self.detection)
        self.detection = detection if isinstance(detection, dict) or detection is None else None
        if isinstance(self.detection, dict):
            silence = self.detection.get("silence_duration_ms")
            self.vad.silence_ms = int(silence) if isinstance(silence, int) else 500
        self.send({"type": "session.updated", "session": self.session_object()})

    def append(self, audio: str) -> None:
        import base64

        pcm = base64.b64decode(audio)
        self.buffer_ms += len(pcm) // 48
        if self.detection is None:
            self.vad.clock_ms += len(pcm) // 48
            return
        for what, ms in list(self.vad.feed(pcm)):
            if what == "started":
                self.send(
                    {
                        "type": "input_audio_buffer.speech_started",
                        "audio_start_ms": ms,
                        "item_id": self.user_item,
                    }
                )
                if self.response is not None and self.detection.get("interrupt_response", True):
                    self.stop_response()
            else:
                self.demo.stopped_at.append(time.monotonic())
                self.send(
                    {
                        "type": "input_audio_buffer.speech_stopped",
                        "audio_end_ms": ms,
                        "item_id": self.user_item,
                    }
                )
                self.heard_ms = ms - self.vad.start_ms
                self.commit(ms, heard_ms=self.heard_ms)
                if self.detection.get("create_response", True):
                    self.respond()

    def commit(self, end_ms: int, heard_ms: int | None = None) -> None:
        item_id, self.user_item = self.user_item, new_id("item")
        self.heard_ms = heard_ms if heard_ms is not None else self.buffer_ms
        self.buffer_ms = 0
        self.send(
            {"type": "input_audio_buffer.committed", "item_id": item_id, "previous_item_id": None}
        )
        item = {
            "id": item_id,
            "type": "message",
            "role": "user",
            "content": [{"type": "input_audio"}],
        }
        self.send({"type": "conversation.item.added", "item": item})
        words = self.demo.heard.pop(0) if self.demo.heard else ""
        self.heard_text = words
        self.send(
            {
                "type": "conversation.item.input_audio_transcription.completed",
                "item_id": item_id,
                "content_index": 0,
                "transcript": words or f"({self.heard_ms / 1000:.1f} seconds of speech)",
            }
        )

    def respond(self) -> None:
        self.stop_response()
        try:
            reply = speak_reply(
                self.synth,
                voice=self.voice,
                instructions=self.instructions,
                heard_ms=self.heard_ms,
                heard_text=self.heard_text,
                history_text_tokens=self.history_words,
            )
        except SpeechError as exc:
            self.send(
                {
                    "type": "error",
                    "error": _error(
                        f"The demo could not speak: {exc}", "server_error", "server_error"
                    ),
                }
            )
            return
        self.response = reply
        self.cancel = threading.Event()
        self.items[reply.item_id] = 0
        self.responder = threading.Thread(
            target=self.stream, args=(reply, self.cancel), daemon=True, name="demo-realtime-reply"
        )
        self.responder.start()

    def stream(self, reply: SpokenReply, cancel: threading.Event) -> None:
        rid, iid = reply.response_id, reply.item_id
        base = {"response_id": rid, "item_id": iid, "output_index": 0, "content_index": 0}
        item = {
            "id": iid,
            "type": "message",
            "role": "assistant",
            "status": "in_progress",
            "content": [],
        }
        try:
            self.send(
                {"type": "response.created", "response": {"id": rid, "status": "in_progress"}}
            )
            self.send(
                {
                    "type": "response.output_item.added",
                    "response_id": rid,
                    "output_index": 0,
                    "item": item,
                }
            )
            self.send({"type": "conversation.item.added", "item": item})
            self.send(base | {"type": "response.content_part.added", "part": {"type": "audio"}})
            started = time.monotonic()
            sent_ms = 0
            for n, (piece, words) in enumerate(reply.deltas()):
                if cancel.is_set():
                    break
                drop = self.demo.drop_after_deltas
                if drop is not None and n >= drop:
                    self.conn.shutdown(socket.SHUT_RDWR)
                    return
                if n == 0:
                    self.demo.first_delta_at.append(time.monotonic())
                self.send(audio_delta(reply, piece))
                sent_ms += len(piece) // 48
                self.items[iid] = sent_ms
                if words:
                    self.send(
                        base | {"type": "response.output_audio_transcript.delta", "delta": words}
                    )
                if self.demo.pace > 0 and cancel.wait(
                    max(0.0, started + sent_ms / 1000 / self.demo.pace - time.monotonic())
                ):
                    break
            status = "cancelled" if cancel.is_set() else "completed"
            if status == "completed":
                self.send(base | {"type": "response.output_audio.done"})
                self.send(
                    base
                    | {"type": "response.output_audio_transcript.done", "transcript": reply.text}
                )
                self.history_words += len(reply.text.split())
            done = {
                "id": rid,
                "object": "realtime.response",
                "status": status,
                "usage": reply.usage,
            }
            self.send({"type": "response.done", "response": done})
        except (Closed, OSError):
            pass
        finally:
            with self.lock:
                if self.response is reply:
                    self.response = None

    def stop_response(self) -> None:
        self.cancel.set()
        responder = self.responder
        if responder is not None and responder is not threading.current_thread():
            responder.join(2.0)
        self.responder = None

    def truncate(self, event: dict[str, Any]) -> None:
        item_id = str(event.get("item_id", ""))
        end = event.get("audio_end_ms")
        sent = self.items.get(item_id)
        ok = (
            sent is not None
            and isinstance(end, int)
            and not isinstance(end, bool)
            and 0 <= end <= sent
        )
        self.demo.truncates.append((item_id, end if isinstance(end, int) else -1, sent or 0, ok))
        if not ok:
            message = (
                f"Audio content of {sent} ms is shorter than {end} ms."
                if sent is not None
                else f"Item '{item_id}' not found."
            )
            self.send({"type": "error", "error": _error(message, "invalid_value")})
            return
        self.send(
            {
                "type": "conversation.item.truncated",
                "item_id": item_id,
                "content_index": 0,
                "audio_end_ms": end,
            }
        )
