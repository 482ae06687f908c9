"""A save that fails says why in the window's language: the folder, the file and the cause come
from the audio engine as data and are worded on the Qt side (the command line keeps English)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtWidgets import QApplication

from app.chat.turn_export import export_turn
from app.core.conversation import Audio, Turn
from app.runtime.i18n import Translations

pytestmark = pytest.mark.asyncio(loop_scope="session")


def _reply(audio: bytes, fmt: str = "wav") -> Turn:
    return Turn("assistant", "Bonjour.", audio=Audio(fmt, data=audio, duration=0.5))


def _wav() -> bytes:
    out = io.BytesIO()
    sf.write(out, np.zeros(12_000, dtype=np.float32), 24_000, format="WAV")
    return out.getvalue()


#: (the folder is missing, the audio cannot be read) in each language tried.
WORDS = {
    "zh_CN": ("文件夹 {folder} 不存在。", "无法读取或转换该音频。"),
    "de": (
        "Den Ordner {folder} gibt es nicht.",
        "Das Audio konnte nicht gelesen oder umgewandelt werden.",
    ),
    "en": ("The folder {folder} does not exist.", "The audio could not be read or converted."),
}


def _entries(folder: Path) -> list[str]:
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


@pytest.mark.parametrize("lang", list(WORDS))
async def test_a_failed_save_says_why_in_the_window_language(
    lang: str, qapp: QApplication, translations: Translations, tmp_path: Path
) -> None:
    missing_folder, unreadable = WORDS[lang]
    assert translations.install(qapp, lang) == lang
    try:
        folder = tmp_path / "gone"
        saved, said = await export_turn(_reply(_wav()), "mp3", folder / "reply.mp3")
        assert not saved
        assert said == missing_folder.format(folder=folder)

        saved, said = await export_turn(_reply(_wav()[:30]), "mp3", tmp_path / "r.mp3")
        assert not saved
        assert said == unreadable
        assert _entries(tmp_path) == []  # nothing left behind, no folder made
    finally:
        translations.install(qapp, "en")
