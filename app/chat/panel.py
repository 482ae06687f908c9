"""The chat: pickers, the conversation's cards and the composer, driven by the session's
signals. Audio goes to the player and the history; cards get text and peaks only."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.chat.card_playback import CardPlayback
from app.chat.composer import Composer
from app.chat.controls import ChatControls
from app.chat.conversation_view import ConversationView
from app.chat.playback import Playback
from app.chat.reply_slot import ReplySlot
from app.chat.session import ChatSession, Job
from app.chat.turn_cards import TurnCards
from app.chat.user_cards import UserCards
from app.core.conversation import Audio, Conversation, Turn
from app.core.store_files import StoreError
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.runtime.tasks import TaskSet, in_thread

if TYPE_CHECKING:
    from app.chat.reply_card import ReplyCard
    from app.chat.reply_costs import ReplyCosts
    from app.core.store import Store

BUSY_MESSAGE = QT_TRANSLATE_NOOP(
    "ChatPanel", "A reply is still on its way: wait for it, or press Esc to stop it."
)


class ChatPanel(CardPlayback):
    """Point-and-click chat.

    Signals:
        status(str): a message for the status bar.
        conversation_changed(): a turn was added (the history sidebar refreshes).
    """

    conversation_changed = Signal()

    def __init__(
        self,
        session: ChatSession,
        playback: Playback,
        store: Store | None,
        system_prompt: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatPanel")
        self.session = session
        self.playback = playback
        self.store = store
        self._system_prompt = system_prompt
        self.controls = ChatControls(self)
        self.view = ConversationView(self)
        self.composer = Composer(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.composer)
        self.conversation = Conversation()
        self.conversation_id: int | None = None
        self.slots: dict[int, ReplySlot] = {}
        self.cards: dict[int, ReplyCard] = {}
        self._keys = itertools.count(1)
        self._tasks = TaskSet()
        self._sound_lost = ""  # the card's message while the sound device is lost
        self.user_cards = UserCards(playback, self._tasks.spawn, self)
        #: The stored conversation's cards: built only for the turns on show.
        self.turn_cards = TurnCards(self)
        self._costs: ReplyCosts | None = None  # the cost line: built behind the first frame
        self.conversation_changed.connect(self.turn_cards.trim)  # old cards far out of view go
        self.user_cards.status.connect(self.status)
        self._refresh = QTimer(self, interval=100)
        self._refresh.timeout.connect(self._on_refresh_tick)
        self._refresh.start()

        self.composer.send_requested.connect(self.send)
        self.composer.cancel_requested.connect(self.on_cancel_requested)
        self.composer.recording_finished.connect(self.on_recording_finished)
        self.composer.recording_started.connect(self.playback.stop)  # else the mic hears it
        session.reply_started.connect(self.on_reply_started)
        session.transcript_delta.connect(self.on_transcript_delta)
        session.audio_delta.connect(self.on_audio_delta)
        session.reply_finished.connect(self.on_reply_finished)
        session.reply_failed.connect(self.on_reply_failed)
        session.busy_changed.connect(self.composer.set_busy)
        session.store_failed.connect(self.status)
        playback.position_changed.connect(self.on_position_changed)
        playback.playing_changed.connect(self.on_playing_changed)
        playback.failed.connect(self.on_playback_failed)

    @property
    def costs(self) -> ReplyCosts:
        """The cost line and the cards' notes (app.chat.reply_costs), built when first needed."""
        if self._costs is None:
            from app.chat.reply_costs import ReplyCosts

            self._costs = ReplyCosts(self, self._system_prompt, self)
        return self._costs

    # Sending -----------------------------------------------------------------------------------
    def on_recording_finished(self, text: str, wav: bytes) -> None:
        """A recording from the microphone goes out with the draft (kept when refused)."""
        if not self.send(text, Audio("wav", data=wav)):
            self.composer.keep_recording(wav)

    def send(self, text: str, recording: Audio | None = None) -> bool:
        """Send a user turn: typed text and/or a recording (sent as ``input_audio``).
        Refused (False, with a message) while a reply is still coming."""
        if self.session.is_busy():
            self.composer.show_status(self.tr(BUSY_MESSAGE))
            return False
        choices = self.controls.choices()
        self.composer.clear_draft()
        self.composer.show_status("")
        user = Turn(role="user", text=text, audio=recording)
        self.conversation.turns.append(user)
        self.view.add_card(self.user_cards.card(self.new_key(), user))
        from app.core.events import ChatRequest  # loaded after the first paint

        request = ChatRequest(
            turns=list(self.conversation.turns),
            model=choices.model,
            voice=choices.voice,
            format=choices.wire_format,
            stream=choices.stream,
            system_prompt=self._system_prompt(),
            whole_format=choices.format,
            **self.costs.context_fields(),
        )
        slot = ReplySlot(self.new_key(), request, len(self.conversation.turns) - 1)
        self.add_reply_card(slot)
        self._tasks.spawn(self._start(Job(slot.key, request), text))
        return True

    async def _start(self, job: Job, prompt: str) -> None:
        if self.store is not None and self.conversation_id is None:
            store, system = self.store, job.request.system_prompt
            import sqlite3  # loaded with the store, after the first paint

            try:
                self.conversation_id = await in_thread(
                    lambda: store.create_conversation(system_prompt=system)
                )
            except (StoreError, OSError, sqlite3.Error) as exc:  # read-only, full: not kept
                text = self.tr("This conversation is not kept in the history: %1")
                self.status.emit(text.replace("%1", str(exc)))
            self.conversation.id = self.conversation_id
        job.conversation_id = self.conversation_id
        await self.session.configured()
        if not self.session.send(job) and not self.composer.draft():
            self.composer.set_draft(prompt)

    def on_cancel_requested(self) -> None:
        self.session.cancel()
        self.playback.stop()

    def retry(self, key: int) -> None:
        slot = self.slots[key]
        if self.session.is_busy():
            self.composer.show_status(self.tr(BUSY_MESSAGE))
            return
        card = self.cards[key]
        card.set_error(None)
        if not slot.takes:
            card.set_transcript("")
        slot.reset_live()
        self._tasks.spawn(self._start(Job(key, slot.request), ""))

    def revoice(self, key: int, voice: str) -> None:
        """Say the same turn again in ``voice``; the new take joins the card's takes."""
        slot = self.slots[key]
        if self.session.is_busy():
            self.composer.show_status(self.tr(BUSY_MESSAGE))
            return
        current = slot.current
        base = slot.request
        turns = self.conversation.turns[: slot.user_index + 1]
        slot.request = dataclasses.replace(base, turns=turns, voice=voice)
        slot.reset_live()
        card = self.cards[key]
        card.set_meta(voice, base.model, base.format)
        card.set_transcript("")
        card.set_error(None)
        variant_of = slot.takes[0].id if slot.takes else (current.id if current else None)
        job = Job(key, slot.request, self.conversation_id, variant_of=variant_of)
        self.session.send(job)

    # Session signals -----------------------------------------------------------------------
    def on_reply_started(self, key: int) -> None:
        card = self.cards.get(key)
        if card is not None:
            card.set_state(self.tr("waiting for the reply…"))
            card.set_busy(True)

    def on_transcript_delta(self, key: int, text: str) -> None:
        # Shown by the refresh tick: one label update per tick however many pieces arrived
        # (a long reply's transcript would otherwise be laid out again for every word).
        slot = self.slots.get(key)
        if slot is not None:
            slot.pending_words.append(text)

    def on_audio_delta(self, key: int, data: bytes, fmt: str) -> None:
        slot = self.slots.get(key)
        if slot is None:
            return
        slot.streamed_format = slot.streamed_format or fmt
        if fmt != "pcm16":
            return  # another container mid-stream (a gateway's quirk): shown when complete
        slot.builder.append(data)
        slot.dirty = True
        if self.controls.autoplay.isChecked():
            if not slot.live_audio:
                slot.live_audio = self.playback.start_stream(key)
            self.playback.append(key, data)

    def on_reply_finished(self, key: int, turn: Turn) -> None:
        slot, card = self.slots.get(key), self.cards.get(key)
        if slot is None or card is None:
            return
        if slot.live_audio:
            self.playback.end_stream(key)
        slot.dirty = False
        slot.pending_words.clear()
        first = not slot.takes
        slot.takes.append(turn)
        slot.chosen = len(slot.takes) - 1
        if first:
            self.conversation.turns.append(turn)
            slot.turn_index = len(self.conversation.turns) - 1
        elif slot.turn_index is not None:
            self.conversation.turns[slot.turn_index] = turn
        self.show_take(slot, card)
        card.set_busy(False)
        card.set_state("")
        if self.controls.autoplay.isChecked() and not slot.live_audio and turn.audio is not None:
            self.playback.play(key, turn.audio)
        slot.live_audio = False
        self.conversation_changed.emit()

    def on_reply_failed(self, key: int, message: str, retryable: bool, partial: object) -> None:
        slot, card = self.slots.get(key), self.cards.get(key)
        if slot is None or card is None:
            self.status.emit(message)
            return
        if slot.live_audio:
            self.playback.end_stream(key)
            slot.live_audio = False
        self._flush_words(slot)
        card.set_busy(False)
        if isinstance(partial, Turn) and not slot.takes:
            slot.partial = partial
            card.set_state(self.tr("partial: the reply broke off"))
            self.show_take(slot, card)
        elif slot.takes:
            self.show_take(slot, card)
            card.set_state("")
        else:
            card.set_state("")
        card.set_error(message, retryable=retryable)
        user = self.conversation.turns[slot.user_index]
        if not slot.takes and not self.composer.draft().strip() and user.text:
            self.composer.set_draft(user.text)

    # Cards --------------------------------------------------------------------------------------
    def new_key(self) -> int:
        """A key for a new card (and its playback)."""
        return next(self._keys)

    def add_reply_card(self, slot: ReplySlot, *, append: bool = True) -> ReplyCard:
        """Make and wire the card of a reply's ``slot``; with ``append``, at the bottom."""
        from app.chat.reply_card import ReplyCard  # built with the first reply

        card, request, key = ReplyCard(slot.key), slot.request, slot.key
        card.set_meta(request.voice, request.model, request.format)
        self.slots[key], self.cards[key] = slot, card
        card.play_clicked.connect(lambda: self.toggle_play(key))
        card.seek_requested.connect(lambda f: self.seek(key, f))
        card.export_requested.connect(lambda choice: self.export_reply(key, choice))
        card.revoice_requested.connect(lambda voice: self.revoice(key, voice))
        card.retry_requested.connect(lambda: self.retry(key))
        card.variant_selected.connect(lambda i: self.choose_take(key, i))
        card.speed_requested.connect(lambda speed: self.playback.set_card_speed(key, speed))
        if append:
            self.view.add_card(card)
        return card

    def show_take(self, slot: ReplySlot, card: ReplyCard) -> None:
        """Show the slot's chosen take on its card (meta, transcript, takes, waveform)."""
        turn = slot.current
        if turn is None:
            return
        fmt = turn.audio.format if turn.audio else self.tr("no audio")
        card.set_meta(turn.voice, turn.model, fmt)
        card.set_transcript(turn.text)
        card.set_usage(turn.usage, self.session.estimate(turn))
        card.set_variants(slot.take_labels(), slot.chosen)
        if turn.audio is not None:
            self._tasks.spawn(self._load_peaks(slot, turn))
        else:
            card.clear_audio()

    async def _load_peaks(self, slot: ReplySlot, turn: Turn) -> None:
        card = self.cards[slot.key]
        if turn.audio is None:
            return
        from app.chat.turn_export import read_clip

        clip = await read_clip(turn.audio, card.waveform.bar_count())
        if isinstance(clip, str):
            problem = self.tr("This reply's audio cannot be read: {reason}").format(reason=clip)
            card.set_error(problem, retryable=False)
        elif slot.current is turn:
            card.set_audio(*clip, complete=True)

    def choose_take(self, key: int, index: int) -> None:
        slot = self.slots[key]
        if not 0 <= index < len(slot.takes):
            return
        slot.chosen = index
        take = slot.takes[index]
        if slot.turn_index is not None:
            self.conversation.turns[slot.turn_index] = take
        self.show_take(slot, self.cards[key])
        if self.store is not None and take.id is not None:
            store, take_id = self.store, take.id
            self._tasks.spawn(in_thread(lambda: store.choose_variant(take_id)))

    def _flush_words(self, slot: ReplySlot) -> None:
        if slot.pending_words:
            card = self.cards[slot.key]
            card.append_transcript("".join(slot.pending_words))
            card.set_state(self.tr("speaking…"))
            slot.pending_words.clear()

    def _on_refresh_tick(self) -> None:
        for slot in self.slots.values():
            self._flush_words(slot)
            if slot.dirty:
                slot.dirty = False
                card = self.cards[slot.key]
                peaks = slot.builder.peaks(card.waveform.bar_count())
                card.set_audio(slot.builder.duration, peaks[:, 0], peaks[:, 1], complete=False)

    # Export -------------------------------------------------------------------------------------
    def export_reply(self, key: int, choice: str) -> None:
        from app.chat.reply_export import export_reply  # loaded when first used

        if (turn := self.slots[key].current) is not None:
            card = self.cards[key]
            export_reply(self, turn, card, choice, spawn=self._tasks.spawn, status=self.status.emit)

    # History ------------------------------------------------------------------------------------
    def show_conversation(self, conversation: Conversation) -> None:
        """Show a stored conversation (only the latest turns get cards at once)."""
        self.session.cancel()
        self.playback.release()
        self.view.clear()
        QPixmapCache.clear()  # what the style drew for the cards left behind (up to 10 MB)
        self.slots.clear()
        self.cards.clear()
        self.conversation = conversation
        self.conversation_id = conversation.id
        self.turn_cards.show()
        self.costs.refresh()

    def new_conversation(self) -> None:
        self.show_conversation(Conversation())

    def reveal_turn(self, turn_id: int) -> bool:
        """Scroll to a stored turn's card (building the cards around it as needed) and mark it.
        False when the conversation on show has no card for that turn."""
        return self.turn_cards.reveal(turn_id)

    @property
    def found_card(self) -> QWidget | None:
        """The card of the turn revealed last (highlighted), or None."""
        return self.turn_cards.found_card

    # Plumbing -----------------------------------------------------------------------------------
    async def aclose(self) -> None:
        await self._tasks.aclose()
        if self._costs is not None:
            await self._costs.aclose()
