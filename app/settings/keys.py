"""The window's API keys: kept in the OS keyring, or for this session only when no keyring can
be used (the user is told once why). Keyring calls may block on D-Bus or an unlock prompt, so
the async methods run them in a worker thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.core.secrets import KeyringUnavailable, KeyStore, SessionKeyStore
from app.runtime.error_text import error_text
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.runtime.tasks import in_thread

SESSION_ONLY = QT_TRANSLATE_NOOP("Keys", "The key is used for this session only.")


class Keys:
    """Per-profile keys. ``tell`` receives a sentence for the user when the keyring fails."""

    def __init__(self, store: KeyStore, tell: Callable[[str], None]) -> None:
        self.store = store
        self._tell = tell
        self._session: dict[str, str] = {}

    async def get(self, profile: str) -> str | None:
        if profile in self._session:
            return self._session[profile]
        try:
            key: str | None = await in_thread(self.store.get, profile)
        except KeyringUnavailable as err:
            self._tell(error_text(err))
            self.store = SessionKeyStore()
            return None
        return key

    async def set(self, profile: str, key: str) -> None:
        try:
            await in_thread(self.store.set, profile, key)
        except KeyringUnavailable as err:
            self._session[profile] = key
            self._tell(error_text(err) + " " + QCoreApplication.translate("Keys", SESSION_ONLY))

    async def forget(self, profile: str) -> None:
        self._session.pop(profile, None)
        try:
            await in_thread(self.store.delete, profile)
        except KeyringUnavailable as err:
            self._tell(error_text(err))

    # Blocking: call these from a worker thread.
    def has(self, profile: str) -> bool:
        try:
            return profile in self._session or bool(self.store.get(profile))
        except KeyringUnavailable:
            return False

    def where(self) -> str:
        return self.store.location().where
