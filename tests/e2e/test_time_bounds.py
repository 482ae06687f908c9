"""The client's time bounds, which the window and every command share: no answer within the
headers budget ends the request (all tries together within twice it), a stream that stalls keeps
what arrived, and cancelling a request ends it at once with what arrived."""

from __future__ import annotations

import asyncio
import time

import pytest

from app.core.client import ChatClient, Timeouts
from app.core.conversation import Turn
from app.core.errors import RequestTimeout, StreamCut
from app.core.events import ChatRequest
from app.core.retry import RetryPolicy
from tests.e2e import fake_servers

BUDGET = 0.5


def _request(*, stream: bool = True) -> ChatRequest:
    return ChatRequest(
        turns=[Turn("user", "hi")], format="pcm16" if stream else "wav", stream=stream
    )


@pytest.mark.asyncio
@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
@pytest.mark.parametrize("retries", [0, 2, 5])
async def test_a_silent_server_ends_within_twice_the_budget(stream: bool, retries: int) -> None:
    with fake_servers.fake_server(fake_servers.silent) as url:
        client = ChatClient(
            url, None, timeout=Timeouts.within(BUDGET), retry=RetryPolicy(max_retries=retries)
        )
        started = time.monotonic()
        with pytest.raises(RequestTimeout) as caught:
            async with client:
                await client.complete(_request(stream=stream))
        took = time.monotonic() - started
    assert took <= 2 * BUDGET + 1.0, f"{took:.2f} s"  # six tries would take 3 s
    assert "127.0.0.1" in caught.value.user_message and "0.5 s" in caught.value.user_message


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "behaviour",
    [fake_servers.stall_mid_stream, fake_servers.keepalive_only],
    ids=["stall", "keepalive"],
)
async def test_a_stalled_stream_keeps_what_arrived(behaviour: fake_servers.Behaviour) -> None:
    with fake_servers.fake_server(behaviour) as url:
        client = ChatClient(url, None, timeout=Timeouts.within(BUDGET))
        started = time.monotonic()
        stream = client.chat(_request())
        with pytest.raises(StreamCut):
            async with client, stream:
                async for _ in stream:
                    pass
        took = time.monotonic() - started
        got = stream.partial_reply()
    assert took <= BUDGET + 1.0, f"{took:.2f} s"
    assert got is not None and got.transcript.strip() in ("Half a sentence", "Some words")


@pytest.mark.asyncio
async def test_cancelling_a_stalled_request_ends_at_once_with_what_arrived() -> None:
    with fake_servers.fake_server(fake_servers.stall_mid_stream) as url:
        client = ChatClient(url, None)  # the default, long, budget
        stream = client.chat(_request())
        first = asyncio.Event()

        async def read() -> None:
            async with client, stream:
                async for _ in stream:
                    first.set()

        task = asyncio.create_task(read())
        await asyncio.wait_for(first.wait(), 5)
        await asyncio.sleep(0.1)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        took = time.monotonic() - started
    assert took < 1.0
    got = stream.partial_reply()
    assert got is not None and got.transcript.startswith("Half a sentence") and got.audio
