"""The compare panel against the demo server: rows, transcripts, the clip cache, export, playback
for comparing, and "Use this voice" in the real window."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.audio import codecs
from app.audio.loudness import DEFAULT_TARGET_LUFS
from app.audio.player import Player
from app.chat.export_dialog import ExportDialog
from app.chat.playback import Playback
from app.chat.time_text import format_duration
from app.compare.panel import ComparePanel
from app.compare.row import AuditionRow
from app.compare.session import AuditionSession
from app.core.catalog import MODELS
from app.core.store import Store
from app.demo.server import DemoServer
from app.shell.wiring import AppParts
from tests.ui.conftest import until

pytestmark = pytest.mark.asyncio(loop_scope="session")

TEXT = "Parley says the same words in every voice."
PREVIEW = "gpt-4o-audio-preview"


@dataclass
class Rig:
    panel: ComparePanel
    session: AuditionSession
    store: Store
    server: DemoServer


@pytest_asyncio.fixture(loop_scope="session")
async def rig(qapp: QApplication, demo_server: DemoServer, tmp_path: Path) -> AsyncIterator[Rig]:
    """The compare panel on its own, on the demo server, with a clip cache in tmp_path."""
    http = httpx.AsyncClient()
    store = Store(tmp_path / "data")
    session = AuditionSession(http, store)
    assert session.configure(demo_server.url, None) is None
    playback = Playback(Player)
    panel = ComparePanel(session, playback)
    panel.resize(1000, 700)
    panel.show()
    try:
        yield Rig(panel, session, store, demo_server)
    finally:
        panel.close()
        await session.aclose()
        playback.close()
        await asyncio.ensure_future(http.aclose())
        store.close()
        panel.deleteLater()


def posts(server: DemoServer) -> list[dict]:
    return [b for m, p, b in server.requests if m == "POST" and p.endswith("/chat/completions")]


def status_of(row: AuditionRow) -> str:
    return row.status_label.text()


async def settled(rig: Rig, count: int) -> list[AuditionRow]:
    """The panel's rows once ``count`` of them have settled, each showing so (the rows are
    redrawn on a timer, after the session's last answer), and every clip has its waveform."""
    panel = rig.panel
    await until(
        lambda: (
            len(panel.rows) == count
            and not rig.session.is_busy()
            and not any(
                status_of(r) == "waiting" or status_of(r).startswith("requesting")
                for r in panel.rows
            )
            and all(
                inked_rows(r.waveform) > 4
                for r, d in zip(panel.rows, rig.session.rows, strict=True)
                if d.ok
            )
        ),
        what="the audition to settle",
    )
    return panel.rows


def inked_rows(widget: QWidget) -> int:
    """Pixel rows where something other than the background is drawn: an empty waveform draws
    one line; a clip's bars cover many rows."""
    image: QImage = widget.grab().toImage()
    background = image.pixelColor(0, 0)
    rows = 0
    for y in range(image.height()):
        if any(image.pixelColor(x, y) != background for x in range(0, image.width(), 3)):
            rows += 1
    return rows


def run(
    rig: Rig, voices: list[str], models: list[str], *, exact: bool = True, text: str = TEXT
) -> None:
    form = rig.panel.form
    form.text.setPlainText(text)
    form.set_models([*MODELS, *models])  # as when the endpoint's /models lists them
    form.tick_voices(voices)
    form.tick_models(models)
    form.exact.setChecked(exact)
    QTest.mouseClick(rig.panel.run_button, Qt.MouseButton.LeftButton)


