"""Misbehaviours the demo server can be told to show, so a client's handling of each is testable.

A test (or ``parley demo-server --...``) sets fields on ``DemoServer.faults`` between requests; the
server reads them at the start of every request. Everything defaults to a well-behaved server.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace


@dataclass
class Faults:
    """What the demo server does wrong, or slowly. All fields may be changed between requests.

    Timing
      ``latency``: seconds to wait before answering any ``/v1`` request (headers included).
      ``realtime``: stream audio pieces at the speed they play (0.4 s of audio every 0.4 s), like
      a real model generating speech; without it a streamed reply comes as fast as the socket goes.

    HTTP failures (``POST /v1/chat/completions`` only, after the key check)
      ``status_code``: answer with this status and OpenAI's error body for it (429
      ``rate_limit_exceeded``, 500 ``server_error``, 503 ``overloaded`` ...).
      ``status_times``: how many requests get ``status_code`` before the server answers normally
      again (``1`` = "429 once then OK"); ``None`` = every request. Counts down as requests arrive.
      ``retry_after``: value of the ``retry-after`` header sent with that failure (seconds or an
      HTTP date, sent as given), or None. ``retry_after_ms``: value of ``retry-after-ms``, or None.

    Broken streams (``stream: true``)
      ``drop_after``: close the connection abruptly after this many ``audio.data`` pieces (no
      ``[DONE]``, no terminating chunk). For a non-streamed reply, half the JSON body is sent and
      the connection is closed.
      ``error_event_after``: after this many audio pieces, send ``data: {"error": {...}}`` (a
      ``server_error``) inside the 200 stream and end the stream there, as the real API can.
      ``linger_after_done``: keep the stream open this many seconds after ``[DONE]`` before its
      terminating chunk (a slow proxy); a client should not wait for it.
      ``keepalive``: write ``: keep-alive`` comment lines before the events (SSE comments).
      ``crlf``: end SSE lines with ``\\r\\n`` instead of ``\\n``.
      ``multiline_data``: spread each JSON event over several ``data:`` lines (SSE joins them
      with ``\\n``, which JSON reads as whitespace).
      ``split_events``: write the stream in pieces of 1..N bytes (a fixed pseudo-random pattern),
      each flushed as its own HTTP chunk, so events are cut anywhere, even inside UTF-8 characters
      and ``\\r\\n`` pairs. ``None`` = one write per event.

    Bad payloads
      ``malformed_json``: non-streamed: the body is cut JSON; streamed: one event after the role
      chunk carries cut JSON (the rest of the stream is intact).
      ``bad_base64``: ``audio.data`` carries characters outside base64 (the first piece, when
      streamed).

    Gateway deviations seen in the wild
      ``pcm_for_wav``: send raw pcm16 whatever format was asked (Qwen-Omni compatible mode).
      ``transcript_in_content``: words go in ``content`` (``message.content`` / ``delta.content``)
      instead of ``audio.transcript``, which is then left out.
      ``bare_audio``: streamed audio chunks carry ``data`` only: no id, no transcript, no
      ``expires_at`` chunk (the words then come in ``delta.content``).

    The API as it is in late 2026, and gateways in front of it
      ``usage_cost``: add this ``cost`` to every usage, as OpenRouter reports what a request
      cost (in credits, about US dollars).
      ``gateway_401``: a 401 (``status_code``) comes in a gateway's words (LiteLLM's, about its
      own key upstream) instead of OpenAI's.
      ``retired_gone``: the models OpenAI retired answer 404 ``model_not_found`` and are left out
      of /models (as OpenAI does since 2026-05-07); without it they are served, as gateways do.
      ``model_dates``: /models entries carry a shutdown date, each in one gateway's field
      (``shutdown_date``, ``expiration_date``, ``deprecation_date``).
      ``no_stream_models``: these models refuse ``stream: true`` (400, param ``stream``), as
      gpt-audio-mini's model page says. ``stream_only_models``: these refuse a whole request
      (400 "only support stream mode"), as some gateways do.
      ``litellm``: stream as the LiteLLM proxy relays: every ``audio`` key present (nulls where
      there is nothing), a ``finish_reason: "stop"`` chunk, the ``expires_at`` chunk before the
      usage. ``litellm_cut_after``: the upstream breaks after this many audio pieces and the
      stream is closed as if whole (``finish_reason: "stop"``, a usage chunk with 0 completion
      tokens, ``[DONE]``; no ``expires_at``), as LiteLLM 1.108 does.

    Other servers' shapes (app.demo.personas)
      ``mixed_after``: after this many audio pieces the stream mixes shapes, as the persona
      can: vLLM-Omni sends a segment that is not a WAV file, Qwen-Omni its
      usage chunk before the rest of the reply.

    Reply size
      ``reply_seconds``: make every reply about this many seconds long (a sentence repeated), for
      benchmarks; a prompt ``/long N`` does the same for one request.
    """

    latency: float = 0.0
    realtime: bool = False
    status_code: int | None = None
    status_times: int | None = 1
    retry_after: str | None = None
    retry_after_ms: int | None = None
    drop_after: int | None = None
    error_event_after: int | None = None
    linger_after_done: float = 0.0
    keepalive: bool = False
    crlf: bool = False
    split_events: int | None = None
    malformed_json: bool = False
    bad_base64: bool = False
    pcm_for_wav: bool = False
    transcript_in_content: bool = False
    bare_audio: bool = False
    reply_seconds: float | None = None
    multiline_data: bool = False
    gateway_401: bool = False
    usage_cost: float | None = None
    retired_gone: bool = False
    model_dates: bool = False
    no_stream_models: tuple[str, ...] = ()
    stream_only_models: tuple[str, ...] = ()
    litellm: bool = False
    litellm_cut_after: int | None = None
    mixed_after: int | None = None
    _lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )

    def take_failure(self) -> int | None:
        """The status this request must fail with, or None; counts ``status_times`` down."""
        with self._lock:
            if self.status_code is None:
                return None
            if self.status_times is None:
                return self.status_code
            if self.status_times <= 0:
                return None
            self.status_times -= 1
            return self.status_code

    def snapshot(self) -> Faults:
        """A copy to read one request's behaviour from (``take_failure`` stays on the original)."""
        return replace(self)

    def reset(self) -> None:
        """Back to a well-behaved server."""
        fresh = Faults()
        for name, spec in self.__dataclass_fields__.items():
            if spec.init:
                setattr(self, name, getattr(fresh, name))
