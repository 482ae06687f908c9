"""The chat's reply cards and the player: Play/Pause and seeking on a card, the card following
what plays, and a lost sound device said on the card that was playing (the base of
app.chat.panel.ChatPanel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.chat.composer import Composer
    from app.chat.playback import Playback
    from app.chat.reply_card import ReplyCard
    from app.chat.reply_slot import ReplySlot


class CardPlayback(QWidget):
    """Signals:
    status(str): a message for the status bar.
    """

    status = Signal(str)
    slots: dict[int, ReplySlot]
    cards: dict[int, ReplyCard]
    playback: Playback
    composer: Composer
    _sound_lost: str = ""  # the card's message while the sound device is lost

    # Playback -----------------------------------------------------------------------------------
    def toggle_play(self, key: int) -> None:
        slot = self.slots.get(key)
        if slot is None or slot.current is None:
            return
        self.playback.toggle(key, slot.current.audio)

    def seek(self, key: int, fraction: float) -> None:
        slot = self.slots.get(key)
        if slot is not None and slot.current is not None:
            self.playback.seek(key, fraction, slot.current.audio)

    def on_position_changed(self, key: int, seconds: float) -> None:
        if (card := self.cards.get(key)) is not None:
            card.set_position(seconds)

    def on_playing_changed(self, key: int, playing: bool) -> None:
        if (card := self.cards.get(key)) is not None:
            card.set_playing(playing)
            if playing and card.error_text() == self._sound_lost:
                card.set_error(None)  # the device is back

    def on_playback_failed(self, message: str) -> None:
        card = self.cards.get(self.playback.current_key or -1)
        if card is not None:
            self._sound_lost = message
            card.set_error(message, retryable=False)
        else:
            self.composer.show_status(message)
        self.status.emit(message)
