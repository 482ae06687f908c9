"""What the chat costs, said where the user looks: notes on a reply's card ("this model sends
whole replies …"), and under the composer the conversation's estimated cost so far and the next
request's estimated input tokens and cost, with the conversation's context setting (how many
latest replies go back by audio id, and the budget)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from app.chat.composer import Composer
from app.chat.controls import ChatControls
from app.chat.reply_card import ReplyCard
from app.chat.session import ChatSession
from app.core.context import ContextPolicy, plan
from app.core.conversation import Conversation, Turn
from app.core.costs import total
from app.runtime.cost_text import estimate_text, price_source
from app.runtime.tasks import TaskSet, in_thread


class CostsHost(Protocol):
    """What ReplyCosts needs of the chat panel."""

    session: ChatSession
    composer: Composer
    controls: ChatControls
    conversation: Conversation
    conversation_id: int | None
    cards: dict[int, ReplyCard]
    conversation_changed: SignalInstance


def _replies(conversation: Conversation) -> list[Turn]:
    out: list[Turn] = []
    for turn in conversation.turns:
        if turn.role == "assistant":
            out.extend([turn, *turn.variants])
    return out


class ReplyCosts(QObject):
    """Keeps the composer's cost line and the cards' notes up to date (see module docstring)."""

    def __init__(
        self, host: CostsHost, system_prompt: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._system_prompt = system_prompt
        self._tasks = TaskSet()
        self._pending: ContextPolicy | None = None  # set before the conversation had an id
        self._loaded = False
        self.label = QLabel()
        self.label.setObjectName("costEstimate")
        self.label.setAccessibleName(self.tr("Estimated cost"))
        self.label.setWordWrap(True)
        self.context_button = QToolButton()
        self.context_button.setObjectName("contextButton")
        self.context_button.setAccessibleName(self.tr("Context of this conversation"))
        self.context_button.setToolTip(
            self.tr("How many latest replies go back as audio, and the context budget")
        )
        host.composer.add_footer(self.label, 1)
        host.composer.add_footer(self.context_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        session = host.session
        session.reply_notice.connect(self.on_reply_notice)
        session.reply_finished.connect(lambda *_: self.refresh_soon())
        host.conversation_changed.connect(self.refresh_soon)
        host.controls.choices_changed.connect(self.refresh_soon)
        host.composer.prompt.textChanged.connect(self.refresh_soon)
        self.context_button.clicked.connect(self.on_context_clicked)
        self._tasks.spawn(self._load())
        self.refresh()

    async def _load(self) -> None:
        await in_thread(self._host.session.context_choices.load)
        self._loaded = True
        self.refresh()

    # The context setting -------------------------------------------------------------------
    def policy(self) -> ContextPolicy:
        host = self._host
        if host.conversation_id is None and self._pending is not None:
            return self._pending
        return host.session.context_choices.get(host.conversation_id)

    def context_fields(self) -> dict[str, Any]:
        """The ChatRequest fields for the conversation's context setting."""
        policy = self.policy()
        return {"audio_replies": policy.audio_replies, "context_budget": policy.budget}

    def on_context_clicked(self) -> None:
        from app.chat.context_dialog import ContextDialog  # loaded when first shown

        chosen = ContextDialog.ask(self._host.composer, self.policy())
        if chosen is not None:
            self.set_policy(chosen)

    def set_policy(self, policy: ContextPolicy) -> None:
        """Use ``policy`` for this conversation from now on (kept once it has an id)."""
        conversation_id = self._host.conversation_id
        if conversation_id is None:
            self._pending = policy
        else:
            self._tasks.spawn(self._keep(conversation_id, policy))
        self.refresh()

    async def _keep(self, conversation_id: int, policy: ContextPolicy) -> None:
        choices = self._host.session.context_choices
        try:
            await in_thread(choices.set, conversation_id, policy)
        except OSError as exc:
            self._host.composer.show_status(
                self.tr("Could not keep the context setting: {reason}").format(reason=exc)
            )
        self.refresh()

    # What is shown -------------------------------------------------------------------------
    def on_reply_notice(self, key: int, text: str) -> None:
        card = self._host.cards.get(key)
        if card is not None:
            card.set_note(text)

    def refresh_soon(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        host = self._host
        if host.conversation_id is not None and self._pending is not None:
            pending, self._pending = self._pending, None
            self._tasks.spawn(self._keep(host.conversation_id, pending))
        policy = self.policy()
        if policy.budget:
            text = self.tr("Context: {audio} as audio, budget {budget} tokens").format(
                audio=policy.audio_replies, budget=f"{policy.budget:,}"
            )
        else:
            text = self.tr("Context: {audio} as audio").format(audio=policy.audio_replies)
        self.context_button.setText(text)
        session, model = host.session, host.controls.choices().model
        spent = total([session.estimate(t) for t in _replies(host.conversation)])
        draft = Turn("user", host.composer.draft())
        context = plan([*host.conversation.turns, draft], policy, self._system_prompt())
        upcoming = session.prices.estimate(context.usage(), model)
        parts = []
        if spent.usd is not None:
            parts.append(self.tr("This conversation {cost}").format(cost=estimate_text(spent)))
        if context.audio_tokens:
            nxt = self.tr("Next request: ~{tokens} input tokens, {audio} of them audio").format(
                tokens=f"{context.tokens:,}", audio=f"{context.audio_tokens:,}"
            )
        else:
            nxt = self.tr("Next request: ~{tokens} input tokens").format(
                tokens=f"{context.tokens:,}"
            )
        if upcoming.usd is not None:
            nxt += " " + estimate_text(upcoming)
        parts.append(nxt)
        if context.left_out:
            parts.append(
                self.tr("%n earlier turn(s) left out (context budget)", "", context.left_out)
            )
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(
            self.tr(
                "Estimates from the token counts and the prices of the model picked: "
                "{source}, or your own (Settings → Prices)."
            ).format(source=price_source())
        )

    async def aclose(self) -> None:
        await self._tasks.aclose()
