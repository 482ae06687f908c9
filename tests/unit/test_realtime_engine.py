"""The Realtime engine itself (no Qt), on the private PulseAudio and the demo's Realtime API: a
long session is opened again before the server's limit without the user noticing (the
conversation seeded as text, no pause)."""

from __future__ import annotations

import asyncio

import pytest

from app.core.conversation import Turn
from app.core.talk import realtime
from app.core.talk.events import StateChanged, TalkEvent, TalkOptions, TalkState
from app.core.talk.realtime import RealtimeEngine
from app.core.talk.realtime_wire import endpoint
from app.demo.server import DemoServer

pytestmark = pytest.mark.sound


def test_a_long_session_is_opened_again_before_the_limit_and_seeded(
    microphone: str, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(realtime, "SESSION_SECONDS", 1.0)
    states: list[TalkState] = []

    def on_event(event: TalkEvent) -> None:
        if isinstance(event, StateChanged):
            states.append(event.state)

    turns = [Turn("user", "What time is it?"), Turn("assistant", "It is noon.")]
    options = TalkOptions(model="gpt-realtime-2.1", voice="alloy")
    engine = RealtimeEngine(
        endpoint(demo_server.url, None, options.model), options, on_event, turns=turns
    )

    async def talk() -> None:
        task = asyncio.ensure_future(engine.run())
        for _ in range(400):  # 20 s at most
            if demo_server.realtime.sessions >= 3:
                break
            await asyncio.sleep(0.05)
        engine.stop()
        await task

    asyncio.run(talk())
    assert demo_server.realtime.sessions >= 3  # opened again, and again
    assert TalkState.PAUSED not in states  # the user saw one conversation
    seeded = [e["item"]["role"] for e in demo_server.realtime.of_type("conversation.item.create")]
    assert seeded[:4] == ["user", "assistant", "user", "assistant"]  # each socket got them
    updates = demo_server.realtime.of_type("session.update")
    assert len(updates) >= 3
    assert states[-1] is TalkState.ENDED
