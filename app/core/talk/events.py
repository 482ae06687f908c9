"""What a talk session reports, how it is set up, and the small rules it follows (no Qt, no I/O):
its states, its events, its options, the part of an interrupted reply that was heard, and the
history record of its turns."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from app.core.catalog import DEFAULT_MODEL, DEFAULT_VOICE
from app.core.conversation import Turn

if TYPE_CHECKING:
    import asyncio

    from app.core.store import Store

T = TypeVar("T")

log = logging.getLogger(__name__)
#: The title of a conversation that began in talk mode (its turns are speech, not text).
TALK_TITLE = "Voice conversation"


class TalkState(StrEnum):
    STARTING = "starting"
    LISTENING = "listening"
    HEARING = "hearing you"
    SENDING = "sending"
    SPEAKING = "speaking"
    MUTED = "muted"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class TalkOptions:
    model: str = DEFAULT_MODEL
    voice: str = DEFAULT_VOICE
    system_prompt: str = ""
    headphones: bool = False  # no echo cancellation
    end_silence: float = 0.7  # seconds of silence that end an utterance
    max_turns: int | None = None  # end once this many replies have played
    input_device: str | None = None
    output_device: str | None = None


@dataclass(frozen=True)
class StateChanged:
    state: TalkState
    message: str = ""  # why it paused, in words for the user
    error: Exception | None = None  # the typed error behind it (the window words it itself)


@dataclass(frozen=True)
class UserSaid:
    """An utterance became a user turn (``turn.audio`` is its WAV) and is being sent."""

    turn: Turn
    seconds: float


@dataclass(frozen=True)
class UserHeard:
    """The words of an utterance, as the server transcribed them (``turn.text`` is set)."""

    turn: Turn
    text: str


@dataclass(frozen=True)
class ReplyText:
    text: str


@dataclass(frozen=True)
class ReplyAudio:
    """More of the reply's audio: pcm16, 24 kHz mono."""

    data: bytes


@dataclass(frozen=True)
class ReplyEnded:
    """The reply played to its end, was interrupted (``turn.text`` is the part heard), or broke
    off (``message`` says why). ``turn`` is None when nothing arrived."""

    turn: Turn | None
    interrupted: bool = False
    message: str = ""
    error: Exception | None = None


@dataclass(frozen=True)
class SendFailed:
    """The utterance ``turn`` could not be sent; it is kept (Retry sends it again)."""

    turn: Turn
    message: str
    error: Exception | None = None


@dataclass(frozen=True)
class TalkNotice:
    """Something worth a line (a history that cannot be written, a sound that was not speech)."""

    message: str


TalkEvent = (
    StateChanged
    | UserSaid
    | UserHeard
    | ReplyText
    | ReplyAudio
    | ReplyEnded
    | SendFailed
    | TalkNotice
)


def heard_part(transcript: str, played: float, received: float) -> str:
    """The words of ``transcript`` a listener heard after ``played`` of ``received`` seconds of
    audio: a proportional cut, moved back to the last whole word, with an ellipsis."""
    if received <= 0 or played <= 0:
        return ""
    if played >= received:
        return transcript
    cut = int(len(transcript) * played / received)
    head = transcript[:cut]
    if cut < len(transcript) and not transcript[cut].isspace():
        head = head.rsplit(None, 1)[0] if " " in head.strip() else ""
    head = head.rstrip(" ,;:")
    return f"{head}…" if head else ""


class TalkRecord:
    """The session's turns in the history: one conversation (made at the first turn, or the one
    given), each turn written as it is complete, off the event loop. A failing history is said
    once and then left alone; the conversation goes on."""

    def __init__(
        self,
        store: Store | None,
        conversation_id: int | None = None,
        system_prompt: str = "",
        saved: Callable[[Turn], None] | None = None,
    ) -> None:
        self.store = store
        self.conversation_id = conversation_id
        self.system_prompt = system_prompt
        #: Told (on the loop's thread) about each turn once it is in the history.
        self.saved = saved
        self.problem = ""
        self._lane: asyncio.Lock | None = None

    async def add(self, turn: Turn) -> str:
        """Store ``turn`` (its id is set); returns a problem to report, once, or ""."""
        told = bool(self.problem)
        turn_id = await self.call(lambda store, cid: store.add_turn(cid, turn))
        if turn_id is not None:
            turn.id = turn_id
            if self.saved is not None:
                self.saved(turn)
        return self.problem if self.problem and not told else ""

    async def call(self, work: Callable[[Store, int], T]) -> T | None:
        """Run ``work(store, conversation_id)`` in a worker thread, after every call made before
        it (the conversation is made first if need be). None when there is no history, or it
        failed (``problem`` then says why, and nothing more is written)."""
        import asyncio  # the window is painted before asyncio loads (app.shell.gui)

        if self._lane is None:
            self._lane = asyncio.Lock()
        async with self._lane:
            store = self.store
            if store is None:
                return None
            loop = asyncio.get_running_loop()
            try:
                if self.conversation_id is None:
                    system = self.system_prompt
                    self.conversation_id = await loop.run_in_executor(
                        None, lambda: store.create_conversation(TALK_TITLE, system_prompt=system)
                    )
                cid = self.conversation_id
                return await loop.run_in_executor(None, lambda: work(store, cid))
            except Exception as exc:  # StoreError, OSError, sqlite3.Error: never stop talking
                message = getattr(exc, "user_message", None) or str(exc)
                log.warning("talk history write failed: %s", message)
                self.store = None
                self.problem = f"Could not save to the history: {message} The rest is not saved."
                return None
