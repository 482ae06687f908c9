"""The cards of a stored conversation in the chat, built only for the turns on show.

A conversation opens with cards for its latest turns: the newest at once, the rest of the page
in small batches right after. A jump to a turn (a search hit) builds a small window of cards
around it; when it comes right after opening, the rest of that page is not built at all. The
turns between the parts built stay behind buttons: "Show N earlier turns" above the first card,
"Show N later turns" in each gap; each click builds the next page, so every turn can be reached
in both directions. The newest turns always have cards: a new turn follows them.

A long conversation stays light: once more than ``KEEP + SLACK`` cards are up while the user
follows the newest turn, the oldest cards (far above the view) are torn down behind "Show N
earlier turns", which builds them again (a reply's audio is read back from the history when it
is played). A card that is playing, or a reply on its way, is never torn down. Opening another
conversation, and each trim, gives the memory back to the system (app.runtime.memory).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeGuard

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from app.chat.conversation_view import ConversationView
from app.chat.playback import Playback
from app.chat.reply_slot import ReplySlot
from app.chat.user_cards import UserCards
from app.core.conversation import Conversation, Turn

if TYPE_CHECKING:
    from app.chat.reply_card import ReplyCard
from app.runtime.memory import give_back_soon


class CardHost(Protocol):
    """What the cards are built into: the chat panel (named by its parts, so that the panel can
    own its TurnCards without an import cycle)."""

    view: ConversationView
    conversation: Conversation
    slots: dict[int, ReplySlot]
    cards: dict[int, ReplyCard]
    user_cards: UserCards
    playback: Playback

    def new_key(self) -> int: ...

    def add_reply_card(self, slot: ReplySlot, *, append: bool = True) -> ReplyCard: ...

    def show_take(self, slot: ReplySlot, card: ReplyCard) -> None: ...


#: Cards built when a long conversation opens, and per click on a button.
PAGE = 40
#: Of those, built at once (the newest; enough to fill the view): the others follow in batches
#: of this size, one per turn of the event loop (waveforms and clicks get in between), unless a
#: jump to another turn comes first.
FIRST = 10
#: Cards built around a turn jumped to, and how many of them come before it (its question).
WINDOW = 20
BEFORE = 4
#: A gap this small left beside a window is built with it rather than kept behind a button.
SNAP = 4
#: Cards kept up in a long conversation, and how many more there may be before the oldest go.
KEEP = 12
SLACK = 2


class TurnCards:
    """Which stored turns of the panel's conversation have cards, and building the others.

    ``found_card`` is the card of the turn jumped to last (highlighted), or None.
    """

    def __init__(self, panel: CardHost) -> None:
        self._panel = panel
        self._view = panel.view
        #: Per turn of the conversation as opened: its card, or None while it has none.
        self._built: list[QWidget | None] = []
        #: Stored turn id (of any take) -> its card.
        self._by_id: dict[int, QWidget] = {}
        self.found_card: QWidget | None = None
        #: The turns of the opening page still to build, (start, end).
        self._pending: tuple[int, int] | None = None
        self._timer = QTimer(self._view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: self._build_pending(FIRST))
        self._view.load_earlier_requested.connect(self.show_earlier)
        self._view.load_later_requested.connect(self.show_later)

    def show(self) -> None:
        """Cards for the latest turns of the panel's conversation (the view is empty): the
        newest now, the rest of the page in batches from the event loop's next turn."""
        count = len(self._panel.conversation.turns)
        self._built = [None] * count
        self._by_id.clear()
        self.found_card = None
        give_back_soon()  # the cards and audio of the conversation shown before
        first = max(0, count - FIRST)
        self._build(first, count)
        start = max(0, count - PAGE)
        self._pending = (start, first) if start < first else None
        if self._pending is not None:
            self._timer.start()

    def _build_pending(self, batch: int | None = None) -> None:
        """Build the rest of the opening page: a ``batch`` of it (the turns nearest the cards
        shown), then again on the next turn of the event loop; all of it without ``batch``."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        start, end = pending
        if batch is not None and end - start > batch:
            self._pending = (start, end - batch)
            self._timer.start()
            start = end - batch
        self._build(start, end)

    def show_earlier(self) -> None:
        """Build the page of turns just above the first card."""
        self._build_pending()
        gaps = self._gaps()
        if gaps and gaps[0][0] == 0:
            end = gaps[0][1]
            self._build(max(0, end - PAGE), end)

    def show_later(self, gap: int) -> None:
        """Build the page of turns at the top of the ``gap``-th gap between cards."""
        self._build_pending()
        middle = self._middle_gaps()
        if 0 <= gap < len(middle):
            start, end = middle[gap]
            self._build(start, min(end, start + PAGE))

    def reveal(self, turn_id: int) -> bool:
        """Scroll to a stored turn's card (building a window around it if needed) and mark it.
        False when the conversation on show has no card for that turn."""
        turns = self._panel.conversation.turns
        index = next(
            (i for i, t in enumerate(turns) if turn_id in {t.id, *(v.id for v in t.variants)}),
            None,
        )
        if index is None:
            return False
        if index < len(self._built) and self._built[index] is None:
            self._pending = None  # the turns shown are the ones around this one
            self._build(*self._window(index))
        card = self._by_id.get(turn_id)
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

    def trim(self) -> None:
        """Tear down the oldest cards when there are more than ``KEEP + SLACK`` and the user
        follows the newest turn; "Show N earlier turns" brings them back."""
        cards = self._view.cards()
        if len(cards) <= KEEP + SLACK or not self._view.following():
            return
        indexes = self._turn_indexes(cards)
        victims = cards[: len(cards) - KEEP]
        playing = self._panel.playback.current_key
        if indexes is None or any(getattr(c, "key", None) == playing for c in victims):
            return
        built: list[QWidget | None] = [None] * len(self._panel.conversation.turns)
        for card, index in zip(cards, indexes, strict=True):
            if index is not None and card not in victims:
                built[index] = card
        self._pending = None
        self._built = built
        self._by_id = {k: c for k, c in self._by_id.items() if c not in victims}
        if self.found_card in victims:
            self.found_card = None
        for card in victims:
            if _is_reply(card):
                self._panel.slots.pop(card.key, None)
                self._panel.cards.pop(card.key, None)
        self._view.remove_cards(victims)
        self._update_buttons()
        give_back_soon()

    def _turn_indexes(self, cards: list[QWidget]) -> list[int | None] | None:
        """The conversation's turn of each card (None: a reply that failed before it had one),
        or None when they cannot be matched. Cards built here are known; a card added since
        (a new turn) is a reply's slot's turn, or a question: the next user turn."""
        turns = self._panel.conversation.turns
        known = {id(card): i for i, card in enumerate(self._built) if card is not None}
        out: list[int | None] = []
        after = 0  # the first turn not yet matched
        for card in cards:
            index: int | None
            if id(card) in known:
                index = known[id(card)]
            elif _is_reply(card):
                slot = self._panel.slots.get(card.key)
                index = slot.turn_index if slot is not None else None
            else:
                index = next((i for i in range(after, len(turns)) if turns[i].role == "user"), -1)
                if index < 0:
                    return None
            if index is not None:
                if index < after:
                    return None
                after = index + 1
            out.append(index)
        return out

    # Parts built and gaps ----------------------------------------------------------------------
    def _gaps(self) -> list[tuple[int, int]]:
        """The runs of turns without a card, as (start, end), top to bottom."""
        gaps: list[tuple[int, int]] = []
        start: int | None = None
        for index, card in enumerate(self._built):
            if card is None and start is None:
                start = index
            elif card is not None and start is not None:
                gaps.append((start, index))
                start = None
        if start is not None:
            gaps.append((start, len(self._built)))
        return gaps

    def _middle_gaps(self) -> list[tuple[int, int]]:
        """The gaps with cards above and below them."""
        return [(s, e) for s, e in self._gaps() if s > 0 and e < len(self._built)]

    def _window(self, index: int) -> tuple[int, int]:
        """The turns to build to show turn ``index`` (which has no card) with some context."""
        low, high = next((s, e) for s, e in self._gaps() if s <= index < e)
        start = max(low, index - BEFORE)
        end = min(high, start + WINDOW)
        start = max(low, end - WINDOW)
        if start - low <= SNAP:
            start = low
        if high - end <= SNAP:
            end = high
        return start, end

    def _build(self, start: int, end: int) -> None:
        """Build and show the cards of turns[start:end], which have none yet."""
        if start >= end:
            return
        turns = self._panel.conversation.turns
        cards = self._cards_for(turns, start, end)
        for index, turn, card in zip(range(start, end), turns[start:end], cards, strict=True):
            self._built[index] = card
            for take in (turn, *turn.variants):
                if take.id is not None:
                    self._by_id[take.id] = card
        below = next((c for c in self._built[end:] if c is not None), None)
        if below is None:
            for card in cards:
                self._view.add_card(card)
        else:
            self._view.insert_cards(cards, before=below)
        self._update_buttons()
        for card in cards:
            self._activate(card)

    def _update_buttons(self) -> None:
        gaps = self._gaps()
        self._view.set_earlier_count(gaps[0][1] if gaps and gaps[0][0] == 0 else 0)
        buttons: list[tuple[QWidget, int]] = []
        for start, end in self._middle_gaps():
            below = self._built[end]
            assert below is not None  # a middle gap ends at a card
            buttons.append((below, end - start))
        self._view.set_gaps(buttons)

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
            from app.core.events import ChatRequest  # loaded after the first paint

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
        from app.chat.reply_card import ReplyCard
        from app.chat.user_card import UserCard

        if isinstance(card, ReplyCard):
            self._panel.show_take(self._panel.slots[card.key], card)
        elif isinstance(card, UserCard):
            self._panel.user_cards.load(card)


def _is_reply(card: QWidget) -> TypeGuard[ReplyCard]:
    """Whether ``card`` is a reply's (its module is loaded with the first card built)."""
    from app.chat.reply_card import ReplyCard

    return isinstance(card, ReplyCard)
