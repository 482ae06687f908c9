"""ChatClient: one shared httpx.AsyncClient, retries as the official SDK does them, typed errors.

Runs on any asyncio loop (``asyncio.run`` for ``parley ask``, qasync for the window). A request's
events come from :meth:`ChatClient.chat` (a :class:`ReplyStream` that also adds them up into a
Reply) or :meth:`ChatClient.stream_chat`; :meth:`ChatClient.complete` just returns the Reply.
Cancelling the task that reads a reply closes its connection at once. The API key is kept out
of every repr, log line and error text.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing
from types import TracebackType
from typing import cast

import httpx

from app import __version__
from app.core.catalog import ModelInfo
from app.core.endpoints import is_loopback
from app.core.errors import (
    ApiError,
    AudioNotFound,
    BadRequest,
    CredentialsInEndpoint,
    InsecureEndpoint,
    InvalidEndpoint,
    MalformedResponse,
    NetworkError,
    ParleyError,
    RequestTimeout,
    ServerMismatch,
    StreamCut,
    error_for,
)
from app.core.events import AudioDelta, ChatRequest, Done, Event, Notice
from app.core.http_bodies import error_body, json_body, kind_of, model_list, reason_of
from app.core.judge import cut_reason
from app.core.protocol import build_request, left_out_note, referenced_turns
from app.core.reply import Reply
from app.core.reply_stream import ReplyStream
from app.core.retry import RetryPolicy
from app.core.servers import ReplyReader, Server, ServerSpec, Wire, server_for
from app.core.sse import SSEDecoder
from app.core.stream_modes import (
    WHOLE,
    StreamModes,
    flipped,
    mode_note,
    mode_of,
    refuses_streaming,
    requires_streaming,
)
from app.core.timeouts import DEFAULT_TIMEOUTS, BodyCut, BodyTimeout, Timeouts, Tries, answer, drain

__all__ = ["ChatClient", "Timeouts"]

log = logging.getLogger("parley.client")

_MESSAGE_INDEX = re.compile(r"messages\[(\d+)\]")


class ChatClient:
    """Talks to one OpenAI-compatible endpoint over one shared httpx.AsyncClient.

    ``http`` may be given (and is then not closed by :meth:`aclose`); otherwise the client
    makes its own. ``api_key`` may be None for a local server that needs none.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        http: httpx.AsyncClient | None = None,
        timeout: Timeouts | float = DEFAULT_TIMEOUTS,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        stream_modes: StreamModes | None = None,
        server: ServerSpec | None = None,
    ) -> None:
        self.base_url = base_url.strip().rstrip("/")
        try:
            url = httpx.URL(self.base_url)
        except httpx.InvalidURL:
            raise InvalidEndpoint(base_url) from None
        if url.scheme not in ("http", "https") or not url.host:
            raise InvalidEndpoint(base_url)
        if url.port is not None and not 0 < url.port < 65536:
            raise InvalidEndpoint(base_url, port=url.port)
        if url.userinfo:
            raise CredentialsInEndpoint(url.host)
        self.host = url.host
        if api_key and url.scheme == "http" and not is_loopback(url.host):
            raise InsecureEndpoint(url.host)
        self.__key = api_key or None
        self.timeouts = timeout if isinstance(timeout, Timeouts) else Timeouts(read=timeout)
        self.retry = retry if retry is not None else RetryPolicy(max_retries=max_retries)
        #: What the endpoint does with streaming, per model, as learnt (None: not kept).
        self.stream_modes = stream_modes
        #: The kind of server at the endpoint: how requests are built and replies read.
        self.server: Server = server_for(server or ServerSpec(self.base_url), self.base_url)
        self._owns_http = http is None
        self._http = http if http is not None else httpx.AsyncClient(follow_redirects=True)

    def __repr__(self) -> str:
        key = "set" if self.__key else "none"
        return f"ChatClient({self.base_url!r}, key={key})"

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> ChatClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ public calls

    def chat(self, request: ChatRequest) -> ReplyStream:
        """Run a request (streamed or whole, as it says and the server allows); iterate it."""
        request = self.server.adapt(request)
        return ReplyStream(self.stream_chat(request), request)

    def check(self, model: str) -> None:
        """Raise ServerMismatch when the set-up does not fit the server (before sending)."""
        if problems := self.server.mismatches(model, self.__key):
            raise ServerMismatch(problems)

    async def complete(self, request: ChatRequest) -> Reply:
        """Run a request (streamed or not) to the end and return the whole Reply."""
        async with self.chat(request) as stream:
            async for _ in stream:
                pass
        assert stream.reply is not None
        return stream.reply

    async def stream_chat(self, request: ChatRequest) -> AsyncGenerator[Event, None]:
        """The events of one request. Streaming is negotiated: a streamed request refused for
        streaming is asked once more whole (in ``request.whole_format``), a whole one refused
        for not streaming is asked again streamed, and the endpoint's answer is remembered in
        ``stream_modes`` for the model (a Notice says so)."""
        request = self.server.adapt(request)
        self.check(request.model)
        if note := left_out_note(request):
            yield Notice(note)
        asked, modes, started = request, self.stream_modes, False
        known = await modes.aget(self.base_url, request.model) if modes else None
        if known is not None and (known == WHOLE) == request.stream:
            asked = flipped(request)
            yield Notice(mode_note(asked), asked)
        try:
            async with aclosing(self._with_audio_fallback(asked)) as events:
                async for event in events:
                    started = True
                    yield event
            return
        except BadRequest as err:
            refused = refuses_streaming(err) if asked.stream else requires_streaming(err)
            if started or not refused:
                raise
            log.info("%s refused a %s request; asking the other way", self.host, mode_of(asked))
            asked = flipped(asked)
        if modes is not None:
            await modes.aremember(self.base_url, asked.model, mode_of(asked))
        yield Notice(mode_note(asked), asked)
        async with aclosing(self._with_audio_fallback(asked)) as events:
            async for event in events:
                yield event

    async def _with_audio_fallback(self, request: ChatRequest) -> AsyncGenerator[Event, None]:
        """The events of one request. An ``audio_not_found`` answer (an earlier reply's audio id
        expired) is retried once with earlier replies sent as transcripts; the turns whose ids
        the server lost get ``expires_at = 0``."""
        body = await self._build(request, transcripts_only=False)
        started = False
        try:
            async with aclosing(self._events(request, body)) as events:
                async for event in events:
                    started = True
                    yield event
        except AudioNotFound as err:
            if started:
                raise
            refs = referenced_turns(request)
            if not refs:
                raise
            match = _MESSAGE_INDEX.search(err.param or "")
            lost = [refs[int(match.group(1))]] if match and int(match.group(1)) in refs else []
            for turn in lost or list(refs.values()):
                turn.expires_at = 0
            log.info("audio id expired on the server; sending earlier replies as transcripts")
            body = await self._build(request, transcripts_only=True)
            async with aclosing(self._events(request, body)) as events:
                async for event in events:
                    yield event

    async def list_models(self) -> list[str]:
        """The ids ``GET /models`` lists, sorted (for the model picker)."""
        return [m.id for m in await self.list_model_info()]

    async def list_model_info(self) -> list[ModelInfo]:
        """What ``GET /models`` lists, sorted by id, each with the shutdown date it shows."""
        response = await self._open(self.server.models(), stream=False, model=None)
        try:
            return model_list(response)
        except ParleyError as err:
            raise self._own(err) from None

    # ------------------------------------------------------------------ internals

    async def _build(self, request: ChatRequest, *, transcripts_only: bool) -> Wire:
        as_text = transcripts_only or self.server.sends_replies_as_text()
        body = (  # reading and encoding recordings is file and CPU work: off the loop
            await asyncio.get_running_loop().run_in_executor(
                None, lambda: build_request(request, transcripts_only=as_text)
            )
            if any(t.audio is not None for t in request.turns if t.role == "user")
            else build_request(request, transcripts_only=as_text)
        )
        return self.server.chat(request, body)

    async def _events(self, request: ChatRequest, wire: Wire) -> AsyncGenerator[Event, None]:
        parser = self.server.reader(request)
        response = await self._open(wire, stream=request.stream, model=request.model)
        try:
            kind = response.headers.get("content-type", "")
            if not request.stream or "text/event-stream" not in kind:
                # Not streamed, or a gateway that ignored stream=true and sent the whole reply.
                if request.stream:
                    await self._read_whole(response)
                try:
                    events = parser.completion(json_body(response))
                except ParleyError as err:
                    raise self._own(err) from None
                for event in events:
                    yield event
                return
            async with aclosing(self._stream(response, parser)) as stream:
                async for event in stream:
                    yield event
        finally:
            await response.aclose()

    async def _stream(
        self, response: httpx.Response, parser: ReplyReader
    ) -> AsyncGenerator[Event, None]:
        decoder = SSEDecoder()
        got_content = False
        received, fmt = 0, ""
        heard = time.monotonic()  # when the last event came (keep-alives alone are silence)
        try:
            # aclosing: leaving early (an error) must close httpx's byte iterator in this
            # task, not later in the garbage collector.
            byte_iter = cast(AsyncGenerator[bytes, None], response.aiter_bytes())
            async with aclosing(byte_iter) as chunks:
                async for chunk in chunks:
                    events_in = decoder.feed(chunk)
                    if events_in:
                        heard = time.monotonic()
                    elif time.monotonic() - heard > self.timeouts.read:
                        raise httpx.ReadTimeout("only keep-alives")
                    for data in events_in:
                        try:
                            events = parser.feed(data)
                        except ParleyError as err:
                            raise self._own(err) from None
                        for event in events:
                            if isinstance(event, AudioDelta):
                                received, fmt = received + len(event.data), fmt or event.format
                            elif isinstance(event, Done):
                                self._judge(parser, received, fmt)
                            got_content = True
                            yield event
                        if parser.done:
                            await drain(chunks)
                            return
        except httpx.TimeoutException:
            raise self._own(
                StreamCut(f"the server sent nothing for {self.timeouts.read:g} s")
            ) from None
        except httpx.TransportError as exc:
            log.info("stream from %s broke: %s", self.host, type(exc).__name__)
            raise self._own(StreamCut("the connection closed in the middle of the reply")) from None
        if parser.saw_usage:
            # A gateway that ends the stream without [DONE] after the usage: whole if it looks so.
            self._judge(parser, received, fmt)
            yield Done(parser.finish_reason)
            return
        if parser.skipped and not got_content:
            raise self._own(MalformedResponse("a stream of unreadable events"))
        raise self._own(StreamCut("the stream ended before the reply was complete"))

    def _judge(self, parser: ReplyReader, received: int, fmt: str) -> None:
        """Raise StreamCut when a stream that ended as if whole was cut (see app.core.judge)."""
        reason = cut_reason(
            audio_id=parser.audio_id,
            expires_at=parser.expires_at,
            usage=parser.usage,
            received=received,
            fmt=fmt,
        )
        if reason is not None:
            log.info("a stream from %s ended as if whole but was cut", self.host)
            raise self._own(StreamCut(reason))

    async def _read_whole(self, response: httpx.Response) -> None:
        try:
            await response.aread()
        except httpx.TimeoutException:
            raise self._own(
                RequestTimeout(self.host, self.timeouts.whole_reply, "send the whole reply")
            ) from None
        except httpx.TransportError:
            raise self._own(
                StreamCut("the connection closed before the whole reply arrived")
            ) from None

    async def _open(self, wire: Wire, *, stream: bool, model: str | None) -> httpx.Response:
        """Send with retries until a 2xx answer; for ``stream=False`` its body is read too.

        Each try waits at most ``timeouts.headers`` for the answer to begin, and all tries
        together at most twice that: a retry that could not finish in time is not made."""
        method, url, body = wire.method, wire.url, wire.body
        read = self.timeouts.read if stream else self.timeouts.whole_reply
        timeout = httpx.Timeout(
            connect=self.timeouts.connect, read=read, write=self.timeouts.write, pool=read
        )
        tries = Tries(min(self.timeouts.headers, read))  # httpx's read bounds the headers too
        retries = self.retry.max_retries
        for attempt in range(retries + 1):
            last = attempt == retries
            req = self._http.build_request(
                method, url, json=body, headers=self._headers(wire), timeout=timeout
            )
            try:
                response = await answer(
                    self._http, req, tries=tries, body_limit=None if stream else read
                )
                if stream and not response.is_success:
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
            except httpx.TransportError as exc:
                wait = self.retry.delay(attempt)
                if last or not tries.fits(wait) or isinstance(exc, httpx.UnsupportedProtocol):
                    raise self._transport_error(exc, read, tries=tries, tried=attempt + 1) from None
                log.info(
                    "%s %s failed (%s); retry in %.1f s", method, self.host, kind_of(exc), wait
                )
                await asyncio.sleep(wait)
                continue
            if response.is_success:
                return response
            if not last and self.retry.should_retry(response.status_code, response.headers):
                wait = self.retry.delay(attempt, response.headers)
                if tries.fits(wait):
                    log.info(
                        "%s answered %d; retry in %.1f s", self.host, response.status_code, wait
                    )
                    await asyncio.sleep(wait)
                    continue
            raise self._own(error_for(response.status_code, error_body(response), model=model))
        raise AssertionError("unreachable")  # pragma: no cover

    def api_key_for_socket(self) -> str | None:
        return self.__key  # for a realtime session's WebSocket headers; never to be logged

    def _headers(self, wire: Wire) -> dict[str, str]:
        headers = {"Accept": "application/json", "User-Agent": f"Parley/{__version__}"}
        headers.update(wire.headers)
        if self.__key:
            headers.update(self.server.auth(self.__key))
        return headers

    def _own(self, err: ParleyError) -> ParleyError:
        err.secret = self.__key
        if isinstance(err, ApiError) and not err.hint:
            err.hint = self.server.hint(err.status, err.code, err.server_message)
        return err

    def _transport_error(
        self, exc: httpx.TransportError, read: float, *, tries: Tries, tried: int
    ) -> ParleyError:
        if isinstance(exc, BodyTimeout):
            return self._own(RequestTimeout(self.host, read, "send the whole reply"))
        if isinstance(exc, BodyCut):
            return self._own(StreamCut("the connection closed before the whole reply arrived"))
        if isinstance(exc, httpx.ConnectTimeout):
            connect = self.timeouts.connect
            return self._own(RequestTimeout(self.host, connect, "accept a connection", tries=tried))
        if isinstance(exc, httpx.TimeoutException):
            budget, waited = tries.budget, tries.waited
            return self._own(RequestTimeout(self.host, budget, tries=tried, waited=waited))
        if isinstance(exc, httpx.UnsupportedProtocol):
            return self._own(InvalidEndpoint(self.base_url))
        return self._own(NetworkError(self.host, reason_of(exc)))
