"""Talk mode in the chat: the talk bar above the composer (Ctrl+T, Esc and M are the window's
menu actions, app.shell.main_menu), and a session's turns on the chat's own cards (an utterance
becomes a user card with its recording, a reply a reply card as usual) in the conversation on
show, kept in the history like typed turns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout

from app.chat.reply_slot import ReplySlot
from app.core.conversation import Turn
from app.core.talk.events import TalkOptions, TalkRecord
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.talk.bar import TalkBar
from app.talk.bridge import TalkBridge

if TYPE_CHECKING:
    from app.chat.panel import ChatPanel
    from app.chat.reply_card import ReplyCard
    from app.chat.user_card import UserCard
    from app.core.settings import Settings

INTERRUPTED = QT_TRANSLATE_NOOP(
    "TalkMode", "interrupted: what you heard of it went back to the model"
)


class TalkMode(QObject):
    """Joins the talk bar, the bridge and the chat panel (see the module docstring)."""

    def __init__(
        self,
        panel: ChatPanel,
        bridge: TalkBridge,
        system_prompt: Callable[[], str],
        *,
        settings: Settings | None = None,
        save_settings: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.bridge = bridge
        self._system_prompt = system_prompt
        self._settings = settings
        self._save_settings = save_settings
        #: The realtime models the endpoint lists (the first is used), as last listed.
        self.realtime_models: list[str] = []
        self._user_cards: dict[int, UserCard] = {}
        self.bar = TalkBar(panel)
        layout = panel.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(panel.composer), self.bar)
        self._slot: ReplySlot | None = None
        self._request_choices = ("", "")

        self.bar.talk_toggled.connect(self.toggle)
        self.bar.mute_toggled.connect(bridge.set_muted)
        self.bar.headphones_toggled.connect(bridge.set_headphones)
        self.bar.end_silence_changed.connect(bridge.set_end_silence)
        self.bar.resume_clicked.connect(bridge.resume)
        self.bar.realtime_toggled.connect(self.on_realtime_toggled)
        panel.session.models_listed.connect(self.on_models_listed)
        bridge.user_heard.connect(self.on_user_heard)
        bridge.active_changed.connect(self.on_active_changed)
        bridge.state_changed.connect(self.bar.set_state)
        bridge.level_changed.connect(self.bar.set_level)
        bridge.user_said.connect(self.on_user_said)
        bridge.reply_text.connect(self.on_reply_text)
        bridge.reply_audio.connect(self.on_reply_audio)
        bridge.reply_ended.connect(self.on_reply_ended)
        bridge.send_failed.connect(self.on_send_failed)
        bridge.turn_saved.connect(self.on_turn_saved)
        bridge.notice.connect(panel.status)

    # Commands ----------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.bridge.is_active():
            self.bridge.stop()
        else:
            self.start()

    def start(self) -> bool:
        """Talk in the conversation on show, with the voice, model and system prompt in effect."""
        panel = self.panel
        client = panel.session.client
        if client is None:
            self.bar.show_problem(panel.session.problem)
            return False
        if panel.session.is_busy():
            panel.session.cancel()
        panel.playback.stop()
        choices = panel.controls.choices()
        system = self._system_prompt()
        options = TalkOptions(
            model=choices.model,
            voice=choices.voice,
            system_prompt=system,
            headphones=self.bar.headphones.isChecked(),
            end_silence=self.bar.silence.value(),
        )
        engine = "chat"
        if self.bar.realtime.isChecked():
            from dataclasses import replace

            from app.core.talk.realtime_wire import DEFAULT_REALTIME_MODEL, REALTIME_VOICES

            engine = "realtime"
            model = self.realtime_models[0] if self.realtime_models else DEFAULT_REALTIME_MODEL
            voice = choices.voice
            if voice not in REALTIME_VOICES and not voice.startswith("voice_"):
                voice = REALTIME_VOICES[0]
            options = replace(options, model=model, voice=voice)
        self._request_choices = (options.model, options.voice)
        record = TalkRecord(panel.store, panel.conversation_id, system)
        self.bridge.start(client, options, panel.conversation.turns, record, engine=engine)
        return True

    # The Realtime switch, remembered per profile -----------------------------------------------
    def _profile(self) -> str:
        return self._settings.active_profile if self._settings is not None else ""

    def on_realtime_toggled(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.talk_realtime[self._profile()] = on
            self._save_settings()

    def on_models_listed(self, models: list[str]) -> None:
        """The endpoint's models: the realtime ones, and the switch as this profile has it (on
        by default where there are realtime models)."""
        from app.core.talk.realtime_wire import is_realtime_model

        self.realtime_models = [m.split(" ")[0] for m in models if is_realtime_model(m)]
        remembered = None
        if self._settings is not None:
            remembered = self._settings.talk_realtime.get(self._profile())
        self.bar.set_realtime(remembered if remembered is not None else bool(self.realtime_models))

    def on_user_heard(self, turn: Turn, text: str) -> None:
        """The server's transcription of what was said: the user's card shows the words."""
        card = self._user_cards.get(id(turn))
        if card is not None:
            card.text.setText(text)
            card.text.setVisible(True)

    # The session's signals ---------------------------------------------------------------------
    def on_active_changed(self, active: bool) -> None:
        self.bar.set_active(active)
        self.panel.composer.setVisible(not active)
        if active:
            self.bar.set_state("starting")
            self.bar.talk_button.setFocus()
        elif self._slot is not None:
            self._end_card(self._slot, "")
            self._slot = None

    def on_user_said(self, turn: Turn, _seconds: float) -> None:
        panel = self.panel
        card = panel.user_cards.card(panel.new_key(), turn)
        key = id(turn)
        self._user_cards[key] = card
        card.destroyed.connect(lambda _obj=None: self._user_cards.pop(key, None))
        panel.view.add_card(card)
        self._new_reply_card(len(panel.conversation.turns) - 1)

    def _new_reply_card(self, user_index: int) -> ReplySlot:
        from app.core.events import ChatRequest

        panel = self.panel
        model, voice = self._request_choices
        request = ChatRequest(
            turns=panel.conversation.turns[: user_index + 1],
            model=model,
            voice=voice,
            system_prompt=self._system_prompt(),
        )
        slot = ReplySlot(panel.new_key(), request, user_index)
        card = panel.add_reply_card(slot)
        card.retry_requested.disconnect()
        user = panel.conversation.turns[user_index]
        card.retry_requested.connect(lambda: self.retry(slot, user))
        card.set_state(self.tr("waiting for the reply…"))
        card.set_busy(True)
        self._slot = slot
        return slot

    def on_reply_text(self, text: str) -> None:
        if self._slot is not None:
            self._slot.pending_words.append(text)

    def on_reply_audio(self, data: bytes) -> None:
        slot = self._slot
        if slot is not None:
            slot.streamed_format = "pcm16"
            slot.builder.append(data)
            slot.dirty = True

    def on_reply_ended(self, turn: Turn | None, interrupted: bool, message: str) -> None:
        slot, self._slot = self._slot, None
        if slot is None:
            return
        card = self.panel.cards[slot.key]
        slot.pending_words.clear()
        slot.dirty = False
        if turn is not None:
            slot.takes.append(turn)
            slot.chosen = 0
            turns = self.panel.conversation.turns
            slot.turn_index = next((i for i, t in enumerate(turns) if t is turn), None)
            self.panel.show_take(slot, card)
        partial = self.tr("partial: the reply broke off") if message else ""
        state = self.tr(INTERRUPTED) if interrupted else partial
        self._end_card(slot, state if turn is not None else self.tr("interrupted before it began"))
        if message:
            card.set_error(message, retryable=False)

    def on_send_failed(self, turn: Turn, message: str) -> None:
        slot, self._slot = self._slot, None
        if slot is None:
            return
        card = self.panel.cards[slot.key]
        self._end_card(slot, "")
        kept = self.tr("What you said is kept: Retry sends it.")
        card.set_error(f"{message} {kept}", retryable=True)

    def retry(self, slot: ReplySlot, user: Turn) -> None:
        """Send a kept utterance again, in talk mode (started again if it had ended)."""
        if self._slot is not None:
            return
        card = self.panel.cards[slot.key]
        card.set_error(None)
        card.set_state(self.tr("waiting for the reply…"))
        card.set_busy(True)
        self._slot = slot
        if not self.bridge.is_active() and not self.start():
            self._slot = None
            self._end_card(slot, "")
            return
        self.bridge.retry(user)

    def on_turn_saved(self, _turn: Turn) -> None:
        panel = self.panel
        loop = self.bridge.loop
        record = loop.record if loop is not None else None
        if record is not None and panel.conversation_id is None and record.conversation_id:
            panel.conversation_id = record.conversation_id
            panel.conversation.id = record.conversation_id
        panel.conversation_changed.emit()

    def _end_card(self, slot: ReplySlot, state: str) -> None:
        card: ReplyCard = self.panel.cards[slot.key]
        card.set_busy(False)
        card.set_state(state)
