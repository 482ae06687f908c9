"""The window's language: Parley's translation (``resources/i18n/parley_<lang>.qm``) and Qt's own
(``qtbase_<lang>.qm``, the standard dialogs' buttons), installed before any widget is built.

The language is the one set in Settings → Language, else the first of the system's UI languages
(``LANGUAGE``/``LANG`` on Linux, through ``QLocale.system()``) that Parley ships. A locale Parley
does not ship, or a missing or broken ``.qm`` file, gives the English window and one log line.
English itself has a small translation too: its plural forms ("1 turn", "2 turns").

UI thread only (at start-up, before the first widget). The command line stays English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.runtime.resources import resource_path

log = logging.getLogger(__name__)

#: The languages Parley ships, each named in its own language (Settings → Language).
SHIPPED: dict[str, str] = {
    "zh_CN": "简体中文",
    "es": "Español",
    "de": "Deutsch",
    "ja": "日本語",
}
ENGLISH = "en"


def i18n_dir() -> Path:
    return resource_path("i18n")


def pick_language(setting: str = "", ui_languages: list[str] | None = None) -> str:
    """The shipped language to show: ``setting`` if Parley ships it, else the first shipped one
    among the system's UI languages (``zh-CN``, ``de-AT``, ...), else English ("en")."""
    if setting:
        if setting in SHIPPED or setting == ENGLISH:
            return setting
        log.warning("the language %r set in the settings is not shipped; using English", setting)
        return ENGLISH
    wanted = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in wanted:
        match = _shipped_for(name)
        if match:
            return match
        if QLocale(name).language() in (QLocale.Language.English, QLocale.Language.C):
            return ENGLISH
    log.info("no translation for the system's languages %s; the window is in English", wanted)
    return ENGLISH


def _shipped_for(name: str) -> str:
    locale = QLocale(name.replace("-", "_"))
    language = locale.language()
    if language == QLocale.Language.Chinese:
        # Simplified Chinese for zh, zh_CN, zh_SG, zh_Hans; not for Traditional (zh_TW, zh_HK).
        simplified = locale.script() == QLocale.Script.SimplifiedHanScript
        return "zh_CN" if simplified else ""
    code = locale.name().split("_")[0]
    return code if code in SHIPPED and code != "zh" else ""


class Translations:
    """The translators installed on the application; kept so that Qt does not lose them."""

    def __init__(self) -> None:
        self.language = ENGLISH
        self._installed: list[QTranslator] = []

    def install(
        self,
        app: QCoreApplication,
        setting: str = "",
        folder: Path | None = None,
        ui_languages: list[str] | None = None,
    ) -> str:
        """Install the translation for ``setting`` (or the system's language: ``ui_languages``,
        by default ``QLocale.system()``'s); return the language now shown ("en" when a file is
        missing or broken)."""
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        folder = folder if folder is not None else i18n_dir()
        language = pick_language(setting, ui_languages)
        # English plural forms first; a shipped language, installed after it, is asked first.
        self._load(app, folder / f"parley_{ENGLISH}.qm", quiet=True)
        self.language = ENGLISH
        if language != ENGLISH and self._load(app, folder / f"parley_{language}.qm"):
            self.language = language
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            self._load(app, qt_dir / f"qtbase_{language}.qm", quiet=True)
        return self.language

    def _load(self, app: QCoreApplication, path: Path, *, quiet: bool = False) -> bool:
        translator = QTranslator(app)
        if not translator.load(str(path)) or translator.isEmpty():
            if quiet:
                log.debug("no translation in %s", path)
            else:
                log.warning("the translation %s is missing or unreadable; using English", path)
            return False
        app.installTranslator(translator)
        self._installed.append(translator)
        return True


def install_translations(app: QCoreApplication, setting: str = "") -> Translations:
    """Install the window's translations on ``app`` (before any widget is built)."""
    translations = Translations()
    translations.install(app, setting)
    return translations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (translated where it is shown); typed
    unlike Qt's own."""
    return text
