"""Where to save an export. A tiny seam: tests replace ``ExportDialog.ask`` instead of patching
QFileDialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

_FILTERS = {
    "wav": "WAV audio (*.wav)",
    "mp3": "MP3 audio (*.mp3)",
    "flac": "FLAC audio (*.flac)",
    "opus": "Opus audio (*.opus *.ogg)",
    "pcm": "Raw pcm16, 24 kHz mono (*.pcm)",
    "txt": "Text (*.txt)",
    "zip": "Zip archive (*.zip)",
}


class ExportDialog:
    """Asks the user for a file (or folder) to export to."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path, title: str = "Export") -> Path | None:
        """A path to save to (the dialog has confirmed overwriting), or None when cancelled."""
        from PySide6.QtWidgets import QFileDialog  # loaded when first asked, not at start-up

        ext = suggested.suffix.lstrip(".")
        name, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), _FILTERS.get(ext, "All files (*)")
        )
        return Path(name) if name else None

    @classmethod
    def ask_folder(cls, parent: QWidget | None, suggested: Path, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(parent, title, str(suggested))
        return Path(name) if name else None
