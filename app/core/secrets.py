"""Where API keys live: the OS keyring (service "parley", username = the profile name).

A small interface that also says where a key is kept and warns when it cannot be kept safely.
Only real OS stores are used (Secret Service / GNOME Keyring / KWallet, macOS Keychain, Windows
Credential Manager); a plain-text or "encrypted file" backend (keyrings.alt) is never used. With
no usable store, calls raise :class:`KeyringUnavailable`, which the window turns into "use the key
for this session only" (:class:`SessionKeyStore`). Keyring calls may block on D-Bus or a prompt:
the ``a*`` methods run them in a worker thread with a time limit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from app.core.errors import ParleyError

SERVICE = "parley"
#: Seconds to wait for the OS keyring before giving up (it may be waiting on an unlock prompt).
KEYRING_TIMEOUT = 15.0

T = TypeVar("T")

_STORE_NAMES = {
    "SecretService": "the Secret Service keyring (GNOME Keyring or KWallet)",
    "libsecret": "the Secret Service keyring (GNOME Keyring or KWallet)",
    "kwallet": "KWallet",
    "macOS": "the macOS Keychain",
    "Windows": "Windows Credential Manager",
}


class KeyringUnavailable(ParleyError):
    """No safe OS key store can be used here (none installed, locked, or it failed)."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"Parley cannot keep the key in the system keyring ({reason}); "
            "it can use the key for this session only."
        )
        self.reason = reason


@dataclass(frozen=True)
class KeyLocation:
    """Where keys are kept, whether that is safe, and a warning to show when it is not."""

    where: str
    persistent: bool
    warning: str | None = None


class KeyStore(Protocol):
    def location(self) -> KeyLocation: ...

    def get(self, profile: str) -> str | None: ...

    def set(self, profile: str, key: str) -> None: ...

    def delete(self, profile: str) -> bool: ...


def _is_safe(backend: Any) -> bool:
    from keyring.backends import fail, null

    module = type(backend).__module__
    if module.startswith("keyrings.alt") or isinstance(backend, fail.Keyring | null.Keyring):
        return False
    return float(getattr(backend, "priority", 0)) > 0


class OSKeyStore:
    """Keys in the OS keyring. ``backend`` may be given (a keyring backend object)."""

    def __init__(self, service: str = SERVICE, backend: Any | None = None) -> None:
        self.service = service
        self._backend = backend
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"OSKeyStore(service={self.service!r})"

    def backend(self) -> Any:
        """The safe backend in use; KeyringUnavailable if there is none."""
        with self._lock:
            if self._backend is None:
                import keyring
                from keyring.backends import chainer

                try:
                    chosen = keyring.get_keyring()
                except Exception as exc:
                    raise KeyringUnavailable(_reason(exc)) from None
                if isinstance(chosen, chainer.ChainerBackend):
                    safe = [b for b in chosen.backends if _is_safe(b)]
                    chosen = safe[0] if safe else chosen
                self._backend = chosen
            backend = self._backend
        if not _is_safe(backend):
            name = type(backend).__module__
            if name.startswith("keyrings.alt"):
                raise KeyringUnavailable("only a store that keeps keys in plain files exists")
            raise KeyringUnavailable("no system keyring is available")
        return backend

    def location(self) -> KeyLocation:
        try:
            backend = self.backend()
        except KeyringUnavailable as exc:
            return KeyLocation("nowhere (no system keyring)", False, exc.user_message)
        module = type(backend).__module__.rsplit(".", 1)[-1]
        where = _STORE_NAMES.get(module, str(getattr(backend, "name", module)))
        return KeyLocation(where, True, None)

    def get(self, profile: str) -> str | None:
        return self._call(lambda b: b.get_password(self.service, profile))  # type: ignore[no-any-return]

    def set(self, profile: str, key: str) -> None:
        if not key:
            raise ValueError("an empty key cannot be stored")
        self._call(lambda b: b.set_password(self.service, profile, key), secret=key)

    def delete(self, profile: str) -> bool:
        """Forget a profile's key; False if there was none."""
        from keyring.errors import PasswordDeleteError

        def forget(backend: Any) -> bool:
            try:
                backend.delete_password(self.service, profile)
            except PasswordDeleteError:
                return False
            return True

        return bool(self._call(forget))

    def _call(self, action: Callable[[Any], Any], secret: str | None = None) -> Any:
        backend = self.backend()
        try:
            return action(backend)
        except Exception as exc:
            err = KeyringUnavailable(_reason(exc))
            err.secret = secret
            raise err from None

    # async wrappers: keyring calls may block on D-Bus (or an unlock prompt)

    async def aget(self, profile: str) -> str | None:
        return await _off_loop(lambda: self.get(profile))

    async def aset(self, profile: str, key: str) -> None:
        await _off_loop(lambda: self.set(profile, key))

    async def adelete(self, profile: str) -> bool:
        return await _off_loop(lambda: self.delete(profile))

    async def alocation(self) -> KeyLocation:
        return await _off_loop(self.location)


class SessionKeyStore:
    """Keys kept in memory only, for this run of Parley (when no keyring can be used)."""

    def __init__(self) -> None:
        self.__keys: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"SessionKeyStore(profiles={sorted(self.__keys)!r})"

    def location(self) -> KeyLocation:
        return KeyLocation(
            "this session only (not saved)",
            False,
            "The key is kept in memory only and will be forgotten when Parley closes.",
        )

    def get(self, profile: str) -> str | None:
        return self.__keys.get(profile)

    def set(self, profile: str, key: str) -> None:
        if not key:
            raise ValueError("an empty key cannot be stored")
        self.__keys[profile] = key

    def delete(self, profile: str) -> bool:
        return self.__keys.pop(profile, None) is not None


async def _off_loop(call: Callable[[], T]) -> T:
    import asyncio  # the window's first paint does not wait for it (app.shell.gui)

    loop = asyncio.get_running_loop()
    try:
        return await asyncio.wait_for(loop.run_in_executor(None, call), KEYRING_TIMEOUT)
    except TimeoutError:
        raise KeyringUnavailable(
            f"the system keyring did not answer within {KEYRING_TIMEOUT:g} s (is it locked?)"
        ) from None


def _reason(exc: BaseException) -> str:
    from keyring import errors

    if isinstance(exc, errors.NoKeyringError):
        return "no system keyring is available"
    if isinstance(exc, errors.KeyringLocked):
        return "the system keyring is locked"
    if isinstance(exc, errors.InitError):
        return f"the system keyring could not be opened: {exc}"
    text = str(exc).strip()
    return f"the system keyring failed: {text}" if text else "the system keyring failed"
