"""Where to save an export. A tiny seam: tests replace ``ExportDialog.ask`` instead of patching
QFileDialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.runtime.i18n import QT_TRANSLATE_NOOP

_FILTERS = {
    "wav": QT_TRANSLATE_NOOP("ExportDialog", "WAV audio (*.wav)"),
    "mp3": QT_TRANSLATE_NOOP("ExportDialog", "MP3 audio (*.mp3)"),
    "flac": QT_TRANSLATE_NOOP("ExportDialog", "FLAC audio (*.flac)"),
    "opus": QT_TRANSLATE_NOOP("ExportDialog", "Opus audio (*.opus *.ogg)"),
    "pcm": QT_TRANSLATE_NOOP("ExportDialog", "Raw pcm16, 24 kHz mono (*.pcm)"),
    "txt": QT_TRANSLATE_NOOP("ExportDialog", "Text (*.txt)"),
    "zip": QT_TRANSLATE_NOOP("ExportDialog", "Zip archive (*.zip)"),
}


class ExportDialog:
    """Asks the user for a file (or folder) to export to."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path, title: str = "") -> Path | None:
        """A path to save to (the dialog has confirmed overwriting), or None when cancelled."""
        from PySide6.QtWidgets import QFileDialog  # loaded when first asked, not at start-up

        ext = suggested.suffix.lstrip(".")
        title = title or QCoreApplication.translate("ExportDialog", "Export")
        wanted = _FILTERS.get(ext)
        name, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(suggested),
            QCoreApplication.translate("ExportDialog", wanted)
            if wanted
            else QCoreApplication.translate("ExportDialog", "All files (*)"),
        )
        return Path(name) if name else None

    @classmethod
    def ask_folder(cls, parent: QWidget | None, suggested: Path, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(parent, title, str(suggested))
        return Path(name) if name else None
