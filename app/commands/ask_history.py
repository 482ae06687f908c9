"""``parley ask`` and the history: each exchange is recorded as its own conversation (or added to
the one ``--continue`` names), stored as the window stores it: the prompt first, the reply's row
marked partial before its first audio chunk, audio appended as it streams, the mark cleared when
the reply completes. A cut or killed run leaves a partial reply, flagged as such.

A history that cannot be written never stops the exchange: one warning, and the rest of the run
goes unrecorded. ``--continue`` needs the history, so there a problem is an error.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.commands.checks import parse_row_id
from app.core import store_files
from app.core.conversation import Turn
from app.core.events import AudioDelta, Event, TranscriptDelta
from app.core.reply import Reply
from app.core.reply_recorder import ReplyRecorder, forget_lost_audio_ids
from app.core.store_files import ReadOnlyHistory as ReadOnly

if TYPE_CHECKING:
    from app.core.store import Store

T = TypeVar("T")


class HistoryProblem(Exception):
    """``--continue`` cannot go on: the history or the conversation is not there (exit 1)."""


def open_store() -> Store:
    """The history store, saying once (on stderr) when it was found damaged and salvaged."""
    from app.core.store import Store

    store = Store()
    if store.recovery is not None:
        r = store.recovery
        _warn(
            f"the history database was damaged; it is kept as {r.copy}, and "
            f"{r.conversations} conversation{'s' if r.conversations != 1 else ''} "
            f"({r.turns} turn{'s' if r.turns != 1 else ''}) were salvaged into a new one."
        )
    return store


def continue_target(value: str | None, prompt: str | None) -> tuple[int | None, str | None]:
    """Read ``--continue [ID]``: (conversation id or None for the latest, the prompt).

    ``parley ask --continue "Say hi"`` hands the prompt to ``--continue`` (its ID is optional):
    a value that is not a number is then the prompt.
    """
    if value is None or value == "":
        return None, prompt
    if value.strip().isdigit():
        cid = parse_row_id(value)
        if cid is None:
            raise ValueError(f"--continue: there is no conversation {value.strip()}")
        return cid, prompt
    if prompt is None:
        return None, value
    raise ValueError(f"--continue takes a conversation id (a number), not {value!r}")


class AskHistory:
    """The history side of one ``parley ask`` run."""

    def __init__(self, store: Store | None, *, record: bool) -> None:
        self.store = store
        self.record = record and store is not None
        self.conversation_id: int | None = None
        self.context: list[Turn] = []
        self.system_prompt = ""
        #: The reply's row as it streams in (the recorder shared with the window and talk mode).
        self._reply: ReplyRecorder | None = None
        self._new_conversation = False
        self._user_id: int | None = None

    @classmethod
    def open(cls, *, record: bool, continue_from: int | None, continuing: bool) -> AskHistory:
        """Open the history for this run (``continuing``: load ``continue_from`` or the latest
        conversation as context). Raises :class:`HistoryProblem` when continuing is impossible."""
        if not record and not continuing:
            return cls(None, record=False)
        from app.core.store import StoreError

        try:
            store = open_store()
        except StoreError as exc:
            if continuing:
                raise HistoryProblem(exc.user_message) from None
            _warn(f"{exc.user_message} This exchange is not saved in the history.")
            return cls(None, record=False)
        if record and store.read_only:
            _warn(f"{ReadOnly(store.root)} This exchange is not saved in the history.")
        history = cls(store, record=record and not store.read_only)
        if continuing:
            try:
                cid = continue_from if continue_from is not None else store.latest_conversation_id()
                if cid is None:
                    raise HistoryProblem("there is no conversation in the history to continue")
                conversation = store.load_conversation(cid)
            except StoreError as exc:
                store.close()
                raise HistoryProblem(exc.user_message) from None
            except HistoryProblem:
                store.close()
                raise
            history.conversation_id = cid
            history.context = list(conversation.turns)
            history.system_prompt = conversation.system_prompt
        return history

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    # The exchange --------------------------------------------------------------------------
    def begin(self, user: Turn, *, system: str | None, voice: str, model: str, fmt: str) -> None:
        """Record the prompt (and its recording) and open the reply's row (marked partial)."""
        store = self.store
        if not self.record or store is None:
            return
        if self.conversation_id is None:
            self.conversation_id = self._guard(
                lambda: store.create_conversation(system_prompt=system or "")
            )
            self._new_conversation = self.conversation_id is not None
        elif system is not None and system != self.system_prompt:
            self._guard(functools.partial(store.set_system_prompt, self.conversation_id, system))
        cid = self.conversation_id
        if cid is None:
            return
        recording = user.audio.read_bytes() if user.audio is not None else None
        fmt_in = user.audio.format if user.audio is not None else None
        self._user_id = self._guard(lambda: store.add_user_turn(cid, user.text, recording, fmt_in))
        if self._user_id is not None:
            reply = ReplyRecorder(store, cid, voice=voice, model=model, fmt=fmt)
            if self._guard(reply.begin) is not None:
                self._reply = reply

    def on_event(self, event: Event) -> None:
        """Keep what streams in: audio chunk by chunk, the transcript every second."""
        reply = self._reply
        if self.store is None or reply is None:
            return
        if isinstance(event, AudioDelta) and event.data:
            self._guard(lambda: reply.audio(event.data))
        elif isinstance(event, TranscriptDelta) and reply.add_words(event.text):
            self._guard(reply.save_words)

    def finish(self, reply: Reply, sent: list[Turn]) -> None:
        """The reply is complete; earlier replies whose audio id the server lost are forgotten."""
        store, recorder = self.store, self._reply
        if store is None or recorder is None:
            return
        self._guard(lambda: recorder.finish(reply))
        self._kept()
        self._guard(lambda: forget_lost_audio_ids(store, sent))

    def _kept(self) -> None:
        """The exchange is in the history for good: a later failure no longer takes it back."""
        self._reply = None
        self._user_id = None
        self._new_conversation = False

    def fail(self, partial: Reply | None) -> None:
        """The reply broke off: keep what arrived (flagged partial), or take the exchange back."""
        store, recorder = self.store, self._reply
        if store is None or recorder is None:
            return
        if self._guard(lambda: recorder.fail(partial)):  # what arrived is kept, marked partial
            self._kept()
            return
        self._reply = None
        # Nothing arrived (the empty reply is gone): no prompt left waiting for an answer.
        if self._new_conversation and self.conversation_id is not None:
            cid = self.conversation_id
            self._guard(lambda: store.delete_conversation(cid))
            self.conversation_id = None
        elif self._user_id is not None:
            user_id = self._user_id
            self._guard(lambda: store.delete_turn(user_id))

    # Plumbing ------------------------------------------------------------------------------
    def _guard(self, fn: Callable[[], T]) -> T | None:
        """Run a store call; on failure warn once and record nothing more."""
        if self.store is None:
            return None
        from app.core.store import StoreError

        try:
            return fn()
        except (StoreError, OSError, sqlite3.Error, ValueError) as exc:
            message: Any = exc.user_message if isinstance(exc, StoreError) else exc
            _warn(f"Could not save to the history: {message} This exchange is not kept there.")
            self._take_back()
            self.record = False
            self._reply = None
            self.close()
            return None

    def _take_back(self) -> None:
        """A write failed (a full disk): remove this exchange's rows and files, so no half-written
        turn stays (a turn and its audio are kept whole or not at all). Best effort: the audio
        file goes first, which frees the space the rows need."""
        store = self.store
        if store is None:
            return
        from app.core.store import StoreError

        reply_id = self._reply.turn_id if self._reply is not None else None
        for turn_id in (reply_id, self._user_id):
            if turn_id is None:
                continue
            with contextlib.suppress(StoreError, OSError, sqlite3.Error):
                audio = store.reply_audio(turn_id)
                if audio is not None and audio.path is not None:
                    store_files.remove_file(audio.path)
            with contextlib.suppress(StoreError, OSError, sqlite3.Error):
                store.delete_turn(turn_id)
        if self._new_conversation and self.conversation_id is not None:
            with contextlib.suppress(StoreError, OSError, sqlite3.Error):
                store.delete_conversation(self.conversation_id)
            self.conversation_id = None


def _warn(message: str) -> None:
    print(f"parley: warning: {message}", file=sys.stderr)
