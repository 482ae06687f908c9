"""File → Export as podcast in the window, against the demo server: a reply heard and exported
as a chaptered MP3 with captions, with the progress shown and the result said."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.audio.chapters import read_chapters
from app.chat.export_dialog import ExportDialog
from app.core.studio import captions as cc
from app.shell.wiring import AppParts
from app.studio.podcast_dialog import PodcastDialog
from tests.ui.conftest import reply_settled, type_and_send, until

pytestmark = pytest.mark.asyncio(loop_scope="session")


def action(parts: AppParts, text: str) -> QAction:
    found = [a for a in parts.window.findChildren(QAction) if a.text() == text]
    assert found, f"no action {text!r}"
    return found[0]


def open_dialog() -> PodcastDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PodcastDialog)]
    return next((w for w in shown if w.isVisible()), None)


async def test_file_menu_exports_the_conversation_as_a_podcast(
    parley: AppParts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_and_send(parley, "Tell me about lighthouses.")
    card = await reply_settled(parley)
    assert not card.error_text()
    target = tmp_path / "show.mp3"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: target))

    action(parley, "Export as &podcast…").trigger()
    await until(open_dialog, what="the podcast dialog")
    dialog = open_dialog()
    assert dialog is not None
    dialog.captions.setCurrentIndex(dialog.captions.findData("vtt"))
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.outcome is not None, 30, "the export to finish")

    assert str(target) in dialog.status.text() and "show.vtt" in dialog.status.text()
    chapters = read_chapters(target)
    reply_text = parley.window.chat.conversation.turns[-1].text
    assert len(chapters) == 1  # the typed prompt has no audio; the reply is one chapter
    assert reply_text.startswith(chapters[0].title.rstrip("…"))
    cues = cc.parse((tmp_path / "show.vtt").read_text(encoding="utf-8"))
    assert cues and all(chapters[0].start <= c.start < c.end <= chapters[0].end for c in cues)
    assert " ".join(c.text for c in cues) == " ".join(reply_text.split())
    dialog.close_button.click()
