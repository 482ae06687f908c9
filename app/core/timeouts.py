"""How long a request may wait, and the bookkeeping that keeps its tries within that.

A try waits at most ``Timeouts.headers`` for the answer to begin (its response headers); all tries
of one request together at most twice that, so retries never stretch a wait past twice the
budget. A streamed reply may then be silent at most ``read`` seconds (keep-alive comments count
as silence); a whole reply's body may take at most ``whole_reply`` seconds.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import suppress
from dataclasses import dataclass

import httpx

#: Seconds to read what follows [DONE] (normally only the end of the body) before giving up.
DRAIN_LIMIT = 1.0


@dataclass(frozen=True)
class Timeouts:
    """Seconds. ``headers``: the longest wait for an answer to begin, per try (all tries: twice
    that). ``read``: the longest silence inside a streamed reply (what arrived is kept).
    ``whole_reply``: the longest a non-streamed reply's body may take once its headers came."""

    connect: float = 10.0
    read: float = 60.0
    whole_reply: float = 600.0
    write: float = 60.0
    headers: float = 60.0

    @classmethod
    def within(cls, limit: float) -> Timeouts:
        """Every wait bounded by ``limit`` seconds (``--timeout``)."""
        return cls(
            connect=min(limit, 10.0), read=limit, whole_reply=limit, write=limit, headers=limit
        )


DEFAULT_TIMEOUTS = Timeouts()


class Tries:
    """One request's clock: how long the next try may wait, and whether a retry still fits."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.started = time.monotonic()
        self.deadline = self.started + 2 * budget

    def headers_wait(self) -> float:
        return min(self.budget, max(self.deadline - time.monotonic(), 0.0))

    def fits(self, pause: float) -> bool:
        """Whether a retry after ``pause`` seconds would still begin before the deadline."""
        return time.monotonic() + pause < self.deadline - 0.05

    @property
    def waited(self) -> float:
        return time.monotonic() - self.started


async def answer(
    http: httpx.AsyncClient, request: httpx.Request, *, tries: Tries, body_limit: float | None
) -> httpx.Response:
    """Send ``request``; the response once its headers came, within ``tries.headers_wait()``.
    With ``body_limit`` (seconds) its body is read too, and the response closed. A wait that runs
    out raises ``httpx.ReadTimeout`` (as httpx's own timeouts do)."""
    try:
        async with asyncio.timeout(tries.headers_wait()):
            response = await http.send(request, stream=True)
    except TimeoutError:
        raise httpx.ReadTimeout("no response headers", request=request) from None
    if body_limit is not None:
        try:
            async with asyncio.timeout(body_limit):
                await response.aread()
        except (TimeoutError, httpx.TimeoutException):
            raise BodyTimeout("the body is too slow", request=request) from None
        except httpx.TransportError:
            raise BodyCut("the body broke off", request=request) from None
        finally:
            await response.aclose()
    return response


class BodyTimeout(httpx.ReadTimeout):
    """The headers came, the body did not within its limit."""


class BodyCut(httpx.ReadError):
    """The headers came, then the connection broke before the whole body."""


async def drain(chunks: AsyncIterator[bytes]) -> None:
    """Read what follows [DONE], normally just the end of the body, so that httpx's and
    httpcore's nested byte iterators finish here, in this task. Left suspended, they would be
    closed later by the garbage collector, at quit possibly with no event loop to run on (a
    traceback on stderr). A server that keeps the stream open past [DONE] is given up on after
    ``DRAIN_LIMIT`` seconds."""
    with suppress(TimeoutError, httpx.TransportError):
        async with asyncio.timeout(DRAIN_LIMIT):
            async for _ in chunks:
                pass