async def test_rows_transcripts_a_refused_voice_and_the_cached_second_run(rig: Rig) -> None:
    form = rig.panel.form
    QTest.mouseClick(form.all_button, Qt.MouseButton.LeftButton)
    assert len(form.chosen_voices()) == 13
    QTest.mouseClick(form.none_button, Qt.MouseButton.LeftButton)
    assert form.chosen_voices() == ()
    QTest.mouseClick(rig.panel.run_button, Qt.MouseButton.LeftButton)
    assert rig.panel.message.text() == "Choose at least one voice."
    assert posts(rig.server) == []

    run(rig, ["alloy", "sage", "verse"], [PREVIEW])
    rows = await settled(rig, 3)
    assert [r.name_label.text() for r in rows] == [
        f"<b>{v}</b> · {PREVIEW}" for v in ("alloy", "sage", "verse")
    ]
    alloy, sage, verse = rows
    for row, data in zip((alloy, sage), rig.session.rows, strict=False):
        assert status_of(row) == "new" and row.transcript.text() == TEXT
        assert data.audio is not None
        seconds = codecs.decode(data.audio.read_bytes()).duration
        assert seconds > 1.5 and row.duration_label.text() == format_duration(seconds)
        assert row.play_button.isEnabled() and not row.retry_button.isVisible()
    assert status_of(verse) == "failed" and not verse.play_button.isEnabled()
    assert (
        "Voice 'verse' is not supported by model 'gpt-4o-audio-preview'" in verse.error_label.text()
    )
    assert verse.retry_button.isVisible() and verse.error_label.isVisible()
    assert alloy.error_label.text() == ""
    assert inked_rows(verse.waveform) <= 4
    assert rig.panel.message.text().startswith(
        "2 of 3 clips ready (0 from the cache); 1 failed or stopped; ≈ $"
    )
    assert len(posts(rig.server)) == 3
    assert all("verbatim" in b["messages"][0]["content"] for b in posts(rig.server))

    run(rig, ["alloy", "sage"], [PREVIEW])  # the same words again: nothing reaches the server
    rows = await settled(rig, 2)
    assert [status_of(r) for r in rows] == ["cached", "cached"]
    assert rows[0].transcript.text() == TEXT and rows[0].fresh_button.text() == "Fresh take"
    assert len(posts(rig.server)) == 3
    assert rig.panel.message.text().startswith("2 of 2 clips ready (2 from the cache); ≈ $")

    QTest.mouseClick(rows[1].fresh_button, Qt.MouseButton.LeftButton)
    await until(lambda: status_of(rig.panel.rows[1]) == "new", what="a fresh take")
    assert len(posts(rig.server)) == 4 and posts(rig.server)[-1]["audio"]["voice"] == "sage"

    QTest.mouseClick(rig.panel.history_button, Qt.MouseButton.LeftButton)
    history = rig.panel.history
    await until(lambda: history.topLevelItemCount() == 2, what="the audition history")
    assert {history.topLevelItem(n).text(1) for n in range(2)} == {"alloy", "sage"}
    assert history.topLevelItem(0).text(5) == TEXT


async def test_retry_a_failed_row_and_cancel_all(rig: Rig) -> None:
    rig.server.faults.status_code, rig.server.faults.status_times = 400, 1
    run(rig, ["fable"], ["gpt-audio-1.5"])
    (row,) = await settled(rig, 1)
    assert status_of(row) == "failed"
    assert row.error_label.text() == "The server refused the request: Bad request (demo fault)."
    QTest.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
    await until(lambda: status_of(rig.panel.rows[0]) == "new", what="the retry")
    assert rig.panel.rows[0].transcript.text() == TEXT

    rig.server.faults.latency = 5.0
    run(rig, ["onyx", "shimmer", "ballad"], ["gpt-audio-1.5"])
    await until(lambda: len(posts(rig.server)) == 5, what="the requests to reach the server")
    assert rig.panel.cancel_button.isEnabled()
    await until(
        lambda: all(status_of(r).startswith("requesting… ") for r in rig.panel.rows),
        what="three rows waiting",
    )
    QTest.mouseClick(rig.panel.cancel_button, Qt.MouseButton.LeftButton)
    await until(lambda: not rig.session.is_busy(), what="the requests to stop")
    assert [status_of(r) for r in rig.panel.rows] == ["stopped"] * 3
    assert all(r.retry_button.isVisible() for r in rig.panel.rows)
    assert not rig.panel.cancel_button.isEnabled()


