"""Blind rounds in the compare tab, against the demo server: names hidden until the vote, A and B
play the rows the reveal then names, in random order over rounds; votes kept; standings and the
leaderboard follow the votes and save as CSV."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app.audio.player import Player
from app.chat.export_dialog import ExportDialog
from app.chat.playback import Playback
from app.compare.leaderboard import LeaderboardDialog
from app.compare.panel import ComparePanel
from app.compare.session import AuditionSession
from app.core.store import Store
from app.demo.server import DemoServer
from tests.ui.conftest import until

pytestmark = pytest.mark.asyncio(loop_scope="session")
VOICES = ("onyx", "shimmer", "coral")


@pytest_asyncio.fixture(loop_scope="session")
async def panel(
    qapp: QApplication, demo_server: DemoServer, tmp_path: Path
) -> AsyncIterator[ComparePanel]:
    http = httpx.AsyncClient()
    store = Store(tmp_path / "data")
    session = AuditionSession(http, store)
    assert session.configure(demo_server.url, None) is None
    playback = Playback(Player)
    panel = ComparePanel(session, playback)
    panel.resize(1000, 720)
    panel.show()
    try:
        yield panel
    finally:
        panel.close()
        await panel.blind.aclose()
        await session.aclose()
        playback.close()
        await asyncio.ensure_future(http.aclose())
        store.close()
        panel.deleteLater()


def shown_words(widget: QWidget) -> str:
    """Every label and button text the user can see in ``widget``."""
    found = [*widget.findChildren(QLabel), *widget.findChildren(QPushButton)]
    texts = [w.text() for w in found if w.isVisible()]
    table = widget.findChild(QWidget, "blindStandings")
    if table is not None and table.isVisible():
        texts.append("standings")
    return " ".join(texts)


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


async def test_a_blind_round_hides_names_until_the_vote(
    panel: ComparePanel, demo_server: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.form.text.setPlainText("Good morning to you.")
    panel.form.tick_voices(VOICES)
    click(panel.blind_switch)
    assert panel.blind.isVisible() and not panel.rows_box.isVisible()
    click(panel.run_button)
    blind = panel.blind
    await until(blind.vote_a.isEnabled, 30, "the first blind round")
    store = panel.session.store
    assert store is not None
    rows = panel.session.rows
    seen_pairs = []
    started: list[int] = []
    panel.player.row_playing.connect(lambda i, on: started.append(i) if on else None)
    for outcome_button in (blind.vote_a, blind.vote_b, blind.vote_a, blind.vote_tie):
        words = shown_words(blind)
        assert not any(v in words for v in VOICES), words  # nothing names A or B yet
        assert blind.pair is not None
        a_row, b_row = blind.pair
        started.clear()
        click(blind.play_a)
        await until(lambda: started, what="A to play")
        click(blind.play_b)
        await until(lambda: len(started) > 1, what="B to play")
        assert started[:2] == [a_row, b_row]
        click(outcome_button)
        a_voice, b_voice = rows[a_row].voice, rows[b_row].voice
        assert blind.reveal.text().startswith(f"A was {a_voice}, B was {b_voice}.")
        assert blind.table.isVisible()
        seen_pairs.append((a_voice, b_voice))
        click(blind.next_button)
        await until(blind.vote_a.isEnabled, what="the next round")
    # the first three rounds hear every pair once
    assert len({frozenset(p) for p in seen_pairs[:3]}) == 3
    await until(lambda: store.votes.count() == 4, what="the votes to be kept")
    kept = store.votes.all()
    assert {v.text for v in kept} == {"Good morning to you."}
    assert [(v.a.voice, v.b.voice, v.outcome) for v in kept] == [
        (a, b, o) for (a, b), o in zip(seen_pairs, ("a", "b", "a", "tie"), strict=True)
    ]
    assert posts(demo_server) == 3  # one clip per voice, every round from them

    # the leaderboard: the same standings, and CSV
    dialog = LeaderboardDialog(store, panel)
    dialog.load()
    await until(lambda: dialog.table.rowCount() == 3, what="the leaderboard")
    names = [dialog.table.item(n, 1).text() for n in range(3)]
    assert set(names) == set(VOICES)
    target = tmp_path / "board.csv"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))
    click(dialog.csv_button)
    await until(target.exists, what="the CSV")
    rows_csv = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["name"] for r in rows_csv] == names
    assert sum(int(r["votes"]) for r in rows_csv) == 8
    dialog.close()


def posts(server: DemoServer) -> int:
    return sum(1 for m, p, _ in server.requests if m == "POST" and "/chat/completions" in p)


async def test_one_voice_in_several_vibes_is_ranked_by_vibe(
    panel: ComparePanel, demo_server: DemoServer
) -> None:
    panel.form.text.setPlainText("The ferry leaves at nine.")
    panel.form.tick_voices(["alloy"])
    panel.form.tick_vibes(["Calm", "Cheerful"])
    click(panel.run_button)
    await until(lambda: len(panel.session.rows) == 2 and not panel.session.is_busy(), 30)
    names = [w.name_label.text() for w in panel.rows]
    assert names == [
        "<b>alloy</b> · gpt-audio-1.5 · <i>Calm</i>",
        "<b>alloy</b> · gpt-audio-1.5 · <i>Cheerful</i>",
    ]
    click(panel.blind_switch)
    blind = panel.blind
    await until(blind.vote_a.isEnabled, what="a blind round")
    assert blind.by == "vibe"
    click(blind.vote_a)
    assert blind.reveal.text().startswith("A was alloy · ")
    assert blind.table.item(0, 0).text() in ("Calm", "Cheerful")
    prompts = [
        m["content"]
        for method, path, body in demo_server.requests
        if method == "POST" and "/chat/completions" in path
        for m in body["messages"]
        if m["role"] in ("system", "developer")
    ]
    assert any("Tone: Playful and encouraging." in p for p in prompts)


async def test_compare_keeps_its_own_playback_speed(panel: ComparePanel) -> None:
    panel.speed.setCurrentIndex(panel.speed.findData(0.75))
    assert panel.player.playback.speed == 0.75
