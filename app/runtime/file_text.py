"""The window's sentence for a save or a read of audio that did not happen, in the user's
language.

Core and the audio engine raise ``ExportError`` with a ``kind`` and its data (the folder, the
file name, the turn); ``CodecError`` for audio that cannot be read or converted; the system's
``OSError`` for the rest. Their English sentences are for the command line; here each becomes a
translated one (Qt's ``translate``, context "Files"). A kind not listed keeps the English text,
which for errors built on the Qt side is already translated. Any thread (no widgets).
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from app.runtime.i18n import QT_TRANSLATE_NOOP

_KINDS = {
    "format": QT_TRANSLATE_NOOP("Files", "Parley cannot save audio as {format}."),
    "is_folder": QT_TRANSLATE_NOOP("Files", "“{path}” is a folder; choose a file name to save to."),
    "exists": QT_TRANSLATE_NOOP(
        "Files", "“{name}” already exists in {folder}; choose another name."
    ),
    "exists_replaceable": QT_TRANSLATE_NOOP(
        "Files",
        "“{name}” already exists in {folder}; choose another name or allow replacing it.",
    ),
    "no_space": QT_TRANSLATE_NOOP(
        "Files", "There is not enough free space in {folder} to save “{name}”."
    ),
    "no_folder": QT_TRANSLATE_NOOP("Files", "The folder {folder} does not exist."),
    "not_a_folder": QT_TRANSLATE_NOOP("Files", "{folder} is not a folder."),
    "read_only": QT_TRANSLATE_NOOP(
        "Files", "The folder {folder} is read-only; choose another place to save."
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Files", "Parley is not allowed to write in {folder}; choose another folder."
    ),
    "name_too_long": QT_TRANSLATE_NOOP("Files", "The file name “{name}” is too long."),
    "write_failed": QT_TRANSLATE_NOOP(
        "Files", "“{name}” could not be saved in {folder} ({reason})."
    ),
    "turn_audio": QT_TRANSLATE_NOOP(
        "Files", "The audio of turn {number} could not be saved: {reason}"
    ),
    "no_audio": QT_TRANSLATE_NOOP("Files", "There is no audio to save in what was chosen."),
    "unreadable": QT_TRANSLATE_NOOP("Files", "The audio could not be read or converted."),
}

_ERRNOS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Files", "There is not enough free space on the disk."),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Files", "There is not enough free space on the disk."),
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "The disk is read-only."),
    errno.EACCES: QT_TRANSLATE_NOOP("Files", "Parley is not allowed to open this file."),
    errno.EPERM: QT_TRANSLATE_NOOP("Files", "Parley is not allowed to open this file."),
    errno.ENOENT: QT_TRANSLATE_NOOP("Files", "The file is not there any more."),
    errno.EIO: QT_TRANSLATE_NOOP("Files", "The disk could not be read."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def file_error_text(err: BaseException) -> str:
    """What the window says about a failed save or read (``ExportError``, ``CodecError``,
    ``OSError``); ``str(err)`` for anything else."""
    from app.audio.codecs import CodecError
    from app.audio.export import ExportError

    if isinstance(err, ExportError):
        sentence = _KINDS.get(err.kind)
        if sentence is None:
            return str(err)
        data = dict(err.data)
        if err.kind == "turn_audio":
            cause = err.__cause__
            data["reason"] = file_error_text(cause) if cause is not None else ""
        try:
            return _tr(sentence).format(**data)
        except (KeyError, IndexError, ValueError):  # a translation that names other fields
            return sentence.format(**data) if _fits(sentence, data) else str(err)
    if isinstance(err, CodecError):
        return _tr(_KINDS["unreadable"])
    if isinstance(err, OSError) and err.errno in _ERRNOS:
        return _tr(_ERRNOS[err.errno])
    return str(err)


def _fits(sentence: str, data: dict[str, str]) -> bool:
    try:
        sentence.format(**data)
    except (KeyError, IndexError, ValueError):
        return False
    return True
