"""What a realtime session's replies are made of (no Qt): the session they need
(:class:`RealtimeSession`, which ``realtime.RealtimeEngine`` is) and one response under way
(:class:`RealtimeReply`: its ids, words, audio as received, and its row in the history)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from app.audio.codecs import encode, pcm16_to_float
from app.core.conversation import Audio, Turn
from app.core.talk.events import TalkState
from app.core.talk.realtime_wire import REALTIME_RATE

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.audio.listening import Listener
    from app.core.talk.events import TalkEvent, TalkOptions, TalkRecord
    from app.core.talk.realtime_mic import MicFeed, SentAudio
    from app.core.talk.record import TalkReplyRecord


class RealtimeSession(Protocol):
    """What the replies need of their session (``realtime.RealtimeEngine``)."""

    options: TalkOptions
    turns: list[Turn]
    record: TalkRecord | None
    on_event: Callable[[TalkEvent], None]
    state: TalkState
    headphones: bool
    sent: SentAudio
    last_error: dict[str, Any] | None

    @property
    def listener(self) -> Listener | None: ...

    @property
    def mic(self) -> MicFeed | None: ...

    @property
    def stopping(self) -> bool: ...

    def set_state(self, state: TalkState, message: str = "") -> None: ...

    def session_ready(self, *, mic: bool = False) -> None: ...

    def send(self, event: dict[str, Any]) -> None: ...

    def spawn(self, work: Any) -> asyncio.Future[Any]: ...

    def stop(self) -> None: ...


@dataclass
class RealtimeReply:
    response_id: str
    item_id: str = ""
    words: list[str] = field(default_factory=list)
    audio: bytearray = field(default_factory=bytearray)
    started: bool = False  # its audio is in the player
    done: bool = False  # response.done arrived
    usage: Any = None
    user: Turn | None = None
    playout: asyncio.Future[None] | None = None
    history: TalkReplyRecord | None = None

    def turn(self, engine: RealtimeSession) -> Turn:
        audio = bytes(self.audio)
        wav = encode(pcm16_to_float(audio), REALTIME_RATE, "wav") if audio else b""
        seconds = len(audio) / (2 * REALTIME_RATE)
        return Turn(
            "assistant",
            "".join(self.words),
            audio=Audio("wav", data=wav, duration=seconds) if audio else None,
            voice=engine.options.voice,
            model=engine.options.model,
            requested_format="pcm16",
            usage=self.usage,
        )
