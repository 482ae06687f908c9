"""The chat's user turns: their cards, and playing, seeking and exporting the user's recordings.
Decoding, peaks and files run in worker threads; the cards get peaks only."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.chat.playback import Playback
from app.core.conversation import Turn

if TYPE_CHECKING:
    from app.chat.user_card import UserCard

#: Bars computed for a recording's waveform (the view spreads them over its width).
MIN_BARS = 120

Spawn = Callable[[Coroutine[Any, Any, Any]], object]


class UserCards(QObject):
    """Makes user turns' cards and drives their recordings.

    Signals:
        status(str): a message for the user (an export saved or failed, a recording unreadable).
    """

    status = Signal(str)

    def __init__(self, playback: Playback, spawn: Spawn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.playback = playback
        self._spawn = spawn
        self._turns: dict[int, tuple[Turn, UserCard]] = {}
        playback.position_changed.connect(self.on_position_changed)
        playback.playing_changed.connect(self.on_playing_changed)

    def card(self, key: int, turn: Turn, *, load: bool = True) -> UserCard:
        """A card for ``turn``; with ``load`` its recording's waveform is computed now (else
        call ``load`` when the card is shown)."""
        from app.chat.user_card import UserCard  # built with the first turn

        card = UserCard(key, turn.text, recording=turn.audio is not None)
        if turn.audio is None:
            return card
        self._turns[key] = (turn, card)
        card.destroyed.connect(lambda _obj=None, k=key: self._turns.pop(k, None))
        card.play_clicked.connect(lambda: self.toggle_play(key))
        card.seek_requested.connect(lambda f: self.seek(key, f))
        card.export_requested.connect(lambda choice: self.export(key, choice))
        if load:
            self.load(card)
        return card

    def cards(self) -> list[UserCard]:
        """The cards with a recording."""
        return [card for _turn, card in self._turns.values()]

    def load(self, card: UserCard) -> None:
        entry = self._turns.get(card.key)
        if entry is not None:
            self._spawn(self._load_peaks(card.key, entry[0]))

    async def _load_peaks(self, key: int, turn: Turn) -> None:
        if turn.audio is None:
            return
        bars = max(MIN_BARS, self._turns[key][1].waveform.bar_count())
        from app.chat.turn_export import read_clip

        clip = await read_clip(turn.audio, bars)
        entry = self._turns.get(key)
        if isinstance(clip, str):
            self.status.emit(self.tr("Your recording cannot be read: {reason}").format(reason=clip))
        elif entry is not None:
            entry[1].set_audio(*clip)

    # Playback -----------------------------------------------------------------------------------
    def toggle_play(self, key: int) -> None:
        entry = self._turns.get(key)
        if entry is not None:
            self.playback.toggle(key, entry[0].audio)

    def seek(self, key: int, fraction: float) -> None:
        entry = self._turns.get(key)
        if entry is not None:
            self.playback.seek(key, fraction, entry[0].audio)

    def on_position_changed(self, key: int, seconds: float) -> None:
        entry = self._turns.get(key)
        if entry is not None:
            entry[1].set_position(seconds)

    def on_playing_changed(self, key: int, playing: bool) -> None:
        entry = self._turns.get(key)
        if entry is not None:
            entry[1].set_playing(playing)

    # Export -------------------------------------------------------------------------------------
    def export(self, key: int, choice: str) -> None:
        entry = self._turns.get(key)
        if entry is None or entry[0].audio is None:
            return
        turn, card = entry
        from app.chat.export_dialog import ExportDialog
        from app.chat.turn_export import suggested_path

        path = ExportDialog.ask(
            card, suggested_path(turn, choice, "recording"), self.tr("Export your recording")
        )
        if path is not None:
            self._spawn(self._export(turn, choice, path))

    async def _export(self, turn: Turn, choice: str, path: Path) -> None:
        from app.chat.turn_export import export_turn

        saved, text = await export_turn(turn, choice, path)
        self.status.emit(
            text
            if saved
            else self.tr("Could not export your recording: {reason}").format(reason=text)
        )
