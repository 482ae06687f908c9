"""A reply's audio is whole when its stream ends, and a long reply's audio is put together off
the event loop's thread (a 5-minute reply is ~14 MB to copy: the window would stall on it)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator

import numpy as np
import pytest

from app.core import reply as reply_module
from app.core.events import AudioDelta, ChatRequest, Event, TranscriptDelta
from app.core.reply_stream import JOIN_IN_THREAD_BYTES, ReplyStream


def chunks(total: int, size: int = 4800) -> list[bytes]:
    pcm = np.random.default_rng(7).integers(-3000, 3000, total // 2, dtype=np.int16).tobytes()
    return [pcm[i : i + size] for i in range(0, len(pcm), size)]


async def events(pieces: list[bytes]) -> AsyncGenerator[Event, None]:
    yield TranscriptDelta("Hello ")
    for piece in pieces:
        yield AudioDelta(piece, "pcm16")
    yield TranscriptDelta("there.")


async def run(pieces: list[bytes]) -> tuple[ReplyStream, set[int]]:
    joined_on: set[int] = set()
    real = reply_module.ReplyBuilder.reply

    def spy(self: reply_module.ReplyBuilder, *, partial: bool = False) -> reply_module.Reply:
        joined_on.add(threading.get_ident())
        return real(self, partial=partial)

    stream = ReplyStream(events(pieces), ChatRequest())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reply_module.ReplyBuilder, "reply", spy)
        async with stream:
            async for _ in stream:
                pass
    return stream, joined_on


@pytest.mark.parametrize("total", [48_000, 3 * JOIN_IN_THREAD_BYTES])
def test_the_reply_holds_every_byte_in_order(total: int) -> None:
    pieces = chunks(total)
    stream, _ = asyncio.run(run(pieces))
    assert stream.reply is not None
    assert stream.reply.audio == b"".join(pieces)
    assert stream.reply.transcript == "Hello there."
    assert stream.reply.format == "pcm16"


def test_a_long_reply_is_put_together_off_the_loop_thread() -> None:
    loop_thread = threading.get_ident()
    _, joined_on = asyncio.run(run(chunks(3 * JOIN_IN_THREAD_BYTES)))
    assert joined_on and loop_thread not in joined_on
    # A short one is not worth the hop.
    _, joined_on = asyncio.run(run(chunks(48_000)))
    assert joined_on == {loop_thread}
