"""``parley`` (a fresh process, offscreen Qt) opens in the system's language, or in the one set in
Settings → Language, and in English for a language Parley does not ship."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.settings import Settings
from tests.e2e.cli_runner import cli_env

ROOT = Path(__file__).resolve().parents[2]

# Runs in the child: reports a few of the window's words at its first frame, then closes.
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from app.shell.gui import main

def ready(window):
    chat = window.chat
    print(json.dumps({
        "send": chat.composer.send_button.text(),
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "menus": [a.text() for a in window.menuBar().actions()],
    }), flush=True)
    QTimer.singleShot(0, window.close)

sys.exit(main(demo=True, ready=ready))
"""


def _first_frame(home: Path, **env: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD],
        check=False,
        cwd=ROOT,
        env=cli_env(home, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert lines, proc.stderr
    shown: dict[str, object] = json.loads(lines[0])
    return shown


@pytest.mark.parametrize(
    ("lang", "send", "chat_tab", "file_menu"),
    [
        ("zh_CN", "发送", "聊天", "文件(&F)"),
        ("ja_JP", "送信", "チャット", "ファイル(&F)"),
        ("de_DE", "Senden", "Chat", "&Datei"),
        ("es_ES", "Enviar", "Chat", "&Archivo"),
    ],
)
def test_the_window_follows_the_system_language(
    home: Path, lang: str, send: str, chat_tab: str, file_menu: str
) -> None:
    shown = _first_frame(home, LANG=f"{lang}.UTF-8", LANGUAGE=lang, LC_ALL="")
    assert shown["send"] == send
    assert shown["tabs"][0] == chat_tab  # type: ignore[index]
    assert shown["menus"][0] == file_menu  # type: ignore[index]


def test_the_language_set_in_the_settings_wins_over_the_system(home: Path) -> None:
    path = home / "config" / "parley" / "settings.json"
    Settings(language="de").save(path)
    shown = _first_frame(home, LANG="ja_JP.UTF-8", LANGUAGE="ja", LC_ALL="")
    assert shown["send"] == "Senden"


def test_a_language_parley_does_not_ship_gives_the_english_window(home: Path) -> None:
    shown = _first_frame(home, LANG="fr_FR.UTF-8", LANGUAGE="fr", LC_ALL="")
    assert shown["send"] == "Send"
    assert shown["tabs"] == ["Chat", "Compare voices"]
    assert shown["menus"][0] == "&File"  # type: ignore[index]
