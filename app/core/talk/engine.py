"""What the window and ``parley talk`` hold of a talk session: the :class:`TalkEngine` contract,
which both engines keep (Chat Completions: ``loop.TalkLoop``; Realtime:
``realtime.RealtimeEngine``), and :func:`make_engine`, which picks one by name. Both share the
talk events, the listener (its echo canceller and VAD) and the player. No Qt here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:
    from app.audio.player import Player
    from app.core.client import ChatClient
    from app.core.conversation import Turn
    from app.core.talk.events import TalkEvent, TalkOptions, TalkRecord, TalkState

#: The engines by name: "chat" (Chat Completions, one request per utterance) and "realtime".
ENGINES: Final = ("chat", "realtime")


class TalkEngine(Protocol):
    """One talk session. ``run`` talks until ``stop``; the commands are called on the event
    loop's thread; everything is reported through the ``on_event`` it was made with."""

    turns: list[Turn]
    record: TalkRecord | None
    state: TalkState

    @property
    def replies(self) -> int:
        """Replies that ended (played, interrupted or broken off)."""

    @property
    def played(self) -> int:
        """Replies played to their end."""

    @property
    def level(self) -> float: ...

    async def run(self) -> None: ...

    def stop(self) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def set_headphones(self, on: bool) -> None: ...

    def set_end_silence(self, seconds: float) -> None: ...

    def resume(self) -> None: ...

    def retry(self, turn: Turn) -> None: ...


def make_engine(
    kind: str,
    client: ChatClient,
    options: TalkOptions,
    on_event: Callable[[TalkEvent], None],
    *,
    turns: list[Turn] | None = None,
    record: TalkRecord | None = None,
    player: Player | None = None,
    turn_detection: str = "semantic_vad",
) -> TalkEngine:
    """The engine called ``kind`` (see ENGINES) for a session with ``client``'s endpoint."""
    if kind == "realtime":
        from app.core.talk.realtime import RealtimeEngine
        from app.core.talk.realtime_wire import endpoint

        where = endpoint(client.base_url, client.api_key_for_socket(), options.model)
        return RealtimeEngine(
            where,
            options,
            on_event,
            turns=turns,
            record=record,
            player=player,
            turn_detection=turn_detection,
        )
    from app.core.talk.loop import TalkLoop

    return TalkLoop(client, options, on_event, turns=turns, record=record, player=player)
