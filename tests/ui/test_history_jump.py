"""Jumping to a search hit in a long stored conversation: the hit's card is built, shown and
marked at once; buttons above and between the cards reach every other turn, in order; the
hit's card plays, exports and says its turn again; the conversation goes on at the bottom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from app.audio import codecs
from app.chat.export_dialog import ExportDialog
from app.chat.reply_card import ReplyCard
from app.chat.user_card import UserCard
from app.core.conversation import Audio, Turn
from app.core.store import Store
from app.demo.server import DemoServer
from app.history.sidebar import HistorySidebar
from app.shell.wiring import AppParts
from tests.ui.conftest import until
from tests.unit.sound_helpers import MonitorRecording, dominant_frequency, tone

pytestmark = pytest.mark.asyncio(loop_scope="session")
RATE = 24_000
TURNS = 200
MODEL = "gpt-audio-1.5"


def long_talk(store: Store, hit: int) -> tuple[int, list[str]]:
    """A conversation of ``TURNS`` turns, questions and answers; only the reply at index ``hit``
    mentions a zeppelin, and it has 0.6 s of a 440 Hz tone. Returns its id and the turns' texts."""
    cid = store.create_conversation(title="A long talk")
    texts: list[str] = []
    for n in range(TURNS // 2):
        question = f"Question {n} about the weather"
        store.add_user_turn(cid, question)
        if 2 * n + 1 == hit:
            answer = "A zeppelin floated over the harbour."
            clip = Audio("wav", codecs.encode(tone(440, 0.6), RATE, "wav"))
            reply = Turn(role="assistant", text=answer, voice="alloy", model=MODEL, audio=clip)
        else:
            answer = f"Answer {n}: mild."
            reply = Turn(role="assistant", text=answer, voice="alloy", model=MODEL)
        store.add_turn(cid, reply)
        texts += [question, answer]
    return cid, texts


def store_of(parts: AppParts) -> Store:
    assert parts.store is not None
    return parts.store


def sidebar(parts: AppParts) -> HistorySidebar:
    history = parts.window.history
    assert history is not None, "the window has a history sidebar"
    return history


def card_text(card: QWidget) -> str:
    if isinstance(card, ReplyCard):
        return card.transcript_text()
    assert isinstance(card, UserCard)
    return card.text.text()


def shown_texts(parts: AppParts) -> list[str]:
    return [card_text(card) for card in parts.window.chat.view.cards()]


def click(button: QPushButton) -> None:
    assert button.isVisible(), f"{button.text()!r} is not on screen"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


async def jump_to_zeppelin(parts: AppParts, cid: int) -> ReplyCard:
    """Search for the hit in the sidebar, choose it, and wait for its card."""
    history, chat = sidebar(parts), parts.window.chat
    history.bridge.refresh()
    await until(lambda: history.conversations.count() == 1, what="the listing")
    history.search_box.setFocus()
    QTest.keyClicks(history.search_box, "zeppel")
    await until(lambda: history.results.count() == 1, what="the search hit")
    item = history.results.item(0)
    assert item is not None
    history.results.scrollToItem(item)
    rect = history.results.visualItemRect(item)
    QTest.mouseClick(history.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    await until(lambda: chat.conversation_id == cid and chat.found_card, what="the jump")
    found = chat.found_card
    assert isinstance(found, ReplyCard)
    return found


def is_highlighted(card: QWidget) -> bool:
    """The card's left edge is drawn in the palette's highlight colour."""
    image = card.grab().toImage()
    edge = image.pixelColor(1, image.height() // 2)
    return edge == card.palette().color(QPalette.ColorRole.Highlight)


async def test_a_jump_to_an_early_hit_shows_it_marked_and_every_later_turn_stays_reachable(
    parley: AppParts, demo_server: DemoServer
) -> None:
    chat, hit = parley.window.chat, 3  # the reply in turn 4
    cid, texts = long_talk(store_of(parley), hit)
    found = await jump_to_zeppelin(parley, cid)

    assert found.transcript_text() == "A zeppelin floated over the harbour."
    await until(lambda: not found.visibleRegion().isEmpty(), what="the card scrolled into view")
    assert found.hasFocus() and is_highlighted(found)
    assert not any(is_highlighted(c) for c in chat.view.cards() if c is not found)
    # the first turns are there, with nothing hidden above them
    assert chat.view.earlier_button.isHidden()
    shown = shown_texts(parley)
    assert shown[: hit + 2] == texts[: hit + 2]
    assert shown[-1] == texts[-1], "the latest turns are shown at the bottom"
    assert len(shown) < TURNS / 2, "only a window around the hit was built"

    # every later turn comes into view, in order, through the button between the parts
    (later,) = chat.view.gap_buttons()
    assert later.text() == f"Show {TURNS - len(shown)} later turns"
    while chat.view.gap_buttons():
        click(chat.view.gap_buttons()[0])
    assert shown_texts(parley) == texts

    # the conversation goes on at the bottom
    QTest.keyClicks(chat.composer.prompt, "Say 'after the zeppelin'")
    QTest.keyClick(chat.composer.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: shown_texts(parley)[-1] == "after the zeppelin", what="the new reply")
    await until(lambda: not parley.session.is_busy(), what="the reply to finish")
    assert len(demo_server.requests[-1][2]["messages"]) == TURNS + 1
    # the oldest cards, far above the view, went behind the button; it brings them all back
    everything = shown_texts(parley)[-2:]
    everything = [*texts, *everything]
    shown = shown_texts(parley)
    assert shown == everything[-len(shown) :] and len(shown) < TURNS / 2
    assert chat.view.earlier_button.text() == f"Show {TURNS + 2 - len(shown)} earlier turns"
    while chat.view.earlier_button.isVisible():
        click(chat.view.earlier_button)
    assert shown_texts(parley) == everything


async def test_a_jump_into_the_middle_reaches_the_earliest_turns_and_its_card_works(
    parley: AppParts,
    demo_server: DemoServer,
    sound_server: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chat, hit = parley.window.chat, 101  # the reply in turn 102
    cid, texts = long_talk(store_of(parley), hit)
    found = await jump_to_zeppelin(parley, cid)
    assert is_highlighted(found)
    await until(lambda: found.duration() > 0.5, what="the hit's waveform")

    # it plays
    with MonitorRecording() as heard:
        click(found.play_button)
        await until(lambda: parley.playback.is_playing(found.key), what="playback")
        await until(lambda: not parley.playback.is_playing(found.key), what="its end")
    assert dominant_frequency(heard.samples(), heard.rate) == pytest.approx(440, abs=5)

    # it exports
    target = tmp_path / "zeppelin.wav"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    found.export_requested.emit("wav")
    await until(target.exists, what="the exported reply")
    assert codecs.decode(target.read_bytes()).duration == pytest.approx(0.6, abs=0.01)

    # it says the turn again, sending the turns up to its question
    found.revoice_requested.emit("coral")
    await until(lambda: found.variants.count() == 2, what="the second take")
    await until(lambda: not parley.session.is_busy(), what="the second take to finish")
    messages = demo_server.requests[-1][2]["messages"]
    assert len(messages) == hit
    assert messages[-1] == {"role": "user", "content": texts[hit - 1]}
    assert found.voice_badge.text() == "coral"

    # the earliest turns come into view, page by page, above the cards
    shown = shown_texts(parley)
    assert shown[0] != texts[0] and chat.view.earlier_button.isVisible()
    assert chat.view.earlier_button.text() == f"Show {texts.index(shown[0])} earlier turns"
    while chat.view.earlier_button.isVisible():
        click(chat.view.earlier_button)
    while chat.view.gap_buttons():
        click(chat.view.gap_buttons()[0])
    assert shown_texts(parley)[:hit] == texts[:hit]
    assert shown_texts(parley)[hit + 1 :] == texts[hit + 1 :]


async def test_opening_a_long_conversation_shows_the_latest_page_and_earlier_ones_on_request(
    parley: AppParts,
) -> None:
    chat = parley.window.chat
    cid, texts = long_talk(store_of(parley), 7)
    history = sidebar(parley)
    history.bridge.refresh()
    await until(lambda: history.conversations.count() == 1, what="the listing")
    item = history.conversations.item(0)
    assert item is not None
    rect = history.conversations.visualItemRect(item)
    QTest.mouseClick(history.conversations.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    await until(lambda: chat.conversation_id == cid, what="the conversation to open")
    newest = chat.view.cards()[-1]
    assert card_text(newest) == texts[-1]
    await until(lambda: not newest.visibleRegion().isEmpty(), what="the newest turn in view")
    await until(lambda: chat.view.card_count() == 40, what="the latest page")
    assert shown_texts(parley) == texts[-40:] and not chat.view.gap_buttons()
    assert chat.view.earlier_button.text() == f"Show {TURNS - 40} earlier turns"
    click(chat.view.earlier_button)
    assert shown_texts(parley) == texts[-80:]
    while chat.view.earlier_button.isVisible():
        click(chat.view.earlier_button)
    assert shown_texts(parley) == texts
