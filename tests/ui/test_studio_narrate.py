"""File → Narrate a script in the real window, against the demo server: the estimate before the
start, a line per paragraph, numbered files and a chaptered whole, and a second run that asks
the server for nothing; a script that is not UTF-8 is explained."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.audio.chapters import read_chapters
from app.chat.export_dialog import ExportDialog
from app.demo.server import DemoServer
from app.shell.wiring import AppParts
from app.studio.narrate_dialog import NarrateDialog
from tests.ui.conftest import until

pytestmark = pytest.mark.asyncio(loop_scope="session")
SCRIPT = "The bell rang at noon.\n\nThe square emptied, and the pigeons came down.\n"


def posts(server: DemoServer) -> int:
    return sum(1 for m, p, _ in server.requests if m == "POST" and "/chat/completions" in p)


def dialog_shown() -> NarrateDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, NarrateDialog)]
    return next((w for w in found if w.isVisible()), None)


async def test_narrate_a_script_from_the_file_menu(
    parley: AppParts,
    demo_server: DemoServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = tmp_path / "bell.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")
    out = tmp_path / "out"
    out.mkdir()
    chosen = [bad, script]
    monkeypatch.setattr(NarrateDialog, "ask_script", classmethod(lambda cls, p: chosen.pop(0)))
    monkeypatch.setattr(ExportDialog, "ask_folder", classmethod(lambda cls, *a: out))
    action = next(
        a for a in parley.window.findChildren(QAction) if a.text() == "Narrate a &script…"
    )
    action.trigger()
    await until(dialog_shown, what="the narrate dialog")
    dialog = dialog_shown()
    assert dialog is not None

    QTest.mouseClick(dialog.script_button, Qt.MouseButton.LeftButton)
    assert "is not UTF-8 text (line 1)" in dialog.status.text()
    assert not dialog.start_button.isEnabled()
    QTest.mouseClick(dialog.script_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    dialog.voice.setCurrentText("sage")
    assert dialog.estimate.text().startswith("2 paragraph")
    assert "$" in dialog.estimate.text()
    before = posts(demo_server)
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.outcome is not None, 60, "the narration")
    assert posts(demo_server) == before + 2
    assert [dialog.log.item(n).text() for n in range(2)] == ["1/2 · 001.mp3 · new",
                                                            "2/2 · 002.mp3 · new"]  # fmt: skip
    assert dialog.progress.value() == 2
    assert len(read_chapters(out / "narration.mp3")) == 2
    assert (out / "narration.srt").exists()
    assert "narration.mp3" in dialog.status.text()

    dialog.outcome = None
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.outcome is not None, 30, "the second run")
    assert posts(demo_server) == before + 2  # nothing asked again
    assert dialog.log.item(0).text() == "1/2 · 001.mp3 · already done"
    dialog.close_button.click()
