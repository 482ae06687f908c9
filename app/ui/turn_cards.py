"""The cards of a stored conversation in the chat, built only for the turns on show: the latest
page when it opens, earlier pages on request, and the cards down to a turn jumped to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.core.conversation import Turn
from app.ui.reply_card import ReplyCard
from app.ui.reply_slot import ReplySlot
from app.ui.user_card import UserCard

if TYPE_CHECKING:
    from app.ui.chat_panel import ChatPanel

#: Cards built at once when a long conversation opens; earlier ones on request.
PAGE = 40


class TurnCards:
    """Which stored turns of the panel's conversation have cards, and building the others.

    ``found_card`` is the card of the turn jumped to last (highlighted), or None.
    """

    def __init__(self, panel: ChatPanel) -> None:
        self._panel = panel
        self._view = panel.view
        #: Turns at the start of the conversation on show that have no card yet.
        self._hidden = 0
        #: Stored turn id -> its card (cards built from the history), and the card found last.
        self._turn_cards: dict[int, QWidget] = {}
        self.found_card: QWidget | None = None

    def show(self) -> None:
        """Cards for the latest turns of the panel's conversation (the view is empty)."""
        self._turn_cards.clear()
        self.found_card = None
        count = len(self._panel.conversation.turns)
        self._hidden = max(0, count - PAGE)
        cards = self._build_cards(self._hidden, count)
        for card in cards:
            self._view.add_card(card)
        self._view.set_earlier_count(self._hidden)
        for card in cards:
            self._activate(card)

    def show_earlier(self) -> None:
        self._show_earlier(max(0, self._hidden - PAGE))

    def _show_earlier(self, start: int) -> None:
        """Build and show the cards of the hidden turns from ``start`` on."""
        if start >= self._hidden:
            return
        batch = self._build_cards(start, self._hidden)
        self._hidden = start
        self._view.insert_cards_at_top(batch)
        self._view.set_earlier_count(self._hidden)
        for card in batch:
            self._activate(card)

    def _build_cards(self, start: int, end: int) -> list[QWidget]:
        """Cards for turns[start:end] of the conversation on show (built only when shown)."""
        turns = self._panel.conversation.turns
        cards = self._cards_for(turns, start, end)
        for turn, card in zip(turns[start:end], cards, strict=True):
            for take in (turn, *turn.variants):
                if take.id is not None:
                    self._turn_cards[take.id] = card
        return cards

    def reveal(self, turn_id: int) -> bool:
        """Scroll to a stored turn's card (building earlier cards as needed) and mark it.
        False when the conversation on show has no card for that turn."""
        turns = self._panel.conversation.turns
        index = next(
            (i for i, t in enumerate(turns) if turn_id in {t.id, *(v.id for v in t.variants)}),
            None,
        )
        if index is None:
            return False
        if index < self._hidden:
            self._show_earlier(index - index % PAGE)
        card = self._turn_cards.get(turn_id)
        if card is None:
            return False
        if self.found_card is not None and self.found_card is not card:
            self.found_card.setStyleSheet("")
        self.found_card = card
        card.setStyleSheet(
            f"#{card.objectName()} {{ border: 2px solid palette(highlight); border-radius: 6px; }}"
        )
        self._view.scroll_to(card)
        card.setFocus()
        return True

    # Cards --------------------------------------------------------------------------------------
    def _cards_for(self, turns: list[Turn], start: int, end: int) -> list[QWidget]:
        panel = self._panel
        cards: list[QWidget] = []
        last_user = next((i for i in range(start - 1, -1, -1) if turns[i].role == "user"), -1)
        for index, turn in enumerate(turns[start:end], start):
            key = panel.new_key()
            if turn.role == "user":
                last_user = index
                cards.append(panel.user_cards.card(key, turn, load=False))
                continue
            from app.core.protocol import ChatRequest  # loaded after the first paint

            request = ChatRequest(
                turns=turns[: last_user + 1],
                model=turn.model,
                voice=turn.voice,
                format=turn.requested_format or "pcm16",
                stream=(turn.requested_format or "pcm16") == "pcm16",
                system_prompt=panel.conversation.system_prompt,
            )
            takes = [turn, *turn.variants]
            slot = ReplySlot(key, request, max(last_user, 0), takes=takes, turn_index=index)
            card = panel.add_reply_card(slot, append=False)
            card.set_state("partial" if turn.partial else "")
            cards.append(card)
        return cards

    def _activate(self, card: QWidget) -> None:
        if isinstance(card, ReplyCard):
            self._panel.show_take(self._panel.slots[card.key], card)
        elif isinstance(card, UserCard):
            self._panel.user_cards.load(card)
