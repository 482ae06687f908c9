"""ReplyStream: the events of one request, added up into a Reply as they pass."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from types import TracebackType

from app.core.errors import ParleyError
from app.core.events import ChatRequest, Event
from app.core.reply import Reply, ReplyBuilder

#: Audio from this size on is joined into the reply in a worker thread: the copy of a 5-minute
#: reply (~14 MB) held the window's thread for up to 50 ms. ``bytes.join`` lets go of the GIL
#: while it copies that much, so the window keeps drawing meanwhile.
JOIN_IN_THREAD_BYTES = 1 << 20


class ReplyStream:
    """The events of one request, adding them up as they pass: ``reply`` once it is complete,
    ``partial_reply()`` at any time (what arrived before a cancel or a failure).

    Use ``async with client.chat(request) as stream: async for event in stream: ...`` so the
    connection is closed as soon as the block is left, whatever the reason.
    """

    def __init__(self, events: AsyncGenerator[Event, None], request: ChatRequest) -> None:
        self._events = events
        self._builder = ReplyBuilder(request)
        self.reply: Reply | None = None

    def __aiter__(self) -> ReplyStream:
        return self

    async def __anext__(self) -> Event:
        try:
            event = await self._events.__anext__()
        except StopAsyncIteration:
            if self.reply is None:
                self.reply = await self._complete()
            raise
        except ParleyError as err:
            if err.partial is None and self._builder.has_content:
                err.attach_partial(self._builder.reply(partial=True))
            raise
        self._builder.add(event)
        return event

    async def _complete(self) -> Reply:
        if self._builder.audio_bytes < JOIN_IN_THREAD_BYTES:
            return self._builder.reply()
        import asyncio

        return await asyncio.to_thread(self._builder.reply)

    def partial_reply(self) -> Reply:
        return self.reply if self.reply is not None else self._builder.reply(partial=True)

    async def aclose(self) -> None:
        await self._events.aclose()

    async def __aenter__(self) -> ReplyStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