async def test_normal_prompt_mode_highlights_where_the_words_differ(rig: Rig) -> None:
    run(rig, ["coral"], ["gpt-audio-1.5"], exact=False, text="Tell me a joke")
    (row,) = await settled(rig, 1)
    assert status_of(row) == "new · words differ"
    shown = row.transcript.text()
    assert 'line-through;" title="not said">Tell me</span>' in shown  # asked, not said
    assert 'underline;" title="not in the text">ladder?' in shown  # said, not asked
    assert [m["role"] for m in posts(rig.server)[0]["messages"]] == ["user"]


async def test_export_all_and_selected_rows(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(rig, ["alloy", "echo", "verse"], [PREVIEW])
    rows = await settled(rig, 3)
    folders = iter([tmp_path / "all", tmp_path / "picked"])

    def ask_folder(cls: type, parent: object, suggested: Path, title: str) -> Path:
        folder = next(folders)
        folder.mkdir()
        return folder

    monkeypatch.setattr(ExportDialog, "ask_folder", classmethod(ask_folder))
    rig.panel.export_format.setCurrentText("flac")
    rig.panel.pattern.setText("{n}-{voice}.{ext}")
    QTest.mouseClick(rig.panel.export_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: rig.panel.message.text().startswith("Exported"), what="the export")
    assert rig.panel.message.text() == f"Exported 2 clips to {tmp_path / 'all'}."
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == [
        "1-alloy.flac",
        "2-echo.flac",
        "transcripts.txt",
    ]
    for name in ("1-alloy.flac", "2-echo.flac"):
        data = (tmp_path / "all" / name).read_bytes()
        assert codecs.sniff(data) == "flac" and codecs.decode(data).duration > 2.0
    assert TEXT in (tmp_path / "all" / "transcripts.txt").read_text()

    rig.panel.say("")
    rig.panel.export_format.setCurrentText("original")
    rig.panel.pattern.setText("{voice}-{model}.{ext}")
    assert not rows[2].selected.isEnabled()  # the failed row has nothing to export
    rows[1].selected.setChecked(True)
    QTest.mouseClick(rig.panel.export_selected_button, Qt.MouseButton.LeftButton)
    await until(lambda: rig.panel.message.text().startswith("Exported"), what="the export")
    assert sorted(p.name for p in (tmp_path / "picked").iterdir()) == [
        f"echo-{PREVIEW}.wav",
        "transcripts.txt",
    ]
    data = (tmp_path / "picked" / f"echo-{PREVIEW}.wav").read_bytes()
    assert codecs.decode(data).duration > 2.0

    rig.panel.pattern.setText("{speed}.{ext}")
    QTest.mouseClick(rig.panel.export_all_button, Qt.MouseButton.LeftButton)
    assert "may use" in rig.panel.message.text()


async def test_keys_play_all_ab_loop_and_loudness(rig: Rig, sound_server: None) -> None:
    player = rig.panel.player
    assert player.playback.player().loudness_target == DEFAULT_TARGET_LUFS
    rig.panel.loudness.setChecked(False)
    assert player.playback.player().loudness_target is None
    rig.panel.loudness.setChecked(True)

    run(rig, ["alloy", "ash", "nova"], ["gpt-audio-1.5"], text="One, two, three, four, five.")
    rows = await settled(rig, 3)
    rig.panel.setFocus()
    QTest.keyClick(rig.panel, Qt.Key.Key_2)
    await until(lambda: player.is_playing(1), what="row 2 to play")
    assert rows[1].play_button.accessibleName() == "Pause row 2"
    QTest.keyClick(rig.panel, Qt.Key.Key_1)
    await until(lambda: player.is_playing(0), what="row 1 to play")
    assert not player.is_playing(1)
    await until(lambda: player.playback.player().position > 0.5, what="row 1 to get going")

    at = player.playback.player().position
    QTest.mouseClick(rig.panel.ab_button, Qt.MouseButton.LeftButton)  # to row 2, same moment
    await until(lambda: player.is_playing(1), what="A/B to switch to row 2")
    assert player.playback.player().position >= at
    QTest.mouseClick(rig.panel.ab_button, Qt.MouseButton.LeftButton)  # and back
    await until(lambda: player.is_playing(0), what="A/B to switch back to row 1")
    assert player.playback.player().position >= at

    QTest.mouseClick(rig.panel.stop_button, Qt.MouseButton.LeftButton)
    await until(lambda: not player.is_playing(0), what="stop")
    started: list[int] = []
    player.row_playing.connect(lambda i, on: started.append(i) if on else None)
    QTest.mouseClick(rig.panel.play_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: started == [0, 1, 2], timeout=30, what=f"every row in turn: {started}")
    await until(lambda: not player.is_playing(2), timeout=10, what="the last row to end")

    rig.panel.loop.setChecked(True)
    started.clear()
    QTest.keyClick(rig.panel, Qt.Key.Key_3)
    await until(lambda: started.count(2) >= 2, timeout=15, what="row 3 to loop")
    QTest.mouseClick(rig.panel.stop_button, Qt.MouseButton.LeftButton)
    await until(lambda: not player.is_playing(2), what="stop")


async def test_ctrl_k_and_use_this_voice_in_the_window(parley: AppParts) -> None:
    window = parley.window
    assert window.compare is None, "the compare panel is built when first opened"
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    compare = window.compare
    assert compare is not None
    assert window.tabs.currentIndex() == 1 and compare.isVisible()
    assert compare.form.text.hasFocus()
    await until(lambda: compare.session.endpoint, what="the compare panel's endpoint")
    assert compare.session.endpoint == parley.session.endpoint
    compare.form.text.setPlainText("Which voice is mine?")
    compare.form.tick_voices(["shimmer", "onyx"])
    QTest.mouseClick(compare.run_button, Qt.MouseButton.LeftButton)
    await until(
        lambda: len(compare.rows) == 2 and not compare.session.is_busy(), what="the audition"
    )
    assert [r.transcript.text() for r in compare.rows] == ["Which voice is mine?"] * 2, [
        (r.status_value, r.error_label.text()) for r in compare.rows
    ]
    assert window.chat.controls.voice.currentText() == "alloy"
    onyx, shimmer = compare.rows  # the catalogue's order
    assert "onyx" in onyx.name_label.text() and "shimmer" in shimmer.name_label.text()
    QTest.mouseClick(onyx.use_button, Qt.MouseButton.LeftButton)
    assert window.chat.controls.voice.currentText() == "onyx"
    assert onyx.use_button.text() == "★ Chat voice"
    assert shimmer.use_button.text() == "☆ Use this voice"
    assert window.statusBar().currentMessage() == "The chat now speaks with onyx."


async def test_a_run_says_what_it_cost_and_what_the_cache_saved(rig: Rig) -> None:
    run(rig, ["alloy", "ash"], ["gpt-audio-1.5"], text="What does this cost?")
    await settled(rig, 2)
    message = rig.panel.message.text()
    assert "2 of 2 clips ready (0 from the cache)" in message
    assert "≈ $" in message and "spent (estimates)" in message
    run(rig, ["alloy", "ash"], ["gpt-audio-1.5"], text="What does this cost?")
    await until(lambda: "2 from the cache" in rig.panel.message.text(), what="the cached run")
    assert "saved by the clip cache (estimates)" in rig.panel.message.text()


async def test_a_model_name_too_long_for_the_list_is_whole_in_its_tooltip(rig: Rig) -> None:
    """A server's own long ids are elided where the list is narrow (the window's minimum width
    does not grow for them); hovering shows the whole name."""
    form = rig.panel.form
    narrowest = rig.panel.minimumSizeHint().width()
    form.set_models(["qwen2.5-omni-7b-instruct-awq-audio-preview", "gpt-audio-1.5"])
    assert rig.panel.minimumSizeHint().width() == narrowest
    labels = [form.models.item(n).text() for n in range(form.models.count())]
    assert labels == ["qwen2.5-omni-7b-instruct-awq-audio-preview", "gpt-audio-1.5"]
    assert [form.models.item(n).toolTip() for n in range(form.models.count())] == labels
